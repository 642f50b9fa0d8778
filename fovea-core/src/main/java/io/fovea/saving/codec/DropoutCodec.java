package io.fovea.saving.codec;

import io.fovea.nn.Dropout;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keras's {@code Dropout}: {@code rate} and {@code seed}; a {@code noise_shape} is refused. */
final class DropoutCodec implements LayerCodec<Dropout.Config> {

  @Override
  public String className() {
    return "Dropout";
  }

  @Override
  public Class<Dropout.Config> configType() {
    return Dropout.Config.class;
  }

  @Override
  public Dropout.Config read(KerasConfig c) {
    if (c.has("noise_shape")) {
      throw new IllegalArgumentException(
          c.where() + ": expected noise_shape null, got " + c.raw("noise_shape"));
    }
    Object seed = c.raw("seed");
    Long s = seed instanceof Number n ? n.longValue() : null;
    return new Dropout.Config(null, null, c.number("rate", 0), s);
  }

  @Override
  public Map<String, Object> write(Dropout.Config d) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("rate", d.rate());
    c.put("seed", d.seed());
    c.put("noise_shape", null);
    return c;
  }
}
