package io.fovea.files;

/**
 * The cap on the inflated size of one zip member (a {@code .keras} member, an {@code .npz} array),
 * checked before anything is inflated or allocated, so that a small archive that inflates to
 * gigabytes (a zip bomb) is refused in milliseconds. Each reader computes a default from what the
 * archive should hold (a {@code .keras}'s parameter count, an npy header's shape); the system
 * property {@value #PROPERTY} (a number of bytes, e.g. {@code -Dfovea.maxZipMember=4000000000},
 * given to the CLI through {@code FOVEA_JAVA_OPTS}) replaces every such default. No member can be
 * larger than {@value #ARRAY_LIMIT} bytes, the largest Java array.
 */
public final class ZipMemberLimit {

  /** The system property that replaces the computed caps, in bytes. */
  public static final String PROPERTY = "fovea.maxZipMember";

  /** The largest member any reader holds in memory: the largest Java byte array. */
  public static final long ARRAY_LIMIT = Integer.MAX_VALUE - 8;

  private ZipMemberLimit() {}

  /**
   * The cap for a member whose reader computed {@code computed} bytes: the property's value when it
   * is set, else {@code computed}; never above {@link #ARRAY_LIMIT}.
   *
   * @throws IllegalArgumentException when the property is not a positive whole number
   */
  public static long cap(long computed) {
    String value = System.getProperty(PROPERTY);
    long cap = computed;
    if (value != null) {
      try {
        cap = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        cap = -1;
      }
      if (cap <= 0) {
        throw new IllegalArgumentException(
            PROPERTY + ": expected a positive number of bytes, got '" + value + "'");
      }
    }
    return Math.min(Math.max(cap, 0), ARRAY_LIMIT);
  }

  /** Whether the property is set, so that a message can say which cap was applied. */
  public static boolean overridden() {
    return System.getProperty(PROPERTY) != null;
  }

  /** The advice a refusal ends with. */
  public static String howToRaise() {
    return "if the archive is trusted, raise the cap with -D"
        + PROPERTY
        + "=<bytes> (for the fovea command, in FOVEA_JAVA_OPTS)";
  }
}
