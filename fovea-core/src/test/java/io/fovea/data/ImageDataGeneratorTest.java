package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ImageDataGeneratorTest {

  static Tensor randomImage(int h, int w, int c, long seed) {
    return new Rng(seed).uniform(Shape.of(h, w, c), 0f, 255f);
  }

  private static Tensor apply(ImageDataGenerator gen, Tensor img, Transform t) {
    return gen.applyTransform(img, t);
  }

  @Test
  void flipsMirrorPixelsExactly() {
    Tensor img = randomImage(5, 7, 3, 1);
    ImageDataGenerator gen = new ImageDataGenerator();
    Tensor lr = apply(gen, img, Transform.identity().withFlips(true, false));
    Tensor tb = apply(gen, img, Transform.identity().withFlips(false, true));
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 7; c++) {
        for (int k = 0; k < 3; k++) {
          assertThat(lr.get(r, c, k)).isEqualTo(img.get(r, 6 - c, k));
          assertThat(tb.get(r, c, k)).isEqualTo(img.get(4 - r, c, k));
        }
      }
    }
  }

  @Test
  void quarterTurnsMovePixelsExactlyAsKerasMatrixSays() {
    for (int n : new int[] {4, 5}) {
      Tensor img = randomImage(n, n, 2, n);
      ImageDataGenerator gen = new ImageDataGenerator().fillMode("constant").cval(-1);
      Tensor r90 = apply(gen, img, Transform.identity().withTheta(90));
      Tensor r180 = apply(gen, img, Transform.identity().withTheta(180));
      Tensor r270 = apply(gen, img, Transform.identity().withTheta(-90));
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
          for (int k = 0; k < 2; k++) {
            // Input point = R(theta) (output - centre) + centre, on (row, col).
            assertThat(r90.get(r, c, k)).as("n=%d", n).isEqualTo(img.get(n - 1 - c, r, k));
            assertThat(r180.get(r, c, k)).isEqualTo(img.get(n - 1 - r, n - 1 - c, k));
            assertThat(r270.get(r, c, k)).isEqualTo(img.get(c, n - 1 - r, k));
          }
        }
      }
    }
  }

  @Test
  void shiftsMoveContentByWholePixels() {
    Tensor img = Tensor.zeros(8, 8, 1);
    img.set(100f, 3, 3, 0);
    ImageDataGenerator gen = new ImageDataGenerator().fillMode("constant");
    // tx = 2 shows the rows two further down, so content moves up by 2; ty = -1 moves it right.
    Tensor out = apply(gen, img, Transform.identity().withShift(2, -1));
    assertThat(out.get(1, 4, 0)).isEqualTo(100f);
    assertThat(out.sum()).isEqualTo(100f);
  }

  @Test
  void randomShiftsMoveContentByTheDrawnPixels() {
    ImageDataGenerator gen =
        new ImageDataGenerator().widthShiftRange(0.25).heightShiftRange(2.0).fillMode("constant");
    Rng rng = new Rng(11);
    for (int trial = 0; trial < 20; trial++) {
      Transform t = gen.randomTransform(Shape.of(8, 8, 1), rng);
      assertThat(Math.abs(t.tx())).isLessThanOrEqualTo(2.0);
      assertThat(Math.abs(t.ty())).isLessThanOrEqualTo(0.25 * 8);
      Transform whole = t.withShift(Math.rint(t.tx()), Math.rint(t.ty()));
      Tensor img = Tensor.zeros(8, 8, 1);
      img.set(1f, 4, 4, 0);
      Tensor out = apply(gen, img, whole);
      int r = 4 - (int) whole.tx();
      int c = 4 - (int) whole.ty();
      assertThat(out.get(r, c, 0)).as("trial %d, %s", trial, whole).isEqualTo(1f);
    }
  }

  @Test
  void fillModesExtendTheImageAsKerasDocumentsThem() {
    Tensor row = Tensor.of(new float[] {1, 2, 3, 4}, 1, 4, 1);
    Transform right2 = Transform.identity().withShift(0, -2);
    assertThat(fill(row, "nearest", right2)).containsExactly(1, 1, 1, 2);
    assertThat(fill(row, "constant", right2)).containsExactly(9, 9, 1, 2);
    assertThat(fill(row, "reflect", right2)).containsExactly(2, 1, 1, 2);
    assertThat(fill(row, "wrap", right2)).containsExactly(3, 4, 1, 2);
    Transform left3 = Transform.identity().withShift(0, 3);
    assertThat(fill(row, "reflect", left3)).containsExactly(4, 4, 3, 2);
  }

  private static float[] fill(Tensor img, String mode, Transform t) {
    return new ImageDataGenerator().fillMode(mode).cval(9).applyTransform(img, t).toArray();
  }

  @Test
  void halfPixelShiftsInterpolateBilinearly() {
    Tensor row = Tensor.of(new float[] {0, 10, 20, 30}, 1, 4, 1);
    float[] out =
        new ImageDataGenerator()
            .applyTransform(row, Transform.identity().withShift(0, 0.5))
            .toArray();
    assertThat(out).containsExactly(5, 15, 25, 30);
  }

  @Test
  void brightnessScalesWithinTheImageRange() {
    Tensor img = Tensor.of(new float[] {10, 50, 110}, 1, 3, 1);
    ImageDataGenerator gen = new ImageDataGenerator();
    assertThat(gen.applyTransform(img, Transform.identity().withBrightness(0.5)).toArray())
        .containsExactly(10, 30, 60);
    assertThat(gen.applyTransform(img, Transform.identity().withBrightness(2)).toArray())
        .containsExactly(10, 90, 110);
  }

  @Test
  void featurewiseStatisticsEqualADirectComputation() {
    Tensor x = new Rng(5).uniform(Shape.of(6, 4, 5, 3), 0f, 255f);
    ImageDataGenerator gen =
        new ImageDataGenerator()
            .featurewiseCenter(true)
            .featurewiseStdNormalization(true)
            .rescale(0.5f)
            .fit(x);
    for (int k = 0; k < 3; k++) {
      double sum = 0;
      double sq = 0;
      int count = 0;
      for (int n = 0; n < 6; n++) {
        for (int r = 0; r < 4; r++) {
          for (int c = 0; c < 5; c++) {
            double v = x.get(n, r, c, k);
            sum += v;
            sq += v * v;
            count++;
          }
        }
      }
      double mean = sum / count;
      double std = Math.sqrt(sq / count - mean * mean);
      assertThat(gen.mean().get(k)).isCloseTo((float) mean, within(1e-3f));
      assertThat(gen.std().get(k)).isCloseTo((float) std, within(1e-3f));
    }
    // Keras's order: rescale first, then the statistics of fit (computed without rescale).
    Tensor img = x.index(2).copy();
    Tensor s = gen.standardize(img);
    float expected = (img.get(1, 2, 1) * 0.5f - gen.mean().get(1)) / (gen.std().get(1) + 1e-6f);
    assertThat(s.get(1, 2, 1)).isCloseTo(expected, within(1e-4f));
  }

  @Test
  void samplewiseNormalisationGivesZeroMeanUnitDeviation() {
    Tensor img = randomImage(6, 6, 3, 2);
    Tensor s =
        new ImageDataGenerator()
            .samplewiseCenter(true)
            .samplewiseStdNormalization(true)
            .standardize(img);
    assertThat((double) s.mean()).isCloseTo(0, within(1e-4));
    assertThat((double) s.mul(s).mean()).isCloseTo(1, within(1e-3));
  }

  @Test
  void featurewiseWithoutFitIsAnError() {
    ImageDataGenerator gen = new ImageDataGenerator().featurewiseCenter(true);
    assertThatThrownBy(() -> gen.flow(Tensor.zeros(2, 3, 3, 1), null, Flow.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "flow: featurewiseCenter/StdNormalization need the statistics of the data; "
                + "call fit(x) first");
  }

  @Test
  void theSameSeedDrawsTheSameTransforms() {
    ImageDataGenerator gen =
        new ImageDataGenerator()
            .rotationRange(30)
            .zoomRange(0.2)
            .shearRange(10)
            .horizontalFlip(true)
            .brightnessRange(0.5, 1.5);
    Transform a = gen.randomTransform(Shape.of(9, 9, 3), new Rng(3));
    Transform b = gen.randomTransform(Shape.of(9, 9, 3), new Rng(3));
    assertThat(a).isEqualTo(b);
    assertThat(Math.abs(a.theta())).isLessThanOrEqualTo(30);
    assertThat(a.zx()).isBetween(0.8, 1.2);
    assertThat(a.brightness()).isBetween(0.5, 1.5);
  }

  @Test
  void rejectsBadSettingsWithTheirValues() {
    assertThatThrownBy(() -> new ImageDataGenerator().fillMode("mirror"))
        .hasMessage(
            "ImageDataGenerator: expected fillMode among nearest, constant, reflect, "
                + "wrap, got 'mirror'");
    assertThatThrownBy(() -> new ImageDataGenerator().zoomRange(1.5))
        .hasMessage("ImageDataGenerator: expected zoomRange 0 < lo <= hi, got [-0.5, 2.5]");
    assertThatThrownBy(
            () -> new ImageDataGenerator().applyTransform(Tensor.zeros(3, 3), Transform.identity()))
        .hasMessage("applyTransform: expected an image [height, width, " + "channels], got [3, 3]");
  }
}
