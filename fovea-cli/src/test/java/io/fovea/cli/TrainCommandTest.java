package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import io.fovea.tensor.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  @TempDir Path tmp;

  @Test
  void trainsAPresetOnAFolderAndSavesItWithItsPreprocessing() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 16);
    Path out = tmp.resolve("m.keras");
    Path best = tmp.resolve("best.keras");
    Path report = tmp.resolve("report.html");
    Run r =
        CliFixtures.run(
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
            "0",
            "--out",
            out.toString(),
            "--checkpoint",
            best.toString(),
            "--report",
            report.toString(),
            "--json");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(TrainFixtures.balanced(r.out())).as(r.out()).isTrue();
    // 16 per class, the first int(0.25 * 16) = 4 of each validate.
    assertThat(TrainFixtures.number(r.out(), "train_samples")).isEqualTo(36);
    assertThat(TrainFixtures.number(r.out(), "validation_samples")).isEqualTo(12);
    assertThat(TrainFixtures.number(r.out(), "val_accuracy")).isGreaterThan(0.8);
    assertThat(best).isRegularFile();
    assertThat(Files.readString(report)).contains("<html").contains("data:image/png;base64");

    Sequential model = Models.load(out);
    assertThat(model.inputShape()).isEqualTo(Shape.of(12, 12, 3));
    assertThat(model.preprocessing())
        .isEqualTo(
            Preprocessing.rescale(1.0 / 255)
                .withImages("rgb", 12, 12)
                .withClassNames(TrainFixtures.COLOURS));
    assertThat(Models.load(best).preprocessing()).isEqualTo(model.preprocessing());
  }

  @Test
  void trainsOnTheShippedFashionMnistSampleAndSavesALegacyH5() throws Exception {
    Path out = tmp.resolve("fashion.h5");
    Run r =
        CliFixtures.run(
            "train",
            "--dataset",
            "fashion_mnist_sample",
            "--model",
            "cnn-small",
            "--epochs",
            "1",
            "--seed",
            "3",
            "--verbose",
            "2",
            "--lr",
            "0.01",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).startsWith("Trained 1 epochs: loss ").contains("Wrote " + out);
    assertThat(r.err()).contains("3000 training and 1000 validation images");
    double accuracy =
        Double.parseDouble(r.out().replaceAll("(?s).* val_accuracy ([0-9.]+).*", "$1"));
    assertThat(accuracy).as(r.out()).isGreaterThan(0.4);
    Preprocessing p = Models.load(out).preprocessing();
    assertThat(p.colorMode()).isEqualTo(Preprocessing.ColorMode.GRAYSCALE);
    assertThat(p.classNames()).hasSize(10).startsWith("T-shirt/top");
    // The test images validated the training: evaluate scores them the same.
    Run e =
        CliFixtures.run("evaluate", out.toString(), "--dataset", "fashion_mnist_sample", "--json");
    assertThat(e.code()).as(e.err()).isEqualTo(0);
    assertThat(TrainFixtures.number(e.out(), "samples")).isEqualTo(1000);
    assertThat(TrainFixtures.number(e.out(), "accuracy"))
        .isCloseTo(accuracy, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void trainsAKerasModelJsonOnFolderImagesResizedToItsInput() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 6);
    Path json = Path.of("../fovea-core/src/test/resources/golden/model-json/sequential.json");
    Path out = tmp.resolve("json.keras");
    Run r =
        CliFixtures.run(
            "train",
            "--data",
            data.toString(),
            "--model",
            json.toString(),
            "--scale-to",
            "-1,1",
            "--augment",
            "--verbose",
            "0",
            "--seed",
            "2",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    Preprocessing p = Models.load(out).preprocessing();
    // The config's input is 28x28x1: the 12x12 RGB images are read gray at 28x28.
    assertThat(p)
        .isEqualTo(
            Preprocessing.scaleTo(-1, 1)
                .withImages("grayscale", 28, 28)
                .withClassNames(TrainFixtures.COLOURS));
  }

  @Test
  void rejectsBadUsageWithExitCode2AndOneLine() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    assertUsage(
        "fovea: --model: expected a preset among mlp, cnn-small, cnn-mnist, lenet, cnn-cifar10,"
            + " vgg16 or a MODEL.json file, got 'resnet'",
        "--dataset",
        "mnist",
        "--model",
        "resnet");
    assertUsage(
        "fovea: --dataset and --data: expected exactly one of them, got both",
        "--dataset",
        "mnist",
        "--data",
        data.toString(),
        "--model",
        "mlp");
    assertUsage(
        "fovea: --target-size: expected two positive integers H,W such as 64,64, got '64x64'",
        "--data",
        data.toString(),
        "--model",
        "mlp",
        "--target-size",
        "64x64");
    assertUsage(
        "fovea: --model vgg16: CourseModels 'vgg16': expected images of at least 32x32 (five 2x2"
            + " poolings), got 12x12. Resize the images: --target-size 32,32 or larger",
        "--data",
        data.toString(),
        "--model",
        "vgg16",
        "--validation-split",
        "0");
    assertUsage(
        "fovea: --rescale, --scale-to and --preprocess: expected at most one of them, got 2",
        "--data",
        data.toString(),
        "--model",
        "mlp",
        "--rescale",
        "1/255",
        "--scale-to",
        "-1,1");
  }

  @Test
  void refusesAnOutOrCheckpointNameThatNamesNoModelFile() {
    Path weights = tmp.resolve("w.weights.h5");
    Run out =
        CliFixtures.run("train", "--dataset", "mnist", "--model", "mlp", "--out", "" + weights);
    assertThat(out.code()).as(out.err()).isEqualTo(2);
    assertThat(out.err().lines().filter(l -> l.startsWith("fovea: ")))
        .containsExactly("fovea: --out: expected a .keras or .h5 file, got " + weights);
    Path legacy = tmp.resolve("best.H5");
    Run checkpoint =
        CliFixtures.run(
            "train",
            "--dataset",
            "mnist",
            "--model",
            "mlp",
            "--out",
            tmp.resolve("m.HDF5").toString(),
            "--checkpoint",
            legacy.toString());
    assertThat(checkpoint.code()).as(checkpoint.err()).isEqualTo(2);
    assertThat(checkpoint.err().lines().filter(l -> l.startsWith("fovea: ")))
        .containsExactly("fovea: --checkpoint: expected a .keras file, got " + legacy);
    assertThat(weights).doesNotExist();
  }

  @Test
  void failsWithExitCode1ForAMissingFolderOrModelFile() {
    Run folder =
        CliFixtures.run(
            "train",
            "--data",
            tmp.resolve("nope").toString(),
            "--model",
            "mlp",
            "--out",
            tmp.resolve("m.keras").toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err())
        .isEqualTo(
            "fovea: --data: expected a folder with one subfolder per class, got no such folder: "
                + tmp.resolve("nope")
                + "\n");
    Run json =
        CliFixtures.run(
            "train",
            "--dataset",
            "fashion_mnist_sample",
            "--model",
            tmp.resolve("model.json").toString());
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.err()).startsWith("fovea: --model: no such file: ");
  }

  @Test
  void showsEveryOptionsDefaultInHelp() {
    for (String command : List.of("train", "evaluate")) {
      Run r = CliFixtures.run(command, "--help");
      assertThat(r.code()).isEqualTo(0);
      String help = r.out().replaceAll("\\s+", " ");
      for (String option :
          List.of(
              "--dataset",
              "--data",
              "--target-size",
              "--color-mode",
              "--validation-split",
              "--batch-size",
              "--rescale",
              "--scale-to",
              "--preprocess",
              "--json")) {
        assertThat(help).as(command + " " + option).containsPattern(option + "[ =].*?default");
      }
    }
  }

  private void assertUsage(String message, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "train";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--out";
    all[args.length + 2] = tmp.resolve("never.keras").toString();
    Run r = CliFixtures.run(all);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    // Progress lines ("Found 6 images ...") may come first; the error is one line.
    assertThat(r.err().lines().filter(l -> l.startsWith("fovea: "))).containsExactly(message);
    assertThat(tmp.resolve("never.keras")).doesNotExist();
  }
}
