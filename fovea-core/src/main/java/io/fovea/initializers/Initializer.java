package io.fovea.initializers;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.Map;

/**
 * Fills a new weight tensor, as a Keras initializer does; the values depend only on the shape and
 * the {@link Rng}, drawn in row-major order. Get one by Keras name with {@link Initializers#get}.
 *
 * <p>Implementations are records: equal settings give equal initializers, so layer configurations
 * compare by value.
 */
public interface Initializer {

  /** The Keras name, e.g. {@code "glorot_uniform"}. */
  String name();

  /** The Keras class name, e.g. {@code "GlorotUniform"}. */
  String className();

  /** The Keras configuration (argument name to value), e.g. {@code {stddev=0.05, mean=0.0}}. */
  Map<String, Object> config();

  /** Overwrites every value of {@code w}, whose shape gives the fans. */
  void fill(Tensor w, Rng rng);

  /** A new tensor of {@code shape} filled by {@link #fill}. */
  default Tensor create(Shape shape, Rng rng) {
    Tensor w = Tensor.zeros(shape);
    fill(w, rng);
    return w;
  }
}
