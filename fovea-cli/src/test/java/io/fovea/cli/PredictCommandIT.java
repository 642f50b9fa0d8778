package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.cli.FoveaJar.Run;
import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fovea predict MODEL IMAGE...} from the jar, on a tiny model and two small PNGs. */
class PredictCommandIT {

  /** One image of the JSON output: {"image": "...", "top": [{"index": i, ...}, ...]}. */
  private static final Pattern JSON_IMAGE =
      Pattern.compile(
          "  \\{\"image\": \"([^\"]+)\", \"top\": \\[((?:\\{\"index\": \\d+, \"class\": \"[^\"]+\","
              + " \"probability\": [01]\\.\\d{6}\\}(?:, )?)+)\\]\\}");

  private static final Pattern JSON_CLASS =
      Pattern.compile(
          "\\{\"index\": (\\d+), \"class\": \"([^\"]+)\", \"probability\": ([01]\\.\\d{6})\\}");

  @TempDir Path tmp;

  private Path model;
  private Path a;
  private Path b;

  @BeforeEach
  void files() throws Exception {
    model = CliFixtures.tinyModel(tmp);
    a = CliFixtures.smallPng(tmp, "a.png");
    b = CliFixtures.smallPng(tmp, "b.png");
  }

  @Test
  void printsOneLineOfNamedTopClassesPerImage() throws Exception {
    Path names = Files.write(tmp.resolve("names.txt"), List.of("cat", "dog", "bird"));
    Run r =
        FoveaJar.run(
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
    r.succeeded();
    assertThat(r.err()).isEmpty();
    String top = "(cat|dog|bird) [01]\\.\\d{4}, (cat|dog|bird) [01]\\.\\d{4}";
    assertThat(r.out().lines().toList())
        .as(r::describe)
        .satisfiesExactly(
            line -> assertThat(line).matches(Pattern.quote(a + ": ") + top),
            line -> assertThat(line).matches(Pattern.quote(b + ": ") + top));
  }

  @Test
  void printsJsonWithTheProbabilitiesTheLibraryComputes() throws Exception {
    Run r = FoveaJar.run("predict", model.toString(), a.toString(), "--json", "--rescale", "1/255");
    r.succeeded();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).as(r::describe).startsWith("[\n").endsWith("\n]\n");
    Matcher image = JSON_IMAGE.matcher(r.out().substring(2, r.out().length() - 3));
    assertThat(image.matches()).as(r::describe).isTrue();
    assertThat(image.group(1)).isEqualTo(a.toString());
    List<TopClass> top = JSON_CLASS.matcher(image.group(2)).results().map(TopClass::of).toList();
    // --top 5 of 3 classes: all three, most probable first.
    assertThat(top).hasSize(3);
    Tensor expected = libraryPrediction(a);
    for (int k = 0; k < 3; k++) {
      TopClass c = top.get(k);
      assertThat(c.cls()).isEqualTo(Integer.toString(c.index()));
      assertThat(c.probability()).isCloseTo(expected.get(0, c.index()), within(2e-6));
      if (k > 0) {
        assertThat(c.probability()).isLessThanOrEqualTo(top.get(k - 1).probability());
      }
    }
  }

  @Test
  void rejectsBadOptionsAsBadUsage() throws Exception {
    String m = model.toString();
    String x = a.toString();
    FoveaJar.run("predict", m, x, "--top", "0").isUsageError("--top");
    FoveaJar.run("predict", m, x, "--top", "many").isUsageError("--top");
    FoveaJar.run("predict", m, x, "--preprocess", "vgg").isUsageError("--preprocess");
    FoveaJar.run("predict", m, x, "--rescale").isUsageError("--rescale");
    FoveaJar.run("predict", m).isUsageError("IMAGE");
  }

  @Test
  void failsWithOneLineForMissingOrBrokenFiles() throws Exception {
    Path missing = tmp.resolve("missing.png");
    FoveaJar.run("predict", model.toString(), missing.toString())
        .isFailure("IMAGE: no such file: " + missing);
    Path text = Files.writeString(tmp.resolve("text.png"), "not a picture");
    FoveaJar.run("predict", model.toString(), text.toString()).isFailure(text.toString());
    Path noise = Files.write(tmp.resolve("noise.h5"), new byte[64]);
    FoveaJar.run("predict", noise.toString(), a.toString()).isFailure(noise.toString());
  }

  private Tensor libraryPrediction(Path image) throws Exception {
    Sequential m = Models.load(model);
    m.output(new PrintStream(OutputStream.nullOutputStream()));
    return m.predict(
        new PredictInput(m.inputShape(), Preprocessing.rescale(1.0 / 255)).batch(List.of(image)));
  }

  /** One class of the JSON output. */
  private record TopClass(int index, String cls, double probability) {
    static TopClass of(MatchResult m) {
      return new TopClass(Integer.parseInt(m.group(1)), m.group(2), Double.parseDouble(m.group(3)));
    }
  }
}
