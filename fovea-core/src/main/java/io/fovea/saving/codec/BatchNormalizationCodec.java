package io.fovea.saving.codec;

import io.fovea.nn.BatchNormalization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code BatchNormalization}: {@code axis} (an int, or Keras 2's one-element list), {@code
 * momentum}, {@code epsilon}, {@code center}, {@code scale}, four initializers, two constraints.
 */
final class BatchNormalizationCodec implements LayerCodec<BatchNormalization.Config> {

  @Override
  public String className() {
    return "BatchNormalization";
  }

  @Override
  public Class<BatchNormalization.Config> configType() {
    return BatchNormalization.Config.class;
  }

  @Override
  public BatchNormalization.Config read(KerasConfig c) {
    Object axis = c.raw("axis");
    int a =
        axis instanceof List<?> l && l.size() == 1
            ? new KerasConfig(Map.of("axis", l.get(0)), c.where()).integer("axis", -1)
            : c.integer("axis", -1);
    BatchNormalization.Config d = BatchNormalization.Config.defaults();
    return new BatchNormalization.Config(
        null,
        null,
        a,
        c.number("momentum", 0.99),
        c.number("epsilon", 1e-3),
        c.flag("center", true),
        c.flag("scale", true),
        c.initializer("beta_initializer", d.betaInitializer()),
        c.initializer("gamma_initializer", d.gammaInitializer()),
        c.initializer("moving_mean_initializer", d.movingMeanInitializer()),
        c.initializer("moving_variance_initializer", d.movingVarianceInitializer()),
        c.constraint("beta_constraint"),
        c.constraint("gamma_constraint"));
  }

  @Override
  public Map<String, Object> write(BatchNormalization.Config d) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("axis", d.axis());
    c.put("momentum", d.momentum());
    c.put("epsilon", d.epsilon());
    c.put("center", d.center());
    c.put("scale", d.scale());
    c.put("beta_initializer", KerasObjects.write(d.betaInitializer()));
    c.put("gamma_initializer", KerasObjects.write(d.gammaInitializer()));
    c.put("moving_mean_initializer", KerasObjects.write(d.movingMeanInitializer()));
    c.put("moving_variance_initializer", KerasObjects.write(d.movingVarianceInitializer()));
    c.put("beta_regularizer", null);
    c.put("gamma_regularizer", null);
    c.put("beta_constraint", KerasObjects.write(d.betaConstraint()));
    c.put("gamma_constraint", KerasObjects.write(d.gammaConstraint()));
    return c;
  }

  /** {@code gamma} (when scaled), {@code beta} (when centred), then the two moving statistics. */
  @Override
  public List<String> weightNames(BatchNormalization.Config d) {
    List<String> names = new ArrayList<>();
    if (d.scale()) {
      names.add("gamma");
    }
    if (d.center()) {
      names.add("beta");
    }
    names.add("moving_mean");
    names.add("moving_variance");
    return names;
  }
}
