package io.fovea.image;

/**
 * The range of pixel values in a tensor: {@link #UNIT} floats in {@code [0, 1]} (as {@code
 * plt.imread} gives for a PNG) or {@link #BYTES} values in {@code [0, 255]} (as {@code cv2.imread}
 * or {@code np.array(Image.open(f))} give for an 8-bit file). Used by {@link ReadOptions} and
 * {@link WriteOptions}.
 */
public enum ValueRange {
  /** Floats in {@code [0, 1]}. */
  UNIT,
  /** Values in {@code [0, 255]} (whole numbers for 8-bit files). */
  BYTES
}
