package io.fovea.saving.codec;

import java.util.List;

/** Fovea's own layer codecs, in the order {@link LayerCodecs} lists them. */
final class BuiltInCodecs {

  private BuiltInCodecs() {}

  /** A new codec of every built-in layer. */
  static List<LayerCodec<?>> all() {
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
