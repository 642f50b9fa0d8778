package io.fovea.nn;

import static io.fovea.nn.MaxPooling2DTest.built;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Conv1DTest {

  @Test
  void meetsTheContractWithValidPadding() {
    LayerContract.of(() -> new Conv1D(4, 3).activation("tanh"), Shape.of(8, 2))
        .expectOutputShape(Shape.of(6, 4))
        .expectParams(28, Shape.of(3, 2, 4), Shape.of(4))
        .wrongInputShape(Shape.of(8))
        .run();
  }

  @Test
  void meetsTheContractWithSamePaddingAndStride2() {
    LayerContract.of(() -> new Conv1D(2, 3).strides(2).padding("same"), Shape.of(7, 3))
        .expectOutputShape(Shape.of(4, 2))
        .run();
  }

  @Test
  void meetsTheContractWithCausalPaddingWithoutBias() {
    LayerContract.of(() -> new Conv1D(2, 3).padding("causal").useBias(false), Shape.of(6, 1))
        .expectOutputShape(Shape.of(6, 2))
        .expectParams(6, Shape.of(3, 1, 2))
        .run();
    LayerContract.of(() -> new Conv1D(2, 2).padding("causal").strides(2), Shape.of(5, 2))
        .expectOutputShape(Shape.of(3, 2))
        .run();
  }

  @Test
  void convolvesASignal() {
    Conv1D conv = built(new Conv1D(1, 3), Shape.of(5, 1));
    conv.setWeights(List.of(Tensor.of(new float[] {1, 0, -1}, 3, 1, 1), Tensor.zeros(1)));
    Tensor signal = Tensor.of(new float[] {1, 2, 3, 4, 5}, 1, 5, 1);
    assertThat(conv.forward(signal, false).toArray()).containsExactly(-2, -2, -2);
    Conv1D causal = built(new Conv1D(1, 3).padding("causal"), Shape.of(5, 1));
    causal.setWeights(conv.getWeights());
    assertThat(causal.forward(signal, false).toArray()).containsExactly(-1, -2, -2, -2, -2);
  }

  @Test
  void causalOutputsDoNotSeeTheFuture() {
    Conv1D conv = built(new Conv1D(3, 4).padding("causal"), Shape.of(9, 2));
    Tensor x = new Rng(4).uniform(Shape.of(1, 9, 2), -1, 1);
    float[] before = conv.forward(x, false).toArray();
    x.set(7f, 0, 6, 1);
    float[] after = conv.forward(x, false).toArray();
    assertThat(Arrays.copyOf(after, 6 * 3)).containsExactly(Arrays.copyOf(before, 6 * 3));
    assertThat(after[6 * 3]).isNotEqualTo(before[6 * 3]);
  }

  @Test
  void rejectsASequenceWithoutChannelAxisAndBadPadding() {
    Conv1D conv = new Conv1D(4, 3).name("c1");
    assertThatThrownBy(() -> conv.build(Shape.of(100), new Rng(1)))
        .hasMessage(
            "Conv1D 'c1': expected input of rank 2 per sample (steps, channels), got "
                + "[100]. Add the channel axis: inputShape(100, 1).");
    assertThatThrownBy(() -> new Conv1D(4, 3).padding("full"))
        .hasMessage("Conv1D: expected padding 'valid', 'same' or 'causal', got 'full'");
    assertThatThrownBy(() -> new Conv1D(4, 5).build(Shape.of(3, 1), new Rng(1)))
        .hasMessageStartingWith("Conv1D: expected input of at least 5 for a 5 kernel");
  }

  @Test
  void defaultsAreKeras() {
    Conv1D.Config c = new Conv1D(8, 3).config();
    assertThat(c.window().stride()).isEqualTo(1);
    assertThat(c.window().paddingName()).isEqualTo("valid");
    assertThat(c.weights().activationName()).isEqualTo("linear");
    assertThat(c.weights().useBias()).isTrue();
    assertThat(new Conv1D(8, 3).defaultNamePrefix()).isEqualTo("conv1d");
  }

  @Test
  void theLogitsPathMatchesTheLinearBackward() {
    Conv1D conv = built(new Conv1D(2, 2), Shape.of(4, 3));
    Tensor x = new Rng(2).uniform(Shape.of(2, 4, 3), -1, 1);
    conv.forward(x, true);
    assertThat(conv.logits().shape()).isEqualTo(Shape.of(2, 3, 2));
    Tensor dy = new Rng(3).uniform(Shape.of(2, 3, 2), -1, 1);
    Tensor viaOutput = conv.backward(dy).copy();
    assertThat(viaOutput.shape()).isEqualTo(Shape.of(2, 4, 3));
    assertThat(conv.backwardFromLogits(dy).toArray()).containsExactly(viaOutput.toArray());
  }
}
