package io.fovea.cli;

import io.fovea.data.Npy;
import io.fovea.image.ColorMap;
import io.fovea.image.Images;
import io.fovea.image.ShowOptions;
import io.fovea.tensor.Tensor;
import java.io.IOException;
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
 * ({@code [h, w]} or {@code [h, w, c]}, {@code c} 1, 3 or 4), as matplotlib's {@code imshow}
 * colours it: one channel through a colour map stretched over the data's min..max, colour as it is
 * (values in 0..1, or 0..255 when the largest is above 1).
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Draw an image or a NumPy array (.npy of [h,w] or [h,w,c]) as a PNG, as matplotlib's "
            + "imshow does.")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IMAGE|NPY", description = "An image file or a .npy file.")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "OUT", description = "The PNG to write.")
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
    CliFiles.requireFile("IMAGE|NPY", input);
    Tensor x = CliFiles.extension(input).equals("npy") ? array() : Images.read(input);
    boolean colour = x.rank() == 3 && x.shape().dim(2) > 1;
    ShowOptions options =
        ShowOptions.defaults()
            .withColorMap(map)
            .withColorBar(colorBar)
            .withBytes(colour && x.max() > 1)
            .withOutput(out)
            .withOpen(false);
    Images.show(x, options);
    spec.commandLine().getErr().println("Wrote " + out);
    return 0;
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
