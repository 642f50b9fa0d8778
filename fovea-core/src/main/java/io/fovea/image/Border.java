package io.fovea.image;

import java.util.Locale;

/**
 * How {@link Filters#filter2D} extends an image past its edges, with OpenCV's names and meanings.
 * For a row {@code abcdefgh} (the bars mark the image):
 *
 * <pre>
 *   CONSTANT      000000|abcdefgh|0000000   (zeros)
 *   REPLICATE     aaaaaa|abcdefgh|hhhhhhh
 *   REFLECT       fedcba|abcdefgh|hgfedcb   (the edge pixel repeated)
 *   REFLECT_101   gfedcb|abcdefgh|gfedcba   (the edge pixel not repeated; OpenCV's default)
 *   WRAP          cdefgh|abcdefgh|abcdefg
 * </pre>
 */
public enum Border {
  CONSTANT,
  REPLICATE,
  REFLECT,
  REFLECT_101,
  WRAP;

  /**
   * The source index for position {@code p} of an axis of length {@code n >= 1}, or -1 where {@link
   * #CONSTANT} supplies a zero. Positions inside {@code [0, n)} map to themselves; a reflection
   * that leaves the axis again (border wider than the image) reflects again, as OpenCV's {@code
   * borderInterpolate} does.
   */
  public int index(int p, int n) {
    if (p >= 0 && p < n) {
      return p;
    }
    switch (this) {
      case CONSTANT:
        return -1;
      case REPLICATE:
        return p < 0 ? 0 : n - 1;
      case WRAP:
        return Math.floorMod(p, n);
      default:
        return reflect(p, n, this == REFLECT_101 ? 1 : 0);
    }
  }

  private static int reflect(int p, int n, int skipEdge) {
    if (n == 1) {
      return 0;
    }
    while (p < 0 || p >= n) {
      p = p < 0 ? -p - 1 + skipEdge : 2 * n - 1 - p - skipEdge;
    }
    return p;
  }

  /**
   * Parses a name in any case: {@code "constant"}, {@code "replicate"}, {@code "reflect"}, {@code
   * "reflect_101"} (also {@code "reflect101"}, {@code "default"}) or {@code "wrap"}.
   */
  public static Border of(String name) {
    String key = name == null ? "" : name.toLowerCase(Locale.ROOT).replace("border_", "");
    switch (key) {
      case "constant":
        return CONSTANT;
      case "replicate":
        return REPLICATE;
      case "reflect":
        return REFLECT;
      case "reflect_101":
      case "reflect101":
      case "default":
        return REFLECT_101;
      case "wrap":
        return WRAP;
      default:
        throw new IllegalArgumentException(
            "border: expected one of constant, replicate,"
                + " reflect, reflect_101, wrap, got '"
                + name
                + "'");
    }
  }
}
