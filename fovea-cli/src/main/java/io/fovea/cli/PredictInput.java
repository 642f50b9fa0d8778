package io.fovea.cli;

import io.fovea.applications.ImageNet;
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
import java.util.Locale;

/**
 * Turns image files into the batch a model expects: each image is read as 0..255 RGB (alpha
 * dropped), converted to gray or RGB to match the model's channels, resized bilinearly to the
 * model's height and width, then scaled by a {@link Preprocessing} (its formulas; the modes are
 * {@link ImageNet#preprocessInput}).
 *
 * <p>Input: files; output {@code [n, h, w, c]} for a model input {@code [h, w, c]}, or {@code [n,
 * h, w]} for {@code [h, w]} (gray).
 */
final class PredictInput {

  private final Shape input;
  private final Preprocessing preprocessing;

  /** Images for a model of per-sample {@code input}, scaled by {@code preprocessing}. */
  PredictInput(Shape input, Preprocessing preprocessing) {
    this.input = input;
    this.preprocessing = preprocessing;
  }

  /** {@code x} (pixels 0..255) scaled as {@code p} says: its affine map or its Keras mode. */
  static Tensor scale(Preprocessing p, Tensor x) {
    return p.isAffine() ? p.apply(x) : ImageNet.preprocessInput(x, p.mode());
  }

  /** The batch {@code [n, ...input]} of the images in {@code files}. */
  Tensor batch(List<Path> files) throws IOException {
    int per = input.size();
    float[] values = new float[files.size() * per];
    for (int i = 0; i < files.size(); i++) {
      float[] x = image(files.get(i)).toArray();
      System.arraycopy(x, 0, values, i * per, per);
    }
    int[] dims = new int[input.rank() + 1];
    dims[0] = files.size();
    System.arraycopy(input.dims(), 0, dims, 1, input.rank());
    return Tensor.of(values, dims);
  }

  private Tensor image(Path file) throws IOException {
    int channels = input.rank() == 3 ? input.dim(2) : 1;
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
    x = Resize.resize(x, input.dim(0), input.dim(1));
    return scale(preprocessing, x);
  }

  /** Checks that {@code mode} fits {@code input}; returns null when it does, else the problem. */
  static String check(Shape input, String mode) {
    if (input == null || (input.rank() != 2 && input.rank() != 3)) {
      return "expected a model whose input is an image [h, w] or [h, w, c], got "
          + (input == null ? "an unknown input shape" : input.toString());
    }
    int channels = input.rank() == 3 ? input.dim(2) : 1;
    if (channels != 1 && channels != 3) {
      return "expected a model input with 1 or 3 channels, got " + input;
    }
    if (mode != null && (mode.equals("caffe") || mode.equals("torch")) && channels != 3) {
      return String.format(
          Locale.ROOT, "--preprocess %s: expected a model with 3 channels, got %s", mode, input);
    }
    return null;
  }
}
