package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RMSprop, Keras's {@code RMSprop}: gradient steps divided by a running root mean square of the
 * gradient.
 *
 * <p>{@code v = rho v + (1 - rho) g^2}; {@code increment = lr g / sqrt(v + epsilon)} (Keras puts
 * {@code epsilon} inside the root). Centered: {@code a = rho a + (1 - rho) g} and the root is of
 * {@code v - a^2 + epsilon}. With momentum {@code mu > 0}: {@code s = mu s + increment}, {@code w
 * -= s}; else {@code w -= increment}. Defaults as Keras: {@code learningRate = 0.001}, {@code rho =
 * 0.9}, {@code momentum = 0}, {@code epsilon = 1e-7}, {@code centered = false}.
 *
 * <p>Slots: the velocity {@code v}, then {@code s} when {@code momentum > 0}, then {@code a} when
 * centered, each of the parameter's shape (Keras's {@code velocity}, {@code momentum}, {@code
 * average_gradient}). Reference: Hinton, Neural Networks for Machine Learning, lecture 6e (2012).
 */
public final class RMSprop extends Optimizer {

  private final double rho;
  private final double momentum;
  private final double epsilon;
  private final boolean centered;

  /** Keras's defaults. */
  public RMSprop() {
    this(0.001);
  }

  /** Keras's defaults with this learning rate. */
  public RMSprop(double learningRate) {
    this(learningRate, 0.9);
  }

  /** RMSprop with the discount {@code rho} in {@code [0, 1)}. */
  public RMSprop(double learningRate, double rho) {
    this(learningRate, rho, 0, 1e-7, false);
  }

  /** RMSprop with every Keras hyperparameter; {@code momentum} in {@code [0, 1]}. */
  public RMSprop(
      double learningRate, double rho, double momentum, double epsilon, boolean centered) {
    super((float) learningRate);
    this.rho = checkRange("rho", rho, 0, 1, false);
    this.momentum = checkRange("momentum", momentum, 0, 1, true);
    this.epsilon = checkNonNegative("epsilon", epsilon);
    this.centered = centered;
  }

  @Override
  public String name() {
    return "rmsprop";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> config = super.config();
    config.put("rho", rho);
    config.put("momentum", momentum);
    config.put("epsilon", epsilon);
    config.put("centered", centered);
    return config;
  }

  @Override
  protected List<List<String>> slotNames() {
    List<List<String>> names = new ArrayList<>();
    names.add(List.of("velocity"));
    if (momentum > 0) {
      names.add(List.of("momentum"));
    }
    if (centered) {
      names.add(List.of("average_gradient"));
    }
    return names;
  }

  @Override
  protected void update(Parameter p, Tensor[] slots, long step) {
    float[] w = p.value().data();
    int wo = p.value().offset();
    float[] g = p.gradient().data();
    int go = p.gradient().offset();
    float[] v = slots[0].data();
    float[] s = momentum > 0 ? slots[1].data() : null;
    float[] a = centered ? slots[slots.length - 1].data() : null;
    float lr = learningRate();
    float r = (float) rho;
    float c = (float) (1 - rho);
    float mu = (float) momentum;
    float eps = (float) epsilon;
    int n = p.size();
    for (int i = 0; i < n; i++) {
      float gi = g[go + i];
      v[i] = r * v[i] + c * gi * gi;
      float denominator = v[i] + eps;
      if (a != null) {
        a[i] = r * a[i] + c * gi;
        denominator -= a[i] * a[i];
      }
      float increment = lr * gi / (float) Math.sqrt(denominator);
      if (s != null) {
        s[i] = mu * s[i] + increment;
        increment = s[i];
      }
      w[wo + i] -= increment;
    }
  }
}
