package io.fovea.model;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Keras 2's progress line for one epoch.
 *
 * <p>Verbose 1 on a terminal redraws {@code 32/938 [>.............................] - ETA: 12s -
 * loss: 0.3121} in place (carriage return, at most 10 times a second); elsewhere (a file, a
 * captured stream) only the final line is written. The final line reads {@code 938/938
 * [==============================] - 3s 3ms/step - loss: 0.1542 - accuracy: 0.9514}. Verbose 2
 * writes only {@code 938/938 - 3s - loss: 0.1542 - accuracy: 0.9514 - 3ms/step}. Values above 1e-3
 * in magnitude print as {@code %.4f}, smaller ones as {@code %.4e}.
 */
final class ProgressBar {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream out;
  private final int target;
  private final int verbose;
  private final boolean dynamic;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int lastWidth;

  ProgressBar(PrintStream out, int target, int verbose, boolean dynamic) {
    this.out = out;
    this.target = target;
    this.verbose = verbose;
    this.dynamic = dynamic;
  }

  /**
   * Whether {@code out} is the console, where the bar can be redrawn in place; stderr counts too,
   * since command-line tools keep stdout for results.
   */
  static boolean isTerminal(PrintStream out) {
    return (out == System.out || out == System.err) && System.console() != null;
  }

  /** Shows the state after {@code current} steps (redrawn only on a terminal). */
  void update(int current, Map<String, Double> logs) {
    if (verbose != 1 || !dynamic) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS && current < target) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double eta = current == 0 ? 0 : seconds / current * (target - current);
    String line = bar(current) + " - ETA: " + eta(eta) + values(logs);
    String pad = " ".repeat(Math.max(0, lastWidth - line.length()));
    lastWidth = line.length();
    out.print("\r" + line + pad);
    out.flush();
  }

  /** Writes the final line of the epoch with {@code logs} (training and validation values). */
  void finish(int current, Map<String, Double> logs) {
    if (verbose == 0) {
      return;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double perStep = current == 0 ? 0 : seconds / current;
    String elapsed = String.format(Locale.ROOT, " - %.0fs", seconds);
    String line;
    if (verbose == 1) {
      line = bar(current) + elapsed + perStep(perStep) + values(logs);
    } else {
      line = counter(current) + elapsed + values(logs) + " -" + perStep(perStep);
    }
    String pad = " ".repeat(Math.max(0, lastWidth - line.length()));
    out.print((dynamic && verbose == 1 ? "\r" : "") + line + pad + System.lineSeparator());
    out.flush();
  }

  private String counter(int current) {
    int digits = String.valueOf(target).length();
    return String.format(Locale.ROOT, "%" + digits + "d/%d", current, target);
  }

  private String bar(int current) {
    int filled = (int) ((long) WIDTH * current / target);
    StringBuilder b = new StringBuilder(counter(current)).append(" [");
    if (filled > 0) {
      b.append("=".repeat(filled - 1)).append(current < target ? '>' : '=');
    }
    b.append(".".repeat(WIDTH - filled)).append(']');
    return b.toString();
  }

  private static String eta(double seconds) {
    long s = Math.round(seconds);
    if (s > 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
    }
    if (s > 60) {
      return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
    return s + "s";
  }

  private static String perStep(double seconds) {
    if (seconds >= 1 || seconds == 0) {
      return String.format(Locale.ROOT, " %.0fs/step", seconds);
    }
    if (seconds >= 1e-3) {
      return String.format(Locale.ROOT, " %.0fms/step", seconds * 1e3);
    }
    return String.format(Locale.ROOT, " %.0fus/step", seconds * 1e6);
  }

  /** {@code " - loss: 0.1542 - accuracy: 0.9514"}. */
  static String values(Map<String, Double> logs) {
    StringBuilder b = new StringBuilder();
    logs.forEach((k, v) -> b.append(" - ").append(k).append(": ").append(number(v)));
    return b.toString();
  }

  /** A value as Keras prints it: {@code %.4f} above 1e-3 in magnitude, else {@code %.4e}. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, Math.abs(v) > 1e-3 ? "%.4f" : "%.4e", v);
  }
}
