package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.model.Preprocessing.ColorMode;
import io.fovea.model.Preprocessing.Mode;
import io.fovea.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreprocessingTest {

  private static final Tensor PIXELS =
      Tensor.of(new float[] {10f, 20f, 30f, 255f, 0f, 127.5f}, 1, 2, 3);

  @Test
  void modesParseAndPrintTheirKerasSpellings() {
    assertThat(Mode.parse("caffe")).isEqualTo(Mode.CAFFE);
    assertThat(Mode.parse("tf")).isEqualTo(Mode.TF);
    assertThat(Mode.parse("torch")).isEqualTo(Mode.TORCH);
    assertThat(Mode.names()).containsExactly("caffe", "tf", "torch");
    for (Mode m : List.of(Mode.CAFFE, Mode.TF, Mode.TORCH)) {
      assertThat(Mode.parse(m.keras())).isEqualTo(m);
      assertThat(m.isAffine()).isFalse();
    }
    assertThat(Mode.NONE.keras()).isNull();
    assertThat(Mode.RESCALE.isAffine()).isTrue();
    assertThat(ColorMode.parse("rgb")).isEqualTo(ColorMode.RGB);
    assertThat(ColorMode.parse("grayscale").channels()).isEqualTo(1);
    assertThat(ColorMode.names()).containsExactly("rgb", "grayscale");
  }

  @Test
  void rejectsOtherSpellingsNamingTheValueAndTheAcceptedOnes() {
    assertThatThrownBy(() -> Mode.parse("CAFFE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Preprocessing: expected mode among [caffe, tf, torch] or none, got 'CAFFE'");
    assertThatThrownBy(() -> ColorMode.parse("rgba"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Preprocessing: expected colorMode among [rgb, grayscale], got 'rgba'");
    assertThatThrownBy(() -> Preprocessing.preprocessInput("keras"))
        .hasMessage("Preprocessing: expected mode among [caffe, tf, torch] or none, got 'keras'");
    assertThatThrownBy(() -> Preprocessing.preprocessInput(Mode.RESCALE))
        .hasMessage(
            "Preprocessing.preprocessInput: expected mode among [caffe, tf, torch], got RESCALE");
  }

  @Test
  void theAffineModeFollowsFromTheNumbers() {
    assertThat(Preprocessing.none().mode()).isEqualTo(Mode.NONE);
    assertThat(Preprocessing.rescale(1 / 255.0).mode()).isEqualTo(Mode.RESCALE);
    assertThat(Preprocessing.scaleTo(-1, 1).mode()).isEqualTo(Mode.SCALE_TO);
    assertThat(Preprocessing.scaleTo(0, 255)).isEqualTo(Preprocessing.none());
    assertThat(new Preprocessing(0.5, 0, Mode.SCALE_TO, ColorMode.RGB, 0, 0, List.of()))
        .isEqualTo(Preprocessing.rescale(0.5));
    assertThat(new Preprocessing(0.5, 0, (String) null, "rgb", 0, 0, List.of()))
        .isEqualTo(Preprocessing.rescale(0.5));
    assertThat(Preprocessing.preprocessInput("tf").withAffine(2, 1).mode())
        .isEqualTo(Mode.SCALE_TO);
  }

  @Test
  void appliesTheAffineMap() {
    float[] y = Preprocessing.scaleTo(-1, 1).apply(PIXELS).toArray();
    assertThat(y[0]).isCloseTo(10 * 2f / 255 - 1, within(1e-6f));
    assertThat(y[3]).isCloseTo(1f, within(1e-6f));
    assertThat(Preprocessing.none().apply(PIXELS)).isSameAs(PIXELS);
  }

  @Test
  void appliesTheKerasModes() {
    float[] caffe = Preprocessing.preprocessInput(Mode.CAFFE).apply(PIXELS).toArray();
    assertThat(caffe[0]).isCloseTo(30f - 103.939f, within(1e-4f));
    assertThat(caffe[2]).isCloseTo(10f - 123.68f, within(1e-4f));
    assertThat(caffe[5]).isCloseTo(255f - 123.68f, within(1e-4f));
    float[] tf = Preprocessing.preprocessInput(Mode.TF).apply(PIXELS).toArray();
    assertThat(tf[3]).isCloseTo(1f, within(1e-6f));
    assertThat(tf[4]).isCloseTo(-1f, within(1e-6f));
    float[] torch = Preprocessing.preprocessInput(Mode.TORCH).apply(PIXELS).toArray();
    assertThat(torch[1]).isCloseTo((20f / 255 - 0.456f) / 0.224f, within(1e-5f));
    assertThat(PIXELS.get(0, 0, 0)).as("the input is not changed").isEqualTo(10f);
  }

  @Test
  void perChannelModesNeedThreeChannels() {
    Tensor gray = Tensor.zeros(1, 2, 2, 1);
    assertThatThrownBy(() -> Preprocessing.preprocessInput(Mode.TORCH).apply(gray))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Preprocessing.apply: expected RGB images with 3 channels last for mode torch, got"
                + " shape "
                + gray.shape());
    assertThat(Preprocessing.preprocessInput(Mode.TF).apply(gray).shape()).isEqualTo(gray.shape());
    assertThat(Mode.CAFFE.needsRgb()).isTrue();
    assertThat(Mode.TF.needsRgb()).isFalse();
  }

  @Test
  void describesItselfAsBefore() {
    assertThat(Preprocessing.rescale(1 / 255.0).withImages("grayscale", 28, 28).describe())
        .isEqualTo("x * 0.00392157 + 0.00000, grayscale 28x28, 0 class names");
    assertThat(Preprocessing.preprocessInput("caffe").describe())
        .isEqualTo("preprocess_input caffe, rgb model size, 0 class names");
  }
}
