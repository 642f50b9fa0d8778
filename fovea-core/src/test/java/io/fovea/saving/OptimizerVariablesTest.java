package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.model.Fit;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.InputLayer;
import io.fovea.optimizers.Adam;
import io.fovea.optimizers.Optimizer;
import io.fovea.optimizers.SGD;
import io.fovea.saving.hdf5.H5Group;
import io.fovea.saving.hdf5.H5Writer;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.saving.hdf5.JhdfFile;
import io.fovea.saving.keras3.Keras3Reader;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizerVariablesTest {

  private static final String OPTIMIZER_VARS = "/optimizer/vars";

  @TempDir Path dir;

  @Test
  void savedAndLoadedModelStepsAsTheOriginalContinues() throws IOException {
    for (var c : OptimizerGoldens.cases().entrySet()) {
      Sequential original = OptimizerGoldens.model(c.getValue().get());
      for (int s = 0; s < OptimizerGoldens.STEPS; s++) {
        OptimizerGoldens.step(original, s);
      }
      Path file = dir.resolve(c.getKey() + ".keras");

      Models.save(original, file);
      Sequential loaded = Models.load(file);
      OptimizerGoldens.step(original, OptimizerGoldens.STEPS);
      OptimizerGoldens.step(loaded, OptimizerGoldens.STEPS);

      assertThat(loaded.optimizer().iterations()).isEqualTo(OptimizerGoldens.STEPS + 1);
      List<Tensor> expected = original.getWeights();
      List<Tensor> actual = loaded.getWeights();
      for (int i = 0; i < expected.size(); i++) {
        float[] e = expected.get(i).toArray();
        float[] a = actual.get(i).toArray();
        for (int k = 0; k < e.length; k++) {
          assertThat(a[k])
              .as("%s weight %d element %d", c.getKey(), i, k)
              .isCloseTo(e[k], within(1e-6f));
        }
      }
    }
  }

  @Test
  void compiledUntrainedModelStoresZeroSlotsForEveryTrainableWeight() throws IOException {
    Sequential model = dense(3, 4, Adam::new);
    model.layer(1).setTrainable(false);
    Path file = dir.resolve("untrained.keras");

    Models.save(model, file);

    try (Hdf5 h5 = Keras3Reader.weights(file)) {
      // Keras's build: iterations, learning_rate, then momentum and velocity of kernel and bias
      // of the trainable Dense only.
      assertThat(h5.children(OPTIMIZER_VARS)).hasSize(6);
      assertThat(h5.integer(OPTIMIZER_VARS + "/0")).isZero();
      assertThat(h5.floats(OPTIMIZER_VARS + "/3").shape().dims()).containsExactly(3, 4);
      assertThat(h5.floats(OPTIMIZER_VARS + "/4").toArray()).containsOnly(0f);
      assertThat(h5.floats(OPTIMIZER_VARS + "/5").shape().dims()).containsExactly(4);
    }
  }

  @Test
  void stateOfAnotherOptimizerConfigurationIsSkippedAsKerasDoes() throws IOException {
    Sequential adam = trained(dense(3, 4, Adam::new));
    Path file = dir.resolve("adam.keras");
    Models.save(adam, file);
    Sequential sgd = dense(3, 4, () -> new SGD(0.1, 0.9));

    try (Hdf5 h5 = Keras3Reader.weights(file)) {
      assertThat(Keras3Reader.restoreOptimizer(h5, sgd)).isFalse();
    }

    assertThat(sgd.optimizer().iterations()).isZero();
    assertThat(sgd.optimizer().learningRate()).isEqualTo(0.1f);
  }

  @Test
  void shapeThatDiffersIsAnErrorNamingTheFileTheVariableAndBothShapes() throws IOException {
    Path file = dir.resolve("dense34.keras");
    Models.save(trained(dense(3, 4, Adam::new)), file);
    Sequential other = dense(4, 3, Adam::new);

    try (Hdf5 h5 = Keras3Reader.weights(file)) {
      assertThatThrownBy(() -> Keras3Reader.restoreOptimizer(h5, other))
          .isInstanceOf(KerasFileException.class)
          .hasMessage(
              file
                  + "!model.weights.h5: /optimizer/vars: adam: variable 2 (momentum of parameter 0"
                  + " 'kernel'): expected shape [4, 3], got [3, 4]");
    }
    assertThat(other.optimizer().iterations()).isZero();
  }

  @Test
  void uncompiledModelOrFileWithoutOptimizerRestoresNothing() throws IOException {
    Path file = dir.resolve("plain.keras");
    Sequential plain = new Sequential(new InputLayer(3), new Dense(4));
    Models.save(plain, file);
    Sequential compiled = dense(3, 4, Adam::new);

    try (Hdf5 h5 = Keras3Reader.weights(file)) {
      assertThat(Keras3Reader.restoreOptimizer(h5, plain)).isFalse();
      assertThat(Keras3Reader.restoreOptimizer(h5, compiled)).isFalse();
    }
    assertThat(Models.load(file).optimizer()).isNull();
  }

  @Test
  void iterationsAreReadExactlyAndAFractionIsRefused() throws IOException {
    H5Group root = new H5Group();
    // 123456789 has no float32 of its own (the nearest is 123456792).
    root.putInts("i", new int[0], new int[] {123456789});
    root.putFloats("f", new int[0], new float[] {0.5f});
    Path file = dir.resolve("ints.h5");
    H5Writer.write(file, root);

    try (Hdf5 h5 = JhdfFile.open(file)) {
      assertThat(h5.integer("/i")).isEqualTo(123456789L);
      assertThatThrownBy(() -> h5.integer("/f"))
          .isInstanceOf(KerasFileException.class)
          .hasMessage(file + ": /f: expected one integer, got 0.5");
    }
  }

  /** Input of {@code in} features, Dense({@code units}), Dense(2), compiled. */
  private static Sequential dense(int in, int units, Supplier<Optimizer> optimizer) {
    Sequential model = new Sequential(new InputLayer(in), new Dense(units), new Dense(2));
    KerasWriterTest.randomize(model, 3);
    model.compile(optimizer.get(), "mean_squared_error");
    return model;
  }

  private static Sequential trained(Sequential model) {
    Tensor x = Tensor.randomUniform(Shape.of(5, model.inputShape().dim(0)), 0, 1, 9);
    Tensor y = Tensor.randomUniform(Shape.of(5, 2), 0, 1, 10);
    model.fit(x, y, Fit.epochs(2).batchSize(5).verbose(0));
    return model;
  }
}
