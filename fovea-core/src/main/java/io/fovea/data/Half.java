package io.fovea.data;

/**
 * IEEE 754 half-precision conversion (Java 17 has no {@code Float.float16ToFloat}): 1 sign bit, 5
 * exponent bits (bias 15), 10 fraction bits; subnormals, infinities and NaN kept.
 */
final class Half {

  private Half() {}

  /** The float value of the 16 low bits of {@code h}. */
  static float toFloat(int h) {
    int sign = (h & 0x8000) << 16;
    int exp = (h >>> 10) & 0x1f;
    int frac = h & 0x3ff;
    if (exp == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (frac << 13));
    }
    if (exp == 0) {
      // Subnormal: frac * 2^-24, exact in float.
      float v = frac * 0x1p-24f;
      return sign == 0 ? v : -v;
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (frac << 13));
  }

  /** The half nearest to {@code f} (ties to even), as 16 bits. */
  static short fromFloat(float f) {
    int bits = Float.floatToRawIntBits(f);
    int sign = (bits >>> 16) & 0x8000;
    int abs = bits & 0x7fffffff;
    if (abs >= 0x7f800000) {
      return (short) (sign | 0x7c00 | (abs > 0x7f800000 ? 0x200 : 0));
    }
    if (abs >= 0x477ff000) {
      // Rounds to a value at or above 65520, beyond the largest half.
      return (short) (sign | 0x7c00);
    }
    if (abs < 0x38800000) {
      // Below the smallest normal half: round |f| / 2^-24 to the nearest integer, ties to even.
      int q = (int) Math.rint(Float.intBitsToFloat(abs) * 0x1p24f);
      return (short) (sign | q);
    }
    int mant = abs & 0x7fffff;
    int exp = (abs >>> 23) - 112;
    int h = (exp << 10) | (mant >>> 13);
    int rest = mant & 0x1fff;
    if (rest > 0x1000 || (rest == 0x1000 && (h & 1) == 1)) {
      h++;
    }
    return (short) (sign | h);
  }
}
