package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fovea.model.Sequential;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code golden/keras-legacy/check_h5.py} on legacy files Fovea writes: h5dump and h5py (the
 * HDF5 C library) must read every object and find the tree and types tf.keras writes, and Keras,
 * when the Python has it, must load them and predict as Fovea. Skipped when {@code h5dump} or h5py
 * is missing (Debian: {@code hdf5-tools}, {@code python3-h5py}), as on CI. The Python is {@code
 * -Dfovea.python=...}, else the first of {@code python3} and {@code /usr/bin/python3} that imports
 * h5py; point {@code fovea.python} at a Keras venv for step 3).
 */
class LegacyH5ToolsTest {

  @TempDir Path dir;

  @Test
  void hdf5LibraryH5pyAndKerasReadWhatFoveaWrites() throws Exception {
    assumeTrue(runs("h5dump", "--version"), "h5dump is not installed");
    String python = pythonWithH5py();
    assumeTrue(python != null, "no python (fovea.python, python3, /usr/bin/python3) imports h5py");

    List<Object> cases = new ArrayList<>();
    cases.add(writeCase("image", KerasWriterTest.imageModel(), 4, 8, 8, 3));
    Sequential big = LegacyWriterTest.longNamedModel(150);
    KerasWriterTest.randomize(big, 17);
    cases.add(writeCase("long_names", big, 3, 4, 4, 2));
    Files.writeString(dir.resolve("manifest.json"), JsonWriter.write(Map.of("cases", cases)));

    Path script = Path.of(getClass().getResource("/golden/keras-legacy/check_h5.py").toURI());
    Process p =
        new ProcessBuilder(python, script.toString(), dir.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    System.out.println(out);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("all checks passed");
  }

  /**
   * The first Python that imports h5py: {@code -Dfovea.python}, then {@code python3} on the PATH,
   * then Debian's {@code /usr/bin/python3} (which {@code python3-h5py} serves when the PATH's
   * python3 is another installation).
   */
  private static String pythonWithH5py() {
    List<String> candidates = new ArrayList<>();
    String chosen = System.getProperty("fovea.python");
    if (chosen != null) {
      candidates.add(chosen);
    }
    candidates.add("python3");
    candidates.add("/usr/bin/python3");
    for (String python : candidates) {
      if (runs(python, "-c", "import h5py")) {
        return python;
      }
    }
    return null;
  }

  private Map<String, Object> writeCase(String name, Sequential model, int... inputDims)
      throws IOException {
    Models.saveLegacy(model, dir.resolve(name + ".h5"));
    Models.saveLegacyWeights(model, dir.resolve(name + "-weights.h5"));
    Tensor x = KerasWriterTest.input(inputDims);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("model", name + ".h5");
    c.put("weights", name + "-weights.h5");
    c.put(
        "input",
        Map.of("shape", Arrays.stream(inputDims).boxed().toList(), "values", box(x.toArray())));
    c.put("predictions", box(model.predict(x).toArray()));
    return c;
  }

  private static List<Object> box(float[] values) {
    List<Object> out = new ArrayList<>(values.length);
    for (float v : values) {
      out.add((double) v);
    }
    return out;
  }

  private static boolean runs(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
