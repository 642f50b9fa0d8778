package io.fovea.optimizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The optimiser state in Keras's order: {@link Optimizer#slotVariables} and {@code restore}. */
class OptimizerTest {

  private static final long SEED = 20261123L;

  /** Every optimiser configuration with its own slot layout. */
  static Map<String, Supplier<Optimizer>> configurations() {
    return Map.of(
        "sgd", () -> new SGD(0.05),
        "sgd momentum nesterov", () -> new SGD(0.05, 0.9, true),
        "adam", () -> new Adam(0.01),
        "adam amsgrad", () -> new Adam(0.01, 0.9, 0.999, 1e-7, true),
        "rmsprop", () -> new RMSprop(0.01),
        "rmsprop momentum centered", () -> new RMSprop(0.01, 0.9, 0.5, 1e-7, true),
        "adagrad", () -> new Adagrad(0.1),
        "adadelta", () -> new Adadelta(1.0));
  }

  @Test
  void slotVariablesFollowKerasOrder() {
    // After one step from zero slots with gradient g: Adam m = 0.1 g, v = 0.001 g^2, vHat = v;
    // RMSprop v = 0.1 g^2, a = 0.1 g, s = increment. Parameter 0 has g = 1, parameter 1 g = 2.
    assertThat(firstElements(new Adam(0.01), 2)).containsExactly(0.1f, 0.001f, 0.2f, 0.004f);
    assertThat(firstElements(new Adam(0.01, 0.9, 0.999, 1e-7, true), 2))
        .containsExactly(0.1f, 0.001f, 0.2f, 0.004f, 0.001f, 0.004f);
    List<Float> rms = firstElements(new RMSprop(0.01, 0.9, 0.5, 0, true), 2);
    assertThat(rms.subList(0, 2)).containsExactly(0.1f, 0.4f);
    assertThat(rms.subList(4, 6)).containsExactly(0.1f, 0.2f);
    assertThat((double) rms.get(2)).isCloseTo(0.01 / Math.sqrt(0.1 - 0.01), within(1e-7));
    assertThat(firstElements(new SGD(0.5, 0.9), 2)).containsExactly(-0.5f, -1f);
    assertThat(firstElements(new SGD(0.5), 2)).isEmpty();
  }

  @Test
  void variableCountIsIterationsLearningRateAndEverySlot() {
    assertThat(new Adam().variableCount(4)).isEqualTo(10);
    assertThat(new Adam(0.1, 0.9, 0.999, 1e-7, true).variableCount(4)).isEqualTo(14);
    assertThat(new SGD().variableCount(4)).isEqualTo(2);
    assertThat(new SGD(0.1, 0.9).variableCount(4)).isEqualTo(6);
    assertThat(new RMSprop(0.1, 0.9, 0.5, 1e-7, true).variableCount(4)).isEqualTo(14);
    assertThat(new Adadelta().variableCount(3)).isEqualTo(8);
  }

  @Test
  void parametersNotTrainedYetGetTheirInitialSlots() {
    List<Parameter> ps = parameters(new int[] {3}, new int[] {2, 2});

    List<Tensor> adam = new Adam().slotVariables(ps);
    List<Tensor> adagrad = new Adagrad().slotVariables(ps);

    assertThat(adam).hasSize(4);
    assertThat(adam.get(3).shape().dims()).containsExactly(2, 2);
    assertThat(adam.get(3).toArray()).containsOnly(0f);
    assertThat(adagrad.get(1).toArray()).containsOnly(0.1f);
  }

  @Test
  void restoredOptimizerStepsAsTheOriginalContinues() {
    configurations()
        .forEach(
            (name, make) -> {
              Optimizer original = make.get();
              List<Parameter> ps = parameters(new int[] {5}, new int[] {2, 3});
              SplittableRandom random = new SplittableRandom(SEED);
              for (int s = 0; s < 3; s++) {
                step(original, ps, random);
              }
              Optimizer restored = make.get();
              List<Parameter> copies = copies(ps);
              restored.restore(original.iterations(), 0.5f, copies, original.slotVariables(ps));
              original.setLearningRate(0.5f);
              step(original, ps, new SplittableRandom(SEED + 1));
              step(restored, copies, new SplittableRandom(SEED + 1));

              assertThat(restored.iterations()).as(name).isEqualTo(4);
              for (int i = 0; i < ps.size(); i++) {
                assertThat(copies.get(i).value().toArray())
                    .as("%s parameter %d, seed %d", name, i, SEED)
                    .containsExactly(ps.get(i).value().toArray());
              }
              assertThat(flatten(restored.slotVariables(copies)))
                  .as(name)
                  .containsExactly(flatten(original.slotVariables(ps)));
            });
  }

  @Test
  void restoreRejectsAWrongCountAndChangesNothing() {
    Optimizer adam = new Adam();
    List<Parameter> ps = parameters(new int[] {3}, new int[] {2});

    assertThatThrownBy(() -> adam.restore(5, 0.1f, ps, List.of(Tensor.zeros(3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "adam: expected 4 slot variables (2 per parameter [[momentum, velocity]] for 2"
                + " parameters), got 1");
    assertThat(adam.iterations()).isZero();
    assertThat(adam.learningRate()).isEqualTo(0.001f);
  }

  @Test
  void restoreNamesTheVariableAndBothShapesOnAMismatch() {
    Optimizer adam = new Adam();
    List<Parameter> ps = parameters(new int[] {3}, new int[] {2, 3});
    List<Tensor> slots =
        List.of(Tensor.ones(3), Tensor.ones(3), Tensor.ones(2, 3), Tensor.zeros(3, 2));

    assertThatThrownBy(() -> adam.restore(5, 0.1f, ps, slots))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "adam: variable 5 (velocity of parameter 1 'kernel'): expected shape [2, 3], got [3,"
                + " 2]");
    assertThat(flatten(adam.slotVariables(ps))).containsOnly(0f);
    assertThat(adam.iterations()).isZero();
  }

  @Test
  void restoreRejectsNegativeIterationsAndABadLearningRate() {
    Optimizer sgd = new SGD();

    assertThatThrownBy(() -> sgd.restore(-1, 0.1f, List.of(), List.of()))
        .hasMessage("SGD: variable 0 (iterations): expected a count >= 0, got -1");
    assertThatThrownBy(() -> sgd.restore(1, Float.NaN, List.of(), List.of()))
        .hasMessage("SGD: variable 1 (learning_rate): expected a positive learning rate, got NaN");
  }

  @Test
  void subclassWhoseSlotsDoNotMatchItsNamesIsRefused() {
    Optimizer odd =
        new Optimizer(0.1f) {
          @Override
          public String name() {
            return "odd";
          }

          @Override
          protected List<List<String>> slotNames() {
            return List.of(List.of("momentum"));
          }

          @Override
          protected Tensor[] createSlots(Parameter p) {
            return new Tensor[0];
          }

          @Override
          protected void update(Parameter p, Tensor[] slots, long step) {}
        };

    assertThatThrownBy(() -> odd.slotVariables(parameters(new int[] {2})))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "odd: expected 1 slots per parameter as slotNames() lists [[momentum]], got 0 from"
                + " createSlots");
  }

  /** The first element of each slot variable after one step with g = 1 and g = 2. */
  private static List<Float> firstElements(Optimizer optimizer, int count) {
    List<Parameter> ps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Parameter p = OptimizerTesting.parameter(0, 0);
      p.gradient().fill(i + 1);
      ps.add(p);
    }
    optimizer.apply(ps);
    return optimizer.slotVariables(ps).stream().map(t -> t.toArray()[0]).toList();
  }

  private static List<Parameter> parameters(int[]... shapes) {
    List<Parameter> ps = new ArrayList<>();
    for (int i = 0; i < shapes.length; i++) {
      ps.add(new Parameter("kernel", Tensor.full(0.5f + i, shapes[i]), true));
    }
    return ps;
  }

  private static List<Parameter> copies(List<Parameter> ps) {
    return ps.stream().map(p -> new Parameter(p.name(), p.value().copy(), true)).toList();
  }

  private static void step(Optimizer optimizer, List<Parameter> ps, SplittableRandom random) {
    for (Parameter p : ps) {
      Tensor g = p.gradient();
      for (int i = 0; i < p.size(); i++) {
        g.setFlat(i, (float) (random.nextDouble() * 2 - 1));
      }
    }
    optimizer.apply(ps);
  }

  private static float[] flatten(List<Tensor> tensors) {
    int n = tensors.stream().mapToInt(Tensor::size).sum();
    float[] out = new float[n];
    int at = 0;
    for (Tensor t : tensors) {
      System.arraycopy(t.toArray(), 0, out, at, t.size());
      at += t.size();
    }
    return out;
  }
}
