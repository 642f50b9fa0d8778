package io.fovea.cli;

import io.fovea.data.ModelInputs;
import io.fovea.model.Preprocessing;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;

/**
 * Images {@code [n, h, w, c]} of 0..255 turned into a model's input by {@link
 * ModelInputs#prepare(Preprocessing, Tensor, Shape)} (scaled, then shaped as the model's per-sample
 * input says: {@code [h, w, c]} as they are, {@code [h, w]} without the channel axis of gray
 * images, {@code [k]} flattened when {@code k = h * w * c}), once they are known to fit, so that
 * the user learns which options make them fit.
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
    if (!ModelInputs.fits(image, input)) {
      throw new IOException(
          model
              + ": expected images that fit the model's input "
              + input
              + ", got "
              + image
              + ". Give --target-size and --color-mode to match it");
    }
    return ModelInputs.prepare(p, images, input);
  }
}
