package io.fovea.saving;

import io.fovea.model.Sequential;
import io.fovea.saving.codec.CompileConfigReader;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.codec.ModelConfigReader;
import io.fovea.saving.codec.StoredLayer;
import io.fovea.saving.codec.WeightAssignment;
import io.fovea.saving.fovea.FoveaWeights;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.saving.hdf5.JhdfFile;
import io.fovea.saving.json.Json;
import io.fovea.saving.keras3.Keras3Reader;
import io.fovea.saving.keras3.Keras3Writer;
import io.fovea.saving.legacy.LegacyReader;
import io.fovea.saving.legacy.LegacyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one door to model files, as Keras 3's {@code keras.saving.save_model} / {@code load_model}
 * and {@code model.save_weights} / {@code load_weights}: {@link #save}, {@link #load}, {@link
 * #saveWeights}, {@link #loadWeights}. Writing, the file's name decides the format ({@link
 * ModelFile}: {@code .keras}, {@code .weights.h5}, legacy {@code .h5} / {@code .hdf5}, Fovea's
 * {@code .fovea} weights). Reading Keras's files, their content tells the four Keras families
 * apart, as a renamed file keeps it: legacy HDF5 whole models ({@code model.save("x.h5")}, Keras 2,
 * tf.keras and Keras 3) and weights ({@code save_weights("x.h5")}), Keras 3 {@code .keras} zip
 * archives (also tf.keras 2.13-2.15's) and Keras 3 {@code .weights.h5}.
 *
 * <pre>{@code
 * Models.save(model, Path.of("cnn.keras"));
 * Sequential model = Models.load(Path.of("cifar10_model.keras"));
 * Models.loadWeights(myModel, Path.of("weights.h5"));
 * }</pre>
 *
 * Only configs are read, never code: a {@code Lambda} layer, a custom class or a subclassed model
 * is refused with a {@link KerasFileException} naming it.
 */
public final class Models {

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] HDF5_MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

  private Models() {}

  /**
   * The model saved in {@code file} (architecture and weights), compiled as it was when Keras
   * stored compile settings Fovea supports, with its {@link Sequential#preprocessing()} when Fovea
   * saved one. The optimizer state of a {@code .keras} (iterations, learning rate, moments) is
   * restored into the compiled model's optimizer, so that training goes on where it stopped; as in
   * Keras, a state whose variable count differs from the optimizer's is skipped with a logged
   * warning ({@link Keras3Reader#restoreOptimizer}).
   *
   * @throws KerasFileException naming the file and the object inside for anything it cannot read
   */
  public static Sequential load(Path file) throws IOException {
    if (isZip(file)) {
      Map<String, Object> config = Keras3Reader.config(file);
      Sequential model = build(config, file + "!" + Keras3Reader.CONFIG);
      if (config.get("compile_config") instanceof Map<?, ?> c) {
        CompileConfigReader.restore(model, KerasConfig.asMap(c, "compile_config"));
      }
      try (Hdf5 h5 = Keras3Reader.weights(file, model)) {
        WeightAssignment.byPosition(model, Keras3Reader.read(h5, model), h5.fileName());
        Keras3Reader.restoreOptimizer(h5, model);
      }
      Object stored = Keras3Reader.metadata(file).get(PreprocessingJson.KEY);
      if (stored != null) {
        model.preprocessing(
            PreprocessingJson.fromMap(
                stored, file + "!" + Keras3Reader.METADATA + ": " + PreprocessingJson.KEY));
      }
      return model;
    }
    try (Hdf5 h5 = openHdf5(file)) {
      String json =
          h5.string("/", "model_config")
              .orElseThrow(
                  () ->
                      new KerasFileException(
                          file
                              + ": /@model_config: expected a whole-model file (model.save), got "
                              + "no model config; for a weights file build the model and call "
                              + "Models.loadWeights"));
      Sequential model = build(parse(json, file + ": /@model_config"), file + ": /@model_config");
      List<StoredLayer> stored = LegacyReader.read(h5, LegacyReader.weightsGroup(h5));
      WeightAssignment.byOrder(model, stored, file.toString());
      Optional<String> training = h5.string("/", "training_config");
      if (training.isPresent()) {
        CompileConfigReader.restore(model, parse(training.get(), file + ": /@training_config"));
      }
      Optional<String> preprocessing = h5.string("/", PreprocessingJson.KEY);
      if (preprocessing.isPresent()) {
        model.preprocessing(
            PreprocessingJson.parse(preprocessing.get(), file + ": /@" + PreprocessingJson.KEY));
      }
      return model;
    }
  }

  /**
   * The model a Keras model config describes, as Keras's {@code model.to_json()} writes it (a
   * {@code Sequential}, or a {@code Functional} model whose layers form a chain), built with
   * freshly initialised weights and not compiled: {@code keras.models.model_from_json}.
   *
   * @throws KerasFileException for malformed JSON or a config Fovea cannot build, naming the layer
   */
  public static Sequential fromJson(String json) throws KerasFileException {
    return build(parse(json, "model JSON"), "model JSON");
  }

  /**
   * The model of the Keras config file {@code file} ({@code model.to_json()} saved as text), as
   * {@link #fromJson}; errors name the file.
   */
  public static Sequential fromConfig(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    return build(parse(json, file.toString()), file.toString());
  }

  /**
   * Loads weights into {@code model} (built, with the architecture they were saved from), as Keras
   * 3's {@code model.load_weights}: from a Keras 3 {@code .weights.h5}, a legacy {@code .h5} /
   * {@code .hdf5} (weights or whole model) or a {@code .keras} archive, by Keras's order-based
   * matching, or from Fovea's own {@code .fovea} (see {@link ModelFile}). On any error the model is
   * unchanged. An optimizer state in the file is not read: {@link #load} restores it with the model
   * it belongs to.
   *
   * @throws IllegalArgumentException for a file name of none of these kinds
   * @throws KerasFileException naming the layer, the weight and both shapes on a mismatch
   */
  public static void loadWeights(Sequential model, Path file) throws IOException {
    ModelFile kind = ModelFile.forLoadingWeights(file);
    requireBuilt(model, "load " + file + " into");
    if (kind == ModelFile.FOVEA_WEIGHTS) {
      FoveaWeights.load(model, file);
      return;
    }
    // Keras's own files are told apart by their content, which a renamed file keeps.
    try (Hdf5 h5 = isZip(file) ? Keras3Reader.weights(file, model) : openHdf5(file)) {
      if (Keras3Reader.isV3(h5)) {
        WeightAssignment.byPosition(model, Keras3Reader.read(h5, model), h5.fileName());
      } else if (LegacyReader.isLegacy(h5)) {
        List<StoredLayer> stored = LegacyReader.read(h5, LegacyReader.weightsGroup(h5));
        WeightAssignment.byOrder(model, stored, h5.fileName());
      } else {
        throw new KerasFileException(
            h5.fileName()
                + ": /: expected Keras weights ('layer_names', 'model_weights' or "
                + "'layers'), got "
                + h5.children("/"));
      }
    }
  }

  /**
   * Loads weights from a legacy {@code .h5} into the layers of {@code model} that have the same
   * names (Keras's {@code by_name=True}); other layers keep their weights.
   *
   * @throws KerasFileException for a Keras 3 file (whose layers are not stored by name) or a
   *     mismatch, naming the layer and both shapes
   */
  public static void loadWeightsByName(Sequential model, Path file) throws IOException {
    requireBuilt(model, "load " + file + " into");
    try (Hdf5 h5 = isZip(file) ? Keras3Reader.weights(file, model) : openHdf5(file)) {
      if (!LegacyReader.isLegacy(h5)) {
        throw new KerasFileException(
            h5.fileName()
                + ": expected a legacy .h5 file (layers stored by name), got a Keras 3 "
                + "weights tree; use loadWeights");
      }
      WeightAssignment.byName(
          model, LegacyReader.read(h5, LegacyReader.weightsGroup(h5)), h5.fileName());
    }
  }

  /**
   * The layer names a legacy Keras {@code .h5} file (weights or whole model) lists in its {@code
   * layer_names} attribute, in model order; Keras's published application weights are told apart by
   * them (VGG16's {@code _notop} file has no {@code fc1}).
   *
   * @throws KerasFileException for a file that is not a legacy Keras {@code .h5}
   */
  public static List<String> legacyLayerNames(Path file) throws IOException {
    if (isZip(file)) {
      throw new KerasFileException(
          file + ": expected a legacy .h5 file (layer_names), got a .keras zip archive");
    }
    try (Hdf5 h5 = openHdf5(file)) {
      if (!LegacyReader.isLegacy(h5)) {
        throw new KerasFileException(
            file
                + ": expected a legacy .h5 file (root attribute 'layer_names' or group"
                + " 'model_weights'), got "
                + h5.children("/"));
      }
      String group = LegacyReader.weightsGroup(h5);
      return LegacyReader.namesAttribute(h5, group, "layer_names")
          .orElseThrow(
              () ->
                  new KerasFileException(
                      file + ": " + group + ": expected attribute 'layer_names', got none"));
    }
  }

  /**
   * Saves {@code model} (built, of the layer types Keras has) as Keras 3's {@code
   * keras.saving.save_model} does, in the format the name says ({@link ModelFile#forModel}): a
   * {@code .keras} archive ({@code config.json} with, when compiled, {@code compile_config}; {@code
   * metadata.json} with the model's preprocessing, which Keras ignores; {@code model.weights.h5}
   * with the weights and, when compiled, the optimizer's iterations, learning rate and slots, which
   * Keras restores without warning), or for a {@code .h5} / {@code .hdf5} name the legacy HDF5 file
   * of {@link #saveLegacy}. The file is written beside {@code file}, checked by reading it back,
   * then moved into place.
   *
   * @throws IllegalArgumentException for another file name, or a layer Keras has no class for
   */
  public static void save(Sequential model, Path file) throws IOException {
    ModelFile kind = ModelFile.forModel(file);
    requireBuilt(model, "save as " + file);
    if (kind == ModelFile.KERAS) {
      Keras3Writer.save(model, file, FoveaMetadata.of(model));
    } else {
      LegacyWriter.save(model, file, FoveaMetadata.of(model));
    }
  }

  /**
   * Saves the weights of {@code model} (built), as Keras 3's {@code model.save_weights}, in the
   * format the name says ({@link ModelFile#forWeights}): Keras 3 weights for {@code *.weights.h5}
   * (with the optimizer's state too when the model is compiled, as Keras writes it), legacy Keras
   * weights for another {@code .h5} / {@code .hdf5} name ({@link #saveLegacyWeights}), Fovea's own
   * format for {@code .fovea}. Keras 3's and tf.keras's {@code model.load_weights} read the Keras
   * ones into the same architecture. Written atomically; Keras files are checked as {@link #save}.
   *
   * @throws IllegalArgumentException for a {@code .keras} or another name
   */
  public static void saveWeights(Sequential model, Path file) throws IOException {
    ModelFile kind = ModelFile.forWeights(file);
    requireBuilt(model, "save its weights in " + file);
    switch (kind) {
      case WEIGHTS_H5 -> Keras3Writer.saveWeights(model, file);
      case LEGACY_WEIGHTS_H5 -> LegacyWriter.saveWeights(model, file);
      default -> FoveaWeights.save(model, file);
    }
  }

  /**
   * Saves {@code model} (built) as a legacy Keras HDF5 file, as tf.keras 2.x's {@code
   * model.save("x.h5")}: root {@code @keras_version}, {@code @backend}, {@code @model_config} (the
   * Keras 2 spelling of the config), {@code @training_config} when compiled, and the weights under
   * {@code /model_weights}. Keras 3's and tf.keras's {@code load_model} open it. Every layer is
   * listed in {@code layer_names} with its group, weightless ones with an empty {@code
   * weight_names}, as Keras writes (see {@link LegacyWriter}); configs of any size fit. Fovea's {@code
   * @fovea_preprocessing} (JSON) is added when the model has a {@link Sequential#preprocessing()}. Written
   * atomically and checked by reading it back.
   *
   * @throws IllegalArgumentException for a layer Keras has no class for or a model without weights
   */
  public static void saveLegacy(Sequential model, Path file) throws IOException {
    requireBuilt(model, "save as " + file);
    LegacyWriter.save(model, file, FoveaMetadata.of(model));
  }

  /**
   * Saves the weights of {@code model} (built) as a legacy Keras HDF5 weights file, as tf.keras
   * 2.x's {@code save_weights("x.h5")}: root {@code @layer_names}, {@code @backend}, {@code
   * @keras_version} and a group per layer. Keras 3's and tf.keras's {@code
   * model.load_weights} read it into the same architecture. Written atomically and checked.
   *
   * @throws IllegalArgumentException for a model without weights
   */
  public static void saveLegacyWeights(Sequential model, Path file) throws IOException {
    requireBuilt(model, "save its weights in " + file);
    LegacyWriter.saveWeights(model, file);
  }

  /**
   * The weights of {@code model} that hold a NaN or an infinity, as {@code "layer/weight"} (Keras's
   * names, e.g. {@code "dense_1/kernel"}), in layer order; empty when all are finite or the model
   * is not built. A file saved from a diverged run loads without error, and this is how a caller
   * finds out before its predictions come out NaN.
   */
  public static List<String> nonFiniteWeights(Sequential model) {
    if (model == null) {
      throw new IllegalArgumentException("nonFiniteWeights: expected a model, got null");
    }
    List<String> found = new java.util.ArrayList<>();
    if (!model.built()) {
      return found;
    }
    for (io.fovea.nn.Layer layer : model.layers()) {
      for (io.fovea.nn.Parameter p : layer.parameters()) {
        io.fovea.tensor.Tensor v = p.value();
        // max and min are NaN when any value is NaN, and infinite when one is.
        if (v.size() > 0 && !(Float.isFinite(v.max()) && Float.isFinite(v.min()))) {
          found.add(layer.name() + "/" + p.name());
        }
      }
    }
    return found;
  }

  private static Sequential build(Map<String, Object> config, String where)
      throws KerasFileException {
    try {
      return ModelConfigReader.build(config);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      throw new KerasFileException(where + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> parse(String json, String where) throws KerasFileException {
    try {
      return KerasConfig.asMap(Json.parse(json), where);
    } catch (IllegalArgumentException e) {
      throw new KerasFileException(where + ": malformed JSON: " + e.getMessage(), e);
    }
  }

  /** Checks that {@code model} is built (has weights) for what it is about {@code to} do. */
  private static void requireBuilt(Sequential model, String to) {
    if (!model.built()) {
      throw new IllegalStateException(
          model.name() + ": expected a built model to " + to + "; give it an input shape first");
    }
  }

  private static Hdf5 openHdf5(Path file) throws IOException {
    byte[] head = head(file);
    if (!Arrays.equals(head, HDF5_MAGIC)) {
      // HDF5 may also start after a user block of 512, 1024, ... bytes; jHDF finds it.
      if (head.length < HDF5_MAGIC.length) {
        throw new KerasFileException(
            file
                + ": expected a Keras .h5 (HDF5) or .keras (zip) file, got "
                + head.length
                + " bytes");
      }
    }
    return JhdfFile.open(file);
  }

  private static boolean isZip(Path file) throws IOException {
    byte[] head = head(file);
    return head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), ZIP_MAGIC);
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HDF5_MAGIC.length);
    }
  }
}
