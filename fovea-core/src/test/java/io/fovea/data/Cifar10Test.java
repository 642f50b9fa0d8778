package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Tensor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10Test {

  @TempDir Path dir;

  /** Records in the real layout: a label, then the red, green and blue planes. */
  static byte[] batch(int n, int firstLabel) {
    byte[] b = new byte[n * Cifar10.RECORD];
    for (int r = 0; r < n; r++) {
      b[r * Cifar10.RECORD] = (byte) ((firstLabel + r) % 10);
      for (int c = 0; c < 3; c++) {
        for (int p = 0; p < 1024; p++) {
          b[r * Cifar10.RECORD + 1 + c * 1024 + p] = (byte) value(r, c, p);
        }
      }
    }
    return b;
  }

  static int value(int r, int c, int p) {
    return (r * 31 + c * 100 + p) & 0xff;
  }

  @Test
  void convertsChwRecordsToHwc() throws IOException {
    Cifar10.Batch b = Cifar10.readBatch(new ByteArrayInputStream(batch(2, 8)), "b");
    assertThat(b.labels()).containsExactly(8, 9);
    assertThat(b.images().shape()).containsExactly(2, 32, 32, 3);
    Tensor t = b.images().toTensor();
    int h = 5;
    int w = 17;
    for (int c = 0; c < 3; c++) {
      assertThat(t.get(1, h, w, c)).isEqualTo(value(1, c, h * 32 + w));
    }
  }

  @Test
  void loadsAFolderOfBatchesWithClassNames() throws IOException {
    for (int i = 0; i < 5; i++) {
      Files.write(dir.resolve(Cifar10.TRAIN_FILES.get(i)), batch(2, i));
    }
    Files.write(dir.resolve(Cifar10.TEST_FILE), batch(3, 0));
    Files.writeString(
        dir.resolve(Cifar10.META_FILE), String.join("\n", Cifar10.CLASS_NAMES) + "\n\n");
    TrainTestData d = Cifar10.load(dir);
    assertThat(d.xTrain().shape().dims()).containsExactly(10, 32, 32, 3);
    assertThat(d.yTrain().toArray()).containsExactly(0, 1, 1, 2, 2, 3, 3, 4, 4, 5);
    assertThat(d.xTest().shape().dims()).containsExactly(3, 32, 32, 3);
    assertThat(d.xTrain().get(9, 0, 1, 2)).isEqualTo(value(1, 2, 1));
    assertThat(d.classNames()).isEqualTo(Cifar10.CLASS_NAMES);
  }

  @Test
  void rejectsTruncatedRecordsAndBadLabels() {
    byte[] cut = Arrays.copyOf(batch(2, 0), Cifar10.RECORD + 100);
    assertThatThrownBy(() -> Cifar10.readBatch(new ByteArrayInputStream(cut), "data_batch_1.bin"))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "data_batch_1.bin at byte 3073: expected records of 3073 bytes "
                + "(1 label + 3072 pixels), got 100 bytes in the last record (truncated file, or not "
                + "a CIFAR-10 binary batch)");
    byte[] bad = batch(2, 0);
    bad[Cifar10.RECORD] = 42;
    assertThatThrownBy(() -> Cifar10.readBatch(new ByteArrayInputStream(bad), "b"))
        .hasMessage(
            "b at byte 3073: expected a label in 0..9 for record 1, got 42 "
                + "(not a CIFAR-10 binary batch)");
  }
}
