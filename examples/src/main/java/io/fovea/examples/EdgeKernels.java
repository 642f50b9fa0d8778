package io.fovea.examples;

import io.fovea.image.Colors;
import io.fovea.image.Filters;
import io.fovea.image.Images;
import io.fovea.image.Kernels2D;
import io.fovea.image.Resize;
import io.fovea.image.ShowOptions;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chapter 3 of the guide, kernels that find lines, spots and edges: Sobel and Prewitt gradients,
 * line and spot detectors, first on tiny synthetic images whose answers are known, then on a photo.
 *
 * <p>Writes {@code camera.png}, {@code sobel-x.png}, {@code sobel-y.png}, {@code
 * sobel-magnitude.png}, {@code prewitt-x.png}, {@code horizontal-line.png} and {@code
 * light-spot.png} into the folder {@code args[0]}.
 */
public final class EdgeKernels {

  private EdgeKernels() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);
    synthetic();
    photo(out);
  }

  private static void synthetic() {
    // A flat image has no edges; a dark-to-bright step has one, in the middle.
    Tensor flat = Tensor.full(0.5f, 8, 8);
    Tensor step = Tensor.zeros(8, 8).fillRegion(0, 8, 4, 8, 1f);
    Tensor sobelX = Kernels2D.sobelX();
    float onFlat = Filters.convolve2d(flat, sobelX).map(Math::abs).max();
    float onStep = Filters.convolve2d(step, sobelX).map(Math::abs).max();
    System.out.printf(
        Locale.ROOT, "Sobel x, max |response|: flat %.1f, step %.1f%n", onFlat, onStep);
    System.out.println("Sobel x on the step, row 0: " + Filters.convolve2d(step, sobelX).index(0));

    // A bright line and a bright dot answer their own kernels most strongly.
    Tensor line = Tensor.zeros(7, 7, 1).fillRegion(3, 4, 0, 7, 1f).reshape(7, 7);
    Tensor dot = Tensor.zeros(7, 7, 1).fillRegion(3, 4, 3, 4, 1f).reshape(7, 7);
    System.out.printf(
        Locale.ROOT,
        "horizontal-line kernel: line %.1f, dot %.1f; light-spot kernel: line %.1f, dot %.1f%n",
        Filters.convolve2d(line, Kernels2D.horizontalLine()).max(),
        Filters.convolve2d(dot, Kernels2D.horizontalLine()).max(),
        Filters.convolve2d(line, Kernels2D.lightSpot()).max(),
        Filters.convolve2d(dot, Kernels2D.lightSpot()).max());
  }

  private static void photo(Path out) throws IOException {
    Tensor camera = Resize.resize(Colors.toGray(Images.sample("camera")), 128, 128);
    Images.write(camera, out.resolve("camera.png"));

    // filter2D is OpenCV's: same size as the input, borders mirrored (reflect-101).
    Tensor gx = Filters.filter2D(camera, Kernels2D.sobelX());
    Tensor gy = Filters.filter2D(camera, Kernels2D.sobelY());
    Tensor magnitude = gx.mul(gx).add(gy.mul(gy)).map(v -> (float) Math.sqrt(v));
    System.out.println("Sobel on the photo: " + gx.shape() + ", max magnitude " + magnitude.max());

    show(gx.map(Math::abs), out.resolve("sobel-x.png"));
    show(gy.map(Math::abs), out.resolve("sobel-y.png"));
    show(magnitude, out.resolve("sobel-magnitude.png"));
    show(
        Filters.filter2D(camera, Kernels2D.prewittX()).map(Math::abs),
        out.resolve("prewitt-x.png"));
    show(Filters.filter2D(camera, Kernels2D.horizontalLine()), out.resolve("horizontal-line.png"));
    show(Filters.filter2D(camera, Kernels2D.lightSpot()), out.resolve("light-spot.png"));
  }

  /** plt.imshow(x, cmap="gray") into a file: the data's min is black, its max white. */
  private static void show(Tensor image, Path file) throws IOException {
    Images.show(image, ShowOptions.defaults().withOutput(file).withOpen(false));
  }
}
