package io.fovea.saving.codec;

import io.fovea.nn.Dense;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keras's {@code Dense}: {@code units}, {@code activation}, kernel and bias settings. */
final class DenseCodec implements LayerCodec<Dense.Config> {

  @Override
  public String className() {
    return "Dense";
  }

  @Override
  public Class<Dense.Config> configType() {
    return Dense.Config.class;
  }

  @Override
  public Dense.Config read(KerasConfig c) {
    return new Dense.Config(null, null, c.integer("units", 0), KerasArgs.weights(c));
  }

  @Override
  public Map<String, Object> write(Dense.Config d) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("units", d.units());
    KerasArgs.weights(c, d.weights());
    return c;
  }

  @Override
  public List<String> weightNames(Dense.Config d) {
    return KerasArgs.weightNames(d.weights());
  }
}
