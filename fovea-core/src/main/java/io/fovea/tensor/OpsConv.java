package io.fovea.tensor;

import io.fovea.kernel.ConvGeometry;
import io.fovea.kernel.Kernels;
import io.fovea.kernel.PoolGeometry;

/**
 * The bodies of {@link Ops}'s convolutions and poolings: the shapes of the image, the kernel and
 * the output are checked against the {@link SlidingWindow}, then translated into the kernels' own
 * geometry records.
 */
final class OpsConv {

  private OpsConv() {}

  /** The geometry of {@code x [b, h, w, c]} under kernel {@code [kh, kw, c, outC]} into y. */
  static ConvGeometry conv(String op, Tensor x, Tensor kernel, SlidingWindow w, Tensor y) {
    OpsChecks.present(op, "a window", w);
    OpsChecks.rank(op, "an input", 4, "[batch, height, width, channels]", x);
    OpsChecks.rank(op, "an output", 4, "[batch, height, width, channels]", y);
    Shape in = x.shape();
    int outC = y.shape().dim(3);
    OpsChecks.shape(op, "kernel", Shape.of(w.height(), w.width(), in.dim(3), outC), kernel);
    Shape out = outputShape(in, w, outC);
    OpsChecks.shape(op, "output", out, y);
    return new ConvGeometry(
        in.dim(0),
        in.dim(1),
        in.dim(2),
        in.dim(3),
        w.height(),
        w.width(),
        outC,
        w.strideH(),
        w.strideW(),
        w.padTop(),
        w.padLeft(),
        out.dim(1),
        out.dim(2));
  }

  /** The geometry of pooling {@code x [b, h, w, c]} into {@code y}. */
  static PoolGeometry pool(String op, Tensor x, SlidingWindow w, Tensor y) {
    OpsChecks.present(op, "a window", w);
    OpsChecks.rank(op, "an input", 4, "[batch, height, width, channels]", x);
    Shape in = x.shape();
    Shape out = outputShape(in, w, in.dim(3));
    OpsChecks.shape(op, "output", out, y);
    return new PoolGeometry(
        in.dim(0),
        in.dim(1),
        in.dim(2),
        in.dim(3),
        w.height(),
        w.width(),
        w.strideH(),
        w.strideW(),
        w.padTop(),
        w.padLeft(),
        out.dim(1),
        out.dim(2));
  }

  private static Shape outputShape(Shape in, SlidingWindow w, int channels) {
    return Shape.of(in.dim(0), w.outputHeight(in.dim(1)), w.outputWidth(in.dim(2)), channels);
  }

  static Tensor conv2d(Tensor x, Tensor kernel, Tensor bias, SlidingWindow w, Tensor y) {
    ConvGeometry g = conv("conv2d", x, kernel, w, y);
    if (bias != null) {
      OpsChecks.shape("conv2d", "bias", Shape.of(g.outC()), bias);
    }
    Kernels.get()
        .conv2d(
            g,
            x.data(),
            x.offset(),
            OpsChecks.read(kernel),
            OpsChecks.read(bias),
            y.data(),
            y.offset());
    return y;
  }

  static Tensor inputGradient(Tensor dy, Tensor kernel, SlidingWindow w, Tensor dx) {
    ConvGeometry g = conv("conv2dInputGradient", dx, kernel, w, dy);
    float[] out = dx.offset() == 0 ? dx.data() : new float[dx.size()];
    Kernels.get().conv2dBackwardInput(g, OpsChecks.read(dy), OpsChecks.read(kernel), out);
    OpsChecks.close(out, dx);
    return dx;
  }

  static void kernelGradient(Tensor x, Tensor dy, SlidingWindow w, Tensor dKernel, Tensor dBias) {
    ConvGeometry g = conv("conv2dKernelGradient", x, dKernel, w, dy);
    if (dBias != null) {
      OpsChecks.shape("conv2dKernelGradient", "bias gradient", Shape.of(g.outC()), dBias);
    }
    float[] dk = OpsChecks.open(dKernel);
    float[] db = OpsChecks.open(dBias);
    Kernels.get().conv2dBackwardKernel(g, x.data(), x.offset(), OpsChecks.read(dy), dk, db);
    OpsChecks.close(dk, dKernel);
    OpsChecks.close(db, dBias);
  }

  static Tensor maxPool(Tensor x, SlidingWindow w, Tensor y, int[] argmax) {
    PoolGeometry g = pool("maxPool", x, w, y);
    requireIndices("maxPool", argmax, y);
    float[] out = y.offset() == 0 ? y.data() : new float[y.size()];
    Kernels.get().maxPool(g, x.data(), x.offset(), out, argmax);
    OpsChecks.close(out, y);
    return y;
  }

  static Tensor maxPoolBackward(Tensor dy, int[] argmax, SlidingWindow w, Tensor dx) {
    PoolGeometry g = pool("maxPoolBackward", dx, w, dy);
    OpsChecks.present("maxPoolBackward", "the winners of maxPool", argmax);
    requireIndices("maxPoolBackward", argmax, dy);
    float[] out = dx.offset() == 0 ? dx.data() : new float[dx.size()];
    Kernels.get().maxPoolBackward(g, OpsChecks.read(dy), argmax, out);
    OpsChecks.close(out, dx);
    return dx;
  }

  static Tensor avgPool(Tensor x, SlidingWindow w, Tensor y) {
    PoolGeometry g = pool("averagePool", x, w, y);
    float[] out = y.offset() == 0 ? y.data() : new float[y.size()];
    Kernels.get().avgPool(g, x.data(), x.offset(), out);
    OpsChecks.close(out, y);
    return y;
  }

  static Tensor avgPoolBackward(Tensor dy, SlidingWindow w, Tensor dx) {
    PoolGeometry g = pool("averagePoolBackward", dx, w, dy);
    float[] out = dx.offset() == 0 ? dx.data() : new float[dx.size()];
    Kernels.get().avgPoolBackward(g, OpsChecks.read(dy), out);
    OpsChecks.close(out, dx);
    return dx;
  }

  private static void requireIndices(String op, int[] argmax, Tensor y) {
    if (argmax != null && argmax.length != y.size()) {
      throw new IllegalArgumentException(
          op
              + ": expected one winner index per output, "
              + y.size()
              + " for "
              + y.shape()
              + ", got "
              + argmax.length);
    }
  }
}
