package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.image.Images;
import io.fovea.model.Fit;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.saving.Models;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Small files for the command tests, and an in-process run of {@code fovea}. */
final class CliFixtures {

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static final long SEED = 7;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private CliFixtures() {}

  /** Runs {@code fovea args...} in this JVM. */
  static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  /** A 3-class CNN for 8x8 RGB images, trained for one step, saved as {@code tiny.keras}. */
  static Path tinyModel(Path folder) throws IOException {
    Sequential model =
        new Sequential()
            .seed(SEED)
            .add(new Conv2D(2, 3).activation("relu").inputShape(8, 8, 3))
            .add(new Flatten())
            .add(new Dense(3, "softmax"));
    model.compile("adam", "categorical_crossentropy", "accuracy");
    Tensor x = Tensor.randomUniform(Shape.of(4, 8, 8, 3), 0, 1, SEED);
    Tensor y = Tensor.zeros(4, 3);
    for (int i = 0; i < 4; i++) {
      y.set(1f, i, i % 3);
    }
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    model.output(quiet);
    model.fit(x, y, Fit.epochs(1).batchSize(4).verbose(0).seed(SEED));
    Path file = folder.resolve("tiny.keras");
    Models.save(model, file);
    return file;
  }

  /** A 10x12 RGB PNG of 0..1 values with a bright vertical bar, as {@code name}. */
  static Path smallPng(Path folder, String name) throws IOException {
    Tensor image =
        Tensor.fromFunction(
            Shape.of(10, 12, 3), i -> i[1] >= 5 && i[1] <= 6 ? 1f : 0.1f * (i[2] + 1));
    Path file = folder.resolve(name);
    Images.write(image, file);
    return file;
  }

  /** Fails unless {@code file} starts with the PNG signature; returns its {@code [h, w, c]}. */
  static int[] pngShape(Path file) throws IOException {
    byte[] head = Arrays.copyOf(Files.readAllBytes(file), PNG_SIGNATURE.length);
    assertThat(head).as("the first bytes of %s", file).containsExactly(PNG_SIGNATURE);
    return Images.read(file).shape().dims();
  }
}
