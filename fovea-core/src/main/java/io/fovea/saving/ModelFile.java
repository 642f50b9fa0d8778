package io.fovea.saving;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of model file {@link Models} reads and writes, told apart by the file's name (case
 * aside) as Keras 3 tells them: the one place where a name becomes a format.
 *
 * <ul>
 *   <li>{@code *.keras}: a whole model ({@link #KERAS}); weights are read from one, never written
 *       to one ({@link #forLoadingWeights});
 *   <li>{@code *.weights.h5}: Keras 3 weights ({@link #WEIGHTS_H5});
 *   <li>any other {@code *.h5} or {@code *.hdf5}: a legacy whole model ({@link #LEGACY_H5}) or
 *       legacy weights ({@link #LEGACY_WEIGHTS_H5}), as the call says;
 *   <li>{@code *.fovea}: Fovea's own weights ({@link #FOVEA_WEIGHTS}).
 * </ul>
 *
 * Any other name is refused with an {@link IllegalArgumentException} naming the file and the
 * accepted extensions. A {@code .h5} name is the legacy format of Keras 2 / tf.keras, as {@code
 * model.save("x.h5")} and {@code model.save_weights("x.h5")} write it.
 */
public enum ModelFile {
  /** A Keras 3 {@code .keras} zip archive: config, weights, compile settings, optimizer state. */
  KERAS,
  /** A legacy Keras HDF5 whole model ({@code model.save("x.h5")}). */
  LEGACY_H5,
  /** Keras 3 weights ({@code model.save_weights("x.weights.h5")}). */
  WEIGHTS_H5,
  /** Legacy Keras HDF5 weights ({@code model.save_weights("x.h5")} in tf.keras 2.x). */
  LEGACY_WEIGHTS_H5,
  /** Fovea's own weights file ({@code .fovea}); see {@code io.fovea.saving.fovea}. */
  FOVEA_WEIGHTS;

  /**
   * The whole-model kind {@code file}'s name says ({@code .keras}, or a legacy {@code .h5} / {@code
   * .hdf5} that is not {@code .weights.h5}), or empty for any other name.
   */
  public static Optional<ModelFile> ofModel(Path file) {
    String name = lowerCaseName(file);
    if (name.endsWith(".keras")) {
      return Optional.of(KERAS);
    }
    if (isHdf5(name) && !name.endsWith(".weights.h5")) {
      return Optional.of(LEGACY_H5);
    }
    return Optional.empty();
  }

  /**
   * The whole-model kind {@code file}'s name says, for {@link Models#save}.
   *
   * @throws IllegalArgumentException for any name but {@code .keras}, {@code .h5}, {@code .hdf5}
   */
  public static ModelFile forModel(Path file) {
    return ofModel(file)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "save: expected a .keras (or legacy .h5) file name, got "
                        + file
                        + ". Use saveWeights for weights only"));
  }

  /**
   * The weights kind {@code file}'s name says, for {@link Models#saveWeights}.
   *
   * @throws IllegalArgumentException for a {@code .keras} name (a whole model) or a name that is
   *     not {@code .weights.h5}, {@code .h5}, {@code .hdf5} or {@code .fovea}
   */
  public static ModelFile forWeights(Path file) {
    String name = lowerCaseName(file);
    if (name.endsWith(".weights.h5")) {
      return WEIGHTS_H5;
    }
    if (isHdf5(name)) {
      return LEGACY_WEIGHTS_H5;
    }
    if (name.endsWith(".fovea")) {
      return FOVEA_WEIGHTS;
    }
    if (name.endsWith(".keras")) {
      throw new IllegalArgumentException(
          "weights file "
              + file
              + ": expected a weights file name (.weights.h5 or .h5 for Keras, another "
              + "extension such as .fovea for Fovea's own format), got a .keras name that no"
              + " format handles here. A whole model goes to .keras with save(path)");
    }
    throw new IllegalArgumentException(
        "weights file "
            + file
            + ": expected a name ending in .weights.h5 (Keras 3), .h5 or .hdf5 (legacy Keras)"
            + " or .fovea (Fovea's own format), got '"
            + file.getFileName()
            + "'");
  }

  /**
   * The kind of file {@link Models#loadWeights} reads weights from: a weights file as {@link
   * #forWeights} names it, or a {@code .keras} archive, whose weights are read as Keras 3's {@code
   * load_weights} reads them.
   *
   * @throws IllegalArgumentException for another name, naming the accepted extensions
   */
  public static ModelFile forLoadingWeights(Path file) {
    String name = lowerCaseName(file);
    if (name.endsWith(".keras")) {
      return KERAS;
    }
    if (name.endsWith(".weights.h5") || isHdf5(name) || name.endsWith(".fovea")) {
      return forWeights(file);
    }
    throw new IllegalArgumentException(
        "weights file "
            + file
            + ": expected a name ending in .weights.h5 or .keras (Keras 3), .h5 or .hdf5"
            + " (legacy Keras) or .fovea (Fovea's own format), got '"
            + file.getFileName()
            + "'");
  }

  private static boolean isHdf5(String name) {
    return name.endsWith(".h5") || name.endsWith(".hdf5");
  }

  private static String lowerCaseName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
