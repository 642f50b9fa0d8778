package io.fovea.bench;

import io.fovea.data.DirectoryFlow;
import io.fovea.data.Flow;
import io.fovea.data.ImageDataGenerator;
import io.fovea.model.BatchSource;
import io.fovea.tensor.Rng;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Images per second from {@code flowFromDirectory} with the augmentation of the cats-and-dogs
 * chapter (rescale, rotation 40, shifts 0.2, shear 0.2, zoom 0.2, horizontal flip) on a folder of
 * 150x150 JPEGs it writes into a temporary folder (2 classes), with 1 and 2 worker threads, batch
 * 20. Prints markdown table rows.
 *
 * <p>Run: {@code java -cp fovea-bench.jar io.fovea.bench.GeneratorBenchmark [images]} (default
 * 500).
 */
public final class GeneratorBenchmark {

  private GeneratorBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    Path dir = Files.createTempDirectory("fovea-generator-bench");
    try {
      writeImages(dir, n);
      ImageDataGenerator gen =
          new ImageDataGenerator()
              .rescale(1 / 255f)
              .rotationRange(40)
              .widthShiftRange(0.2)
              .heightShiftRange(0.2)
              .shearRange(0.2)
              .zoomRange(0.2)
              .horizontalFlip(true);
      System.out.println("| workers | images | seconds | images/s |");
      System.out.println("|---|---|---|---|");
      run(gen, dir, 1, n / 2);
      for (int workers : new int[] {1, 2}) {
        double seconds = run(gen, dir, workers, n);
        System.out.printf(
            Locale.ROOT, "| %d | %d | %.2f | %.0f |%n", workers, n, seconds, n / seconds);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Seconds to draw {@code images} images (whole batches) through a fresh flow. */
  static double run(ImageDataGenerator gen, Path dir, int workers, int images) throws IOException {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    DirectoryFlow flow =
        gen.flowFromDirectory(
            dir,
            Flow.targetSize(150, 150)
                .batchSize(20)
                .classMode("binary")
                .seed(1)
                .workers(workers)
                .output(quiet));
    long t0 = System.nanoTime();
    int seen = 0;
    try (BatchSource.Stream s = flow.stream(0)) {
      while (seen < images) {
        seen += s.next().x().shape().dim(0);
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Random smooth-ish 150x150 colour pictures, half "cats" and half "dogs", as JPEG. */
  static void writeImages(Path dir, int n) throws IOException {
    Rng rng = new Rng(5);
    for (int i = 0; i < n; i++) {
      Path folder = Files.createDirectories(dir.resolve(i % 2 == 0 ? "cats" : "dogs"));
      BufferedImage img = new BufferedImage(150, 150, BufferedImage.TYPE_INT_RGB);
      int base = rng.nextInt(1 << 24);
      for (int y = 0; y < 150; y++) {
        for (int x = 0; x < 150; x++) {
          int noise = rng.nextInt(32);
          img.setRGB(x, y, (base + (x << 16) + (y << 8) + noise) & 0xFFFFFF);
        }
      }
      ImageIO.write(img, "jpg", folder.resolve(i + ".jpg").toFile());
    }
  }
}
