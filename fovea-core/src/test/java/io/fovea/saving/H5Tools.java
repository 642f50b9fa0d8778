package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.model.Sequential;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Python check scripts beside the HDF5 goldens: finds a Python with h5py ({@code
 * -Dfovea.python=...}, then {@code $FOVEA_KERAS_PYTHON} (a Keras venv: the scripts then also load
 * the files in Keras), then {@code python3}, then Debian's {@code /usr/bin/python3}, which {@code
 * python3-h5py} serves when the PATH's python3 is another installation) and {@code h5dump}.
 */
final class H5Tools {

  private H5Tools() {}

  /** Whether {@code h5dump} (Debian's {@code hdf5-tools}) runs. */
  static boolean hasH5dump() {
    return runs("h5dump", "--version");
  }

  /** The first Python that imports h5py, or null. */
  static String pythonWithH5py() {
    List<String> candidates = new ArrayList<>();
    String chosen = System.getProperty("fovea.python");
    if (chosen != null) {
      candidates.add(chosen);
    }
    String keras = System.getenv("FOVEA_KERAS_PYTHON");
    if (keras != null && !keras.isBlank()) {
      candidates.add(keras);
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

  /**
   * Runs the golden script {@code resource} on {@code dir} and returns its output, asserting that
   * it exits with 0 and says "all checks passed".
   */
  static String check(String python, String resource, Path dir) throws Exception {
    Path script = Path.of(H5Tools.class.getResource(resource).toURI());
    Process p =
        new ProcessBuilder(python, script.toString(), dir.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    System.out.println(out);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("all checks passed");
    return out;
  }

  /**
   * A manifest entry: {@code name}, the files (role to file name), a random input of {@code
   * inputDims} and {@code model}'s predictions on it, flat.
   */
  static Map<String, Object> manifestCase(
      String name, Map<String, String> files, Sequential model, int... inputDims) {
    Tensor x = KerasWriterTest.input(inputDims);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.putAll(files);
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
