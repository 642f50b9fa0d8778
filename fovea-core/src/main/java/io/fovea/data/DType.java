package io.fovea.data;

/**
 * The element types of NumPy arrays that Fovea reads and writes, named by their NumPy type code
 * without the byte-order character ({@code u1, i1, i2, i4, i8, f2, f4, f8, b1}).
 *
 * <p>{@link NdArray} keeps values in their own type; {@link NdArray#toTensor()} converts to
 * float32.
 */
public enum DType {
  /** uint8, as in images and IDX files. */
  U1("u1", 1, false),
  /** int8. */
  I1("i1", 1, false),
  /** int16. */
  I2("i2", 2, false),
  /** int32. */
  I4("i4", 4, false),
  /** int64: values beyond 2^24 in magnitude do not fit a float32 tensor exactly. */
  I8("i8", 8, false),
  /** IEEE half precision. */
  F2("f2", 2, true),
  /** float32. */
  F4("f4", 4, true),
  /** float64: rounded to the nearest float32 by {@link NdArray#toTensor()}. */
  F8("f8", 8, true),
  /** bool, one byte per value (0 or 1). */
  B1("b1", 1, false);

  private final String code;
  private final int itemSize;
  private final boolean floating;

  DType(String code, int itemSize, boolean floating) {
    this.code = code;
    this.itemSize = itemSize;
    this.floating = floating;
  }

  /** NumPy's type code without byte order, e.g. {@code "f4"}. */
  public String code() {
    return code;
  }

  /** Bytes per element. */
  public int itemSize() {
    return itemSize;
  }

  /** Whether the type holds floating-point values. */
  public boolean isFloating() {
    return floating;
  }

  /** The type of a code such as {@code "f4"} or {@code "?"}, or null when unsupported. */
  static DType ofCode(String code) {
    if (code.equals("?")) {
      return B1;
    }
    for (DType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    return null;
  }
}
