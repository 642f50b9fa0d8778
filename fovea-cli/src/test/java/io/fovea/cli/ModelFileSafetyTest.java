package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.Layer;
import io.fovea.saving.Models;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a model file carries (weights, class and layer names) is printed truthfully and safely. */
class ModelFileSafetyTest {

  @TempDir Path tmp;

  private Path model;
  private Path image;

  @BeforeEach
  void files() throws Exception {
    model = CliFixtures.tinyModel(tmp);
    image = CliFixtures.smallPng(tmp, "a.png");
  }

  @Test
  void warnsAtLoadAboutNanWeightsAndPrintsNullNotNanInJson() throws Exception {
    Sequential m = Models.load(model);
    Layer dense = m.layers().get(2);
    dense.parameters().get(0).value().set(Float.NaN, 0, 0);
    Path diverged = tmp.resolve("diverged.keras");
    Models.save(m, diverged);
    String warning =
        "fovea: warning: "
            + diverged
            + ": NaN or infinite values in the weight "
            + dense.name()
            + "/kernel (layer/weight); its outputs will be NaN. Was it saved from a diverged run?";

    Run predict = CliFixtures.run("predict", diverged.toString(), image.toString(), "--json");
    assertThat(predict.code()).as(predict.err()).isEqualTo(0);
    assertThat(predict.err().lines()).contains(warning);
    assertThat(predict.out()).contains("\"probability\": null").doesNotContain("NaN");
    assertThat(TrainFixtures.balanced(predict.out())).isTrue();

    Path data = TrainFixtures.colourFolder(tmp, 2);
    Run evaluate =
        CliFixtures.run("evaluate", diverged.toString(), "--data", data.toString(), "--json");
    assertThat(evaluate.code()).as(evaluate.err()).isEqualTo(0);
    assertThat(evaluate.err().lines()).contains(warning);
    assertThat(evaluate.out()).contains("\"loss\": null").doesNotContain("NaN");

    Run summary = CliFixtures.run("summary", diverged.toString());
    assertThat(summary.err().lines()).contains(warning);
    Run clean = CliFixtures.run("summary", model.toString());
    assertThat(clean.err()).doesNotContain("warning");
  }

  @Test
  void escapesControlCharactersInClassNamesFromTheFile() throws Exception {
    Sequential m = Models.load(model);
    m.preprocessing(
        Preprocessing.rescale(1.0 / 255)
            .withClassNames(List.of("\u001b[31mred", "two\nlines", "bidi\u202eevil")));
    Path hostile = tmp.resolve("hostile.keras");
    Models.save(m, hostile);
    Run r = CliFixtures.run("predict", hostile.toString(), image.toString(), "--top", "3");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out())
        .contains("\\x1b[31mred ")
        .contains("two\\x0alines ")
        .contains("bidi\\u202eevil ")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
    assertThat(r.out().lines()).hasSize(1);
    // An error that quotes the names (they do not match the data's folders) escapes them too.
    Path data = TrainFixtures.colourFolder(tmp, 2);
    Run evaluate = CliFixtures.run("evaluate", hostile.toString(), "--data", data.toString());
    assertThat(evaluate.code()).isEqualTo(1);
    assertThat(evaluate.err()).contains("\\x1b[31mred").doesNotContain("\u001b");
    assertThat(evaluate.err().lines().filter(l -> !l.startsWith("Found ")))
        .singleElement()
        .asString()
        .startsWith("fovea: " + hostile + ": expected the data's classes among the model's")
        .contains("two\\x0alines");
    // JSON keeps the names exactly, escaped as JSON escapes them.
    Run json = CliFixtures.run("predict", hostile.toString(), image.toString(), "--json");
    assertThat(json.out()).contains("\"\\u001b[31mred\"").contains("\"two\\nlines\"");
  }

  @Test
  void escapesControlCharactersInTheModelNameInTheSummary() throws Exception {
    // Layer names are checked at load (letters, digits, _ . - /); the model's name is not.
    Sequential m =
        new Sequential().add(new Dense(2, "softmax").inputShape(3)).name("\u001b[2Jwiped");
    Path file = tmp.resolve("named.keras");
    Models.save(m, file);
    Run r = CliFixtures.run("summary", file.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("\\x1b[2Jwiped").doesNotContain("\u001b");
  }

  @Test
  void escapesControlCharactersInErrorMessages() {
    Run r = CliFixtures.run("predict", tmp.resolve("\u001b[31mmissing.keras").toString(), "a.png");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("\\x1b[31mmissing.keras").doesNotContain("\u001b");
  }
}
