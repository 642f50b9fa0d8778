package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.image.Images;
import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code fovea demo --quick} once in this JVM and checks what it printed and wrote. */
class DemoCommandTest {

  @TempDir static Path tmp;

  private static Path folder;
  private static int code;
  private static String out;
  private static String err;

  @BeforeAll
  static void runQuickDemo() {
    folder = tmp.resolve("demo-output");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    code =
        Main.run(
            new String[] {"demo", "--quick", "--out", folder.toString()},
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exitsWithZero() {
    assertThat(code).as(err).isEqualTo(0);
  }

  @Test
  void printsTheSummaryAndTheTestAccuracyFarAboveChance() {
    assertThat(out).contains("Model: \"sequential\"").contains("Total params: 421,642");
    assertThat(testAccuracy(out)).as(out).isGreaterThan(0.5);
    assertThat(out).containsPattern("(?m)^Test loss: \\d+\\.\\d{4}$");
  }

  @Test
  void printsThreeExamplePredictions() {
    assertThat(out)
        .containsPattern("(?m)^image 0: predicted [^(]+ \\(\\d+\\.\\d%\\), true Ankle boot$");
    assertThat(out).containsPattern("(?m)^image 1: predicted .+, true Pullover$");
    assertThat(out).containsPattern("(?m)^image 2: predicted .+, true Trouser$");
  }

  @Test
  void sendsTheProgressToStderrAndTheResultsToStdout() {
    assertThat(err)
        .contains("Epoch 1/1")
        .contains("32/32 [==============================]")
        .doesNotContain("Total params");
    assertThat(out).doesNotContain("Epoch 1/1").doesNotContain("[====");
  }

  @Test
  void writesTheGridTheWeightsAndTheReport() throws Exception {
    Tensor grid = Images.read(folder.resolve(Demo.GRID_FILE));
    // 4 rows and 8 columns of titled tiles, wider than tall.
    assertThat(grid.shape().dim(1)).isGreaterThan(grid.shape().dim(0));
    assertThat(grid.shape().dim(0)).isGreaterThan(4 * 28);
    assertThat(Models.load(folder.resolve(Demo.MODEL_FILE)).countParams()).isEqualTo(421_642);
    String report = Files.readString(folder.resolve(Demo.REPORT_FILE));
    assertThat(report)
        .contains("Total params: 421,642")
        .contains("image 2: predicted")
        .contains("data:image/png;base64,")
        .doesNotContain("src=\"http");
    assertThat(out).contains("Wrote " + folder.resolve(Demo.REPORT_FILE));
  }

  @Test
  void theSavedModelLoadsWithItsWeightsAndItsOptimizer() throws Exception {
    Sequential saved = Models.load(folder.resolve(Demo.MODEL_FILE));
    assertThat(saved.optimizer()).as("compile settings").isNotNull();
    var model = Demo.model(1, 10);
    Models.loadWeights(model, folder.resolve(Demo.MODEL_FILE));
    assertThat(model.getWeights()).isEqualTo(saved.getWeights());
    assertThat(model.countParams()).isEqualTo(421_642);
  }

  /** The number after "Test accuracy: " in {@code text}. */
  static double testAccuracy(String text) {
    Matcher m = Pattern.compile("(?m)^Test accuracy: (\\d+\\.\\d{4})$").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
