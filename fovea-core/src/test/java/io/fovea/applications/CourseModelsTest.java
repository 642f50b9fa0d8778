package io.fovea.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.tensor.Shape;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The presets against the Keras parameter counts of io.fovea.model.CourseModelsTest. */
class CourseModelsTest {

  @Test
  void matchKerasParameterCountsAtTheirCanonicalShapes() {
    Map<String, Integer> keras =
        Map.of(
            "mlp", 669_706,
            "cnn-small", 2_158,
            "cnn-mnist", 220_234,
            "lenet", 61_706,
            "cnn-cifar10", 541_094);
    for (var e : keras.entrySet()) {
      Sequential m = CourseModels.build(e.getKey(), CourseModels.canonicalShape(e.getKey()), 10, 1);
      assertThat(m.countParams()).as(e.getKey()).isEqualTo(e.getValue());
      assertThat(m.outputShape()).isEqualTo(Shape.of(10));
    }
  }

  @Test
  void adaptToTheDataShapeAndClassCount() {
    Sequential lenet = CourseModels.build("lenet", Shape.of(28, 28, 3), 4, 1);
    assertThat(lenet.inputShape()).isEqualTo(Shape.of(28, 28, 3));
    assertThat(lenet.outputShape()).isEqualTo(Shape.of(4));
    Sequential vgg = CourseModels.build("vgg16", Shape.of(32, 32, 3), 3, 1);
    // Five poolings leave 1x1x512: 14,714,688 + 512*4096+4096 + 4096*4096+4096 + 4096*3+3.
    assertThat(vgg.countParams()).isEqualTo(14_714_688 + 2_101_248 + 16_781_312 + 12_291);
  }

  @Test
  void sameSeedGivesTheSameWeights() {
    Sequential a = CourseModels.build("cnn-small", Shape.of(12, 12, 1), 3, 5);
    Sequential b = CourseModels.build("cnn-small", Shape.of(12, 12, 1), 3, 5);
    assertThat(a.getWeights().get(0).toArray()).isEqualTo(b.getWeights().get(0).toArray());
  }

  @Test
  void refuseAnUnknownNameAndASmallVggInput() {
    assertThatThrownBy(() -> CourseModels.build("resnet", Shape.of(28, 28, 1), 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CourseModels: expected a model name among mlp, cnn-small, cnn-mnist, lenet,"
                + " cnn-cifar10, vgg16, got 'resnet'");
    assertThatThrownBy(() -> CourseModels.build("vgg16", Shape.of(28, 28, 1), 10, 1))
        .hasMessage(
            "CourseModels 'vgg16': expected images of at least 32x32 (five 2x2 poolings),"
                + " got 28x28");
  }
}
