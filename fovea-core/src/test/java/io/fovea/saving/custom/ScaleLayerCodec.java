package io.fovea.saving.custom;

import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.codec.LayerCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Keras config of {@link ScaleLayer}: {@code {"initial": 1.5}}, one weight {@code scale}. */
class ScaleLayerCodec implements LayerCodec<ScaleLayer.Config> {

  @Override
  public String className() {
    return "ScaleLayer";
  }

  @Override
  public Class<ScaleLayer.Config> configType() {
    return ScaleLayer.Config.class;
  }

  @Override
  public ScaleLayer.Config read(KerasConfig config) {
    return new ScaleLayer.Config(null, null, config.number("initial", 1));
  }

  @Override
  public Map<String, Object> write(ScaleLayer.Config config) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("initial", config.initial());
    return c;
  }

  @Override
  public List<String> weightNames(ScaleLayer.Config config) {
    return List.of("scale");
  }
}
