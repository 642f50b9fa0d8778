package io.fovea.saving.codec;

import io.fovea.activations.Activations;
import io.fovea.nn.Activation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keras's {@code Activation} layer: the {@code activation} name. */
final class ActivationCodec implements LayerCodec<Activation.Config> {

  @Override
  public String className() {
    return "Activation";
  }

  @Override
  public Class<Activation.Config> configType() {
    return Activation.Config.class;
  }

  @Override
  public Activation.Config read(KerasConfig c) {
    return new Activation.Config(null, null, Activations.get(c.activation("activation")));
  }

  @Override
  public Map<String, Object> write(Activation.Config d) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("activation", d.activation().name());
    return c;
  }
}
