package io.fovea.data;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.util.Arrays;

/**
 * Splits inputs {@code x [n, ...]} and labels {@code y [n, ...]} together along the first axis.
 *
 * <p>{@link #validationSplit}: the last {@code n - floor(n * (1 - fraction))} samples, as Keras's
 * {@code validation_split} (no shuffling; the parts are views sharing x's and y's values). {@link
 * #trainTestSplit}: a seeded random permutation whose first {@code ceil(n * testSize)} samples are
 * the test part, as scikit-learn's {@code train_test_split} (the same sizes; another random
 * generator, so other samples).
 */
public final class Splits {

  private Splits() {}

  /** Training part first, the last {@code fraction} of the samples as validation. */
  public static TrainTestData validationSplit(Tensor x, Tensor y, double fraction) {
    int n = check("validationSplit", x, y, fraction);
    int splitAt = (int) (n * (1 - fraction));
    return new TrainTestData(
        x.slice(0, splitAt), y.slice(0, splitAt), x.slice(splitAt, n), y.slice(splitAt, n));
  }

  /** A shuffled split with {@code ceil(n * testSize)} test samples, the same for the same seed. */
  public static TrainTestData trainTestSplit(Tensor x, Tensor y, double testSize, long seed) {
    int n = check("trainTestSplit", x, y, testSize);
    int nTest = (int) Math.ceil(n * testSize);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    new Rng(seed).shuffle(order);
    int[] test = Arrays.copyOfRange(order, 0, nTest);
    int[] train = Arrays.copyOfRange(order, nTest, n);
    return new TrainTestData(take(x, train), take(y, train), take(x, test), take(y, test));
  }

  /** The samples of {@code t} at {@code rows}, in that order. */
  public static Tensor take(Tensor t, int[] rows) {
    int n = t.shape().dim(0);
    int per = n == 0 ? 0 : t.size() / n;
    float[] src = t.toArray();
    float[] out = new float[rows.length * per];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(src, rows[i] * per, out, i * per, per);
    }
    return Tensor.wrap(out, t.shape().with(0, rows.length).dims());
  }

  private static int check(String where, Tensor x, Tensor y, double fraction) {
    if (x.rank() < 1 || y.rank() < 1 || x.shape().dim(0) != y.shape().dim(0)) {
      throw new IllegalArgumentException(
          where
              + ": expected x and y with the same number of "
              + "samples (first axis), got "
              + x.shape()
              + " and "
              + y.shape());
    }
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(
          where + ": expected a fraction in [0, 1], got " + fraction);
    }
    return x.shape().dim(0);
  }
}
