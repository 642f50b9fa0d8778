package io.fovea.data;

/**
 * How an augmentation fills points that come from outside the image (Keras's {@code fill_mode}),
 * for input {@code abcd}:
 *
 * <pre>
 * NEAREST   aaaaaaaa|abcd|dddddddd
 * CONSTANT  kkkkkkkk|abcd|kkkkkkkk   (k = cval)
 * REFLECT   abcddcba|abcd|dcbaabcd
 * WRAP      abcdabcd|abcd|abcdabcd
 * </pre>
 *
 * <p>Bilinear sampling interpolates between the pixels of this extended image.
 */
public enum FillMode {
  NEAREST,
  CONSTANT,
  REFLECT,
  WRAP;

  /** The pixel index that stands for index {@code i} of an axis of length {@code n}; -1: cval. */
  int index(int i, int n) {
    if (i >= 0 && i < n) {
      return i;
    }
    switch (this) {
      case NEAREST:
        return i < 0 ? 0 : n - 1;
      case REFLECT:
        int m = Math.floorMod(i, 2 * n);
        return m < n ? m : 2 * n - 1 - m;
      case WRAP:
        return Math.floorMod(i, n);
      default:
        return -1;
    }
  }
}
