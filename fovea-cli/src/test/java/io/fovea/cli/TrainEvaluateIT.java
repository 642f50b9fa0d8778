package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fovea train}, then {@code evaluate} and {@code predict} on what it wrote, through the real
 * jar: a class folder of generated colour images, trained to a model file, scored, and used.
 */
class TrainEvaluateIT {

  @TempDir Path tmp;

  @Test
  void trainsAFolderThenEvaluatesAndPredictsWithTheStoredPreprocessing() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 16);
    Path model = tmp.resolve("colours.keras");
    Path best = tmp.resolve("best.keras");
    Run train =
        FoveaJar.run(
                "train",
                "--data",
                data.toString(),
                "--model",
                "mlp",
                "--epochs",
                "6",
                "--seed",
                "1",
                "--verbose",
                "2",
                "--out",
                model.toString(),
                "--checkpoint",
                best.toString(),
                "--json")
            .succeeded();
    assertThat(TrainFixtures.balanced(train.out())).as(train.describe()).isTrue();
    assertThat(TrainFixtures.number(train.out(), "val_accuracy")).isGreaterThan(0.8);
    // Per-epoch lines off a terminal, on stderr only.
    assertThat(train.err()).contains("Epoch 6/6");
    assertThat(train.out()).doesNotContain("Epoch ");
    Sequential loaded = Models.load(model);
    assertThat(loaded.preprocessing().classNames()).isEqualTo(TrainFixtures.COLOURS);
    assertThat(best).isRegularFile();

    Path confusion = tmp.resolve("confusion.png");
    Run evaluate =
        FoveaJar.run(
                "evaluate",
                model.toString(),
                "--data",
                data.toString(),
                "--confusion",
                confusion.toString(),
                "--json")
            .succeeded();
    assertThat(TrainFixtures.number(evaluate.out(), "samples")).isEqualTo(48);
    assertThat(TrainFixtures.number(evaluate.out(), "accuracy")).isGreaterThan(0.8);
    int[] shape = CliFixtures.pngShape(confusion);
    // A chart with three labelled rows and columns, not an empty or one-pixel image.
    assertThat(shape[0]).isGreaterThan(100);
    assertThat(shape[1]).isGreaterThan(100);

    Path red = data.resolve("red").resolve("0.png");
    Run predict = FoveaJar.run("predict", model.toString(), red.toString(), "--top", "1");
    predict.succeeded();
    assertThat(predict.out().strip()).startsWith(red + ": red ");
  }

  @Test
  void rejectsAnUnknownPresetAndAMissingFolder() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    FoveaJar.run("train", "--data", data.toString(), "--model", "resnet999")
        .isUsageError("resnet999");
    Path missing = tmp.resolve("nowhere");
    FoveaJar.run("train", "--data", missing.toString(), "--model", "mlp")
        .isFailure(missing.toString());
    FoveaJar.run("evaluate", tmp.resolve("none.keras").toString(), "--data", data.toString())
        .isFailure("none.keras");
  }
}
