package io.fovea.saving.codec;

import io.fovea.initializers.Initializers;
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
    return new Dense.Config(
        null,
        null,
        c.integer("units", 0),
        c.activation("activation"),
        c.flag("use_bias", true),
        c.initializer("kernel_initializer", Initializers.glorotUniform()),
        c.initializer("bias_initializer", Initializers.get("zeros")),
        c.constraint("kernel_constraint"),
        c.constraint("bias_constraint"));
  }

  @Override
  public Map<String, Object> write(Dense.Config d) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("units", d.units());
    c.put("activation", d.activation());
    KerasArgs.weights(c, d.useBias(), d.kernelInitializer(), d.biasInitializer());
    KerasArgs.constraints(c, d.kernelConstraint(), d.biasConstraint());
    return c;
  }

  @Override
  public List<String> weightNames(Dense.Config d) {
    return d.useBias() ? List.of("kernel", "bias") : List.of("kernel");
  }
}
