package io.fovea.saving.codec;

import java.util.List;

/**
 * Internal: Fovea's own layer codecs, in the order {@link io.fovea.saving.LayerCodecs} lists them.
 * Public only for the table in {@code io.fovea.saving}.
 */
public final class BuiltInCodecs {

  private BuiltInCodecs() {}

  /** A new codec of every built-in layer. */
  public static List<LayerCodec<?>> all() {
    return List.of(
        new DenseCodec(),
        new ConvolutionCodecs.Conv2DCodec(),
        new ConvolutionCodecs.Conv1DCodec(),
        PoolingCodecs.max(),
        PoolingCodecs.average(),
        PoolingCodecs.globalAverage(),
        PoolingCodecs.globalMax(),
        new ReshapingCodecs.FlattenCodec(),
        new DropoutCodec(),
        new BatchNormalizationCodec(),
        new ReshapingCodecs.ZeroPaddingCodec(),
        new ActivationCodec());
  }
}
