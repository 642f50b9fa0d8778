package io.fovea.model;

import io.fovea.tensor.Tensor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The options of {@link Sequential#fit}, with Keras's defaults: 1 epoch, batch size 32, no
 * validation, shuffling on, verbose 1 (progress bar).
 *
 * <pre>{@code
 * model.fit(x, y, Fit.epochs(10).batchSize(64).validationSplit(0.1).callbacks(stop));
 * }</pre>
 *
 * <p>{@code validationSplit} takes the <em>last</em> fraction of the samples before shuffling, as
 * Keras does; {@code validationData} wins over it. Without {@code seed}, shuffling draws from the
 * model's random generator (so a seeded model trains the same way twice).
 */
public final class Fit {

  int epochs = 1;
  int batchSize = 32;
  double validationSplit;
  Tensor validationX;
  Tensor validationY;
  BatchSource validationSource;
  boolean shuffle = true;
  int verbose = 1;
  Long seed;
  int stepsPerEpoch;
  int validationSteps;
  int initialEpoch;
  final List<Callback> callbacks = new ArrayList<>();
  PrintStream output;

  private Fit() {}

  /** Keras's defaults. */
  public static Fit defaults() {
    return new Fit();
  }

  /** Defaults with {@code n} epochs. */
  public static Fit epochs(int n) {
    return new Fit().withEpochs(n);
  }

  /** The number of the last epoch (training runs epochs {@code initialEpoch .. n-1}). */
  public Fit withEpochs(int n) {
    this.epochs = positive("epochs", n);
    return this;
  }

  /** Samples per gradient step (default 32); a {@link BatchSource} sets its own. */
  public Fit batchSize(int n) {
    this.batchSize = positive("batchSize", n);
    return this;
  }

  /** The last {@code fraction} of x and y, taken before shuffling, validates each epoch. */
  public Fit validationSplit(double fraction) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          "fit: expected validationSplit in [0, 1), got " + fraction);
    }
    this.validationSplit = fraction;
    return this;
  }

  /**
   * Data that validates each epoch, in batches of {@link #batchSize}; wins over {@link
   * #validationSplit}. It also validates training on a {@link BatchSource} (Keras's {@code
   * validation_data=(x, y)} tuple), and then wins over {@link #validationData(BatchSource)}.
   */
  public Fit validationData(Tensor x, Tensor y) {
    if (x == null || y == null) {
      throw new IllegalArgumentException(
          "fit: expected validation x and y, got " + (x == null ? "null x" : "null y"));
    }
    this.validationX = x;
    this.validationY = y;
    return this;
  }

  /**
   * Batches that validate each epoch (all of one pass, or {@link #validationSteps}); with tensors,
   * {@link #validationData(Tensor, Tensor)}.
   */
  public Fit validationData(BatchSource source) {
    if (source == null) {
      throw new IllegalArgumentException("fit: expected a validation source, got null");
    }
    this.validationSource = source;
    return this;
  }

  /** Whether to shuffle the training samples before each epoch (default true). */
  public Fit shuffle(boolean value) {
    this.shuffle = value;
    return this;
  }

  /** 0 silent, 1 progress bar (default), 2 one line per epoch. */
  public Fit verbose(int level) {
    if (level < 0 || level > 2) {
      throw new IllegalArgumentException("fit: expected verbose 0, 1 or 2, got " + level);
    }
    this.verbose = level;
    return this;
  }

  /** The seed of the shuffling; the same seed gives the same training run. */
  public Fit seed(long value) {
    this.seed = value;
    return this;
  }

  /** Batches per epoch (default: all samples once); the batches continue across epochs. */
  public Fit stepsPerEpoch(int n) {
    this.stepsPerEpoch = positive("stepsPerEpoch", n);
    return this;
  }

  /** Validation batches per epoch (default: all validation samples). */
  public Fit validationSteps(int n) {
    this.validationSteps = positive("validationSteps", n);
    return this;
  }

  /** The epoch to start from (counted from 0), to resume a run. */
  public Fit initialEpoch(int epoch) {
    if (epoch < 0) {
      throw new IllegalArgumentException("fit: expected initialEpoch >= 0, got " + epoch);
    }
    this.initialEpoch = epoch;
    return this;
  }

  /** Callbacks called in order at each hook. */
  public Fit callbacks(Callback... list) {
    this.callbacks.addAll(Arrays.asList(list));
    return this;
  }

  /** Where the progress goes (default: the model's output, System.out unless set). */
  public Fit output(PrintStream stream) {
    this.output = stream;
    return this;
  }

  private static int positive(String what, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("fit: expected " + what + " >= 1, got " + n);
    }
    return n;
  }
}
