package io.fovea.cli;

import io.fovea.image.Images;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tiny labelled image folders and JSON reading for the train and evaluate tests. */
final class TrainFixtures {

  /** The class folders of {@link #colourFolder}, sorted as Keras sorts them. */
  static final List<String> COLOURS = List.of("blue", "green", "red");

  private TrainFixtures() {}

  /**
   * A folder {@code data/} with {@code perClass} noisy 12x12 RGB PNGs in each of blue, green and
   * red, whose dominant channel is the class: easy to learn.
   */
  static Path colourFolder(Path tmp, int perClass) throws IOException {
    Path root = tmp.resolve("data");
    Rng rng = new Rng(11);
    Map<String, Integer> channel = Map.of("red", 0, "green", 1, "blue", 2);
    for (String name : COLOURS) {
      Path dir = Files.createDirectories(root.resolve(name));
      int c = channel.get(name);
      for (int i = 0; i < perClass; i++) {
        float[] noise = new float[12 * 12 * 3];
        for (int k = 0; k < noise.length; k++) {
          noise[k] = (float) (0.4 * rng.nextDouble() + (k % 3 == c ? 0.55 : 0));
        }
        Images.write(Tensor.of(noise, Shape.of(12, 12, 3).dims()), dir.resolve(i + ".png"));
      }
    }
    return root;
  }

  /** The number after {@code "key": } in {@code json}. */
  static double number(String json, String key) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(key) + "\": (-?[0-9.]+(e[-+]?[0-9]+)?)").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no number for " + key + " in " + json);
    }
    return Double.parseDouble(m.group(1));
  }

  /** Whether braces and brackets outside strings balance, as in well-formed JSON. */
  static boolean balanced(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char ch = json.charAt(i);
      if (inString) {
        if (ch == '\\') {
          i++;
        } else if (ch == '"') {
          inString = false;
        }
      } else if (ch == '"') {
        inString = true;
      } else if (ch == '{' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ']') {
        if (--depth < 0) {
          return false;
        }
      }
    }
    return depth == 0 && !inString;
  }
}
