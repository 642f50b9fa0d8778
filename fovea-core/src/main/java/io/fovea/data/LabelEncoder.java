package io.fovea.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Maps string class names to indices {@code 0 .. C-1} and back, classes sorted as scikit-learn's
 * {@code LabelEncoder} sorts them: {@code ['shirt', 'dress', 'shoe']} gives classes {@code [dress,
 * shirt, shoe]} and codes {@code [1, 0, 2]}.
 */
public final class LabelEncoder {

  private final List<String> classes;
  private final Map<String, Integer> index = new HashMap<>();

  private LabelEncoder(Collection<String> sorted) {
    this.classes = List.copyOf(sorted);
    for (int i = 0; i < classes.size(); i++) {
      index.put(classes.get(i), i);
    }
  }

  /** An encoder over the distinct labels, sorted (Java's string order, like Python's). */
  public static LabelEncoder fit(Collection<String> labels) {
    return new LabelEncoder(new TreeSet<>(labels));
  }

  /** The sorted class names; index i is class i. */
  public List<String> classes() {
    return classes;
  }

  /** The number of classes. */
  public int numClasses() {
    return classes.size();
  }

  /**
   * The index of each label.
   *
   * @throws IllegalArgumentException naming a label not seen by {@link #fit}
   */
  public int[] transform(List<String> labels) {
    int[] out = new int[labels.size()];
    for (int i = 0; i < out.length; i++) {
      Integer k = index.get(labels.get(i));
      if (k == null) {
        throw new IllegalArgumentException(
            "LabelEncoder: expected one of "
                + classes
                + ", got '"
                + labels.get(i)
                + "' at index "
                + i);
      }
      out[i] = k;
    }
    return out;
  }

  /**
   * The class name of each index.
   *
   * @throws IllegalArgumentException naming an index outside {@code [0, C)}
   */
  public List<String> inverseTransform(int[] codes) {
    List<String> out = new ArrayList<>(codes.length);
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] < 0 || codes[i] >= classes.size()) {
        throw new IllegalArgumentException(
            "LabelEncoder: expected codes in [0, "
                + classes.size()
                + "), got "
                + codes[i]
                + " at index "
                + i);
      }
      out.add(classes.get(codes[i]));
    }
    return out;
  }
}
