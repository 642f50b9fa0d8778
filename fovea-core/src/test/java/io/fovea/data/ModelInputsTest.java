package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.image.Colors;
import io.fovea.image.Images;
import io.fovea.image.ReadOptions;
import io.fovea.image.Resize;
import io.fovea.model.Preprocessing;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelInputsTest {

  @TempDir Path tmp;

  /** The bundled samples as files: astronaut (RGB JPEG), brick and camera (gray PNG). */
  private List<Path> samples() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : List.of("astronaut.jpg", "brick.png", "camera.png")) {
      try (InputStream in = Images.class.getResourceAsStream("samples/" + name)) {
        Path file = tmp.resolve(name);
        Files.write(file, in.readAllBytes());
        files.add(file);
      }
    }
    return files;
  }

  /** What the CLI did before the library prepared images: read, convert, resize, scale, stack. */
  private static Tensor byHand(Preprocessing p, List<Path> files, Shape input) throws IOException {
    int channels = input.rank() == 3 ? input.dim(2) : 1;
    float[] values = new float[files.size() * input.size()];
    for (int i = 0; i < files.size(); i++) {
      Tensor x = Images.read(files.get(i), ReadOptions.bytes().withAlpha(false));
      int have = x.shape().dim(2);
      if (channels == 1 && have >= 3) {
        x = Colors.toGray(x);
      } else if (channels == 3 && have == 1) {
        x = Colors.merge(x, x, x);
      }
      x = Resize.resize(x, input.dim(0), input.dim(1));
      x = p.isAffine() ? p.apply(x) : io.fovea.applications.ImageNet.preprocessInput(x, "caffe");
      System.arraycopy(x.toArray(), 0, values, i * input.size(), input.size());
    }
    int[] dims = new int[input.rank() + 1];
    dims[0] = files.size();
    System.arraycopy(input.dims(), 0, dims, 1, input.rank());
    return Tensor.of(values, dims);
  }

  @Test
  void preparesTheSamplesAsTheCliDid() throws IOException {
    List<Path> files = samples();
    Preprocessing rescale = Preprocessing.rescale(1 / 255.0);
    Preprocessing caffe = Preprocessing.preprocessInput("caffe");
    for (Shape input : List.of(Shape.of(32, 24, 3), Shape.of(28, 28), Shape.of(20, 30, 1))) {
      Tensor x = ModelInputs.prepare(rescale, files, input);
      assertThat(x.shape().dims()).containsExactly(prepend(3, input));
      assertThat(x.toArray())
          .as("%s", input)
          .containsExactly(byHand(rescale, files, input).toArray());
    }
    Shape rgb = Shape.of(16, 16, 3);
    assertThat(ModelInputs.prepare(caffe, files, rgb).toArray())
        .containsExactly(byHand(caffe, files, rgb).toArray());
  }

  @Test
  void preparesImagesInMemoryForEachInputShape() {
    Tensor images = Tensor.zeros(2, 4, 4, 1).fillRegion(0, 2, 0, 4, 255f);
    Preprocessing p = Preprocessing.rescale(1 / 255.0);
    assertThat(ModelInputs.prepare(p, images, Shape.of(4, 4, 1)).shape().dims())
        .containsExactly(2, 4, 4, 1);
    Tensor gray = ModelInputs.prepare(p, images, Shape.of(4, 4));
    assertThat(gray.shape().dims()).containsExactly(2, 4, 4);
    assertThat(gray.get(1, 1, 3)).isEqualTo(1f);
    assertThat(gray.get(1, 2, 3)).isEqualTo(0f);
    assertThat(ModelInputs.prepare(p, images, Shape.of(16)).shape().dims()).containsExactly(2, 16);
    Tensor rgb = ModelInputs.prepare(p, images, Shape.of(2, 2, 3));
    assertThat(rgb.shape().dims()).containsExactly(2, 2, 2, 3);
    assertThat(ModelInputs.prepare(p, images, null).shape().dims()).containsExactly(2, 4, 4, 1);
  }

  @Test
  void refusesImagesThatCannotBecomeTheInput() {
    Tensor images = Tensor.zeros(2, 4, 4, 1);
    Preprocessing p = Preprocessing.none();
    assertThatThrownBy(() -> ModelInputs.prepare(p, images, Shape.of(15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ModelInputs.prepare: expected images that fit the model's input "
                + Shape.of(15)
                + ", got "
                + Shape.of(4, 4, 1));
    assertThatThrownBy(() -> ModelInputs.prepare(p, List.of(), Shape.of(784)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ModelInputs.prepare: expected a model input [h, w] or [h, w, c], got "
                + Shape.of(784));
    assertThat(ModelInputs.fits(Shape.of(4, 4, 1), Shape.of(4, 4))).isTrue();
    assertThat(ModelInputs.fits(Shape.of(4, 4, 1), Shape.of(4, 5))).isFalse();
    assertThat(ModelInputs.fits(Shape.of(4, 4, 3), Shape.of(48))).isTrue();
  }

  private static int[] prepend(int n, Shape s) {
    int[] dims = new int[s.rank() + 1];
    dims[0] = n;
    System.arraycopy(s.dims(), 0, dims, 1, s.rank());
    return dims;
  }
}
