package io.fovea.saving;

import io.fovea.files.AtomicFiles;
import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.tensor.Tensor;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.lang.reflect.Array;
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
 * Writes Keras 3 files: {@code .weights.h5} (layer {@code i} with weights at {@code
 * /layers/<key>/vars/0, 1, ...}, {@code key} as in {@link V3Weights}) and {@code .keras} zips of
 * {@code metadata.json} (with the model's {@link PreprocessingJson} when it has one), {@code
 * config.json} and {@code model.weights.h5}.
 *
 * <p>jHDF's writer cannot write empty arrays or childless groups safely, so only layers with
 * weights get a group (Keras reads a missing group as no variables); the only attribute is the
 * short {@code vars@name}. Every file is written beside its target, read back with Fovea's own
 * reader and compared, then moved into place, so a failed write leaves the target untouched.
 */
final class KerasWriter {

  /** The Keras version these files claim to come from (the format Keras 3 reads). */
  static final String KERAS_VERSION = "3.15.1";

  private KerasWriter() {}

  /** Writes the weights of {@code model} to {@code file} as a Keras 3 {@code .weights.h5}. */
  static void saveWeights(Sequential model, Path file) throws IOException {
    AtomicFiles.write(
        file,
        temp -> {
          writeWeights(model, temp);
          checkWeights(model, JhdfFile.open(temp));
        });
  }

  /** Writes {@code model} (config, compile settings and weights) to a Keras 3 {@code .keras}. */
  static void save(Sequential model, Path file) throws IOException {
    Map<String, Object> config = KerasLayerConfigs.model(model);
    Map<String, Object> compile = KerasCompileConfig.of(model);
    if (compile != null) {
      config.put("compile_config", compile);
    }
    AtomicFiles.write(
        file,
        temp -> {
          byte[] h5 = weightsBytes(model, file, temp.resolveSibling(temp.getFileName() + ".h5"));
          try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
            put(zip, KerasArchive.METADATA, json(metadata(model)));
            put(zip, KerasArchive.CONFIG, json(config));
            put(zip, KerasArchive.WEIGHTS, h5);
          }
          checkArchive(model, temp);
        });
  }

  /** The checked {@code .weights.h5} bytes of {@code model}, through the file {@code weights}. */
  private static byte[] weightsBytes(Sequential model, Path file, Path weights) throws IOException {
    try {
      writeWeights(model, weights);
      byte[] h5 = Files.readAllBytes(weights);
      checkWeights(model, JhdfFile.open(h5, file + "!" + KerasArchive.WEIGHTS));
      return h5;
    } finally {
      Files.deleteIfExists(weights);
    }
  }

  private static byte[] json(Map<String, Object> value) {
    return JsonWriter.write(value).getBytes(StandardCharsets.UTF_8);
  }

  private static void writeWeights(Sequential model, Path file) {
    List<String> keys = V3Weights.keys(model);
    try (WritableHdfFile h5 = HdfFile.write(file)) {
      WritableGroup layers = null;
      for (int i = 0; i < keys.size(); i++) {
        Layer layer = model.layers().get(i);
        List<Tensor> values = layer.getWeights();
        if (values.isEmpty()) {
          continue;
        }
        if (layers == null) {
          layers = h5.putGroup("layers");
        }
        WritableGroup vars = layers.putGroup(keys.get(i)).putGroup("vars");
        vars.putAttribute("name", layer.name());
        for (int v = 0; v < values.size(); v++) {
          vars.putDataset(Integer.toString(v), nested(values.get(v)));
        }
      }
      if (layers == null) {
        // A file without groups cannot be told from a non-Keras one; Keras reads /vars as the
        // model's own (here none) variables.
        h5.putGroup("vars").putAttribute("name", model.name());
      }
    }
  }

  /** A Java array of {@code t}'s rank ({@code float[][]...}), as jHDF writes datasets. */
  static Object nested(Tensor t) {
    int[] dims = t.shape().dims();
    float[] flat = t.toArray();
    if (dims.length == 0) {
      return new float[] {flat[0]};
    }
    Object out = Array.newInstance(float.class, dims);
    fill(out, dims, 0, flat, 0);
    return out;
  }

  private static int fill(Object array, int[] dims, int axis, float[] flat, int from) {
    if (axis == dims.length - 1) {
      System.arraycopy(flat, from, array, 0, dims[axis]);
      return from + dims[axis];
    }
    for (int i = 0; i < dims[axis]; i++) {
      from = fill(Array.get(array, i), dims, axis + 1, flat, from);
    }
    return from;
  }

  private static void checkWeights(Sequential model, Hdf5 h5) throws KerasFileException {
    try (h5) {
      List<StoredLayer> stored = V3Weights.read(h5, model);
      for (int i = 0; i < stored.size(); i++) {
        Layer layer = model.layers().get(i);
        stored.get(i).requireEqual(layer.getWeights(), h5.fileName() + ": " + layer.where());
      }
    }
  }

  private static void checkArchive(Sequential model, Path zip) throws IOException {
    Sequential back = KerasModelConfig.build(KerasArchive.config(zip));
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

  private static Map<String, Object> metadata(Sequential model) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("keras_version", KERAS_VERSION);
    m.put(
        "date_saved",
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd@HH:mm:ss")));
    if (model.preprocessing() != null) {
      // Keras reads only keras_version here, so it loads the file as any other.
      m.put(PreprocessingJson.KEY, PreprocessingJson.toMap(model.preprocessing()));
    }
    return m;
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
