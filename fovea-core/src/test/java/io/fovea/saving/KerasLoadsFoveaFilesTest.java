package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fovea.model.Sequential;
import io.fovea.saving.json.JsonWriter;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file Fovea writes for the course's models, in all four formats, loaded by real Keras:
 * {@code golden/keras-course/verify.py} checks that Keras 3 (and tf.keras 2.x for the legacy {@code
 * .h5} files, when {@code tf_keras} is importable) predicts what Fovea predicts within 1e-5. The
 * python is {@code $FOVEA_KERAS_PYTHON}, else {@code python3}; the test is skipped when it cannot
 * {@code import keras} (as on CI).
 */
class KerasLoadsFoveaFilesTest {

  private static final long IMPORT_SECONDS = 120;
  private static final long VERIFY_SECONDS = 600;

  @TempDir Path dir;

  @Test
  void kerasLoadsEveryFileFoveaWritesAndPredictsWhatFoveaPredicts() throws Exception {
    Path script =
        Path.of(getClass().getResource("/golden/keras-course/verify.py").toURI()).toAbsolutePath();
    String python = pythonWithKeras(script);
    Map<String, Object> spec = new LinkedHashMap<>();
    for (String name : CourseModels.ALL.keySet()) {
      Sequential model = CourseModels.withWeights(name);
      Models.save(model, dir.resolve(name + ".keras"));
      Models.saveWeights(model, dir.resolve(name + ".weights.h5"));
      Models.saveLegacy(model, dir.resolve(name + ".h5"));
      Models.saveLegacyWeights(model, dir.resolve(name + "_weights.h5"));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("input_shape", ints(model.inputShape().dims()));
      entry.put("predictions", rows(model.predict(CourseModels.input(model.inputShape()))));
      spec.put(name, entry);
    }
    Files.writeString(dir.resolve("fovea.json"), JsonWriter.write(spec));

    Run run = run(VERIFY_SECONDS, python, script.toString(), dir.toString());

    System.out.print(run.output());
    assertThat(run.exit()).as("verify.py output:%n%s", run.output()).isZero();
  }

  /** The python to run, or a skipped test when it has no Keras. */
  private String pythonWithKeras(Path script) throws InterruptedException {
    String configured = System.getenv("FOVEA_KERAS_PYTHON");
    String python = configured == null || configured.isBlank() ? "python3" : configured;
    Run probe;
    try {
      probe = run(IMPORT_SECONDS, python, script.toString(), "--probe");
    } catch (IOException e) {
      probe = new Run(-1, e.getMessage());
    }
    assumeTrue(
        probe.exit() == 0,
        "skipped: " + python + " cannot import keras (set FOVEA_KERAS_PYTHON): " + probe.output());
    return python;
  }

  private record Run(int exit, String output) {}

  private Run run(long seconds, String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "python", ".log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      return new Run(-1, "timed out after " + seconds + " s: " + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Run(p.exitValue(), output);
  }

  private static List<Object> ints(int[] dims) {
    List<Object> out = new ArrayList<>();
    for (int d : dims) {
      out.add(d);
    }
    return out;
  }

  private static List<Object> rows(Tensor p) {
    List<Object> rows = new ArrayList<>();
    for (int r = 0; r < p.shape().dim(0); r++) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < p.shape().dim(1); c++) {
        row.add((double) p.get(r, c));
      }
      rows.add(row);
    }
    return rows;
  }
}
