package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxTest {

  @TempDir Path dir;

  /** Bytes of an images file in the real layout, written by hand (not by Idx.write). */
  static byte[] imagesFile(int n, int rows, int cols) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0, 0, 8, 3});
    for (int d : new int[] {n, rows, cols}) {
      out.writeBytes(new byte[] {(byte) (d >>> 24), (byte) (d >>> 16), (byte) (d >>> 8), (byte) d});
    }
    for (int i = 0; i < n * rows * cols; i++) {
      out.write(i * 7);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void readsImagesInTheRealLayoutPlainAndGzipped() throws IOException {
    byte[] plain = imagesFile(3, 4, 5);
    for (byte[] b : new byte[][] {plain, gzip(plain)}) {
      Path f = dir.resolve("x-idx3-ubyte");
      Files.write(f, b);
      NdArray a = Idx.read(f, Datasets.IMAGES);
      assertThat(a.dtype()).isEqualTo(DType.U1);
      assertThat(a.shape()).containsExactly(3, 4, 5);
      assertThat(a.getLong(59)).isEqualTo((59 * 7) & 0xff);
    }
  }

  @Test
  void roundTripsEveryTypeThroughWrite() throws IOException {
    for (DType t : new DType[] {DType.U1, DType.I1, DType.I2, DType.I4, DType.F4, DType.F8}) {
      NdArray a = NpyTest.sample(t, new int[] {2, 3, 2}, 11);
      for (boolean gz : new boolean[] {false, true}) {
        Path f = dir.resolve(t + "" + gz);
        Idx.write(f, a, gz);
        assertThat(Idx.read(f)).as("%s gzip=%s", t, gz).isEqualTo(a);
      }
    }
    NdArray labels = NdArray.ofLongs(DType.U1, new long[] {3, 1, 4}, 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Idx.write(out, labels);
    assertThat(Arrays.copyOf(out.toByteArray(), 8)).containsExactly(0, 0, 8, 1, 0, 0, 0, 3);
  }

  @Test
  void rejectsWrongMagicNamingBoth() {
    byte[] labels = {0, 0, 8, 1, 0, 0, 0, 1, 5};
    assertThatThrownBy(() -> Idx.read(new ByteArrayInputStream(labels), "y", Datasets.IMAGES))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "y at byte 0: expected magic 0x00000803, got 0x00000801 "
                + "(not an IDX file of that kind)");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0};
    assertThatThrownBy(() -> Idx.read(new ByteArrayInputStream(png), "p.png", 0))
        .hasMessage(
            "p.png at byte 0: expected an IDX magic 0x000008RR..0x00000ERR, got "
                + "0x89504E47 (not an IDX file of that kind)");
  }

  @Test
  void rejectsTruncatedFilesWithTheOffset() throws IOException {
    byte[] full = imagesFile(2, 2, 2);
    byte[] cut = Arrays.copyOf(full, full.length - 3);
    assertThatThrownBy(() -> Idx.read(new ByteArrayInputStream(cut), "x", 0))
        .hasMessage(
            "x at byte 21: expected 8 bytes of data for shape [2, 2, 2] from byte 16, "
                + "got 5 (truncated file)");
    byte[] gz = gzip(full);
    byte[] cutGz = Arrays.copyOf(gz, gz.length - 12);
    assertThatThrownBy(() -> Idx.read(new ByteArrayInputStream(cutGz), "x.gz", 0))
        .hasMessageStartingWith("x.gz: expected a complete gzip stream, got ")
        .hasMessageEndingWith("(truncated or corrupt file)");
  }
}
