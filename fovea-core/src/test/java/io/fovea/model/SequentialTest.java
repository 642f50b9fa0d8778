package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.losses.Losses;
import io.fovea.nn.Layer;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequentialTest {

  static Sequential mlp(long seed) {
    Sequential m = new Sequential().seed(seed);
    TestDense first = new TestDense(8, "tanh");
    first.inputShape(2);
    m.add(first);
    m.add(new TestDense(1, "sigmoid"));
    return m;
  }

  @Test
  void namesUnnamedLayersAsKerasDoesAndIndexesThem() {
    Sequential m = mlp(1);
    m.add(new TestDense(3, "relu"));
    assertThat(m.layers()).extracting(Layer::name).containsExactly("dense", "dense_1", "dense_2");
    assertThat(m.layers()).extracting(Layer::index).containsExactly(0, 1, 2);
    assertThat(m.layer("dense_1")).isSameAs(m.layer(1));
  }

  @Test
  void defaultNamesSkipNamesTheUserTook() {
    Sequential m = new Sequential();
    m.add(new TestDense(4, "relu").name("dense_1"));
    m.add(new TestDense(4, "relu"));
    m.add(new TestDense(4, "relu"));
    assertThat(m.layers()).extracting(Layer::name).containsExactly("dense_1", "dense", "dense_2");
  }

  @Test
  void rejectsADuplicateName() {
    Sequential m = new Sequential();
    m.add(new TestDense(4, "relu").name("hidden"));
    assertThatThrownBy(() -> m.add(new TestDense(4, "relu").name("hidden")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sequential: expected unique layer names, got a second 'hidden' (Dense). "
                + "Name it differently");
  }

  @Test
  void rejectsALayerAlreadyInAModel() {
    Sequential m = mlp(1);
    assertThatThrownBy(() -> new Sequential().add(m.layer(0)))
        .hasMessageStartingWith(
            "sequential: expected a layer not yet in a model, got Dense " + "'dense' (layer 0)");
  }

  @Test
  void buildsEagerlySoShapeErrorsAppearAtAdd() {
    Sequential m = mlp(1);
    assertThat(m.built()).isTrue();
    assertThat(m.outputShape()).isEqualTo(Shape.of(1));
    assertThat(m.countParams()).isEqualTo(2 * 8 + 8 + 8 + 1);
    TestDense unbuilt = new TestDense(4, "relu");
    assertThatThrownBy(() -> new Sequential().add(unbuilt.inputShape(3, 3)))
        .hasMessageContaining("Dense 'dense' (layer 0)")
        .hasMessageContaining("[3, 3]");
    assertThat(unbuilt.name()).isNull();
    assertThat(unbuilt.index()).isEqualTo(-1);
  }

  @Test
  void buildsFromTheDataWhenNoInputShapeIsGiven() {
    Sequential m = new Sequential().seed(3);
    m.add(new TestDense(5, "relu"));
    m.add(new TestDense(2, "softmax"));
    assertThat(m.built()).isFalse();
    Tensor p = m.predict(Tensor.ones(4, 7));
    assertThat(p.shape()).isEqualTo(Shape.of(4, 2));
    assertThat(m.inputShape()).isEqualTo(Shape.of(7));
    assertThat(m.countParams()).isEqualTo(7 * 5 + 5 + 5 * 2 + 2);
  }

  @Test
  void sameSeedGivesTheSameInitialWeightsAndAnotherSeedOthers() {
    List<Tensor> a = mlp(42).getWeights();
    List<Tensor> b = mlp(42).getWeights();
    List<Tensor> c = mlp(43).getWeights();
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void rejectsASeedAfterLayersAreBuilt() {
    Sequential m = mlp(1);
    assertThatThrownBy(() -> m.seed(5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "sequential: expected seed(...) before the first layer is built, got it "
                + "after building 2 layers. Call seed first");
  }

  @Test
  void setWeightsRoundTripsAndChecksTheCount() {
    Sequential a = mlp(1);
    Sequential b = mlp(2);
    b.setWeights(a.getWeights());
    assertThat(b.getWeights()).isEqualTo(a.getWeights());
    assertThatThrownBy(() -> b.setWeights(a.getWeights().subList(0, 3)))
        .hasMessage("sequential: expected 4 weight tensors, got 3");
  }

  @Test
  void predictIsBatchedAndOutputOfGivesIntermediateActivations() {
    Sequential m = mlp(9);
    Tensor x = new Rng(5).uniform(Shape.of(37, 2), -1, 1);
    Tensor whole = m.predict(x, 100);
    // GEMM blocking may differ with the batch size: equal up to rounding.
    assertThat(m.predict(x, 4).allClose(whole, 1e-5, 1e-6)).isTrue();
    Tensor hidden = m.outputOf("dense", x);
    assertThat(hidden.shape()).isEqualTo(Shape.of(37, 8));
    assertThat(m.outputOf(0, x)).isEqualTo(hidden);
    int[] classes = m.predictClasses(x);
    assertThat(classes).hasSize(37);
    for (int i = 0; i < 37; i++) {
      assertThat(classes[i]).isEqualTo(whole.get(i, 0) > 0.5f ? 1 : 0);
    }
  }

  @Test
  void rejectsAnInputOfTheWrongShapeNamingTheFirstLayer() {
    Sequential m = mlp(1);
    assertThatThrownBy(() -> m.predict(Tensor.ones(5, 3)))
        .hasMessage(
            "predict: expected x of shape [samples, 2] for Dense 'dense' (layer 0), got "
                + "[5, 3]");
  }

  @Test
  void fitAndEvaluateBeforeCompileExplainWhatToDo() {
    Sequential m = mlp(1);
    Tensor x = Tensor.ones(4, 2);
    Tensor y = Tensor.ones(4, 1);
    assertThatThrownBy(() -> m.fit(x, y))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "fit: the model is not compiled; call compile(optimizer, loss, metrics) " + "first");
    assertThatThrownBy(() -> m.evaluate(x, y))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "evaluate: the model is not compiled; call compile(optimizer, loss, "
                + "metrics) first");
  }

  @Test
  void rejectsXAndYWithDifferentSampleCounts() {
    Sequential m = mlp(1).compile(new TestSgd(0.1f), Losses.get("binary_crossentropy"));
    assertThatThrownBy(() -> m.fit(Tensor.ones(10, 2), Tensor.ones(9, 1)))
        .hasMessage("fit: expected y with as many samples as x (10), got 9 (x [10, 2], y [9, 1])");
  }

  @Test
  void checksLabelsAgainstTheLossBeforeTraining() {
    Sequential m = mlp(1).compile(new TestSgd(0.1f), Losses.get("binary_crossentropy"));
    assertThatThrownBy(() -> m.fit(Tensor.ones(10, 2), Tensor.ones(10, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("binary_crossentropy");
  }
}
