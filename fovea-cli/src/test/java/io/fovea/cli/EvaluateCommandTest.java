package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir static Path tmp;

  private static Path data;
  private static Path trained;

  @BeforeAll
  static void trainOnColours() throws Exception {
    data = TrainFixtures.colourFolder(tmp, 16);
    trained = tmp.resolve("colours.keras");
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
            trained.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
  }

  @Test
  void scoresEveryImageOfAFolderWithTheStoredPreprocessing() throws Exception {
    Path png = tmp.resolve("confusion.png");
    Run r =
        CliFixtures.run(
            "evaluate",
            trained.toString(),
            "--data",
            data.toString(),
            "--json",
            "--confusion",
            png.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    String json = r.out();
    assertThat(TrainFixtures.balanced(json)).as(json).isTrue();
    assertThat(TrainFixtures.number(json, "samples")).isEqualTo(48);
    double perClass = 0;
    double correct = 0;
    for (String name : TrainFixtures.COLOURS) {
      perClass += TrainFixtures.number(json.substring(json.indexOf("per_class_count")), name);
      double a = TrainFixtures.number(json.substring(json.indexOf("per_class_accuracy")), name);
      correct += a * 16;
    }
    assertThat(perClass).isEqualTo(48);
    assertThat(correct).isCloseTo(TrainFixtures.number(json, "correct"), within());
    assertThat(TrainFixtures.number(json, "accuracy"))
        .isCloseTo(TrainFixtures.number(json, "correct") / 48, within())
        .isGreaterThan(0.8);
    assertThat(json).contains("\"loss\": ").contains("\"confusion_matrix\": [[");
    byte[] head = Files.readAllBytes(png);
    assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(100);
  }

  @Test
  void printsLinesAndScoresOnlyTheHeldOutSubsetWhenAsked() {
    Run r =
        CliFixtures.run(
            "evaluate",
            trained.toString(),
            "--data",
            data.toString(),
            "--validation-split",
            "0.25");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out())
        .containsPattern("Loss: \\d\\.\\d{4}\nAccuracy: [01]\\.\\d{4} \\(\\d+ of 12\\)\n")
        .contains("Per-class accuracy:\n  blue   ")
        .containsPattern("  red    [01]\\.\\d{4} \\(\\d of 4\\)");
    assertThat(r.err()).contains("Found 12 images belonging to 3 classes.");
  }

  @Test
  void notesWhenTheOptionsOverrideTheStoredScaling() {
    Run same =
        CliFixtures.run(
            "evaluate", trained.toString(), "--data", data.toString(), "--rescale", "1/255");
    assertThat(same.code()).as(same.err()).isEqualTo(0);
    assertThat(same.err()).doesNotContain("Note:");
    Run other =
        CliFixtures.run(
            "evaluate", trained.toString(), "--data", data.toString(), "--scale-to", "-1,1");
    assertThat(other.code()).as(other.err()).isEqualTo(0);
    assertThat(other.err()).contains("Note: scaling as the options say, not as stored with ");
  }

  @Test
  void resizesImagesForAModelFromElsewhereAndTakesTheScalingOptions() throws Exception {
    // An 8x8 RGB model without stored preprocessing: the 12x12 images are resized to 8x8.
    Path tiny = CliFixtures.tinyModel(tmp);
    Run r =
        CliFixtures.run(
            "evaluate", tiny.toString(), "--data", data.toString(), "--scale-to", "-1,1", "--json");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(TrainFixtures.number(r.out(), "samples")).isEqualTo(48);
    assertThat(r.out()).contains("\"preprocessing\": \"x * 0.00784314 + -1.00000, rgb");
    Run none = CliFixtures.run("evaluate", tiny.toString(), "--data", data.toString());
    assertThat(none.code()).isEqualTo(0);
    assertThat(none.err()).contains("stores no preprocessing and none was given");
  }

  @Test
  void failsWithExitCode1ForABrokenModelAndExitCode2ForBadUsage() throws Exception {
    Path broken = tmp.resolve("broken.keras");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    Run r = CliFixtures.run("evaluate", broken.toString(), "--data", data.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("fovea: " + broken);
    Run png =
        CliFixtures.run(
            "evaluate", trained.toString(), "--data", data.toString(), "--confusion", "c.jpg");
    assertThat(png.code()).isEqualTo(2);
    assertThat(png.err()).startsWith("fovea: --confusion: expected a .png file, got c.jpg");
    Run neither = CliFixtures.run("evaluate", trained.toString());
    assertThat(neither.code()).isEqualTo(2);
    assertThat(neither.err())
        .startsWith("fovea: --dataset and --data: expected exactly one of them, got neither");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-3);
  }
}
