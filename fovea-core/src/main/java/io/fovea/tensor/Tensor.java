package io.fovea.tensor;

import java.util.Arrays;

/**
 * A dense float32 array of any rank, row-major and channels-last ({@code [batch, height, width,
 * channels]} for images).
 *
 * <p>The values live in a private {@code float[]} from an offset; {@link #reshape}, {@link #slice}
 * and {@link #index} return <em>views</em> that share it, so writing through a view changes the
 * original. Outside this package the storage is reached only through bounds-checked methods ({@link
 * #getFlat}, {@link #setFlat}, {@link #copyTo}, {@link #copyFrom}) and {@link Ops}. Tensors are
 * always dense, so every view is contiguous. Operations that return a new tensor ({@link
 * #add(Tensor)}, {@link #sum(int)}, ...) allocate it; the {@code ...InPlace} variants write into
 * this tensor and return it. Arithmetic hot loops run in {@link io.fovea.kernel.Kernels}.
 *
 * <p>Equality is by shape and values, compared as {@link Float#floatToIntBits} does (NaN equals
 * NaN, 0.0 differs from -0.0, like {@link Arrays#equals(float[], float[])}); the offset and the
 * sharing of storage do not matter. Use {@link #allClose} to compare computed results. A tensor is
 * mutable and not thread-safe.
 */
public final class Tensor {

  /** A function from an index (one entry per axis) to a value, for {@link #fromFunction}. */
  @FunctionalInterface
  public interface IndexFunction {
    float apply(int[] index);
  }

  private final Shape shape;
  private final float[] data;
  private final int offset;

  private Tensor(Shape shape, float[] data, int offset) {
    this.shape = shape;
    this.data = data;
    this.offset = offset;
  }

  // ---------------------------------------------------------------- creation

  /** A new tensor of zeros. */
  public static Tensor zeros(int... dims) {
    return zeros(Shape.of(dims));
  }

  /** A new tensor of zeros. */
  public static Tensor zeros(Shape shape) {
    return new Tensor(requireShape("zeros", shape), new float[shape.size()], 0);
  }

  /** A new tensor of ones. */
  public static Tensor ones(int... dims) {
    return full(1f, dims);
  }

  /** A new tensor with every element {@code value}. */
  public static Tensor full(float value, int... dims) {
    Tensor t = zeros(dims);
    Arrays.fill(t.data, value);
    return t;
  }

  /** A rank-0 tensor holding {@code value}. */
  public static Tensor scalar(float value) {
    return full(value);
  }

  /** The rank-1 tensor {@code [0, 1, ..., n - 1]}. */
  public static Tensor arange(int n) {
    return fromFunction(Shape.of(n), i -> i[0]);
  }

  /**
   * A new tensor holding a <em>copy</em> of {@code values} with these dims.
   *
   * @throws IllegalArgumentException if the length is not the product of the dims
   */
  public static Tensor of(float[] values, int... dims) {
    return wrap(values, dims).copy();
  }

  /**
   * A tensor <em>sharing</em> {@code values} (no copy): writes to either are seen by both.
   *
   * @throws IllegalArgumentException if the length is not the product of the dims
   */
  public static Tensor wrap(float[] values, int... dims) {
    if (values == null) {
      throw new IllegalArgumentException("wrap: expected an array, got null");
    }
    Shape shape = Shape.of(dims);
    if (values.length != shape.size()) {
      throw new IllegalArgumentException(
          "wrap: expected "
              + shape.size()
              + " values for shape "
              + shape
              + ", got "
              + values.length);
    }
    return new Tensor(shape, values, 0);
  }

  /** A new {@code [rows, cols]} tensor copied from a rectangular array. */
  public static Tensor of(float[][] values) {
    return NestedArrays.toTensor("of", values);
  }

  /** A new {@code [d0, d1, d2]} tensor copied from a rectangular array. */
  public static Tensor of(float[][][] values) {
    return NestedArrays.toTensor("of", values);
  }

  /** A new {@code [d0, d1, d2, d3]} tensor copied from a rectangular array. */
  public static Tensor of(float[][][][] values) {
    return NestedArrays.toTensor("of", values);
  }

  /** A new {@code [rows, cols]} tensor from a rectangular array, each value rounded to float. */
  public static Tensor of(double[][] values) {
    return NestedArrays.toTensor("of", values);
  }

  /**
   * A new tensor whose element at each index is {@code f(index)}, filled in row-major order. The
   * index array is reused between calls: copy it to keep it.
   */
  public static Tensor fromFunction(Shape shape, IndexFunction f) {
    if (f == null) {
      throw new IllegalArgumentException("fromFunction: expected a function, got null");
    }
    Tensor t = zeros(shape);
    int[] index = new int[shape.rank()];
    int[] dims = shape.dims();
    for (int i = 0; i < t.data.length; i++) {
      t.data[i] = f.apply(index);
      for (int k = index.length - 1; k >= 0 && ++index[k] == dims[k]; k--) {
        index[k] = 0;
      }
    }
    return t;
  }

  /** Uniform values in [lo, hi): {@code new Rng(seed).uniform(shape, lo, hi)}. */
  public static Tensor randomUniform(Shape shape, float lo, float hi, long seed) {
    return new Rng(seed).uniform(shape, lo, hi);
  }

  /** Normal values (Box-Muller): {@code new Rng(seed).normal(shape, mean, std)}. */
  public static Tensor randomNormal(Shape shape, float mean, float std, long seed) {
    return new Rng(seed).normal(shape, mean, std);
  }

  // ---------------------------------------------------------------- shape and storage

  /** The dimensions. */
  public Shape shape() {
    return shape;
  }

  /** The number of axes, {@code shape().rank()}. */
  public int rank() {
    return shape.rank();
  }

  /** The number of elements, {@code shape().size()}. */
  public int size() {
    return shape.size();
  }

  // The backing array, shared with views, and where this tensor's values start in it: for the
  // kernels' callers in this package only, so that nothing outside writes past a view's bounds.
  float[] data() {
    return data;
  }

  int offset() {
    return offset;
  }

  /** A new array holding a copy of the values in row-major order. */
  public float[] toArray() {
    return Arrays.copyOfRange(data, offset, offset + size());
  }

  /** Copies the {@code size()} values, row-major, into {@code dst} from {@code dstOffset}. */
  public void copyTo(float[] dst, int dstOffset) {
    TensorAccess.checkRange("copyTo", "dst", dst, dstOffset, shape);
    System.arraycopy(data, offset, dst, dstOffset, size());
  }

  /**
   * Sets the values, row-major, to the {@code size()} values of {@code src} from {@code srcOffset}.
   */
  public Tensor copyFrom(float[] src, int srcOffset) {
    TensorAccess.checkRange("copyFrom", "src", src, srcOffset, shape);
    System.arraycopy(src, srcOffset, data, offset, size());
    return this;
  }

  /** A copy of a rank-2 tensor as {@code float[rows][cols]}. */
  public float[][] toFloat2d() {
    return NestedArrays.toFloat2d(this);
  }

  /** A copy of a rank-3 tensor as {@code float[d0][d1][d2]}. */
  public float[][][] toFloat3d() {
    return NestedArrays.toFloat3d(this);
  }

  /** A new tensor with a copy of the values, not sharing storage. */
  public Tensor copy() {
    return new Tensor(shape, toArray(), 0);
  }

  /** A view with the same values in another shape; one dim may be -1 (inferred). */
  public Tensor reshape(int... dims) {
    return new Tensor(shape.reshape(dims), data, offset);
  }

  /** A view of the entries {@code from .. to - 1} along axis 0. */
  public Tensor slice(int from, int to) {
    if (rank() == 0) {
      throw new IllegalArgumentException("slice: expected a tensor of rank >= 1, got shape []");
    }
    int n = shape.dim(0);
    if (from < 0 || to > n || from > to) {
      throw new IndexOutOfBoundsException(
          "slice: expected 0 <= from <= to <= "
              + n
              + " for shape "
              + shape
              + ", got from="
              + from
              + ", to="
              + to);
    }
    int stride = n == 0 ? 0 : size() / n;
    return new Tensor(shape.with(0, to - from), data, offset + from * stride);
  }

  /** A view of entry {@code i} along axis 0, of rank one less (image {@code i} of a batch). */
  public Tensor index(int i) {
    Tensor one = slice(TensorAccess.checkIndex("index", shape, i, 0), i + 1);
    return new Tensor(shape.without(0), data, one.offset);
  }

  // ---------------------------------------------------------------- element access and images

  /** The value at {@code idx}, one index per axis. */
  public float get(int... idx) {
    return data[flatIndex("get", idx)];
  }

  /** Sets the value at {@code idx} and returns this tensor. */
  public Tensor set(float value, int... idx) {
    data[flatIndex("set", idx)] = value;
    return this;
  }

  /** The single value of a tensor of size 1 (e.g. a rank-0 result). */
  public float item() {
    if (size() != 1) {
      throw new IllegalArgumentException("item: expected a tensor of size 1, got shape " + shape);
    }
    return data[offset];
  }

  /** The value at row-major index {@code i}, {@code 0 <= i < size()}. */
  public float getFlat(int i) {
    return data[offset + TensorAccess.checkFlat("getFlat", shape, i)];
  }

  /** Sets the value at row-major index {@code i}, {@code 0 <= i < size()}; returns this tensor. */
  public Tensor setFlat(int i, float value) {
    data[offset + TensorAccess.checkFlat("setFlat", shape, i)] = value;
    return this;
  }

  private int flatIndex(String where, int[] idx) {
    return TensorAccess.flatIndex(where, shape, offset, idx);
  }

  /**
   * Sets the pixels in rows {@code [rowFrom, rowTo)} and columns {@code [colFrom, colTo)} of an
   * image {@code [h, w, c]} or {@code [h, w]} (or of each image {@code [n, h, w, c]}) to one value
   * per channel, or one value for all channels; returns this tensor. Example: {@code
   * image.fillRegion(0, 10, 0, 10, 1f, 0f, 0f)} paints the top-left 10x10 corner red.
   */
  public Tensor fillRegion(int rowFrom, int rowTo, int colFrom, int colTo, float... channelValues) {
    ImageRegions.fillRegion(this, rowFrom, rowTo, colFrom, colTo, channelValues);
    return this;
  }

  /** A new tensor with one channel of an image or batch: {@code [..., h, w, c] -> [..., h, w]}. */
  public Tensor channel(int c) {
    return ImageRegions.channel(this, c);
  }

  /** Sets every element to {@code value}; returns this tensor. */
  public Tensor fill(float value) {
    Arrays.fill(data, offset, offset + size(), value);
    return this;
  }

  // ---------------------------------------------------------------- arithmetic

  /** A new tensor {@code this + other}, elementwise; the shapes must be equal. */
  public Tensor add(Tensor other) {
    return TensorMath.binary("add", TensorMath.Op.ADD, this, other, zeros(shape));
  }

  /** A new tensor {@code this - other}, elementwise; the shapes must be equal. */
  public Tensor sub(Tensor other) {
    return TensorMath.binary("sub", TensorMath.Op.SUB, this, other, zeros(shape));
  }

  /** A new tensor {@code this * other}, elementwise; the shapes must be equal. */
  public Tensor mul(Tensor other) {
    return TensorMath.binary("mul", TensorMath.Op.MUL, this, other, zeros(shape));
  }

  /** A new tensor {@code this / other}, elementwise; the shapes must be equal. */
  public Tensor div(Tensor other) {
    return TensorMath.binary("div", TensorMath.Op.DIV, this, other, zeros(shape));
  }

  /** {@code this += other}, elementwise; returns this tensor. */
  public Tensor addInPlace(Tensor other) {
    return TensorMath.binary("addInPlace", TensorMath.Op.ADD, this, other, this);
  }

  /** {@code this -= other}, elementwise; returns this tensor. */
  public Tensor subInPlace(Tensor other) {
    return TensorMath.binary("subInPlace", TensorMath.Op.SUB, this, other, this);
  }

  /** {@code this *= other}, elementwise; returns this tensor. */
  public Tensor mulInPlace(Tensor other) {
    return TensorMath.binary("mulInPlace", TensorMath.Op.MUL, this, other, this);
  }

  /** {@code this /= other}, elementwise; returns this tensor. */
  public Tensor divInPlace(Tensor other) {
    return TensorMath.binary("divInPlace", TensorMath.Op.DIV, this, other, this);
  }

  /** A new tensor {@code this + value}. */
  public Tensor add(float value) {
    return TensorMath.scaleShift(this, 1f, value, zeros(shape));
  }

  /** A new tensor {@code this - value}. */
  public Tensor sub(float value) {
    return TensorMath.scaleShift(this, 1f, -value, zeros(shape));
  }

  /** A new tensor {@code this * value}. */
  public Tensor mul(float value) {
    return TensorMath.scaleShift(this, value, 0f, zeros(shape));
  }

  /** A new tensor {@code this / value} (each element divided, not multiplied by 1/value). */
  public Tensor div(float value) {
    return TensorMath.map(this, v -> v / value, zeros(shape));
  }

  /** {@code this = this * scale + shift}; returns this tensor. */
  public Tensor scaleShiftInPlace(float scale, float shift) {
    return TensorMath.scaleShift(this, scale, shift, this);
  }

  /** A new tensor {@code f(x)} for every element {@code x}. */
  public Tensor map(FloatUnaryOperator f) {
    return TensorMath.map(this, f, zeros(shape));
  }

  /** {@code x = f(x)} for every element; returns this tensor. */
  public Tensor mapInPlace(FloatUnaryOperator f) {
    return TensorMath.map(this, f, this);
  }

  /** A new tensor with every element limited to {@code [lo, hi]}. */
  public Tensor clip(float lo, float hi) {
    return TensorMath.clip(this, lo, hi, zeros(shape));
  }

  // ---------------------------------------------------------------- reductions

  /** The sum of all elements, accumulated in double; 0 for an empty tensor. */
  public float sum() {
    return (float) Reductions.sum(this);
  }

  /** The mean of all elements, accumulated in double; NaN for an empty tensor. */
  public float mean() {
    return (float) (Reductions.sum(this) / size());
  }

  /** The largest element (NaN if any is NaN); the tensor must not be empty. */
  public float max() {
    return Reductions.max(this);
  }

  /** The smallest element (NaN if any is NaN); the tensor must not be empty. */
  public float min() {
    return Reductions.min(this);
  }

  /** Sums over {@code axis} (negative counts from the end); the axis is removed. */
  public Tensor sum(int axis) {
    return Reductions.along("sum", Reductions.Kind.SUM, this, axis);
  }

  /** Means over {@code axis}; the axis is removed. */
  public Tensor mean(int axis) {
    return Reductions.along("mean", Reductions.Kind.MEAN, this, axis);
  }

  /** Maxima over {@code axis}; the axis is removed. */
  public Tensor max(int axis) {
    return Reductions.along("max", Reductions.Kind.MAX, this, axis);
  }

  /** Minima over {@code axis}; the axis is removed. */
  public Tensor min(int axis) {
    return Reductions.along("min", Reductions.Kind.MIN, this, axis);
  }

  /**
   * The index of the largest value along {@code axis} (the first on ties; a NaN wins), stored as
   * float (exact up to 2^24) in a tensor without the axis: for {@code [batch, classes]} scores,
   * {@code argmax(-1)} gives the {@code [batch]} predicted classes.
   */
  public Tensor argmax(int axis) {
    return Reductions.along("argmax", Reductions.Kind.ARGMAX, this, axis);
  }

  /**
   * Whether both shapes are equal and {@code |this - other| <= atol + rtol * |other|} for every
   * element (NumPy's {@code allclose}; NaN is never close). Different shapes give false.
   */
  public boolean allClose(Tensor other, double rtol, double atol) {
    return TensorMath.allClose(this, other, rtol, atol);
  }

  // ---------------------------------------------------------------- linear algebra

  /** The matrix product {@code [m, k] x [k, n] -> [m, n]}. */
  public Tensor matmul(Tensor other) {
    return TensorMath.matmul(this, other);
  }

  /** A new tensor with the axes of a matrix swapped: {@code [m, n] -> [n, m]}. */
  public Tensor transpose() {
    return TensorMath.transpose(this);
  }

  // ---------------------------------------------------------------- object methods

  /** Equal to another tensor with the same shape and bitwise-equal values (see the class). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Tensor)) {
      return false;
    }
    Tensor t = (Tensor) o;
    return shape.equals(t.shape)
        && Arrays.equals(data, offset, offset + size(), t.data, t.offset, t.offset + size());
  }

  @Override
  public int hashCode() {
    int h = shape.hashCode();
    for (int i = 0; i < size(); i++) {
      h = 31 * h + Float.floatToIntBits(data[offset + i]);
    }
    return h;
  }

  /**
   * The shape and values, e.g. {@code Tensor[2, 2] [[1.0, 2.0], [3.0, 4.0]]} (see {@link
   * TensorFormat}: past 1000 elements, the first and last 3 entries per axis).
   */
  @Override
  public String toString() {
    return TensorFormat.format(this);
  }

  private static Shape requireShape(String where, Shape shape) {
    if (shape == null) {
      throw new IllegalArgumentException(where + ": expected a shape, got null");
    }
    return shape;
  }
}
