package io.fovea.nn;

import io.fovea.tensor.Shape;

/**
 * A layer whose settings are one immutable {@code Config} record: each fluent setter makes the next
 * record with a wither and hands it to {@link #update}, which refuses once the layer is built,
 * checks the record and adopts it. The concrete layer only says what a valid record is ({@link
 * #check}); {@code name}, {@code inputShape} and {@code config()} work the same for all.
 *
 * <p>Not a new concept: it is the part of {@link Layer} that depends on the type of the record,
 * kept out of {@code Layer} so that a layer written outside this package (a custom layer with its
 * own codec) need not carry it. Every built-in layer extends it; those with a kernel and a bias go
 * through {@link WeightedLayer}.
 *
 * @param <C> the layer's {@code Config} record
 * @param <L> the layer itself, so that setters return the concrete type
 */
abstract class ConfiguredLayer<
        C extends ConfiguredLayer.Settings<C>, L extends ConfiguredLayer<C, L>>
    extends Layer {

  /** The withers every {@code Config} record of such a layer has. */
  interface Settings<C> extends LayerConfig {
    Shape inputShape();

    C withName(String value);

    C withInputShape(Shape value);
  }

  private C config;

  ConfiguredLayer(C config) {
    adopt(config);
  }

  /**
   * Throws {@code IllegalArgumentException} naming the layer when {@code next} is not a valid
   * configuration; called before it replaces the current one.
   */
  abstract void check(C next);

  /** The current configuration (its name may lag behind {@link #name()}). */
  final C settings() {
    return config;
  }

  /** Refuses once built, then checks and adopts {@code next}; {@code setter} is for messages. */
  final L update(String setter, C next) {
    requireUnbuilt(setter);
    adopt(next);
    @SuppressWarnings("unchecked") // L is the concrete class by the type's contract
    L self = (L) this;
    return self;
  }

  private void adopt(C next) {
    check(next);
    setName(next.name());
    declareInputShape(next.inputShape());
    this.config = next;
  }

  @Override
  public L name(String value) {
    return update("name", config.withName(value));
  }

  @Override
  public L inputShape(int... dims) {
    return update("inputShape", config.withInputShape(dims == null ? null : Shape.of(dims)));
  }

  @Override
  public C config() {
    return config.withName(name());
  }
}
