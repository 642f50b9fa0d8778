package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.nn.Dense;
import io.fovea.nn.Layer;
import io.fovea.nn.LayerConfig;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Training is single-threaded: fit and predict on one model from two threads are refused. */
class ModelGuardTest {

  /** An identity layer that, in the chosen mode, waits inside its forward pass until released. */
  static final class GateLayer extends Layer {
    record Config(String name) implements LayerConfig {
      @Override
      public Layer create() {
        return new GateLayer(false);
      }
    }

    final boolean blockInTraining;
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    GateLayer(boolean blockInTraining) {
      this.blockInTraining = blockInTraining;
    }

    @Override
    public Shape computeOutputShape(Shape in) {
      return in;
    }

    @Override
    protected Tensor call(Tensor x, boolean training) {
      if (training == blockInTraining) {
        entered.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return x;
    }

    @Override
    protected Tensor gradient(Tensor dy) {
      return dy;
    }

    @Override
    public LayerConfig config() {
      return new Config(name());
    }
  }

  private static Sequential model(GateLayer gate) {
    Sequential m = new Sequential().seed(5);
    m.add(new Dense(3).inputShape(2));
    m.add(gate);
    m.compile("sgd", "mse");
    return m;
  }

  @Test
  void refusesFitAndSetWeightsWhileAnotherThreadPredicts() throws Exception {
    GateLayer gate = new GateLayer(false);
    Sequential m = model(gate);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Tensor> prediction = pool.submit(() -> m.predict(Tensor.ones(4, 2)));
      assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> m.fit(Tensor.ones(4, 2), Tensor.ones(4, 3)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "fit: expected no other call running on this model, got 1 predict/evaluate call"
                  + " running on other threads. Training is single-threaded: wait for them, or"
                  + " train a copy of the model");
      assertThatThrownBy(() -> m.setWeights(m.getWeights()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("setWeights: expected no other call running on this model");
      gate.release.countDown();
      assertThat(prediction.get(30, TimeUnit.SECONDS).shape()).isEqualTo(Shape.of(4, 3));
    } finally {
      gate.release.countDown();
      pool.shutdownNow();
    }
    m.fit(Tensor.ones(4, 2), Tensor.ones(4, 3), Fit.epochs(1).verbose(0));
  }

  @Test
  void refusesPredictionsFromOtherThreadsWhileFitRuns() throws Exception {
    GateLayer gate = new GateLayer(true);
    Sequential m = model(gate);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Thread[] trainer = new Thread[1];
    try {
      Future<History> fit =
          pool.submit(
              () -> {
                trainer[0] = Thread.currentThread();
                return m.fit(Tensor.ones(4, 2), Tensor.ones(4, 3), Fit.epochs(1).verbose(0));
              });
      assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> m.predict(Tensor.ones(2, 2)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "predict: expected no fit or setWeights running on this model, got one running on"
                  + " thread '"
                  + trainer[0].getName()
                  + "'. Training is single-threaded: predict after fit returns, from the fitting"
                  + " thread (a callback), or on a copy of the model");
      assertThatThrownBy(() -> m.evaluate(Tensor.ones(2, 2), Tensor.ones(2, 3)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("evaluate: expected no fit or setWeights running");
      assertThatThrownBy(() -> m.fit(Tensor.ones(4, 2), Tensor.ones(4, 3)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("got fit or setWeights running on thread '");
      gate.release.countDown();
      assertThat(fit.get(30, TimeUnit.SECONDS).epochs()).hasSize(1);
    } finally {
      gate.release.countDown();
      pool.shutdownNow();
    }
    assertThat(m.predict(Tensor.ones(2, 2)).shape()).isEqualTo(Shape.of(2, 3));
  }

  @Test
  void letsTheFittingThreadPredictFromACallback() {
    GateLayer open = new GateLayer(false);
    open.release.countDown();
    Sequential m = model(open);
    double[] seen = new double[1];
    Callback predictAtEpochEnd =
        new Callback() {
          @Override
          public void onEpochEnd(int epoch, java.util.Map<String, Double> logs) {
            seen[0] = m.predict(Tensor.ones(1, 2)).get(0, 0);
            m.setWeights(m.getWeights());
          }
        };
    m.fit(
        Tensor.ones(4, 2),
        Tensor.ones(4, 3),
        Fit.epochs(1).verbose(0).callbacks(predictAtEpochEnd));
    assertThat(seen[0]).isEqualTo(m.predict(Tensor.ones(1, 2)).get(0, 0));
  }
}
