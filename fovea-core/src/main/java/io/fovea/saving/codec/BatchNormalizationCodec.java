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
    BatchNormalization.Statistics statistics =
        new BatchNormalization.Statistics(
            a,
            c.number("momentum", 0.99),
            c.number("epsilon", 1e-3),
            c.initializer("moving_mean_initializer", d.statistics().movingMeanInitializer()),
            c.initializer(
                "moving_variance_initializer", d.statistics().movingVarianceInitializer()));
    boolean center = c.flag("center", true);
    boolean scale = c.flag("scale", true);
    BatchNormalization.Affine beta =
        new BatchNormalization.Affine(
            center,
            c.initializer("beta_initializer", d.beta().initializer()),
            c.constraint("beta_constraint"));
    BatchNormalization.Affine gamma =
        new BatchNormalization.Affine(
            scale,
            c.initializer("gamma_initializer", d.gamma().initializer()),
            c.constraint("gamma_constraint"));
    return new BatchNormalization.Config(null, null, statistics, gamma, beta);
  }

  @Override
  public Map<String, Object> write(BatchNormalization.Config d) {
    Map<String, Object> c = new LinkedHashMap<>();
    BatchNormalization.Statistics s = d.statistics();
    c.put("axis", s.axis());
    c.put("momentum", s.momentum());
    c.put("epsilon", s.epsilon());
    c.put("center", d.beta().enabled());
    c.put("scale", d.gamma().enabled());
    c.put("beta_initializer", KerasObjects.write(d.beta().initializer()));
    c.put("gamma_initializer", KerasObjects.write(d.gamma().initializer()));
    c.put("moving_mean_initializer", KerasObjects.write(s.movingMeanInitializer()));
    c.put("moving_variance_initializer", KerasObjects.write(s.movingVarianceInitializer()));
    c.put("beta_regularizer", null);
    c.put("gamma_regularizer", null);
    c.put("beta_constraint", KerasObjects.write(d.beta().constraint()));
    c.put("gamma_constraint", KerasObjects.write(d.gamma().constraint()));
    return c;
  }

  /** {@code gamma} (when scaled), {@code beta} (when centred), then the two moving statistics. */
  @Override
  public List<String> weightNames(BatchNormalization.Config d) {
    List<String> names = new ArrayList<>();
    if (d.gamma().enabled()) {
      names.add("gamma");
    }
    if (d.beta().enabled()) {
      names.add("beta");
    }
    names.add("moving_mean");
    names.add("moving_variance");
    return names;
  }
}
