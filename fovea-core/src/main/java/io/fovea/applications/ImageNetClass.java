package io.fovea.applications;

/**
 * One ImageNet-1k class with a model's score for it: the WordNet synset id ({@code n01440764}),
 * Keras's short name ({@code tench}) and the probability. Keras's {@code decode_predictions}
 * returns the same triple.
 */
public record ImageNetClass(String id, String name, float probability) {

  @Override
  public String toString() {
    return String.format("%s (%s): %.4f", name, id, probability);
  }
}
