package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.MaxPooling2D;
import io.fovea.optimizers.Adam;
import io.fovea.optimizers.Optimizer;
import io.fovea.optimizers.RMSprop;
import io.fovea.optimizers.SGD;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end learning with the real layers, losses, metrics and optimisers. */
class LearningTest {

  static final int CLASSES = 3;

  /**
   * 8x8 grey images of {@code CLASSES} classes: class c has a bright horizontal bar on rows {@code
   * 3c} and {@code 3c + 1}, over uniform noise in [0, 0.3). Labels one-hot.
   */
  static Tensor[] bars(int n, long seed) {
    Rng rng = new Rng(seed);
    Tensor x = Tensor.zeros(n, 8, 8, 1);
    Tensor y = Tensor.zeros(n, CLASSES);
    for (int i = 0; i < n; i++) {
      int c = i % CLASSES;
      for (int r = 0; r < 8; r++) {
        for (int col = 0; col < 8; col++) {
          float bar = r / 3 == c && r % 3 < 2 ? 0.7f : 0f;
          x.set(bar + rng.uniform(0f, 0.3f), i, r, col, 0);
        }
      }
      y.set(1f, i, c);
    }
    return new Tensor[] {x, y};
  }

  static Optimizer optimizer(String name) {
    return switch (name) {
      case "sgd" -> new SGD(0.1);
      case "adam" -> new Adam(0.01);
      default -> new RMSprop(0.01);
    };
  }

  static Sequential mlp() {
    Sequential m = new Sequential().seed(5);
    m.add(new Flatten().inputShape(8, 8, 1));
    m.add(new Dense(16, "relu"));
    m.add(new Dense(CLASSES, "softmax"));
    return m;
  }

  static Sequential cnn() {
    Sequential m = new Sequential().seed(5);
    m.add(new Conv2D(4, 3).padding("same").activation("relu").inputShape(8, 8, 1));
    m.add(new MaxPooling2D(2));
    m.add(new Flatten());
    m.add(new Dense(CLASSES, "softmax"));
    return m;
  }

  private static void learns(Supplier<Sequential> factory, String opt) {
    Tensor[] train = bars(150, 1);
    Tensor[] test = bars(60, 2);
    Sequential m = factory.get().compile(optimizer(opt), "categorical_crossentropy", "accuracy");
    History h = m.fit(train[0], train[1], Fit.epochs(6).batchSize(16).verbose(0).seed(3));
    assertThat(h.get("loss").get(5)).as(opt).isLessThan(h.get("loss").get(0));
    double[] lossAndAcc = m.evaluate(test[0], test[1]);
    assertThat(lossAndAcc[1]).as(opt + ", seed 5/3").isGreaterThanOrEqualTo(0.95);
    int[] predicted = m.predictClasses(test[0]);
    int right = 0;
    for (int i = 0; i < predicted.length; i++) {
      right += predicted[i] == i % CLASSES ? 1 : 0;
    }
    assertThat(right / 60.0).isEqualTo(lossAndAcc[1], within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "adam", "rmsprop"})
  void anMlpSeparatesBarImages(String opt) {
    learns(LearningTest::mlp, opt);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "adam", "rmsprop"})
  void aSmallCnnSeparatesBarImages(String opt) {
    learns(LearningTest::cnn, opt);
  }

  @Test
  void realLayersLearnXorAndTrainTheSameTwice() {
    Tensor x = FitLoopTest.XOR_X;
    Tensor y = FitLoopTest.XOR_Y;
    Tensor[] weights = new Tensor[2];
    for (int run = 0; run < 2; run++) {
      Sequential m = new Sequential().seed(7);
      m.add(new Dense(8, "tanh").inputShape(2));
      m.add(new Dense(1, "sigmoid"));
      m.compile(new Adam(0.05), "binary_crossentropy", "accuracy");
      History h = m.fit(x, y, Fit.epochs(300).batchSize(4).verbose(0));
      assertThat(h.keys()).containsExactly("loss", "accuracy");
      assertThat(m.evaluate(x, y)[1]).isEqualTo(1.0);
      weights[run] = m.getWeights().get(0);
    }
    assertThat(weights[0]).isEqualTo(weights[1]);
  }

  @Test
  void sparseLabelsTrainWithTheSparseLossAndAccuracy() {
    Tensor[] train = bars(60, 1);
    Tensor labels = train[1].argmax(-1);
    Sequential m = mlp().compile("rmsprop", "sparse_categorical_crossentropy", "acc");
    History h = m.fit(train[0], labels, Fit.epochs(2).verbose(0));
    assertThat(h.keys()).containsExactly("loss", "acc");
    assertThat(m.evaluateNamed(train[0], labels, 32)).containsKeys("loss", "acc");
  }

  @Test
  void badNamesAndShapesGiveClearMessages() {
    assertThatThrownBy(() -> mlp().compile("adamw", "mse"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'adamw'");
    assertThatThrownBy(() -> mlp().compile("adam", "categorical_crossentropyy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("loss: expected one of")
        .hasMessageContaining("got 'categorical_crossentropyy'");
    assertThatThrownBy(() -> new Dense(3, "rleu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rleu'");
    Sequential m = cnn().compile("adam", "categorical_crossentropy", "accuracy");
    assertThatThrownBy(() -> m.fit(Tensor.zeros(10, 8, 8), Tensor.zeros(10, 3)))
        .hasMessage(
            "fit: expected x of shape [samples, 8, 8, 1] for Conv2D 'conv2d' (layer 0), "
                + "got [10, 8, 8]. Add the channel axis: x.reshape(10, 8, 8, 1)");
    assertThatThrownBy(() -> m.fit(Tensor.zeros(10, 8, 8, 1), Tensor.zeros(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("categorical_crossentropy");
    assertThatThrownBy(() -> new Sequential().add(new Conv2D(4, 3).inputShape(28, 28)))
        .hasMessageContaining("Conv2D 'conv2d' (layer 0)")
        .hasMessageContaining("[28, 28]");
  }
}
