package io.fovea.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.losses.Losses;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.optimizers.SGD;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.Models;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallbacksTest {

  @TempDir Path dir;

  final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  Sequential model(double learningRate) {
    Sequential m =
        new Sequential().seed(3).output(new PrintStream(printed, true, StandardCharsets.UTF_8));
    m.add(new Dense(4, "tanh").inputShape(2));
    m.add(new Dense(1, "sigmoid"));
    return m.compile(new SGD(learningRate), Losses.get("binary_crossentropy"));
  }

  static Tensor[] data() {
    Rng rng = new Rng(1);
    Tensor x = rng.uniform(io.fovea.tensor.Shape.of(40, 2), -1, 1);
    Tensor y = Tensor.zeros(40, 1);
    for (int i = 0; i < 40; i++) {
      y.set(x.get(i, 0) > 0 ? 1 : 0, i, 0);
    }
    return new Tensor[] {x, y};
  }

  /** Feeds a scripted sequence of val_loss values to a callback, epoch by epoch. */
  static int drive(Sequential m, io.fovea.model.Callback cb, double... valLoss) {
    cb.setModel(m);
    cb.onTrainBegin();
    int epoch = 0;
    for (; epoch < valLoss.length && !m.stopTraining(); epoch++) {
      Map<String, Double> logs = new LinkedHashMap<>();
      logs.put("loss", 1.0);
      logs.put("val_loss", valLoss[epoch]);
      cb.onEpochEnd(epoch, logs);
    }
    cb.onTrainEnd(Map.of());
    return epoch;
  }

  @Test
  void earlyStoppingStopsAfterPatienceAndRestoresTheBestWeights() {
    Sequential m = model(0.1);
    List<Tensor> initial = m.getWeights();
    EarlyStopping stop = new EarlyStopping().patience(2).restoreBestWeights(true).verbose(1);
    stop.setModel(m);
    stop.onTrainBegin();
    double[] values = {0.9, 0.5, 0.6, 0.7, 0.4};
    List<Tensor> atBest = null;
    int epoch = 0;
    for (; epoch < values.length && !m.stopTraining(); epoch++) {
      // Change the weights each epoch so that restoring is visible.
      m.setWeights(m.getWeights().stream().map(w -> w.add(1f)).toList());
      if (epoch == 1) {
        atBest = m.getWeights();
      }
      stop.onEpochEnd(epoch, Map.of("val_loss", values[epoch]));
    }
    stop.onTrainEnd(Map.of());
    assertThat(epoch).isEqualTo(4);
    assertThat(stop.stoppedEpoch()).isEqualTo(3);
    assertThat(m.getWeights()).isEqualTo(atBest).isNotEqualTo(initial);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "Restoring model weights from the end of the best epoch: 2.",
                "Epoch 4: early stopping",
                ""));
  }

  @Test
  void earlyStoppingHonoursMinDeltaModeAndBaseline() {
    assertThat(drive(model(0.1), new EarlyStopping().minDelta(0.1), 1.0, 0.95, 0.9)).isEqualTo(2);
    EarlyStopping max = new EarlyStopping().monitor("val_loss").mode("max").patience(1);
    assertThat(drive(model(0.1), max, 1.0, 2.0, 3.0, 1.0, 0.5, 0.1)).isEqualTo(4);
    // Improvements that miss the baseline do not reset the waiting count.
    EarlyStopping baseline = new EarlyStopping().patience(2).baseline(0.3);
    assertThat(drive(model(0.1), baseline, 1.0, 0.9, 0.95, 0.97)).isEqualTo(3);
    assertThat(drive(model(0.1), new EarlyStopping().patience(2), 1.0, 0.9, 0.95, 0.97))
        .isEqualTo(4);
  }

  @Test
  void earlyStoppingStopsARealFitAndNamesAMissingMonitor() {
    Tensor[] d = data();
    EarlyStopping stop = new EarlyStopping().monitor("loss").minDelta(10);
    History h = model(0.1).fit(d[0], d[1], Fit.epochs(10).verbose(0).callbacks(stop));
    assertThat(h.epochs()).containsExactly(0, 1);
    assertThatThrownBy(
            () ->
                model(0.1).fit(d[0], d[1], Fit.epochs(2).verbose(0).callbacks(new EarlyStopping())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "EarlyStopping: expected 'val_loss' in the logs [loss], got none. Pass "
                + "validationData or validationSplit to fit, or monitor 'loss'");
    assertThatThrownBy(() -> new EarlyStopping().mode("lowest"))
        .hasMessage("EarlyStopping: expected mode auto, min or max, got 'lowest'");
  }

  @Test
  void modelCheckpointWritesOnlyWhenImprovedAndSaysSoAsKeras() throws IOException {
    Sequential m = model(0.1);
    String pattern = dir.resolve("w-{epoch:02d}-{val_loss:.4f}.fovea").toString();
    ModelCheckpoint cp = new ModelCheckpoint(pattern).saveBestOnly().verbose(1);
    drive(m, cp, 0.5, 0.7, 0.31234);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("w-01-0.5000.fovea", "w-03-0.3123.fovea");
    }
    String nl = System.lineSeparator();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Epoch 1: val_loss improved from inf to 0.50000, saving model to "
                + dir.resolve("w-01-0.5000.fovea")
                + nl
                + "Epoch 2: val_loss did not improve from 0.50000"
                + nl
                + "Epoch 3: val_loss improved from 0.50000 to 0.31234, saving model to "
                + dir.resolve("w-03-0.3123.fovea")
                + nl);
    Sequential fresh = model(0.1);
    Models.loadWeights(fresh, dir.resolve("w-03-0.3123.fovea"));
    assertThat(fresh.getWeights()).isEqualTo(m.getWeights());
  }

  @Test
  void modelCheckpointSavesEveryEpochWithoutSaveBestOnly() throws IOException {
    ModelCheckpoint cp = new ModelCheckpoint(dir.resolve("e{epoch}.fovea").toString()).verbose(1);
    drive(model(0.1), cp, 0.5, 0.7);
    assertThat(Files.exists(dir.resolve("e1.fovea"))).isTrue();
    assertThat(Files.exists(dir.resolve("e2.fovea"))).isTrue();
    assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Epoch 1: saving model to ");
  }

  @Test
  void modelCheckpointWritesKerasWeightsAndWholeKerasModels() throws IOException {
    Sequential m = model(0.1);
    drive(m, new ModelCheckpoint(dir.resolve("best.weights.h5").toString()), 0.5);
    drive(m, new ModelCheckpoint(dir.resolve("model-{epoch}.keras").toString()), 0.5);
    Sequential twin = model(0.1);
    Models.loadWeights(twin, dir.resolve("best.weights.h5"));
    assertThat(twin.getWeights().get(0).toArray()).containsExactly(m.getWeights().get(0).toArray());
    assertThat(Files.size(dir.resolve("model-1.keras"))).isPositive();
  }

  @Test
  void modelCheckpointWritesEachFormatTheNameSaysThroughModels() throws IOException {
    Sequential m = model(0.1);
    drive(m, new ModelCheckpoint(dir.resolve("whole.keras").toString()), 0.5);
    drive(m, new ModelCheckpoint(dir.resolve("whole.H5").toString()), 0.5);
    drive(m, new ModelCheckpoint(dir.resolve("only.h5").toString()).saveWeightsOnly(true), 0.5);
    drive(m, new ModelCheckpoint(dir.resolve("only.weights.h5").toString()), 0.5);
    for (String whole : new String[] {"whole.keras", "whole.H5"}) {
      Sequential back = Models.load(dir.resolve(whole));
      assertThat(back.getWeights()).as(whole).isEqualTo(m.getWeights());
      assertThat(back.loss()).as(whole + " keeps the compile settings").isNotNull();
    }
    for (String weights : new String[] {"only.h5", "only.weights.h5"}) {
      assertThatThrownBy(() -> Models.load(dir.resolve(weights)))
          .as(weights + " holds weights only")
          .isInstanceOf(KerasFileException.class)
          .hasMessageContaining("/@model_config");
      Sequential twin = new Sequential().seed(9);
      twin.add(new Dense(4, "tanh").inputShape(2));
      twin.add(new Dense(1, "sigmoid"));
      Models.loadWeights(twin, dir.resolve(weights));
      assertThat(twin.getWeights()).as(weights).isEqualTo(m.getWeights());
    }
  }

  @Test
  void modelCheckpointRefusesANameNoFormatHasAndAWholeModelNameForWeightsOnly() {
    assertThatThrownBy(() -> new ModelCheckpoint(dir.resolve("best.bin").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weights file "
                + dir.resolve("best.bin")
                + ": expected a name ending in .weights.h5 (Keras 3), .h5 or .hdf5 (legacy Keras)"
                + " or .fovea (Fovea's own format), got 'best.bin'");
    ModelCheckpoint keras =
        new ModelCheckpoint(dir.resolve("m.keras").toString()).saveWeightsOnly(true);
    assertThatThrownBy(() -> drive(model(0.1), keras, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got a .keras name");
  }

  @Test
  void modelCheckpointAcceptsLegacyH5NamesAndRefusesUnknownPlaceholders() {
    new ModelCheckpoint("best.h5");
    ModelCheckpoint cp = new ModelCheckpoint(dir.resolve("{acc:.2f}.fovea").toString());
    assertThatThrownBy(() -> drive(model(0.1), cp, 0.5))
        .hasMessageStartingWith(
            "ModelCheckpoint: expected a placeholder among [epoch, loss, "
                + "val_loss], got '{acc:.2f}'");
  }

  @Test
  void csvLoggerWritesSortedKeysAndAppends() throws IOException {
    Path csv = dir.resolve("log.csv");
    Map<String, Double> logs = new LinkedHashMap<>();
    logs.put("loss", 0.5);
    logs.put("accuracy", 0.75);
    logs.put("val_loss", 1e-5);
    CSVLogger logger = new CSVLogger(csv);
    logger.onTrainBegin();
    logger.onEpochEnd(0, logs);
    logger.onEpochEnd(1, logs);
    logger.onTrainEnd(logs);
    assertThat(Files.readString(csv))
        .isEqualTo("epoch,accuracy,loss,val_loss\r\n" + "0,0.75,0.5,1e-05\r\n1,0.75,0.5,1e-05\r\n");
    CSVLogger more = new CSVLogger(csv, ";", true);
    more.onTrainBegin();
    more.onEpochEnd(2, logs);
    more.onTrainEnd(logs);
    assertThat(Files.readString(csv)).endsWith("1,0.75,0.5,1e-05\r\n2;0.75;0.5;1e-05\r\n");
  }

  @Test
  void csvLoggerRecordsARealFit() throws IOException {
    Tensor[] d = data();
    Path csv = dir.resolve("fit.csv");
    model(0.1)
        .fit(
            d[0],
            d[1],
            Fit.epochs(3).verbose(0).validationSplit(0.25).callbacks(new CSVLogger(csv)));
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("epoch,loss,val_loss");
    assertThat(lines.get(3)).startsWith("2,");
  }

  @Test
  void terminateOnNanStopsAtTheFirstBadBatch() {
    Tensor[] d = data();
    d[0].set(Float.NaN, 5, 0);
    List<Integer> epochs = new ArrayList<>();
    History h =
        model(0.1)
            .fit(
                d[0],
                d[1],
                Fit.epochs(3)
                    .batchSize(4)
                    .shuffle(false)
                    .verbose(0)
                    .callbacks(new TerminateOnNaN()));
    epochs.addAll(h.epochs());
    assertThat(epochs).containsExactly(0);
    assertThat(h.get("loss").get(0)).isNaN();
    assertThat(printed.toString(StandardCharsets.UTF_8).trim())
        .isEqualTo("Batch 1: Invalid loss, terminating training");
  }

  @Test
  void modelCheckpointNamesTheFileAndTheReasonWhenItCannotWrite() throws Exception {
    Path blocker = Files.writeString(dir.resolve("notes.txt"), "a file");
    Path file = blocker.resolve("best.keras");
    Sequential m = model(0.1);
    ModelCheckpoint cp = new ModelCheckpoint(file.toString());
    assertThatThrownBy(() -> drive(m, cp, 0.5))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage(
            "ModelCheckpoint: could not write "
                + file
                + ": "
                + blocker.toAbsolutePath()
                + " is in the way");
    assertThat(cp.lastSaved()).isNull();
    ModelCheckpoint ok = new ModelCheckpoint(dir.resolve("ok.keras").toString());
    drive(m, ok, 0.5);
    assertThat(ok.lastSaved()).isEqualTo(dir.resolve("ok.keras"));
  }

  @Test
  void terminateOnNanTellsTheEpochBatchAndLossWhereItStopped() {
    Tensor[] d = data();
    TerminateOnNaN nan = new TerminateOnNaN();
    Sequential m = model(0.1);
    m.fit(d[0], d[1], Fit.epochs(2).batchSize(4).shuffle(false).verbose(0).callbacks(nan));
    assertThat(nan.stopped()).isFalse();
    assertThat(nan.stoppedEpoch()).isEqualTo(-1);
    assertThat(nan.stoppedBatch()).isEqualTo(-1);
    d[0].set(Float.NaN, 9, 0);
    m.fit(d[0], d[1], Fit.epochs(3).batchSize(4).shuffle(false).verbose(0).callbacks(nan));
    assertThat(nan.stopped()).isTrue();
    assertThat(nan.stoppedEpoch()).isEqualTo(0);
    assertThat(nan.stoppedBatch()).isEqualTo(2);
    assertThat(nan.stoppedLoss()).isNaN();
  }
}
