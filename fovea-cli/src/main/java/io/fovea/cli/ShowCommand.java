package io.fovea.cli;

import io.fovea.data.Npy;
import io.fovea.image.ColorMap;
import io.fovea.image.Images;
import io.fovea.image.ShowOptions;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fovea show IMAGE|NPY --out OUT.png}: draws an image file, or an array saved by NumPy
 * ({@code [h, w]} or {@code [h, w, c]}, {@code c} 1 to 4), as matplotlib's {@code imshow} colours
 * it: one channel through a colour map stretched over the data's min..max, colour as it is (values
 * in 0..1, or 0..255 when the largest is above 1); gray+alpha is drawn as RGBA with equal colour
 * channels. The extension of {@code OUT} picks the format: {@code .png}, or {@code .jpg}/{@code
 * .jpeg}, which has no alpha, so the picture is laid over white first (as matplotlib's {@code
 * savefig} lays it over the white figure).
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Draw an image or a NumPy array (.npy of [h,w] or [h,w,c]) as a PNG or JPEG, as"
            + " matplotlib's imshow does.")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IMAGE|NPY", description = "An image file or a .npy file.")
  Path input;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "OUT",
      description = "The picture to write: .png, or .jpg/.jpeg (transparent parts become white).")
  Path out;

  @Option(
      names = "--cmap",
      paramLabel = "MAP",
      description = "Colour map of one-channel data: gray, viridis (default: ${DEFAULT-VALUE}).")
  String cmap = "gray";

  @Option(
      names = "--colorbar",
      description = "Draw a colour bar beside one-channel data (default: off).")
  boolean colorBar;

  @Override
  public Integer call() throws Exception {
    ColorMap map = colorMap();
    CliFiles.requireExtension(spec, "--out", out, "png", "jpg", "jpeg");
    CliFiles.requireWritable(spec, "--out", out);
    CliFiles.requireFile("IMAGE|NPY", input);
    Tensor x = CliFiles.extension(input).equals("npy") ? array() : Images.read(input);
    if (x.rank() == 3 && x.shape().dim(2) == 2) {
      x = grayAlphaAsRgba(x);
    }
    boolean colour = x.rank() == 3 && x.shape().dim(2) > 1;
    ShowOptions options =
        ShowOptions.defaults()
            .withColorMap(map)
            .withColorBar(colorBar)
            .withBytes(colour && x.max() > 1)
            .withOpen(false);
    if (CliFiles.extension(out).equals("png")) {
      Images.show(x, options.withOutput(out));
    } else {
      writeJpeg(x, options);
    }
    spec.commandLine().getErr().println("Wrote " + out);
    return 0;
  }

  /** Draws to a temporary PNG, lays it over white and writes the JPEG. */
  private void writeJpeg(Tensor x, ShowOptions options) throws IOException {
    Path png = Files.createTempFile("fovea-show-", ".png");
    try {
      Images.show(x, options.withOutput(png));
      Images.write(overWhite(Images.read(png)), out);
    } finally {
      Files.deleteIfExists(png);
    }
  }

  /** {@code [h, w, 4]} RGBA in 0..1 composed over white: {@code c * a + (1 - a)}; else as is. */
  static Tensor overWhite(Tensor rgba) {
    if (rgba.rank() != 3 || rgba.shape().dim(2) != 4) {
      return rgba;
    }
    int h = rgba.shape().dim(0);
    int w = rgba.shape().dim(1);
    float[] v = rgba.toArray();
    float[] rgb = new float[h * w * 3];
    for (int i = 0; i < h * w; i++) {
      float a = v[4 * i + 3];
      for (int c = 0; c < 3; c++) {
        rgb[3 * i + c] = v[4 * i + c] * a + (1 - a);
      }
    }
    return Tensor.of(rgb, h, w, 3);
  }

  /** {@code [h, w, 2]} gray and alpha as {@code [h, w, 4]}: the gray in each colour channel. */
  static Tensor grayAlphaAsRgba(Tensor x) {
    int h = x.shape().dim(0);
    int w = x.shape().dim(1);
    float[] v = x.toArray();
    float[] rgba = new float[h * w * 4];
    for (int i = 0; i < h * w; i++) {
      rgba[4 * i] = v[2 * i];
      rgba[4 * i + 1] = v[2 * i];
      rgba[4 * i + 2] = v[2 * i];
      rgba[4 * i + 3] = v[2 * i + 1];
    }
    return Tensor.of(rgba, h, w, 4);
  }

  private Tensor array() throws IOException {
    Tensor x = Npy.read(input).toTensor();
    if (x.rank() != 2 && x.rank() != 3) {
      throw new IOException(
          input + ": expected an array [h, w] or [h, w, c], got shape " + x.shape());
    }
    return x;
  }

  private ColorMap colorMap() {
    try {
      return ColorMap.valueOf(cmap.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--cmap: expected gray or viridis, got '" + cmap + "'");
    }
  }
}
