package io.fovea.cli;

import io.fovea.model.Preprocessing;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;

/**
 * Images {@code [n, h, w, c]} of 0..255 turned into a model's input: scaled by a {@link
 * Preprocessing} ({@link PredictInput#scale}), then shaped as the model's per-sample input says:
 * {@code [h, w, c]} as they are, {@code [h, w]} without the channel axis of gray images, {@code
 * [k]} flattened when {@code k = h * w * c} (a Dense-first model).
 */
final class Inputs {

  private Inputs() {}

  /**
   * The model input for {@code images}.
   *
   * @throws IOException naming {@code model} and both shapes when the images cannot fit its input
   */
  static Tensor of(Preprocessing p, Tensor images, Shape input, String model) throws IOException {
    Shape image = images.shape().without(0);
    int n = images.shape().dim(0);
    if (input == null || input.equals(image)) {
      return PredictInput.scale(p, images);
    }
    boolean gray = input.rank() == 2 && image.dim(2) == 1;
    boolean flat = input.rank() == 1 && input.dim(0) == image.size();
    if (!gray && !flat) {
      throw new IOException(
          model
              + ": expected images that fit the model's input "
              + input
              + ", got "
              + image
              + ". Give --target-size and --color-mode to match it");
    }
    int[] dims = new int[input.rank() + 1];
    dims[0] = n;
    System.arraycopy(input.dims(), 0, dims, 1, input.rank());
    return PredictInput.scale(p, images).reshape(dims);
  }
}
