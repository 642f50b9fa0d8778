package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreprocessingJsonTest {

  @TempDir Path dir;

  private static Sequential model(Preprocessing p) {
    Sequential m =
        new Sequential()
            .seed(3)
            .add(new Conv2D(2, 3).activation("relu").inputShape(6, 6, 1))
            .add(new Flatten())
            .add(new Dense(3, "softmax"));
    return m.preprocessing(p);
  }

  private static final Preprocessing GRAY =
      Preprocessing.scaleTo(-1, 1)
          .withImages("grayscale", 6, 6)
          .withClassNames(List.of("cat", "dog", "quote \" and / slash"));

  @Test
  void travelsWithAKerasArchive() throws Exception {
    Path file = dir.resolve("m.keras");
    Models.save(model(GRAY), file);
    Sequential back = Models.load(file);
    assertThat(back.preprocessing()).isEqualTo(GRAY);
    assertThat(back.preprocessing().scale()).isEqualTo(2.0 / 255);
    assertThat(back.preprocessing().offset()).isEqualTo(-1.0);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String metadata =
          new String(
              zip.getInputStream(zip.getEntry("metadata.json")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(metadata).contains("\"keras_version\"").contains("\"fovea_preprocessing\"");
    }
  }

  @Test
  void travelsWithALegacyH5() throws Exception {
    Preprocessing caffe =
        Preprocessing.preprocessInput("caffe").withClassNames(List.of("a", "b", "c"));
    Path file = dir.resolve("m.h5");
    Models.saveLegacy(model(caffe), file);
    assertThat(Models.load(file).preprocessing()).isEqualTo(caffe);
  }

  @Test
  void staysNullWhenTheModelHasNone() throws Exception {
    Path keras = dir.resolve("none.keras");
    Path h5 = dir.resolve("none.h5");
    Models.save(model(null), keras);
    Models.saveLegacy(model(null), h5);
    assertThat(Models.load(keras).preprocessing()).isNull();
    assertThat(Models.load(h5).preprocessing()).isNull();
  }

  @Test
  void rescaleAndScaleToFollowTheirFormulas() {
    assertThat(Preprocessing.rescale(1 / 255.0).scale()).isEqualTo(1 / 255.0);
    Preprocessing p = Preprocessing.scaleTo(0.5, 2);
    assertThat(p.scale()).isEqualTo(1.5 / 255);
    assertThat(p.offset()).isEqualTo(0.5);
    float[] x = p.apply(io.fovea.tensor.Tensor.of(new float[] {0, 255}, 2)).toArray();
    assertThat(x[0]).isEqualTo(0.5f);
    assertThat(x[1]).isCloseTo(2f, org.assertj.core.data.Offset.offset(1e-6f));
  }

  @Test
  void refusesABrokenEntryNamingIt() {
    assertThatThrownBy(
            () ->
                PreprocessingJson.parse(
                    "{\"scale\": 1, \"offset\": 0, \"mode\": null, \"color_mode\": \"cmyk\","
                        + " \"target_size\": [0, 0], \"class_names\": []}",
                    "x.h5: /@fovea_preprocessing"))
        .isInstanceOf(KerasFileException.class)
        .hasMessage(
            "x.h5: /@fovea_preprocessing: Preprocessing: expected colorMode among [rgb, grayscale],"
                + " got 'cmyk'");
    assertThatThrownBy(
            () -> PreprocessingJson.parse("{\"scale\": \"big\"}", "x.h5: /@fovea_preprocessing"))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith(
            "x.h5: /@fovea_preprocessing: 'target_size': expected a JSON array");
  }
}
