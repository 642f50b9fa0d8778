package io.fovea.saving.custom;

import io.fovea.nn.Layer;
import io.fovea.nn.LayerConfig;
import io.fovea.nn.Parameter;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * A toy layer defined outside the library, as a user would: {@code y = x * scale}, one weight
 * {@code scale [channels]} broadcast over the last axis. Input and output: {@code [batch, ...,
 * channels]}.
 */
final class ScaleLayer extends Layer {

  /** The layer's settings: the value {@code scale} starts at. */
  record Config(String name, Shape inputShape, double initial) implements LayerConfig {
    @Override
    public ScaleLayer create() {
      return new ScaleLayer(this);
    }
  }

  private final Config config;
  private Parameter scale;
  private Tensor input;

  ScaleLayer(Config config) {
    this.config = config;
    setName(config.name());
    declareInputShape(config.inputShape());
  }

  ScaleLayer(double initial) {
    this(new Config(null, null, initial));
  }

  @Override
  public Shape computeOutputShape(Shape inputShape) {
    return inputShape;
  }

  @Override
  protected void createParameters(Shape perSampleInput, Rng rng) {
    int channels = perSampleInput.dim(perSampleInput.rank() - 1);
    scale = addParameter("scale", Tensor.full((float) config.initial(), channels), true);
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    input = training ? x : null;
    float[] v = x.toArray();
    float[] s = scale.value().toArray();
    for (int i = 0; i < v.length; i++) {
      v[i] *= s[i % s.length];
    }
    return Tensor.of(v, x.shape().dims());
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    float[] g = dy.toArray();
    float[] x = input.toArray();
    float[] s = scale.value().toArray();
    float[] ds = new float[s.length];
    for (int i = 0; i < g.length; i++) {
      ds[i % s.length] += g[i] * x[i];
      g[i] *= s[i % s.length];
    }
    scale.gradient().addInPlace(Tensor.of(ds, s.length));
    return Tensor.of(g, dy.shape().dims());
  }

  @Override
  public LayerConfig config() {
    return new Config(name(), config.inputShape(), config.initial());
  }
}
