package io.fovea.saving.keras3;

import io.fovea.files.AtomicFiles;
import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.codec.CompileConfigWriter;
import io.fovea.saving.codec.ModelConfigReader;
import io.fovea.saving.codec.ModelConfigWriter;
import io.fovea.saving.codec.StoredLayer;
import io.fovea.saving.hdf5.H5Group;
import io.fovea.saving.hdf5.H5Writer;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.saving.hdf5.JhdfFile;
import io.fovea.saving.json.JsonWriter;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Internal: writes Keras 3 files: {@code .weights.h5} and {@code .keras} zips of {@code
 * metadata.json} (with the extra entries the caller gives, Fovea's preprocessing), {@code
 * config.json} and {@code model.weights.h5}. The weights file has the tree Keras 3.15 writes for
 * the same Sequential model:
 *
 * <pre>
 * /layers/&lt;key&gt;/vars    @name = the layer's name; datasets 0, 1, ... (float32, Keras's order),
 *                        one group per layer, weightless ones too (key as in {@link Keras3Reader})
 * /optimizer/vars       when compiled: the optimizer's whole state, see {@link OptimizerVariables}
 *                        (iterations, learning_rate, then every slot of every trainable weight)
 * /vars                 @name = the model's name (no variables of its own)
 * </pre>
 *
 * Names are variable-length UTF-8 strings. Slots are written for every trainable weight, zero for
 * weights not trained yet, as Keras's {@code build} creates them, so that Keras restores them
 * without a warning. The file is written by Fovea's {@link H5Writer}, beside its target, read back
 * with Fovea's reader and compared, then moved into place, so a failed write leaves the target
 * untouched.
 */
public final class Keras3Writer {

  /** The Keras version these files claim to come from (the format Keras 3 reads). */
  public static final String KERAS_VERSION = "3.15.1";

  private Keras3Writer() {}

  /** Writes the weights of {@code model} to {@code file} as a Keras 3 {@code .weights.h5}. */
  public static void saveWeights(Sequential model, Path file) throws IOException {
    AtomicFiles.write(
        file,
        temp -> {
          H5Writer.write(temp, weightsTree(model));
          checkWeights(model, JhdfFile.open(temp));
        });
  }

  /**
   * Writes {@code model} (config, compile settings and weights) to a Keras 3 {@code .keras}, with
   * {@code extraMetadata} added to {@code metadata.json} after Keras's own entries (Keras ignores
   * them).
   */
  public static void save(Sequential model, Path file, Map<String, Object> extraMetadata)
      throws IOException {
    Map<String, Object> config = ModelConfigWriter.model(model);
    Map<String, Object> compile = CompileConfigWriter.of(model);
    if (compile != null) {
      config.put("compile_config", compile);
    }
    AtomicFiles.write(
        file,
        temp -> {
          byte[] h5 = weightsBytes(model, file, temp.resolveSibling(temp.getFileName() + ".h5"));
          try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
            put(zip, Keras3Reader.METADATA, json(metadata(extraMetadata)));
            put(zip, Keras3Reader.CONFIG, json(config));
            put(zip, Keras3Reader.WEIGHTS, h5);
          }
          checkArchive(model, temp);
        });
  }

  /** The checked {@code .weights.h5} bytes of {@code model}, through the file {@code weights}. */
  private static byte[] weightsBytes(Sequential model, Path file, Path weights) throws IOException {
    try {
      H5Writer.write(weights, weightsTree(model));
      byte[] h5 = Files.readAllBytes(weights);
      checkWeights(model, JhdfFile.open(h5, file + "!" + Keras3Reader.WEIGHTS));
      return h5;
    } finally {
      Files.deleteIfExists(weights);
    }
  }

  private static byte[] json(Map<String, Object> value) {
    return JsonWriter.write(value).getBytes(StandardCharsets.UTF_8);
  }

  /** The HDF5 tree of {@code model}'s weights, as Keras 3's {@code save_weights} lays it out. */
  static H5Group weightsTree(Sequential model) {
    H5Group root = new H5Group();
    H5Group layers = root.group("layers");
    List<String> keys = Keras3Reader.keys(model);
    for (int i = 0; i < keys.size(); i++) {
      Layer layer = model.layers().get(i);
      H5Group vars = layers.group(keys.get(i) + "/vars");
      vars.putString("name", layer.name());
      List<Tensor> values = layer.getWeights();
      for (int v = 0; v < values.size(); v++) {
        Tensor t = values.get(v);
        vars.putFloats(Integer.toString(v), t.shape().dims(), t.toArray());
      }
    }
    OptimizerVariables.write(root, model);
    root.group("vars").putString("name", model.name());
    return root;
  }

  private static void checkWeights(Sequential model, Hdf5 h5) throws KerasFileException {
    try (h5) {
      List<StoredLayer> stored = Keras3Reader.read(h5, model);
      for (int i = 0; i < stored.size(); i++) {
        Layer layer = model.layers().get(i);
        stored.get(i).requireEqual(layer.getWeights(), h5.fileName() + ": " + layer.where());
      }
      OptimizerVariables.requireWritten(h5, model);
    }
  }

  private static void checkArchive(Sequential model, Path zip) throws IOException {
    Sequential back = ModelConfigReader.build(Keras3Reader.config(zip));
    if (back.layers().size() != model.layers().size()
        || !back.outputShape().equals(model.outputShape())) {
      throw new KerasFileException(
          zip
              + ": config read back: expected "
              + model.layers().size()
              + " layers with output "
              + model.outputShape()
              + ", got "
              + back.layers().size()
              + " with output "
              + back.outputShape());
    }
  }

  private static Map<String, Object> metadata(Map<String, Object> extra) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("keras_version", KERAS_VERSION);
    m.put(
        "date_saved",
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd@HH:mm:ss")));
    // Keras reads only keras_version here, so it loads the file as any other.
    m.putAll(extra);
    return m;
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
