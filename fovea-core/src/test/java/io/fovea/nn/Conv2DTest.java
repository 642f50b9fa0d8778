package io.fovea.nn;

import static io.fovea.nn.MaxPooling2DTest.built;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.activations.Activations;
import io.fovea.constraints.Constraints;
import io.fovea.initializers.Initializers;
import io.fovea.tensor.Padding;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class Conv2DTest {

  @Test
  void meetsTheContractWith3x3ValidReLU() {
    // Seed 2 keeps every pre-activation further than the finite-difference step from ReLU's kink
    // (about half the seeds put one within it for this size).
    LayerContract.of(() -> new Conv2D(4, 3).activation("relu"), Shape.of(5, 5, 2))
        .seed(2)
        .expectOutputShape(Shape.of(3, 3, 4))
        .expectParams(76, Shape.of(3, 3, 2, 4), Shape.of(4))
        .wrongInputShape(Shape.of(5, 5))
        .run();
  }

  @Test
  void meetsTheContractWithStride2SamePadding() {
    LayerContract.of(() -> new Conv2D(2, 3).strides(2).padding("same"), Shape.of(6, 5, 3))
        .expectOutputShape(Shape.of(3, 3, 2))
        .expectParams(56, Shape.of(3, 3, 3, 2), Shape.of(2))
        .run();
  }

  @Test
  void meetsTheContractWith1x1KernelWithoutBias() {
    LayerContract.of(() -> new Conv2D(5, 1).useBias(false), Shape.of(4, 4, 3))
        .expectOutputShape(Shape.of(4, 4, 5))
        .expectParams(15, Shape.of(1, 1, 3, 5))
        .run();
  }

  @Test
  void meetsTheContractWithRectangularKernelAndStridesAndTanh() {
    LayerContract.of(
            () ->
                new Conv2D(3, 1)
                    .kernelSize(2, 3)
                    .strides(2, 1)
                    .activation("tanh")
                    .biasInitializer("random_normal"),
            Shape.of(5, 6, 2))
        .expectOutputShape(Shape.of(2, 4, 3))
        .expectParams(39, Shape.of(2, 3, 2, 3), Shape.of(3))
        .run();
  }

  @Test
  void meetsTheContractWithSoftmaxOverTheFiltersAndSameStride1() {
    LayerContract.of(
            () -> new Conv2D(3, 2).padding("same").activation("softmax"), Shape.of(3, 4, 2))
        .expectOutputShape(Shape.of(3, 4, 3))
        .run();
  }

  @Test
  void meetsTheContractWithSigmoidAndHeNormal() {
    LayerContract.of(
            () -> new Conv2D(2, 3, 2).activation("sigmoid").kernelInitializer("he_normal"),
            Shape.of(7, 7, 1))
        .expectOutputShape(Shape.of(3, 3, 2))
        .run();
  }

  @Test
  void convolvesTheCourseImage() {
    Conv2D conv = built(new Conv2D(1, 2), Shape.of(3, 3, 1));
    conv.setWeights(List.of(Tensor.of(new float[] {-1, -2, 1, 2}, 2, 2, 1, 1), Tensor.zeros(1)));
    Tensor image = Tensor.of(new float[] {2, 1, 3, 4, 0, 2, 1, 5, 6}, 1, 3, 3, 1);
    assertThat(conv.forward(image, false).toArray()).containsExactly(0, -3, 7, 13);
    conv.setWeights(
        List.of(Tensor.of(new float[] {-1, -2, 1, 2}, 2, 2, 1, 1), Tensor.of(new float[] {-5}, 1)));
    assertThat(new Conv2D(1, 2).activation("relu").config().weights().activationName())
        .isEqualTo("relu");
    assertThat(conv.forward(image, false).toArray()).containsExactly(-5, -8, 2, 8);
  }

  @Test
  void countsParametersAsKeras() {
    assertThat(built(new Conv2D(32, 3), Shape.of(28, 28, 1)).countParams()).isEqualTo(320);
    assertThat(built(new Conv2D(64, 3), Shape.of(14, 14, 32)).countParams()).isEqualTo(18_496);
    Conv2D same = built(new Conv2D(32, 3).padding("same"), Shape.of(28, 28, 1));
    assertThat(same.outputShape()).isEqualTo(Shape.of(28, 28, 32));
    Conv2D lenet = built(new Conv2D(6, 5), Shape.of(32, 32, 1));
    assertThat(lenet.outputShape()).isEqualTo(Shape.of(28, 28, 6));
    assertThat(lenet.countParams()).isEqualTo(156);
  }

  @Test
  void givesTheShapesAndCountsOfTheMnistCnn() {
    Conv2D c1 = built(new Conv2D(32, 3).padding("same").activation("relu"), Shape.of(28, 28, 1));
    MaxPooling2D p1 = built(new MaxPooling2D(2), c1.outputShape());
    Conv2D c2 = built(new Conv2D(64, 3).padding("same").activation("relu"), p1.outputShape());
    MaxPooling2D p2 = built(new MaxPooling2D(2), c2.outputShape());
    assertThat(List.of(c1.outputShape(), p1.outputShape(), c2.outputShape(), p2.outputShape()))
        .containsExactly(
            Shape.of(28, 28, 32), Shape.of(14, 14, 32), Shape.of(14, 14, 64), Shape.of(7, 7, 64));
    assertThat(c1.countParams() + c2.countParams()).isEqualTo(320 + 18_496);
  }

  @Test
  void followsTheOutputSizeFormulaOfTheCourse() {
    // (W - K + 2P) / S + 1 = (256 - 4 + 2) / 2 + 1 = 128: Keras spells P = 1 here as 'same'.
    Conv2D c1 = built(new Conv2D(1, 4, 2).padding("same"), Shape.of(256, 256, 1));
    assertThat(c1.outputShape()).isEqualTo(Shape.of(128, 128, 1));
    // (11 - 3 + 2 * 4) / 2 + 1 = 9: P = 4 is ZeroPadding2D(4) (11 -> 19), then 'valid'.
    ZeroPadding2D pad = built(new ZeroPadding2D(4), Shape.of(11, 11, 1));
    Conv2D c2 = built(new Conv2D(1, 3, 2), pad.outputShape());
    assertThat(c2.outputShape()).isEqualTo(Shape.of(9, 9, 1));
  }

  @Test
  void rejectsAnImageWithoutChannelAxis() {
    Conv2D conv = new Conv2D(32, 3).name("conv2d");
    conv.setIndex(0);
    assertThatThrownBy(() -> conv.build(Shape.of(28, 28), new Rng(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Conv2D 'conv2d' (layer 0): expected input of rank 3 per sample "
                + "(height, width, channels), got [28, 28]. Add the channel axis: "
                + "inputShape(28, 28, 1).");
    assertThatThrownBy(() -> new Conv2D(32, 3).build(Shape.of(28, 28), new Rng(1)))
        .hasMessageStartingWith("Conv2D: expected input of rank 3");
  }

  @Test
  void rejectsAKernelLargerThanAValidInput() {
    Conv2D conv = new Conv2D(8, 5).name("c");
    assertThatThrownBy(() -> conv.build(Shape.of(3, 3, 1), new Rng(1)))
        .hasMessage(
            "Conv2D 'c': expected input of at least 5x5 for a 5x5 kernel with padding "
                + "'valid', got [3, 3, 1]. Use padding 'same', a smaller kernel or a larger input.");
  }

  @Test
  void rejectsBadSettings() {
    assertThatThrownBy(() -> new Conv2D(0, 3))
        .hasMessage("Conv2D: expected a positive number of filters, got 0");
    assertThatThrownBy(() -> new Conv2D(4, 3).activation("rleu"))
        .hasMessageStartingWith("activation: expected one of [linear, relu,")
        .hasMessageEndingWith("got 'rleu'");
    assertThatThrownBy(() -> new Conv2D(4, 3).padding("causal"))
        .hasMessage("Conv2D: expected padding 'valid' or 'same', got 'causal'");
    Conv2D conv = built(new Conv2D(4, 3), Shape.of(5, 5, 1));
    assertThatThrownBy(() -> conv.strides(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("strides(...)");
  }

  @Test
  void defaultsAreKeras() {
    Conv2D.Config c = new Conv2D(32, 3).config();
    assertThat(c)
        .isEqualTo(
            new Conv2D.Config(
                null,
                null,
                32,
                new Window2D(3, 3, 1, 1, Padding.VALID),
                new WeightSettings(
                    Activations.get("linear"),
                    true,
                    Initializers.get("glorot_uniform"),
                    Initializers.get("zeros"),
                    null,
                    null)));
    assertThat(new Conv2D(32, 3).defaultNamePrefix()).isEqualTo("conv2d");
    assertThat(new Conv2D(32, 3).activation("softmax").activationName()).isEqualTo("softmax");
  }

  @Test
  void theLogitsPathSkipsTheActivation() {
    Conv2D conv = built(new Conv2D(3, 2).activation("softmax"), Shape.of(3, 3, 2));
    Tensor x = new Rng(2).uniform(Shape.of(2, 3, 3, 2), -1, 1);
    Tensor probs = conv.forward(x, true).copy();
    Tensor logits = conv.logits().copy();
    Tensor expected = Tensor.zeros(logits.shape());
    io.fovea.activations.Activations.get("softmax").apply(logits, expected);
    assertThat(probs.allClose(expected, 1e-6, 1e-7)).isTrue();
    Conv2D linear = built(new Conv2D(3, 2), Shape.of(3, 3, 2));
    Tensor dy = new Rng(3).uniform(Shape.of(2, 2, 2, 3), -1, 1);
    linear.forward(x, true);
    Tensor viaOutput = linear.backward(dy).copy();
    Tensor kernelGrad = linear.parameters().get(0).gradient().copy();
    linear.parameters().forEach(Parameter::zeroGradient);
    assertThat(linear.backwardFromLogits(dy).toArray()).containsExactly(viaOutput.toArray());
    assertThat(linear.parameters().get(0).gradient().toArray())
        .containsExactly(kernelGrad.toArray());
  }

  @Test
  void appliesTheKernelConstraint() {
    Conv2D conv = built(new Conv2D(2, 1).kernelConstraint(Constraints.nonNeg()), Shape.of(2, 2, 1));
    conv.setWeights(List.of(Tensor.of(new float[] {-3, 4}, 1, 1, 1, 2), Tensor.zeros(2)));
    conv.applyConstraints();
    assertThat(conv.getWeights().get(0).toArray()).containsExactly(0f, 4f);
  }

  @Test
  void reusesItsBuffersForTheSameBatchSize() {
    Conv2D conv = built(new Conv2D(4, 3).activation("relu"), Shape.of(5, 5, 2));
    Tensor x = new Rng(3).uniform(Shape.of(2, 5, 5, 2), -1, 1);
    assertThat(conv.forward(x, true)).isSameAs(conv.forward(x, true));
    Tensor dy = Tensor.ones(2, 3, 3, 4);
    assertThat(conv.backward(dy)).isSameAs(conv.backward(dy));
  }
}
