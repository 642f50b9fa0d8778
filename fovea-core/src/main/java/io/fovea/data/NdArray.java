package io.fovea.data;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An n-dimensional array as stored in a file: its {@link DType}, its shape and its values in
 * row-major order, kept in the original type so that labels and large integers stay exact.
 *
 * <p>Shapes: any rank, including 0 (a single value) and dimensions of 0 (no values). Conversion:
 * {@link #toTensor()} gives a float32 tensor of the same shape (integers exact up to 2^24 in
 * magnitude, larger ones refused; float64 rounded to nearest); {@link #toIntArray()} and {@link
 * #toLongArray()} give labels.
 */
public final class NdArray {

  private static final long FLOAT_EXACT = 1L << 24;

  private final DType dtype;
  private final int[] shape;
  private final ByteBuffer data;

  private NdArray(DType dtype, int[] shape, byte[] littleEndian) {
    this.dtype = dtype;
    this.shape = shape.clone();
    this.data = ByteBuffer.wrap(littleEndian).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * An array over row-major little-endian bytes, which it keeps (no copy).
   *
   * @throws IllegalArgumentException if the byte count is not size * itemSize
   */
  public static NdArray ofBytes(DType dtype, int[] shape, byte[] littleEndian) {
    long size = sizeOf(shape);
    if (littleEndian.length != size * dtype.itemSize()) {
      throw new IllegalArgumentException(
          "NdArray: expected "
              + size * dtype.itemSize()
              + " bytes for "
              + dtype
              + " "
              + Arrays.toString(shape)
              + ", got "
              + littleEndian.length);
    }
    return new NdArray(dtype, shape, littleEndian);
  }

  /** A float32 array with the tensor's shape and values. */
  public static NdArray of(Tensor t) {
    return ofFloats(t.toArray(), t.shape().dims());
  }

  /** A float32 array of these row-major values. */
  public static NdArray ofFloats(float[] values, int... shape) {
    NdArray a = allocate(DType.F4, shape, values.length);
    a.data.asFloatBuffer().put(values);
    return a;
  }

  /** A float64 array of these row-major values. */
  public static NdArray ofDoubles(double[] values, int... shape) {
    NdArray a = allocate(DType.F8, shape, values.length);
    a.data.asDoubleBuffer().put(values);
    return a;
  }

  /**
   * An array of type {@code dtype} holding these values, each converted as a cast would (wrapping
   * integers, rounding floats, bool as {@code v != 0}).
   */
  public static NdArray ofLongs(DType dtype, long[] values, int... shape) {
    NdArray a = allocate(dtype, shape, values.length);
    for (int i = 0; i < values.length; i++) {
      a.put(i, values[i], values[i]);
    }
    return a;
  }

  /** Like {@link #ofLongs} from doubles: integer types take {@code (long) v}. */
  public static NdArray ofDoubles(DType dtype, double[] values, int... shape) {
    NdArray a = allocate(dtype, shape, values.length);
    for (int i = 0; i < values.length; i++) {
      a.put(i, (long) values[i], values[i]);
    }
    return a;
  }

  private static NdArray allocate(DType dtype, int[] shape, int count) {
    long size = sizeOf(shape);
    if (size != count) {
      throw new IllegalArgumentException(
          "NdArray: expected "
              + size
              + " values for shape "
              + Arrays.toString(shape)
              + ", got "
              + count);
    }
    return new NdArray(dtype, shape, new byte[Math.toIntExact(size * dtype.itemSize())]);
  }

  static long sizeOf(int[] shape) {
    long size = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            "NdArray: expected dimensions >= 0, got " + Arrays.toString(shape));
      }
      size = Math.multiplyExact(size, d);
    }
    return size;
  }

  private void put(int i, long asLong, double asDouble) {
    int at = i * dtype.itemSize();
    switch (dtype) {
      case U1, I1 -> data.put(at, (byte) asLong);
      case B1 -> data.put(at, (byte) (asDouble != 0 ? 1 : 0));
      case I2 -> data.putShort(at, (short) asLong);
      case I4 -> data.putInt(at, (int) asLong);
      case I8 -> data.putLong(at, asLong);
      case F2 -> data.putShort(at, Half.fromFloat((float) asDouble));
      case F4 -> data.putFloat(at, (float) asDouble);
      case F8 -> data.putDouble(at, asDouble);
      default -> throw new AssertionError(dtype);
    }
  }

  /** The element type. */
  public DType dtype() {
    return dtype;
  }

  /** A copy of the dimensions. */
  public int[] shape() {
    return shape.clone();
  }

  /** The number of elements (1 for rank 0). */
  public int size() {
    return data.capacity() / dtype.itemSize();
  }

  /** A copy of the values as row-major little-endian bytes. */
  public byte[] toBytes() {
    return data.array().clone();
  }

  byte[] bytes() {
    return data.array();
  }

  /** Element {@code i} in row-major order as a double (exact except int64 beyond 2^53). */
  public double getDouble(int i) {
    int at = i * dtype.itemSize();
    return switch (dtype) {
      case F2 -> Half.toFloat(data.getShort(at));
      case F4 -> data.getFloat(at);
      case F8 -> data.getDouble(at);
      default -> getLong(i);
    };
  }

  /** Element {@code i} in row-major order as a long (floats truncated toward zero). */
  public long getLong(int i) {
    int at = i * dtype.itemSize();
    return switch (dtype) {
      case U1 -> data.get(at) & 0xff;
      case I1, B1 -> data.get(at);
      case I2 -> data.getShort(at);
      case I4 -> data.getInt(at);
      case I8 -> data.getLong(at);
      default -> (long) getDouble(i);
    };
  }

  /**
   * A float32 tensor of the same shape. Integer values must lie in [-2^24, 2^24], where float32 is
   * exact; float64 is rounded to the nearest float32.
   *
   * @throws IllegalArgumentException naming the first integer too large for float32
   */
  public Tensor toTensor() {
    int n = size();
    float[] out = new float[n];
    if (dtype == DType.F4) {
      data.asFloatBuffer().get(out);
    } else if (dtype == DType.U1) {
      // The common case of images: a direct loop, no per-element dispatch.
      byte[] b = data.array();
      for (int i = 0; i < n; i++) {
        out[i] = b[i] & 0xff;
      }
    } else if (dtype.isFloating()) {
      for (int i = 0; i < n; i++) {
        out[i] = (float) getDouble(i);
      }
    } else {
      for (int i = 0; i < n; i++) {
        long v = getLong(i);
        if (v > FLOAT_EXACT || v < -FLOAT_EXACT) {
          throw new IllegalArgumentException(
              "toTensor: expected integers within +-2^24 "
                  + "(exact in float32), got "
                  + v
                  + " at index "
                  + i
                  + " of a "
                  + dtype
                  + " array");
        }
        out[i] = v;
      }
    }
    return Tensor.wrap(out, shape);
  }

  /**
   * The values as ints, for labels.
   *
   * @throws IllegalArgumentException naming a value that is not an int (fractional or too big)
   */
  public int[] toIntArray() {
    int[] out = new int[size()];
    for (int i = 0; i < out.length; i++) {
      double d = getDouble(i);
      long v = getLong(i);
      if ((int) v != v || (dtype.isFloating() && d != v)) {
        throw new IllegalArgumentException(
            "toIntArray: expected int values, got "
                + (dtype.isFloating() ? d : v)
                + " at index "
                + i
                + " of a "
                + dtype
                + " array");
      }
      out[i] = (int) v;
    }
    return out;
  }

  /** The values as longs (floats truncated toward zero). */
  public long[] toLongArray() {
    long[] out = new long[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getLong(i);
    }
    return out;
  }

  /** The values as doubles. */
  public double[] toDoubleArray() {
    double[] out = new double[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getDouble(i);
    }
    return out;
  }

  /** Shape of the tensor view, e.g. for checks. */
  public Shape tensorShape() {
    return Shape.of(shape);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NdArray a
        && a.dtype == dtype
        && Arrays.equals(a.shape, shape)
        && a.data.equals(data);
  }

  @Override
  public int hashCode() {
    return 31 * dtype.hashCode() + Arrays.hashCode(shape);
  }

  @Override
  public String toString() {
    return "NdArray(" + dtype + ", " + Arrays.toString(shape) + ")";
  }
}
