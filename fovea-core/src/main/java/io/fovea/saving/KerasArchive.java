package io.fovea.saving;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The members of a Keras 3 {@code .keras} zip that Fovea reads: {@code config.json} (the model),
 * {@code model.weights.h5} (the weights, opened in memory) and {@code metadata.json} (for Fovea's
 * {@link PreprocessingJson}). {@code assets/} is not needed.
 */
final class KerasArchive {

  static final String CONFIG = "config.json";
  static final String METADATA = "metadata.json";
  static final String WEIGHTS = "model.weights.h5";

  // Far above any real config or CNN weights file, low enough to refuse a zip bomb early.
  private static final long MAX_CONFIG_BYTES = 64L << 20;
  private static final long MAX_WEIGHTS_BYTES = Integer.MAX_VALUE - 64;

  private KerasArchive() {}

  /** The parsed {@code config.json} of {@code file}. */
  static Map<String, Object> config(Path file) throws IOException {
    String text = new String(member(file, CONFIG, MAX_CONFIG_BYTES), StandardCharsets.UTF_8);
    try {
      return KerasConfig.asMap(Json.parse(text), file + "!" + CONFIG);
    } catch (IllegalArgumentException e) {
      throw new KerasFileException(file + "!" + CONFIG + ": malformed: " + e.getMessage(), e);
    }
  }

  /** The parsed {@code metadata.json} of {@code file}, or an empty map when it has none. */
  static Map<String, Object> metadata(Path file) throws IOException {
    try (ZipFile zip = open(file)) {
      if (zip.getEntry(METADATA) == null) {
        return Map.of();
      }
    }
    String text = new String(member(file, METADATA, MAX_CONFIG_BYTES), StandardCharsets.UTF_8);
    try {
      return KerasConfig.asMap(Json.parse(text), file + "!" + METADATA);
    } catch (IllegalArgumentException e) {
      throw new KerasFileException(file + "!" + METADATA + ": malformed: " + e.getMessage(), e);
    }
  }

  /** The {@code model.weights.h5} member of {@code file}, opened. */
  static Hdf5 weights(Path file) throws IOException {
    try (ZipFile zip = open(file)) {
      if (zip.getEntry(WEIGHTS) == null && zip.getEntry("model.weights.npz") != null) {
        throw new KerasFileException(
            file
                + ": expected member '"
                + WEIGHTS
                + "', got only 'model.weights.npz'; "
                + "save the model with the default h5 weights");
      }
    }
    return JhdfFile.open(member(file, WEIGHTS, MAX_WEIGHTS_BYTES), file + "!" + WEIGHTS);
  }

  private static byte[] member(Path file, String name, long limit) throws IOException {
    try (ZipFile zip = open(file)) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        throw new KerasFileException(
            file + ": expected zip member '" + name + "' (a Keras 3 .keras archive), got none");
      }
      try (InputStream in = zip.getInputStream(entry)) {
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
          throw new KerasFileException(
              file + "!" + name + ": expected at most " + limit + " bytes, got more");
        }
        return bytes;
      } catch (ZipException e) {
        throw new KerasFileException(
            file + "!" + name + ": corrupt zip member: " + e.getMessage(), e);
      }
    }
  }

  private static ZipFile open(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new KerasFileException(file + ": expected a zip archive, got " + e.getMessage(), e);
    }
  }
}
