package io.fovea.examples;

import io.fovea.image.ColorMap;
import io.fovea.image.Colors;
import io.fovea.image.Geometry;
import io.fovea.image.Images;
import io.fovea.image.ReadOptions;
import io.fovea.image.Resize;
import io.fovea.image.ShowOptions;
import io.fovea.plot.Plots;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chapter 1 of the guide, images as arrays: read a PNG and a JPEG into {@code [h, w, c]} tensors,
 * look at pixels and channels, paint a square, convert to gray, resize and show.
 *
 * <p>Writes {@code photo.png}, {@code photo.jpg}, {@code painted.png}, {@code channels.png}, {@code
 * gray.png}, {@code small.png}, {@code shown.png} and {@code pixels.png} into the folder {@code
 * args[0]}.
 */
public final class ImagesAsArrays {

  private ImagesAsArrays() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);

    // A picture is an array [height, width, channels] of numbers in [0, 1].
    Tensor photo = Resize.resize(Images.sample("astronaut"), 80, 80);
    Images.write(photo, out.resolve("photo.png"));
    Tensor png = Images.read(out.resolve("photo.png"));
    System.out.println("photo.png: " + png.shape() + ", values " + png.min() + " to " + png.max());

    // JPEG is lossy: what comes back is close to what went in, not equal.
    Images.write(photo, out.resolve("photo.jpg"));
    Tensor jpeg = Images.read(out.resolve("photo.jpg"));
    float error = jpeg.sub(png).map(Math::abs).mean();
    System.out.printf(Locale.ROOT, "photo.jpg: mean |jpeg - png| = %.4f%n", error);

    // The same file as bytes 0..255, as cv2.imread and PIL give it.
    Tensor bytes = Images.read(out.resolve("photo.png"), ReadOptions.bytes());
    System.out.println("pixel (30, 45) as RGB bytes: " + bytes.index(30).index(45));

    // Pixels are writable: paint a red square, then split the channels.
    Tensor painted = photo.copy().fillRegion(8, 32, 8, 32, 1f, 0f, 0f);
    Images.write(painted, out.resolve("painted.png"));
    System.out.println("red channel at (16, 16): " + painted.channel(0).get(16, 16));
    Plots.channels(painted, out.resolve("channels.png"));

    // Gray (0.299 R + 0.587 G + 0.114 B) and a smaller copy.
    Tensor gray = Colors.toGray(photo);
    Images.write(gray, out.resolve("gray.png"));
    Tensor small = Resize.resize(gray, 32, 32);
    System.out.println("gray " + gray.shape() + ", resized " + small.shape());

    // Show an array with a colour map and a colour bar, as plt.imshow does.
    Images.show(
        small,
        ShowOptions.defaults()
            .withColorMap(ColorMap.VIRIDIS)
            .withColorBar(true)
            .withOutput(out.resolve("shown.png"))
            .withOpen(false));

    // A corner small enough to read every value.
    Tensor corner = Geometry.crop(Resize.resize(gray, 64, 64), 20, 28, 24, 32);
    Plots.pixelValues(corner, out.resolve("pixels.png"));
  }
}
