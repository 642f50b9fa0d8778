package io.fovea.saving;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fovea.model.Sequential;
import io.fovea.saving.json.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code golden/keras-legacy/check_h5.py} on legacy files Fovea writes: h5dump and h5py (the
 * HDF5 C library) must read every object and find the tree and types tf.keras writes, and Keras,
 * when the Python has it, must load them and predict as Fovea. Skipped when {@code h5dump} or h5py
 * is missing (Debian: {@code hdf5-tools}, {@code python3-h5py}), as on CI. The Python is found by
 * {@link H5Tools#pythonWithH5py()}; point {@code -Dfovea.python} at a Keras venv for step 3).
 */
class LegacyH5ToolsTest {

  @TempDir Path dir;

  @Test
  void hdf5LibraryH5pyAndKerasReadWhatFoveaWrites() throws Exception {
    assumeTrue(H5Tools.hasH5dump(), "h5dump is not installed");
    String python = H5Tools.pythonWithH5py();
    assumeTrue(python != null, "no python (fovea.python, python3, /usr/bin/python3) imports h5py");

    Sequential big = LegacyWriterTest.longNamedModel(150);
    KerasWriterTest.randomize(big, 17);
    List<Object> cases =
        List.of(
            writeCase("image", KerasWriterTest.imageModel(), 4, 8, 8, 3),
            writeCase("long_names", big, 3, 4, 4, 2));
    Files.writeString(dir.resolve("manifest.json"), JsonWriter.write(Map.of("cases", cases)));

    H5Tools.check(python, "/golden/keras-legacy/check_h5.py", dir);
  }

  private Map<String, Object> writeCase(String name, Sequential model, int... inputDims)
      throws IOException {
    Models.saveLegacy(model, dir.resolve(name + ".h5"));
    Models.saveLegacyWeights(model, dir.resolve(name + "-weights.h5"));
    return H5Tools.manifestCase(
        name, Map.of("model", name + ".h5", "weights", name + "-weights.h5"), model, inputDims);
  }
}
