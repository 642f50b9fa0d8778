package io.fovea.tensor;

import java.util.Arrays;

/**
 * The dimensions of a dense, row-major tensor: immutable, compared by value.
 *
 * <p>For dims {@code [d0, d1, ..., d(r-1)]} the element at index {@code (i0, ..., i(r-1))} lives at
 * {@code sum(ik * stride(k))} with {@code stride(r-1) = 1} and {@code stride(k) = stride(k+1) *
 * d(k+1)}. Images are channels-last, {@code [batch, height, width, channels]}. A shape of rank 0 is
 * a scalar of size 1; a dimension may be 0 (an empty tensor). Axes given to methods may be
 * negative, counting from the end ({@code -1} is the last axis), as in NumPy.
 */
public final class Shape {

  private static final Shape SCALAR = new Shape(new int[0]);

  private final int[] dims;
  private final int size;

  private Shape(int[] dims) {
    this.dims = dims;
    long n = 1;
    for (int d : dims) {
      n *= d;
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "Shape: expected at most "
                + Integer.MAX_VALUE
                + " elements, got "
                + Arrays.toString(dims)
                + " (more than "
                + Integer.MAX_VALUE
                + ")");
      }
    }
    this.size = (int) n;
  }

  /**
   * The shape with these dimensions, each {@code >= 0}.
   *
   * @throws IllegalArgumentException naming the negative dimension
   */
  public static Shape of(int... dims) {
    if (dims == null) {
      throw new IllegalArgumentException("Shape: expected dimensions, got null");
    }
    if (dims.length == 0) {
      return SCALAR;
    }
    for (int i = 0; i < dims.length; i++) {
      if (dims[i] < 0) {
        throw new IllegalArgumentException(
            "Shape: expected dimensions >= 0, got "
                + Arrays.toString(dims)
                + " (dimension "
                + i
                + " is "
                + dims[i]
                + ")");
      }
    }
    return new Shape(dims.clone());
  }

  /** The rank-0 shape {@code []} of a single value. */
  public static Shape scalar() {
    return SCALAR;
  }

  /** Number of axes. */
  public int rank() {
    return dims.length;
  }

  /** Number of elements, the product of the dimensions (1 for rank 0). */
  public int size() {
    return size;
  }

  /** A copy of the dimensions. */
  public int[] dims() {
    return dims.clone();
  }

  /** The dimension of {@code axis}, which may be negative (counting from the end). */
  public int dim(int axis) {
    return dims[axis("dim", axis)];
  }

  /** Row-major strides in elements: {@code strides()[k]} is the product of the dims after k. */
  public int[] strides() {
    int[] strides = new int[dims.length];
    int s = 1;
    for (int k = dims.length - 1; k >= 0; k--) {
      strides[k] = s;
      s *= dims[k];
    }
    return strides;
  }

  /**
   * The axis in {@code [0, rank)} that {@code axis} names ({@code -1} is the last).
   *
   * @param where the operation to name in the error
   * @throws IllegalArgumentException if the axis is outside {@code [-rank, rank)}
   */
  public int axis(String where, int axis) {
    int a = axis < 0 ? axis + dims.length : axis;
    if (a < 0 || a >= dims.length) {
      throw new IllegalArgumentException(
          where
              + ": expected an axis in ["
              + -dims.length
              + ", "
              + dims.length
              + ") for shape "
              + this
              + ", got "
              + axis);
    }
    return a;
  }

  /** This shape without {@code axis} (the shape of a reduction over it). */
  public Shape without(int axis) {
    int a = axis("without", axis);
    int[] out = new int[dims.length - 1];
    System.arraycopy(dims, 0, out, 0, a);
    System.arraycopy(dims, a + 1, out, a, dims.length - a - 1);
    return of(out);
  }

  /** This shape with {@code axis} set to {@code dim}. */
  public Shape with(int axis, int dim) {
    int[] out = dims.clone();
    out[axis("with", axis)] = dim;
    return of(out);
  }

  /**
   * The shape with the same size and these dims, one of which may be {@code -1}: it is inferred so
   * that the sizes agree, as in NumPy.
   *
   * @throws IllegalArgumentException if the sizes cannot agree, e.g. {@code reshape: cannot reshape
   *     [2, 3] (6 elements) to [4, -1]}
   */
  public Shape reshape(int... newDims) {
    if (newDims == null) {
      throw new IllegalArgumentException("reshape: expected dimensions, got null");
    }
    int inferred = -1;
    long known = 1;
    for (int i = 0; i < newDims.length; i++) {
      if (newDims[i] == -1 && inferred < 0) {
        inferred = i;
      } else if (newDims[i] < 0) {
        throw new IllegalArgumentException(
            "reshape: expected dimensions >= 0 and at most one -1,"
                + " got "
                + Arrays.toString(newDims));
      } else {
        known *= newDims[i];
      }
    }
    int[] out = newDims.clone();
    if (inferred >= 0) {
      if (known == 0 || size % known != 0) {
        throw cannotReshape(newDims);
      }
      out[inferred] = (int) (size / known);
    } else if (known != size) {
      throw cannotReshape(newDims);
    }
    return of(out);
  }

  private IllegalArgumentException cannotReshape(int[] newDims) {
    return new IllegalArgumentException(
        "reshape: cannot reshape "
            + this
            + " ("
            + size
            + " elements) to "
            + Arrays.toString(newDims));
  }

  /** Equal when the dimensions are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Shape && Arrays.equals(dims, ((Shape) o).dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  /** The dimensions, e.g. {@code [32, 28, 28, 1]}; {@code []} for a scalar. */
  @Override
  public String toString() {
    return Arrays.toString(dims);
  }
}
