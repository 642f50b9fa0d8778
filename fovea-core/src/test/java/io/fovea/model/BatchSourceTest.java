package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSourceTest {

  /** Consecutive batches of tensors, recording which (pass, index) pairs were asked for. */
  static class TensorSource implements BatchSource {
    final Tensor x;
    final Tensor y;
    final int batchSize;
    final List<String> asked = new ArrayList<>();

    TensorSource(Tensor x, Tensor y, int batchSize) {
      this.x = x;
      this.y = y;
      this.batchSize = batchSize;
    }

    @Override
    public int batchesPerEpoch() {
      return (sampleCount() + batchSize - 1) / batchSize;
    }

    @Override
    public int sampleCount() {
      return x.shape().dim(0);
    }

    @Override
    public Batch batch(int epoch, int index) {
      asked.add(epoch + ":" + index);
      int from = index * batchSize;
      int to = Math.min(sampleCount(), from + batchSize);
      return new Batch(x.slice(from, to).copy(), y.slice(from, to).copy());
    }
  }

  @Test
  void fitOnASourceTrainsAndLowersTheLoss() {
    Tensor[] d = FitLoopTest.blobs(200, 5);
    Sequential m = FitLoopTest.xorModel(3);
    History h = m.fit(new TensorSource(d[0], d[1], 20), Fit.epochs(8).verbose(0));
    assertThat(h.get("loss").get(7)).isLessThan(h.get("loss").get(0));
    assertThat(h.last("loss")).isLessThan(0.3);
  }

  @Test
  void stepsPerEpochContinueAcrossPassesAndValidationStepsLimitValidation() {
    Tensor[] d = FitLoopTest.blobs(100, 5);
    TensorSource train = new TensorSource(d[0], d[1], 10);
    TensorSource val = new TensorSource(d[0], d[1], 10);
    Sequential m = FitLoopTest.xorModel(3);
    History h =
        m.fit(
            train,
            Fit.epochs(3).stepsPerEpoch(4).validationSteps(2).verbose(0).validationData(val));
    assertThat(train.asked)
        .containsExactly(
            "0:0", "0:1", "0:2", "0:3", "0:4", "0:5", "0:6", "0:7", "0:8", "0:9", "1:0", "1:1");
    assertThat(val.asked).containsExactly("0:0", "0:1", "0:0", "0:1", "0:0", "0:1");
    assertThat(h.keys()).contains("loss", "val_loss", "val_accuracy");
  }

  @Test
  void validatesWithTensorsAtEachEpochEndWhenTrainingOnASource() {
    Tensor[] d = FitLoopTest.blobs(60, 5);
    Tensor[] v = FitLoopTest.blobs(30, 6);
    Sequential m = FitLoopTest.xorModel(3);
    List<Double> expected = new ArrayList<>();
    Callback evaluateAtEpochEnd =
        new Callback() {
          @Override
          public void onEpochEnd(int epoch, java.util.Map<String, Double> logs) {
            expected.add(m.evaluate(v[0], v[1], 32)[0]);
          }
        };
    History h =
        m.fit(
            new TensorSource(d[0], d[1], 10),
            Fit.epochs(3).verbose(0).validationData(v[0], v[1]).callbacks(evaluateAtEpochEnd));
    assertThat(h.get("val_loss")).hasSize(3);
    assertThat(h.get("val_loss")).containsExactlyElementsOf(expected);
    assertThat(h.keys()).contains("val_accuracy");
  }

  @Test
  void evaluateAndPredictOnASourceMatchTheTensorVersions() {
    Tensor[] d = FitLoopTest.blobs(50, 9);
    Sequential m = FitLoopTest.xorModel(3);
    TensorSource source = new TensorSource(d[0], d[1], 32);
    assertThat(m.evaluate(source)).containsExactly(m.evaluate(d[0], d[1], 32));
    assertThat(m.predict(source).allClose(m.predict(d[0]), 0, 0)).isTrue();
  }

  @Test
  void rejectsValidationSplitAndBatchesWithoutLabels() {
    Tensor[] d = FitLoopTest.blobs(20, 9);
    Sequential m = FitLoopTest.xorModel(3);
    TensorSource source = new TensorSource(d[0], d[1], 5);
    assertThatThrownBy(() -> m.fit(source, Fit.epochs(1).validationSplit(0.2).verbose(0)))
        .hasMessage(
            "fit: expected Fit.validationData(source) or validationData(x, y) when training on a "
                + "BatchSource, got validationSplit 0.2 (a source has no last fraction to split off)");
    BatchSource unlabelled =
        new TensorSource(d[0], d[1], 5) {
          @Override
          public Batch batch(int epoch, int index) {
            return new Batch(super.batch(epoch, index).x(), null);
          }
        };
    assertThatThrownBy(() -> m.fit(unlabelled, Fit.epochs(1).verbose(0)))
        .hasMessageContaining("fit: expected batches with labels y");
  }
}
