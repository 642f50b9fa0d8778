package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.losses.Losses;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FitLoopTest {

  static final Tensor XOR_X = Tensor.of(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
  static final Tensor XOR_Y = Tensor.of(new float[][] {{0}, {1}, {1}, {0}});

  static Sequential xorModel(long seed) {
    return SequentialTest.mlp(seed)
        .compile(new TestSgd(0.5f), Losses.get("binary_crossentropy"), new TestAccuracy());
  }

  /** Two noisy blobs in 2-D, labels 0/1, from {@code seed}. */
  static Tensor[] blobs(int n, long seed) {
    Rng rng = new Rng(seed);
    Tensor x = Tensor.zeros(n, 2);
    Tensor y = Tensor.zeros(n, 1);
    for (int i = 0; i < n; i++) {
      int label = i % 2;
      x.set(rng.normal(label == 0 ? -1 : 1, 0.5f), i, 0);
      x.set(rng.normal(label == 0 ? 1 : -1, 0.5f), i, 1);
      y.set(label, i, 0);
    }
    return new Tensor[] {x, y};
  }

  @Test
  void aTanhSigmoidNetLearnsXor() {
    Sequential m = xorModel(7);
    History h = m.fit(XOR_X, XOR_Y, Fit.epochs(600).batchSize(4).verbose(0).seed(1));
    assertThat(h.last("loss")).as("seed 7").isLessThan(0.1);
    assertThat(m.predictClasses(XOR_X)).containsExactly(0, 1, 1, 0);
    float[] p = m.predict(XOR_X).toArray();
    assertThat(p[0]).isLessThan(0.5f);
    assertThat(p[1]).isGreaterThan(0.5f);
    assertThat(p[2]).isGreaterThan(0.5f);
    assertThat(p[3]).isLessThan(0.5f);
    assertThat(m.evaluate(XOR_X, XOR_Y)[1]).isEqualTo(1.0);
  }

  @Test
  void theSameSeedTwiceGivesIdenticalWeightsBitForBit() {
    Tensor[] d = blobs(100, 3);
    List<List<Tensor>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Sequential m = xorModel(11);
      m.fit(d[0], d[1], Fit.epochs(3).batchSize(8).verbose(0).seed(5));
      runs.add(m.getWeights());
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1));
    Sequential other = xorModel(11);
    other.fit(d[0], d[1], Fit.epochs(3).batchSize(8).verbose(0).seed(6));
    assertThat(other.getWeights()).isNotEqualTo(runs.get(0));
  }

  @Test
  void aSeededModelShufflesTheSameWayWithoutAFitSeed() {
    Tensor[] d = blobs(64, 3);
    Sequential a = xorModel(21);
    Sequential b = xorModel(21);
    a.fit(d[0], d[1], Fit.epochs(2).batchSize(8).verbose(0));
    b.fit(d[0], d[1], Fit.epochs(2).batchSize(8).verbose(0));
    assertThat(a.getWeights()).isEqualTo(b.getWeights());
  }

  @Test
  void validationSplitTakesTheLastSamplesBeforeShuffling() {
    Tensor[] d = blobs(100, 3);
    Sequential a = xorModel(4);
    History h =
        a.fit(d[0], d[1], Fit.epochs(2).batchSize(10).verbose(0).seed(2).validationSplit(0.2));
    Sequential b = xorModel(4);
    History h2 =
        b.fit(
            d[0].slice(0, 80),
            d[1].slice(0, 80),
            Fit.epochs(2)
                .batchSize(10)
                .verbose(0)
                .seed(2)
                .validationData(d[0].slice(80, 100), d[1].slice(80, 100)));
    assertThat(a.getWeights()).isEqualTo(b.getWeights());
    assertThat(h.get("val_loss")).isEqualTo(h2.get("val_loss"));
  }

  @Test
  void historyHasKerasKeysInOrderAndOneValuePerEpoch() {
    Tensor[] d = blobs(40, 3);
    History h = xorModel(4).fit(d[0], d[1], Fit.epochs(3).verbose(0).validationSplit(0.25));
    assertThat(h.keys()).containsExactly("loss", "accuracy", "val_loss", "val_accuracy");
    assertThat(h.get("val_accuracy")).hasSize(3);
    assertThat(h.epochs()).containsExactly(0, 1, 2);
    assertThatThrownBy(() -> h.get("val_acc"))
        .hasMessage(
            "History: expected one of [loss, "
                + "accuracy, val_loss, val_accuracy], got 'val_acc'. Pass validationData or "
                + "validationSplit to fit");
  }

  @Test
  void initialEpochAndStepsPerEpochLimitTheRun() {
    Tensor[] d = blobs(40, 3);
    List<String> calls = new ArrayList<>();
    Callback spy =
        new Callback() {
          @Override
          public void onEpochBegin(int epoch) {
            calls.add("epoch " + epoch);
          }

          @Override
          public void onBatchEnd(int batch, Map<String, Double> logs) {
            calls.add("batch " + batch);
          }
        };
    History h =
        xorModel(4)
            .fit(
                d[0],
                d[1],
                Fit.epochs(4).initialEpoch(2).stepsPerEpoch(2).verbose(0).callbacks(spy));
    assertThat(h.epochs()).containsExactly(2, 3);
    assertThat(calls)
        .containsExactly("epoch 2", "batch 0", "batch 1", "epoch 3", "batch 0", "batch 1");
  }

  @Test
  void runningLossIsTheSampleWeightedMeanOfTheBatches() {
    Tensor[] d = blobs(10, 3);
    List<Double> batchLoss = new ArrayList<>();
    Callback spy =
        new Callback() {
          @Override
          public void onBatchEnd(int batch, Map<String, Double> logs) {
            batchLoss.add(logs.get("loss"));
          }
        };
    History h = xorModel(4).fit(d[0], d[1], Fit.epochs(1).batchSize(4).verbose(0).callbacks(spy));
    assertThat(batchLoss).hasSize(3);
    assertThat(h.get("loss").get(0)).isEqualTo(batchLoss.get(2));
  }

  @Test
  void verboseOnePrintsTheKerasProgressLine() {
    Tensor[] d = blobs(100, 3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Sequential m = xorModel(4).output(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    m.fit(d[0], d[1], Fit.epochs(2).batchSize(32).validationSplit(0.2));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo("Epoch 1/2");
    assertThat(lines[1])
        .matches(
            "3/3 \\[={30}\\] - \\d+s \\d+(s|ms|us)/step - loss: \\d\\.\\d{4}"
                + " - accuracy: \\d\\.\\d{4} - val_loss: \\d\\.\\d{4} - val_accuracy: \\d\\.\\d{4}");
    assertThat(lines[2]).isEqualTo("Epoch 2/2");
  }

  @Test
  void verboseTwoPrintsOneLinePerEpochAndZeroNothing() {
    Tensor[] d = blobs(20, 3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    xorModel(4).fit(d[0], d[1], Fit.epochs(1).batchSize(8).verbose(2).output(out));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
    assertThat(lines[1])
        .matches(
            "3/3 - \\d+s - loss: \\d\\.\\d{4} - accuracy: \\d\\.\\d{4} - " + "\\d+(s|ms|us)/step");
    bytes.reset();
    xorModel(4).fit(d[0], d[1], Fit.epochs(1).verbose(0).output(out));
    assertThat(bytes.size()).isZero();
  }

  @Test
  void progressBarDrawsArrowsAndSmallValuesAsKerasDoes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar =
        new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 938, 1, true);
    bar.update(469, Map.of("loss", 0.00012));
    String s = bytes.toString(StandardCharsets.UTF_8);
    assertThat(s).startsWith("\r469/938 [==============>...............] - ETA: ");
    assertThat(s).endsWith(" - loss: 1.2000e-04");
    assertThat(ProgressBar.number(Double.NaN)).isEqualTo("nan");
  }

  @Test
  void stopsWhenACallbackAsks() {
    Tensor[] d = blobs(40, 3);
    Callback stopper =
        new Callback() {
          private Sequential model;

          @Override
          public void setModel(Sequential m) {
            model = m;
          }

          @Override
          public void onBatchEnd(int batch, Map<String, Double> logs) {
            if (batch == 1) {
              model.setStopTraining(true);
            }
          }
        };
    History h =
        xorModel(4).fit(d[0], d[1], Fit.epochs(5).batchSize(4).verbose(0).callbacks(stopper));
    assertThat(h.epochs()).containsExactly(0);
  }

  @Test
  void rejectsAValidationSplitThatLeavesNothing() {
    Tensor[] d = blobs(3, 3);
    assertThatThrownBy(() -> xorModel(4).fit(d[0], d[1], Fit.epochs(1).validationSplit(0.7)))
        .hasMessage(
            "fit: expected validationSplit 0.7 to leave samples for training and "
                + "validation, got 0 of 3 for training");
  }

  @Test
  void rejectsBadOptions() {
    assertThatThrownBy(() -> Fit.epochs(1).batchSize(0))
        .hasMessage("fit: expected batchSize >= 1, got 0");
    assertThatThrownBy(() -> Fit.epochs(1).validationSplit(1.0))
        .hasMessage("fit: expected validationSplit in [0, 1), got 1.0");
    assertThatThrownBy(() -> Fit.epochs(1).verbose(3))
        .hasMessage("fit: expected verbose 0, 1 or 2, got 3");
  }
}
