package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictCommandTest {

  @TempDir Path tmp;

  private Path model;
  private Path a;
  private Path b;

  @BeforeEach
  void files() throws Exception {
    model = CliFixtures.tinyModel(tmp);
    // 10x12 images: resized to the model's 8x8.
    a = CliFixtures.smallPng(tmp, "a.png");
    b = CliFixtures.smallPng(tmp, "b.png");
  }

  @Test
  void printsOneLineOfTopClassesPerImage() throws Exception {
    Path names = tmp.resolve("names.txt");
    Files.write(names, List.of("cat", "dog", "bird"));
    Run r =
        CliFixtures.run(
            "predict",
            model.toString(),
            a.toString(),
            b.toString(),
            "--top",
            "2",
            "--classes",
            names.toString(),
            "--rescale",
            "1/255");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    String number = "(0|1)\\.\\d{4}";
    String cls = "(cat|dog|bird)";
    assertThat(lines.get(0))
        .matches("\\Q" + a + "\\E: " + cls + " " + number + ", " + cls + " " + number);
    assertThat(lines.get(1)).startsWith(b + ": ");
  }

  @Test
  void printsValidJsonWithEveryMode() throws Exception {
    for (String mode : List.of("caffe", "tf", "torch")) {
      Run r =
          CliFixtures.run(
              "predict", model.toString(), a.toString(), "--json", "--preprocess", mode);
      assertThat(r.code()).as(mode + ": " + r.err()).isEqualTo(0);
      String json = r.out().strip();
      assertThat(json).startsWith("[").endsWith("]");
      assertThat(json)
          .containsPattern(
              "\\{\"image\": \"[^\"]+a\\.png\", \"top\": \\[\\{\"index\": \\d, \"class\": \"\\d\", "
                  + "\"probability\": [01]\\.\\d{6}\\}, \\{");
      // Three classes, --top 5: all three, and the probabilities sum to 1.
      assertThat(json.split("\"probability\"")).hasSize(4);
      double sum = 0;
      for (var m :
          java.util.regex.Pattern.compile("\"probability\": ([0-9.]+)")
              .matcher(json)
              .results()
              .toList()) {
        sum += Double.parseDouble(m.group(1));
      }
      assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void rejectsBadUsageWithExitCode2() {
    Run both =
        CliFixtures.run(
            "predict", model.toString(), a.toString(), "--rescale", "1/255", "--preprocess", "tf");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err())
        .startsWith(
            "fovea: --rescale, --scale-to and --preprocess: expected at most one of them, got 2");
    Run mode = CliFixtures.run("predict", model.toString(), a.toString(), "--preprocess", "vgg");
    assertThat(mode.code()).isEqualTo(2);
    Run rescale = CliFixtures.run("predict", model.toString(), a.toString(), "--rescale", "1/x");
    assertThat(rescale.code()).isEqualTo(2);
    assertThat(rescale.err()).startsWith("fovea: --rescale: expected a number or a fraction");
    Run noImage = CliFixtures.run("predict", model.toString());
    assertThat(noImage.code()).isEqualTo(2);
  }

  @Test
  void failsWithExitCode1ForAWrongClassesFileOrAMissingImage() throws Exception {
    Path names = tmp.resolve("two.txt");
    Files.write(names, List.of("cat", "dog"));
    Run r =
        CliFixtures.run("predict", model.toString(), a.toString(), "--classes", names.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "fovea: --classes: expected 3 names for the model's outputs, got 2 in " + names + "\n");
    Run missing = CliFixtures.run("predict", model.toString(), tmp.resolve("x.png").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).startsWith("fovea: IMAGE: no such file: ");
  }

  @Test
  void usesThePreprocessingAndClassNamesStoredWithTheModel() throws Exception {
    Sequential m = Models.load(model);
    m.preprocessing(Preprocessing.rescale(1.0 / 255).withClassNames(List.of("cat", "dog", "owl")));
    Path stored = tmp.resolve("stored.keras");
    Models.save(m, stored);
    Run r = CliFixtures.run("predict", stored.toString(), a.toString(), "--top", "3");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("cat ").contains("dog ").contains("owl ");
    // The same numbers as the explicit --rescale 1/255 on the model without stored preprocessing.
    Run explicit =
        CliFixtures.run(
            "predict", model.toString(), a.toString(), "--top", "3", "--rescale", "1/255");
    assertThat(r.out().replaceAll("[a-z]{3} ", "").replace(stored.toString(), ""))
        .isEqualTo(explicit.out().replaceAll("[0-2] ", "").replace(model.toString(), ""));
    Run scaled = CliFixtures.run("predict", stored.toString(), a.toString(), "--scale-to", "-1,1");
    assertThat(scaled.code()).as(scaled.err()).isEqualTo(0);
    assertThat(scaled.out()).isNotEqualTo(r.out());
  }

  @Test
  void parsesFractionsAndNumbers() {
    assertThat(ScalingOptions.parseRescale("1/255")).isEqualTo(1.0 / 255);
    assertThat(ScalingOptions.parseRescale(" 0.5 ")).isEqualTo(0.5);
  }
}
