package io.fovea.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageNetTest {

  private static final Tensor PIXEL =
      Tensor.of(new float[] {10f, 20f, 30f, 255f, 0f, 127.5f}, 1, 2, 3);

  @Test
  void labelsAreTheThousandClassesInKerasOrder() {
    List<String> labels = ImageNet.labels();
    assertThat(labels).hasSize(1000);
    assertThat(labels.get(0)).isEqualTo("tench");
    assertThat(labels.get(1)).isEqualTo("goldfish");
    assertThat(labels.get(281)).isEqualTo("tabby");
    assertThat(labels.get(999)).isEqualTo("toilet_tissue");
    assertThat(ImageNet.synsets().get(0)).isEqualTo("n01440764");
  }

  @Test
  void caffeModeSwapsToBgrAndSubtractsTheMean() {
    float[] y = ImageNet.preprocessInput(PIXEL, "caffe").toArray();
    float[] expected = {
      30f - 103.939f,
      20f - 116.779f,
      10f - 123.68f,
      127.5f - 103.939f,
      0f - 116.779f,
      255f - 123.68f
    };
    for (int i = 0; i < y.length; i++) {
      assertThat(y[i]).as("element %d", i).isCloseTo(expected[i], within(1e-4f));
    }
    assertThat(PIXEL.get(0, 0, 0)).as("input unchanged").isEqualTo(10f);
  }

  @Test
  void tfModeScalesToMinusOneOne() {
    float[] y = ImageNet.preprocessInput(PIXEL, "tf").toArray();
    assertThat(y[3]).isCloseTo(1f, within(1e-6f));
    assertThat(y[4]).isCloseTo(-1f, within(1e-6f));
    assertThat(y[5]).isCloseTo(0f, within(1e-6f));
    assertThat(y[0]).isCloseTo(10f / 127.5f - 1f, within(1e-6f));
  }

  @Test
  void torchModeNormalisesWithImageNetStatistics() {
    float[] y = ImageNet.preprocessInput(PIXEL, "torch").toArray();
    assertThat(y[0]).isCloseTo((10f / 255f - 0.485f) / 0.229f, within(1e-5f));
    assertThat(y[1]).isCloseTo((20f / 255f - 0.456f) / 0.224f, within(1e-5f));
    assertThat(y[5]).isCloseTo((0.5f - 0.406f) / 0.225f, within(1e-5f));
  }

  @Test
  void rejectsUnknownModeAndNonRgbInput() {
    assertThatThrownBy(() -> ImageNet.preprocessInput(PIXEL, "keras"))
        .hasMessage(
            "ImageNet.preprocessInput: expected mode \"caffe\", \"tf\" or \"torch\", got \"keras\"");
    assertThatThrownBy(() -> ImageNet.preprocessInput(Tensor.zeros(1, 2, 2, 1), "caffe"))
        .hasMessage(
            "ImageNet.preprocessInput: expected RGB images with 3 channels last, got shape "
                + Tensor.zeros(1, 2, 2, 1).shape());
  }

  @Test
  void decodePredictionsReturnsTheTopClassesOfEachRow() {
    Tensor probs = Tensor.zeros(2, 1000);
    probs.set(0.6f, 0, 281).set(0.3f, 0, 1).set(0.1f, 0, 999);
    probs.set(0.9f, 1, 0).set(0.05f, 1, 7);
    List<List<ImageNetClass>> top = ImageNet.decodePredictions(probs, 2);
    assertThat(top.get(0))
        .containsExactly(
            new ImageNetClass("n02123045", "tabby", 0.6f),
            new ImageNetClass("n01443537", "goldfish", 0.3f));
    assertThat(top.get(1))
        .containsExactly(
            new ImageNetClass("n01440764", "tench", 0.9f),
            new ImageNetClass("n01514668", "cock", 0.05f));
  }

  @Test
  void topGuessesNumbersTheFiveBestClassesWithPercentages() {
    Tensor probs = Tensor.zeros(1, 1000);
    probs.set(0.6f, 0, 281).set(0.25f, 0, 1).set(0.1f, 0, 999).set(0.03f, 0, 7).set(0.02f, 0, 0);
    probs.set(0.001f, 0, 500);
    String n = System.lineSeparator();
    assertThat(ImageNet.topGuesses(probs))
        .isEqualTo(
            "1. tabby: 60.00%"
                + n
                + "2. goldfish: 25.00%"
                + n
                + "3. toilet_tissue: 10.00%"
                + n
                + "4. cock: 3.00%"
                + n
                + "5. tench: 2.00%"
                + n);
  }

  @Test
  void topGuessesHeadsEachImageOfABatch() {
    Tensor probs = Tensor.zeros(2, 1000);
    probs.set(1f, 0, 281).set(0.75f, 1, 1).set(0.25f, 1, 0);
    String n = System.lineSeparator();
    assertThat(ImageNet.topGuesses(probs, 2))
        .isEqualTo(
            "Image 1:"
                + n
                + "1. tabby: 100.00%"
                + n
                + "2. tench: 0.00%"
                + n
                + "Image 2:"
                + n
                + "1. goldfish: 75.00%"
                + n
                + "2. tench: 25.00%"
                + n);
  }

  @Test
  void decodePredictionsRejectsOtherShapes() {
    assertThatThrownBy(() -> ImageNet.decodePredictions(Tensor.zeros(1, 10), 5))
        .hasMessage(
            "ImageNet.decodePredictions: expected probabilities of shape [batch, 1000], got "
                + Tensor.zeros(1, 10).shape());
  }
}
