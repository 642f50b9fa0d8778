package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.nn.BatchNormalization;
import io.fovea.nn.Dense;
import io.fovea.nn.Dropout;
import io.fovea.nn.Layer;
import io.fovea.nn.LayerConfig;
import io.fovea.nn.Parameter;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainStepTest {

  private static final long SEED = 11;

  /** An identity layer that counts its backward calls. */
  static final class CountingLayer extends Layer {
    record Config(String name) implements LayerConfig {
      @Override
      public Layer create() {
        return new CountingLayer();
      }
    }

    int backwardCalls;

    @Override
    public Shape computeOutputShape(Shape in) {
      return in;
    }

    @Override
    protected Tensor call(Tensor x, boolean training) {
      return x;
    }

    @Override
    protected Tensor gradient(Tensor dy) {
      backwardCalls++;
      return dy;
    }

    @Override
    public LayerConfig config() {
      return new Config(name());
    }
  }

  /** A frozen Dense, Dropout and BatchNormalization prefix in front of a trainable head. */
  private static Sequential frozenPrefixModel() {
    Sequential m = new Sequential().seed(SEED);
    m.add(new Dense(8, "relu").inputShape(5));
    m.add(new Dropout(0.5));
    m.add(new BatchNormalization());
    m.add(new Dense(6, "tanh"));
    m.add(new Dense(3));
    for (int i = 0; i < 3; i++) {
      m.layer(i).setTrainable(false);
    }
    m.compile("adam", "mse");
    return m;
  }

  private static Tensor[] data() {
    Tensor x = Tensor.randomUniform(Shape.of(16, 5), -1f, 1f, SEED);
    Tensor y = Tensor.randomUniform(Shape.of(16, 3), -1f, 1f, SEED + 1);
    return new Tensor[] {x, y};
  }

  /** The reference step: forward in training mode and backward through every layer. */
  private static void fullBackwardStep(Sequential m, Tensor x, Tensor y) {
    List<Layer> layers = m.layers();
    layers.forEach(l -> l.parameters().forEach(Parameter::zeroGradient));
    Tensor out = x;
    for (Layer l : layers) {
      out = l.forward(out, true);
    }
    Tensor g = Tensor.zeros(out.shape());
    m.loss().compute(y, out, g);
    for (int i = layers.size() - 1; i >= 0; i--) {
      g = layers.get(i).backward(g);
    }
    m.optimizer().apply(m.trainableParameters());
  }

  @Test
  void givesTheSameWeightsAsAFullBackwardPass() {
    Tensor[] d = data();
    Sequential fast = frozenPrefixModel();
    Sequential reference = frozenPrefixModel();
    fast.fit(d[0], d[1], Fit.epochs(4).batchSize(16).shuffle(false).verbose(0));
    reference.ensureBuilt("test", Shape.of(5));
    for (int epoch = 0; epoch < 4; epoch++) {
      fullBackwardStep(reference, d[0], d[1]);
    }
    List<Tensor> got = fast.getWeights();
    List<Tensor> want = reference.getWeights();
    assertThat(got).hasSameSizeAs(want);
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i).toArray())
          .as("weight %d, seed %d", i, SEED)
          .isEqualTo(want.get(i).toArray());
    }
  }

  @Test
  void leavesFrozenWeightsUnchanged() {
    Tensor[] d = data();
    Sequential m = frozenPrefixModel();
    m.ensureBuilt("test", Shape.of(5));
    List<Tensor> before = m.getWeights();
    int frozenCount = 0;
    for (int i = 0; i < 3; i++) {
      frozenCount += m.layer(i).parameters().size();
    }
    m.fit(d[0], d[1], Fit.epochs(2).batchSize(8).verbose(0));
    List<Tensor> after = m.getWeights();
    for (int i = 0; i < frozenCount; i++) {
      assertThat(after.get(i).toArray())
          .as("frozen weight %d", i)
          .isEqualTo(before.get(i).toArray());
    }
    assertThat(after.get(frozenCount).toArray()).isNotEqualTo(before.get(frozenCount).toArray());
  }

  @Test
  void callsNoBackwardBelowTheLowestTrainableLayer() {
    CountingLayer belowFrozen = new CountingLayer();
    CountingLayer betweenFrozen = new CountingLayer();
    CountingLayer aboveTrainable = new CountingLayer();
    Sequential m = new Sequential().seed(SEED);
    m.add(belowFrozen.inputShape(5));
    m.add(new Dense(8, "relu"));
    m.add(betweenFrozen);
    m.add(new Dense(6, "relu"));
    m.add(aboveTrainable);
    m.add(new Dense(3));
    m.layer(1).setTrainable(false);
    m.compile("sgd", "mse");
    Tensor[] d = data();
    m.fit(d[0], d[1], Fit.epochs(1).batchSize(8).verbose(0));
    assertThat(belowFrozen.backwardCalls).isZero();
    assertThat(betweenFrozen.backwardCalls).isZero();
    assertThat(aboveTrainable.backwardCalls).isEqualTo(2);
  }

  @Test
  void findsTheLowestLayerWithTrainableParameters() {
    Sequential m = frozenPrefixModel();
    m.ensureBuilt("test", Shape.of(5));
    assertThat(TrainStep.lowestTrainable(m.layers())).isEqualTo(3);
    m.layers().forEach(l -> l.setTrainable(false));
    assertThat(TrainStep.lowestTrainable(m.layers())).isEqualTo(5);
  }
}
