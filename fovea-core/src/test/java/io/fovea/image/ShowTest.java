package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowTest {

  @TempDir Path dir;

  @BeforeAll
  static void neverOpenAWindow() {
    System.setProperty("java.awt.headless", "true");
  }

  private ShowOptions to(String name) {
    return ShowOptions.defaults().withOpen(false).withOutput(dir.resolve(name));
  }

  @Test
  void normalisesOneChannelFromMinToMax() throws Exception {
    Tensor ramp = Tensor.of(new float[][] {{-2f, 0f, 2f}});
    BufferedImage png = ImageIO.read(Images.show(ramp, to("g.png")).toFile());
    assertThat(png.getWidth()).isEqualTo(3);
    assertThat(png.getHeight()).isEqualTo(1);
    assertThat(png.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x000000);
    assertThat(png.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0x808080);
    assertThat(png.getRGB(2, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  @Test
  void leavesNonFiniteValuesOutAndTransparent() throws Exception {
    Tensor ramp = Tensor.of(new float[][] {{Float.NaN, 1f, 3f, Float.POSITIVE_INFINITY}});
    BufferedImage png = ImageIO.read(Images.show(ramp, to("n.png")).toFile());
    assertThat(png.getRGB(0, 0) >>> 24).isZero();
    assertThat(png.getRGB(1, 0)).isEqualTo(0xFF000000);
    assertThat(png.getRGB(2, 0)).isEqualTo(0xFFFFFFFF);
    assertThat(png.getRGB(3, 0) >>> 24).isZero();
  }

  @Test
  void usesViridisAndGivenLimits() throws Exception {
    Tensor values = Tensor.of(new float[] {0f, 5f, 10f, 20f}, 1, 4, 1);
    ShowOptions options = to("v.png").withColorMap(ColorMap.VIRIDIS).withRange(0f, 10f);
    BufferedImage png = ImageIO.read(Images.show(values, options).toFile());
    // matplotlib: viridis(0.0) = (68, 1, 84), viridis(0.5) = (32, 144, 140), viridis(1) =
    // (253, 231, 36); values above vmax take the top colour.
    assertThat(png.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x440154);
    assertThat(png.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0x20908c);
    assertThat(png.getRGB(2, 0) & 0xFFFFFF).isEqualTo(0xfde724);
    assertThat(png.getRGB(3, 0) & 0xFFFFFF).isEqualTo(0xfde724);
  }

  @Test
  void drawsAColourBarBesideTheImage() throws Exception {
    Tensor image = Tensor.randomUniform(io.fovea.tensor.Shape.of(80, 50), 0f, 1f, 3);
    ShowOptions options = to("bar.png").withColorMap(ColorMap.VIRIDIS).withColorBar(true);
    BufferedImage png = ImageIO.read(Images.show(image, options).toFile());
    assertThat(png.getWidth()).isEqualTo(50 + Show.BAR_AREA);
    assertThat(png.getHeight()).isEqualTo(80);
    int barX = 50 + 6 + 6;
    assertThat(png.getRGB(barX, 6) & 0xFFFFFF).as("top of the bar").isEqualTo(0xfde724);
    assertThat(png.getRGB(barX, 73) & 0xFFFFFF).as("bottom of the bar").isEqualTo(0x440154);
    Tensor tiny = Tensor.zeros(4, 4);
    BufferedImage small = ImageIO.read(Images.show(tiny, to("t.png").withColorBar(true)).toFile());
    assertThat(small.getHeight()).isEqualTo(Show.MIN_BAR_HEIGHT);
  }

  @Test
  void clipsColourImagesAndReadsBytesWhenAsked() throws Exception {
    Tensor rgb = Tensor.of(new float[] {1.5f, 0.5f, -1f, 255f, 127.5f, 0f}, 1, 2, 3);
    BufferedImage unit = ImageIO.read(Images.show(rgb.slice(0, 1), to("u.png")).toFile());
    assertThat(unit.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF7F00);
    BufferedImage bytes = ImageIO.read(Images.show(rgb, to("b.png").withBytes(true)).toFile());
    assertThat(bytes.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFF7F00);
  }

  @Test
  void writesATemporaryFileWhenNoOutputIsGiven() throws Exception {
    Path file = Images.show(Tensor.zeros(2, 2, 3), ShowOptions.defaults().withOpen(false));
    try {
      assertThat(file.getFileName().toString()).startsWith("fovea-show-").endsWith(".png");
      assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(2);
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    assertThat(Show.canOpen()).isFalse();
  }
}
