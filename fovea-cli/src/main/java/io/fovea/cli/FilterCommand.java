package io.fovea.cli;

import io.fovea.image.Border;
import io.fovea.image.Colors;
import io.fovea.image.Filters;
import io.fovea.image.Images;
import io.fovea.image.Kernels2D;
import io.fovea.image.ReadOptions;
import io.fovea.image.ValueRange;
import io.fovea.image.WriteOptions;
import io.fovea.tensor.Tensor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fovea filter IMAGE --kernel K --out OUT.png}: OpenCV's {@code filter2D} from the shell.
 *
 * <pre>
 *   y[i, j, c] = saturate(sum_{u, v} k[u, v] * x~[i + u - kh / 2, j + v - kw / 2, c])
 * </pre>
 *
 * The image is read as 0..255 values {@code [h, w, c]} (alpha dropped), each channel is filtered
 * alone by the 2-D kernel (or the gray image with {@code --gray}), and the result is stored as
 * OpenCV stores an 8-bit result: rounded, then clipped to 0..255, so negative edge responses become
 * black unless {@code --abs} takes their magnitude first (OpenCV's {@code convertScaleAbs}). The
 * output has the input's height and width.
 */
@Command(
    name = "filter",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Filter an image with a 2-D kernel as OpenCV's filter2D does (no kernel flip), "
          + "each colour channel alone, and write the result saturated to 0..255.",
      "Kernels: sobel-x, sobel-y, prewitt-x, prewitt-y, horizontal-line, vertical-line, "
          + "light-spot, dark-spot, laplacian, sharpen, box-blur, gaussian, "
          + "or a matrix such as '[[1,0,-1],[2,0,-2],[1,0,-1]]'."
    })
final class FilterCommand implements Callable<Integer> {

  /** The named kernels; the argument is {@code --size} (used by the blurs only). */
  static final Map<String, IntFunction<Tensor>> KERNELS = new LinkedHashMap<>();

  static {
    KERNELS.put("sobel-x", n -> Kernels2D.sobelX());
    KERNELS.put("sobel-y", n -> Kernels2D.sobelY());
    KERNELS.put("prewitt-x", n -> Kernels2D.prewittX());
    KERNELS.put("prewitt-y", n -> Kernels2D.prewittY());
    KERNELS.put("horizontal-line", n -> Kernels2D.horizontalLine());
    KERNELS.put("vertical-line", n -> Kernels2D.verticalLine());
    KERNELS.put("light-spot", n -> Kernels2D.lightSpot());
    KERNELS.put("dark-spot", n -> Kernels2D.darkSpot());
    KERNELS.put("laplacian", n -> Kernels2D.laplacian());
    KERNELS.put("sharpen", n -> Kernels2D.sharpen());
    KERNELS.put("box-blur", Kernels2D::boxBlur);
    // sigma 0: OpenCV's rule, sigma = 0.3 * ((size - 1) * 0.5 - 1) + 0.8.
    KERNELS.put("gaussian", n -> Kernels2D.gaussian(n, 0));
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "A PNG, JPEG, BMP or GIF image.")
  Path image;

  @Option(
      names = "--kernel",
      required = true,
      paramLabel = "K",
      description = "A kernel name (see above) or a matrix '[[...],[...]]'.")
  String kernel;

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "Size of box-blur and gaussian, odd (default: ${DEFAULT-VALUE}).")
  int size = 3;

  @Option(
      names = "--border",
      paramLabel = "B",
      description =
          "How the image extends past its edges: constant, replicate, reflect, reflect-101, wrap"
              + " (default: ${DEFAULT-VALUE}, OpenCV's).")
  String border = "reflect-101";

  @Option(names = "--gray", description = "Convert a colour image to gray first (default: off).")
  boolean gray;

  @Option(
      names = "--abs",
      description =
          "Take the absolute value before saturating, so that negative edges show (default: off).")
  boolean abs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "OUT",
      description = "The image to write (.png or .jpg).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Tensor k = kernel();
    Border b = border();
    CliFiles.requireFile("IMAGE", image);
    Tensor x = Images.read(image, ReadOptions.bytes().withAlpha(false));
    if (gray && x.shape().dim(2) >= 3) {
      x = Colors.toGray(x);
    }
    Tensor y = Filters.filter2D(x, k, b, false);
    if (abs) {
      y.mapInPlace(Math::abs);
    }
    Images.write(saturate(y), out, WriteOptions.defaults().withRange(ValueRange.BYTES));
    spec.commandLine().getErr().println("Wrote " + out);
    return 0;
  }

  /** OpenCV's {@code saturate_cast<uchar>}: round half to even, clip to 0..255. */
  private static Tensor saturate(Tensor y) {
    return y.mapInPlace(
        v -> Float.isNaN(v) ? 0f : (float) Math.rint(Math.max(0, Math.min(255, v))));
  }

  private Tensor kernel() {
    String key = kernel.trim();
    if (key.startsWith("[")) {
      Tensor k;
      try {
        k = Kernels2D.parse(key);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--kernel: " + e.getMessage());
      }
      if (k.rank() != 2) {
        throw new ParameterException(
            spec.commandLine(),
            "--kernel: expected a 2-D matrix '[[...],[...]]', got shape " + k.shape());
      }
      return k;
    }
    IntFunction<Tensor> named = KERNELS.get(key);
    if (named == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--kernel: expected one of "
              + String.join(", ", KERNELS.keySet())
              + " or a matrix '[[...]]', got '"
              + kernel
              + "'");
    }
    if (size < 1 || size % 2 == 0) {
      throw new ParameterException(
          spec.commandLine(), "--size: expected an odd number >= 1, got " + size);
    }
    return named.apply(size);
  }

  private Border border() {
    try {
      return Border.of(border.replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--border: expected one of constant, replicate, reflect, reflect-101, wrap, got '"
              + border
              + "'");
    }
  }
}
