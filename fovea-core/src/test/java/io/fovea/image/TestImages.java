package io.fovea.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Paths of the committed test images, and JDK-written images for the tests that need them. */
final class TestImages {

  private TestImages() {}

  /** A test resource, e.g. {@code "image/png/gray-8.png"}. */
  static Path resource(String name) {
    URL url = TestImages.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sample formula of MakePngs (kept in step with it). */
  static int pngValue(int x, int y, int ch, int bits) {
    return (x * 9973 + y * 30011 + ch * 7919 + 17) % (1 << bits);
  }

  /** Palette entry {@code i}, channel {@code ch} (3 = alpha) of MakePngs. */
  static int paletteValue(int i, int ch) {
    int[][] f = {{53, 7}, {97, 3}, {151, 101}, {71, 5}};
    return (i * f[ch][0] + f[ch][1]) % 256;
  }

  /** Writes {@code image} with the JDK's ImageIO writer for {@code format}. */
  static void writeWithJdk(BufferedImage image, String format, Path file) {
    try {
      if (!ImageIO.write(image, format, file.toFile())) {
        throw new IllegalStateException("no JDK writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An RGB test picture: red rises to the right, green rises downwards, blue is 128. */
  static BufferedImage gradient(int w, int h, int type) {
    BufferedImage image = new BufferedImage(w, h, type);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(
            x, y, (x * 255 / Math.max(1, w - 1)) << 16 | (y * 255 / Math.max(1, h - 1)) << 8 | 128);
      }
    }
    return image;
  }
}
