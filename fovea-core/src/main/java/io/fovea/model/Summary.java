package io.fovea.model;

import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keras 3's {@code model.summary()} table, as it prints on an 80-column console:
 *
 * <pre>
 * Model: "sequential"
 * ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
 * ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
 * ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
 * │ dense (Dense)                   │ (None, 512)            │       401,920 │
 * ├─────────────────────────────────┼────────────────────────┼───────────────┤
 * │ dense_1 (Dense)                 │ (None, 10)             │         5,130 │
 * └─────────────────────────────────┴────────────────────────┴───────────────┘
 *  Total params: 407,050 (1.55 MB)
 *  Trainable params: 407,050 (1.55 MB)
 *  Non-trainable params: 0 (0.00 B)
 * </pre>
 *
 * <p>The batch axis prints as {@code None}; sizes count 4 bytes per float32 weight, in units of
 * 1024. A cell longer than its column widens the column (Keras wraps it instead). An unbuilt layer
 * shows {@code ?} and {@code 0 (unbuilt)}, as in Keras.
 */
final class Summary {

  private static final int[] WIDTHS = {31, 22, 13};

  private Summary() {}

  static String of(Sequential model) {
    List<String[]> rows = new ArrayList<>();
    long trainable = 0;
    long frozen = 0;
    for (Layer l : model.layers()) {
      rows.add(new String[] {l.name() + " (" + l.typeName() + ")", shape(l), params(l)});
      for (Parameter p : l.parameters()) {
        if (l.trainable() && p.trainable()) {
          trainable += p.size();
        } else {
          frozen += p.size();
        }
      }
    }
    int[] w = WIDTHS.clone();
    for (String[] r : rows) {
      for (int i = 0; i < 3; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    String nl = System.lineSeparator();
    StringBuilder b = new StringBuilder("Model: \"" + model.name() + "\"" + nl);
    b.append(rule('┏', '━', '┳', '┓', w)).append(nl);
    b.append(row('┃', new String[] {"Layer (type)", "Output Shape", "Param #"}, w)).append(nl);
    b.append(rule('┡', '━', '╇', '┩', w)).append(nl);
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        b.append(rule('├', '─', '┼', '┤', w)).append(nl);
      }
      b.append(row('│', rows.get(i), w)).append(nl);
    }
    b.append(rule('└', '─', '┴', '┘', w)).append(nl);
    b.append(total(" Total params: ", trainable + frozen)).append(nl);
    b.append(total(" Trainable params: ", trainable)).append(nl);
    b.append(total(" Non-trainable params: ", frozen)).append(nl);
    return b.toString();
  }

  private static String shape(Layer l) {
    if (!l.built()) {
      return "?";
    }
    StringBuilder b = new StringBuilder("(None");
    for (int d : l.outputShape().dims()) {
      b.append(", ").append(d);
    }
    return b.append(')').toString();
  }

  private static String params(Layer l) {
    return l.built() ? String.format(Locale.ROOT, "%,d", l.countParams()) : "0 (unbuilt)";
  }

  private static String rule(char left, char fill, char cross, char right, int[] w) {
    StringBuilder b = new StringBuilder().append(left);
    for (int i = 0; i < w.length; i++) {
      b.append(String.valueOf(fill).repeat(w[i] + 2)).append(i < w.length - 1 ? cross : right);
    }
    return b.toString();
  }

  private static String row(char bar, String[] cells, int[] w) {
    StringBuilder b = new StringBuilder().append(bar);
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(w[i] - cells[i].length());
      // Parameter counts are right-aligned, as in Keras.
      b.append(' ').append(i == 2 ? pad + cells[i] : cells[i] + pad).append(' ').append(bar);
    }
    return b.toString();
  }

  private static String total(String label, long count) {
    return label
        + String.format(Locale.ROOT, "%,d", count)
        + " ("
        + readableSize(count * 4.0)
        + ")";
  }

  /** Keras's {@code readable_memory_size}: B, KB, MB, ... in steps of 1024, two decimals. */
  static String readableSize(double bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
    double v = bytes;
    for (String unit : units) {
      if (v / 1024 < 1) {
        return String.format(Locale.ROOT, "%.2f %s", v, unit);
      }
      v /= 1024;
    }
    return String.format(Locale.ROOT, "%.2f %s", v, units[units.length - 1]);
  }
}
