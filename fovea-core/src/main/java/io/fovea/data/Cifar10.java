package io.fovea.data;

import io.fovea.tensor.Tensor;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the binary version of CIFAR-10: {@code data_batch_1.bin} ... {@code data_batch_5.bin}
 * (10000 images each), {@code test_batch.bin} and {@code batches.meta.txt} (class names, one a
 * line).
 *
 * <p>Each record is 1 label byte then 3072 pixel bytes: the 1024 red values of the 32x32 image row
 * by row, then green, then blue (CHW). Images come out channels-last as Keras has them: {@code [n,
 * 32, 32, 3]} uint8, with {@code out[h, w, c] = record[1 + c * 1024 + h * 32 + w]}; labels {@code
 * [n]}. Reference: www.cs.toronto.edu/~kriz/cifar.html.
 */
public final class Cifar10 {

  /** Bytes per record: 1 label + 3 x 32 x 32 pixels. */
  public static final int RECORD = 1 + 3 * 32 * 32;

  /** The class names of batches.meta.txt, in label order. */
  public static final List<String> CLASS_NAMES =
      List.of(
          "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

  /** The training batch files, in order. */
  public static final List<String> TRAIN_FILES =
      List.of(
          "data_batch_1.bin",
          "data_batch_2.bin",
          "data_batch_3.bin",
          "data_batch_4.bin",
          "data_batch_5.bin");

  /** The test batch file. */
  public static final String TEST_FILE = "test_batch.bin";

  /** The class-name file. */
  public static final String META_FILE = "batches.meta.txt";

  private Cifar10() {}

  /** Images {@code [n, 32, 32, 3]} (uint8) and labels {@code [n]} of one batch file. */
  public record Batch(NdArray images, int[] labels) {}

  /** The records of one batch file. */
  public static Batch readBatch(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return readBatch(in, file.toString());
    }
  }

  /**
   * The records in {@code in}, naming {@code name} in errors.
   *
   * @throws DataFileException if the data ends inside a record or a label is above 9
   */
  public static Batch readBatch(InputStream in, String name) throws IOException {
    byte[] all = in.readAllBytes();
    if (all.length % RECORD != 0) {
      long last = (long) (all.length / RECORD) * RECORD;
      throw new DataFileException(
          name,
          null,
          last,
          "expected records of "
              + RECORD
              + " bytes (1 label + 3072 pixels), got "
              + (all.length - last)
              + " bytes in the last "
              + "record (truncated file, or not a CIFAR-10 binary batch)");
    }
    int n = all.length / RECORD;
    byte[] hwc = new byte[n * 3072];
    int[] labels = new int[n];
    for (int r = 0; r < n; r++) {
      int at = r * RECORD;
      labels[r] = all[at] & 0xff;
      if (labels[r] > 9) {
        throw new DataFileException(
            name,
            null,
            at,
            "expected a label in 0..9 for record "
                + r
                + ", got "
                + labels[r]
                + " (not a CIFAR-10 binary batch)");
      }
      for (int c = 0; c < 3; c++) {
        for (int p = 0; p < 1024; p++) {
          hwc[r * 3072 + p * 3 + c] = all[at + 1 + c * 1024 + p];
        }
      }
    }
    return new Batch(NdArray.ofBytes(DType.U1, new int[] {n, 32, 32, 3}, hwc), labels);
  }

  /** The non-blank lines of batches.meta.txt. */
  public static List<String> readClassNames(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * The whole set from a folder holding the six batches and batches.meta.txt (class names fall back
   * to {@link #CLASS_NAMES} when the meta file is absent): train {@code [50000, 32, 32, 3]}, test
   * {@code [10000, 32, 32, 3]}, uint8 values in float tensors.
   */
  public static TrainTestData load(Path folder) throws IOException {
    int total = 0;
    Batch[] train = new Batch[TRAIN_FILES.size()];
    for (int i = 0; i < train.length; i++) {
      train[i] = readBatch(folder.resolve(TRAIN_FILES.get(i)));
      total += train[i].labels().length;
    }
    float[] x = new float[total * 3072];
    float[] y = new float[total];
    int n = 0;
    for (Batch b : train) {
      byte[] px = b.images().bytes();
      for (int i = 0; i < px.length; i++) {
        x[n * 3072 + i] = px[i] & 0xff;
      }
      for (int label : b.labels()) {
        y[n++] = label;
      }
    }
    Batch test = readBatch(folder.resolve(TEST_FILE));
    Path meta = folder.resolve(META_FILE);
    List<String> names = Files.exists(meta) ? readClassNames(meta) : CLASS_NAMES;
    return new TrainTestData(
        Tensor.wrap(x, total, 32, 32, 3),
        Tensor.wrap(y, total),
        test.images().toTensor(),
        Labels.asTensor(test.labels()),
        names);
  }
}
