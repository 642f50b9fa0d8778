package io.fovea.data;

import io.fovea.image.Colors;
import io.fovea.image.Images;
import io.fovea.image.ReadOptions;
import io.fovea.image.Resize;
import io.fovea.model.Preprocessing;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Images made ready for a model's {@code predict}, {@code evaluate} or {@code fit}: read as 0..255
 * RGB (alpha dropped), converted to the model's channels (RGB to gray by {@link Colors#toGray},
 * gray to RGB by copying), resized bilinearly to its height and width, then scaled by a {@link
 * Preprocessing}. This is {@link Preprocessing}'s {@code prepare}: it lives here because reading
 * and resizing are {@code io.fovea.image}, which {@code io.fovea.model} may not use.
 *
 * <p>Shapes: a model input {@code [h, w, c]} gives {@code [n, h, w, c]}; {@code [h, w]} (gray)
 * gives {@code [n, h, w]}; for images in memory also {@code [k]}, {@code k = h * w * c}, gives
 * {@code [n, k]} (a Dense-first model).
 */
public final class ModelInputs {

  private ModelInputs() {}

  /**
   * The batch {@code [n, ...input]} of the image {@code files}, prepared for a model whose
   * per-sample input is {@code input} ({@code [h, w]} or {@code [h, w, c]}, 1 or 3 channels).
   *
   * @throws IllegalArgumentException for another input shape
   * @throws IOException for an unreadable file, or one whose channels cannot become the model's
   */
  public static Tensor prepare(Preprocessing p, List<Path> files, Shape input) throws IOException {
    int channels = imageChannels(input);
    int per = input.size();
    float[] values = new float[files.size() * per];
    for (int i = 0; i < files.size(); i++) {
      float[] x = p.apply(read(files.get(i), input, channels)).toArray();
      System.arraycopy(x, 0, values, i * per, per);
    }
    return Tensor.of(values, batchDims(files.size(), input));
  }

  /**
   * {@code images} {@code [n, h, w, c]} (or gray {@code [n, h, w]}) of 0..255 as the model input
   * {@code [n, ...input]}: adapted to the size and channels of an image input ({@link #adapt}) when
   * they do not {@link #fits fit} it already, scaled by {@code p}, then shaped as the input says; a
   * null input only scales.
   *
   * @throws IllegalArgumentException when the images cannot become {@code input}
   */
  public static Tensor prepare(Preprocessing p, Tensor images, Shape input) {
    if (images.rank() != 3 && images.rank() != 4) {
      throw new IllegalArgumentException(
          "ModelInputs.prepare: expected images [n, height, width, channels], got "
              + images.shape());
    }
    Tensor x = images.rank() == 3 ? adapt(images, 0, 0, 0) : images;
    Shape image = x.shape().without(0);
    if (!fits(image, input) && (input.rank() == 2 || input.rank() == 3)) {
      x = adapt(x, input.dim(0), input.dim(1), input.rank() == 3 ? input.dim(2) : 1);
      image = x.shape().without(0);
    }
    if (!fits(image, input)) {
      throw new IllegalArgumentException(
          "ModelInputs.prepare: expected images that fit the model's input "
              + input
              + ", got "
              + image);
    }
    Tensor scaled = p.apply(x);
    return input == null || input.equals(image)
        ? scaled
        : scaled.reshape(batchDims(x.shape().dim(0), input));
  }

  /**
   * Whether one image {@code [h, w, c]} is the model input {@code input} as it is, without its
   * channel axis ({@code [h, w]} for {@code c = 1}), or flattened ({@code [h * w * c]}); a null
   * input takes anything.
   */
  public static boolean fits(Shape image, Shape input) {
    if (input == null || input.equals(image)) {
      return true;
    }
    boolean gray =
        input.rank() == 2
            && image.rank() == 3
            && image.dim(2) == 1
            && image.dim(0) == input.dim(0)
            && image.dim(1) == input.dim(1);
    return gray || (input.rank() == 1 && input.dim(0) == image.size());
  }

  /**
   * {@code x} ({@code [n, h, w]} or {@code [n, h, w, c]}) as {@code [n, height, width, channels]}:
   * a channel axis added, 3 channels made 1 by {@link Colors#toGray} or 1 made 3 by copying, then
   * resized bilinearly; 0 keeps the data's value, and {@code x} itself (with a channel axis) is
   * returned when it fits.
   *
   * @throws IllegalArgumentException for channels other than 1 or 3 that would have to change
   */
  public static Tensor adapt(Tensor x, int height, int width, int channels) {
    int[] d = x.shape().dims();
    Tensor images = x.rank() == 3 ? x.reshape(d[0], d[1], d[2], 1) : x;
    int n = images.shape().dim(0);
    int h = images.shape().dim(1);
    int w = images.shape().dim(2);
    int c = images.shape().dim(3);
    int th = height == 0 ? h : height;
    int tw = width == 0 ? w : width;
    int tc = channels == 0 ? c : channels;
    if (th == h && tw == w && tc == c) {
      return images;
    }
    if ((c != 1 && c != 3) || (tc != 1 && tc != 3)) {
      throw new IllegalArgumentException(
          "images: expected 1 or 3 channels for a model input of 1 or 3, got "
              + c
              + " channels for a model input of "
              + tc);
    }
    int per = th * tw * tc;
    float[] out = new float[n * per];
    for (int i = 0; i < n; i++) {
      Tensor image = images.index(i);
      if (c == 3 && tc == 1) {
        image = Colors.toGray(image);
      } else if (c == 1 && tc == 3) {
        image = Colors.merge(image, image, image);
      }
      if (th != h || tw != w) {
        image = Resize.resize(image, th, tw);
      }
      System.arraycopy(image.toArray(), 0, out, i * per, per);
    }
    return Tensor.wrap(out, n, th, tw, tc);
  }

  private static Tensor read(Path file, Shape input, int channels) throws IOException {
    Tensor x = Images.read(file, ReadOptions.bytes().withAlpha(false));
    int have = x.shape().dim(2);
    if (channels == 1 && have >= 3) {
      x = Colors.toGray(x);
    } else if (channels == 3 && have == 1) {
      x = Colors.merge(x, x, x);
    } else if (channels != have) {
      throw new IOException(
          file + ": expected an image with " + channels + " channels for the model, got " + have);
    }
    return Resize.resize(x, input.dim(0), input.dim(1));
  }

  /** The channels of an image input {@code [h, w]} (1) or {@code [h, w, c]} (1 or 3). */
  private static int imageChannels(Shape input) {
    if (input == null || (input.rank() != 2 && input.rank() != 3)) {
      throw new IllegalArgumentException(
          "ModelInputs.prepare: expected a model input [h, w] or [h, w, c], got " + input);
    }
    int channels = input.rank() == 3 ? input.dim(2) : 1;
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException(
          "ModelInputs.prepare: expected a model input with 1 or 3 channels, got " + input);
    }
    return channels;
  }

  private static int[] batchDims(int n, Shape input) {
    int[] dims = new int[input.rank() + 1];
    dims[0] = n;
    System.arraycopy(input.dims(), 0, dims, 1, input.rank());
    return dims;
  }
}
