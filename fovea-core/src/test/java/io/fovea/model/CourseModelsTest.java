package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.applications.CourseModels;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import io.fovea.nn.MaxPooling2D;
import io.fovea.tensor.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The models of the course: parameter counts and output shapes as Keras prints them. The ones the
 * library ships as presets come from {@link CourseModels}, so each architecture is spelled once.
 */
class CourseModelsTest {

  /** A preset of the library, built as {@code fovea train} builds it for 10 classes. */
  private static Sequential preset(String name) {
    return CourseModels.build(name, CourseModels.canonicalShape(name), 10, 1);
  }

  private static List<String> shapes(Sequential m) {
    return m.layers().stream().map(Layer::outputShape).map(Shape::toString).toList();
  }

  @Test
  void mlp784x512x512x10Has669706Params() {
    Sequential m = preset("mlp");
    assertThat(m.countParams()).isEqualTo(669_706);
    assertThat(shapes(m)).endsWith("[512]", "[512]", "[512]", "[512]", "[10]");
  }

  @Test
  void mnistCnnHas220234Params() {
    Sequential m = preset("cnn-mnist");
    assertThat(m.countParams()).isEqualTo(220_234);
    assertThat(shapes(m))
        .containsExactly(
            "[28, 28, 32]", "[14, 14, 32]", "[14, 14, 64]", "[7, 7, 64]", "[3136]", "[64]", "[10]");
  }

  @Test
  void cifar10CnnHas541094Params() {
    // Conv2D 16/32/64 with 3x3 "same" kernels, each followed by 2x2 max pooling.
    Sequential m = preset("cnn-cifar10");
    assertThat(m.countParams()).isEqualTo(541_094);
    assertThat(shapes(m).get(5)).isEqualTo("[4, 4, 64]");
  }

  @Test
  void leNet5WithAveragePoolingHas61706Params() {
    Sequential m = preset("lenet");
    assertThat(m.countParams()).isEqualTo(61_706);
    assertThat(shapes(m))
        .containsExactly(
            "[28, 28, 6]",
            "[14, 14, 6]",
            "[10, 10, 16]",
            "[5, 5, 16]",
            "[400]",
            "[120]",
            "[84]",
            "[10]");
  }

  @Test
  void smallFashionMnistConvnetsHave27090And8038And2158Params() {
    Sequential one = new Sequential();
    one.add(new Conv2D(4, 3).activation("relu").inputShape(28, 28, 1));
    one.add(new Flatten());
    one.add(new Dense(10, "softmax"));
    assertThat(one.countParams()).isEqualTo(27_090);
    assertThat(shapes(one)).containsExactly("[26, 26, 4]", "[2704]", "[10]");

    Sequential two = new Sequential();
    two.add(new Conv2D(4, 3).padding("same").activation("relu").inputShape(28, 28, 1));
    two.add(new MaxPooling2D(2));
    two.add(new Conv2D(4, 3).padding("same").activation("relu"));
    two.add(new Flatten());
    two.add(new Dense(10, "softmax"));
    assertThat(two.countParams()).isEqualTo(8_038);
    assertThat(shapes(two))
        .containsExactly("[28, 28, 4]", "[14, 14, 4]", "[14, 14, 4]", "[784]", "[10]");

    Sequential three = preset("cnn-small");
    assertThat(three.countParams()).isEqualTo(2_158);
    assertThat(shapes(three))
        .containsExactly("[28, 28, 4]", "[14, 14, 4]", "[14, 14, 4]", "[7, 7, 4]", "[196]", "[10]");
  }

  @Test
  void tenFilterSameConvWithTwoClassesHas15782Params() {
    Sequential m = new Sequential();
    m.add(new Conv2D(10, 3).padding("same").activation("relu").inputShape(28, 28, 1));
    m.add(new Flatten());
    m.add(new Dense(2, "softmax"));
    assertThat(m.countParams()).isEqualTo(15_782);
    assertThat(shapes(m)).containsExactly("[28, 28, 10]", "[7840]", "[2]");
  }

  @Test
  void inputLayerDeclaresTheShapeAndIsNotListed() {
    Sequential m = new Sequential();
    m.add(new InputLayer(4));
    m.add(new Dense(2));
    assertThat(m.layers()).hasSize(1);
    assertThat(m.layer(0).name()).isEqualTo("dense");
    assertThat(m.inputShape()).isEqualTo(Shape.of(4));
  }
}
