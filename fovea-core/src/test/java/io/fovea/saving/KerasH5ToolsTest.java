package io.fovea.saving;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fovea.model.Sequential;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
import io.fovea.saving.json.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code golden/keras3-h5/check_keras3.py} on the Keras 3 files Fovea writes ({@code
 * .weights.h5} and the {@code model.weights.h5} inside {@code .keras}): h5dump and h5py (the HDF5 C
 * library) must read every object and find exactly the tree Keras 3 writes for the same models
 * ({@code reference.json}, made by Keras with {@code make_reference.py}), and Keras, when the
 * Python has it, must load both files and predict as Fovea. Skipped when {@code h5dump} or h5py is
 * missing (Debian: {@code hdf5-tools}, {@code python3-h5py}). The Python is found by {@link
 * H5Tools#pythonWithH5py()}; point {@code -Dfovea.python} at a Keras venv for step 3).
 */
class KerasH5ToolsTest {

  @TempDir Path dir;

  @Test
  void hdf5LibraryH5pyAndKerasFindTheTreeKerasWrites() throws Exception {
    assumeTrue(H5Tools.hasH5dump(), "h5dump is not installed");
    String python = H5Tools.pythonWithH5py();
    assumeTrue(python != null, "no python (fovea.python, python3, /usr/bin/python3) imports h5py");

    Sequential sequence = KerasWriterTest.sequenceModel();
    sequence.compile("sgd", "mean_squared_error");
    List<Object> cases =
        List.of(
            writeCase("image", KerasWriterTest.imageModel(), 4, 8, 8, 3),
            writeCase("sequence", sequence, 3, 10, 2),
            writeCase(
                "weightless", new Sequential(new InputLayer(4, 4, 1), new Flatten()), 2, 4, 4, 1));
    Files.writeString(dir.resolve("manifest.json"), JsonWriter.write(Map.of("cases", cases)));

    H5Tools.check(python, "/golden/keras3-h5/check_keras3.py", dir);
  }

  private Map<String, Object> writeCase(String name, Sequential model, int... inputDims)
      throws IOException {
    Models.save(model, dir.resolve(name + ".keras"));
    Models.saveWeights(model, dir.resolve(name + ".weights.h5"));
    return H5Tools.manifestCase(
        name, Map.of("keras", name + ".keras", "weights", name + ".weights.h5"), model, inputDims);
  }
}
