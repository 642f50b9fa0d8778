package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.image.Images;
import io.fovea.image.ValueRange;
import io.fovea.image.WriteOptions;
import io.fovea.model.Preprocessing;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictInputTest {

  @TempDir Path tmp;

  /** A 4x6 image of one colour, R 10, G 100, B 200. */
  private Path flat() throws Exception {
    Tensor image = Tensor.zeros(4, 6, 3).fillRegion(0, 4, 0, 6, 10, 100, 200);
    Path file = tmp.resolve("flat.png");
    Images.write(image, file, WriteOptions.defaults().withRange(ValueRange.BYTES));
    return file;
  }

  private static float[] batch(Shape input, float rescale, String mode, Path file)
      throws Exception {
    Tensor x =
        new PredictInput(
                input,
                mode != null ? Preprocessing.preprocessInput(mode) : Preprocessing.rescale(rescale))
            .batch(List.of(file, file));
    assertThat(x.shape().dim(0)).isEqualTo(2);
    return x.toArray();
  }

  @Test
  void resizesAndAppliesTheKerasModes() throws Exception {
    Path file = flat();
    Shape rgb = Shape.of(2, 2, 3);
    float[] caffe = batch(rgb, 1, "caffe", file);
    assertThat(caffe).hasSize(2 * 12);
    assertThat(caffe[0]).isCloseTo(200 - 103.939f, within(1e-3f));
    assertThat(caffe[1]).isCloseTo(100 - 116.779f, within(1e-3f));
    assertThat(caffe[2]).isCloseTo(10 - 123.68f, within(1e-3f));
    float[] tf = batch(rgb, 1, "tf", file);
    assertThat(tf[2]).isCloseTo(200 / 127.5f - 1, within(1e-5f));
    float[] torch = batch(rgb, 1, "torch", file);
    assertThat(torch[1]).isCloseTo((100 / 255f - 0.456f) / 0.224f, within(1e-5f));
    float[] scaled = batch(rgb, 1 / 255f, null, file);
    assertThat(scaled[0]).isCloseTo(10 / 255f, within(1e-6f));
  }

  @Test
  void convertsColourToGrayForAOneChannelModel() throws Exception {
    float[] gray = batch(Shape.of(3, 3), 1, null, flat());
    assertThat(gray).hasSize(2 * 9);
    assertThat(gray[4]).isCloseTo(0.299f * 10 + 0.587f * 100 + 0.114f * 200, within(0.01f));
  }

  @Test
  void refusesModesThatNeedColourForAGrayModel() {
    assertThat(PredictInput.check(Shape.of(8, 8, 1), Preprocessing.Mode.CAFFE))
        .isEqualTo(
            "--preprocess caffe: expected a model with 3 channels, got " + Shape.of(8, 8, 1));
    assertThat(PredictInput.check(Shape.of(784), null))
        .startsWith("expected a model whose input is an image [h, w] or [h, w, c], got");
    assertThat(PredictInput.check(Shape.of(8, 8, 3), Preprocessing.Mode.TF)).isNull();
  }
}
