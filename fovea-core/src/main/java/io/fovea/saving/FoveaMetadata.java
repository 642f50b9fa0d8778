package io.fovea.saving;

import io.fovea.model.Sequential;
import java.util.Map;

/**
 * What Fovea stores beside Keras's own entries (a {@code .keras}'s {@code metadata.json}, a legacy
 * {@code .h5}'s root attributes): the model's {@link PreprocessingJson} when it has one. The
 * writers take it as a plain map, so that they need not know it.
 */
final class FoveaMetadata {

  private FoveaMetadata() {}

  /** {@code {"fovea_preprocessing": {...}}}, or an empty map. */
  static Map<String, Object> of(Sequential model) {
    return model.preprocessing() == null
        ? Map.of()
        : Map.of(PreprocessingJson.KEY, PreprocessingJson.toMap(model.preprocessing()));
  }
}
