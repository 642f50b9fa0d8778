package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

  @TempDir Path dir;

  static NdArray sample(DType t, int[] shape, long seed) {
    Random r = new Random(seed);
    double[] v = new double[(int) NdArray.sizeOf(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = t.isFloating() ? (r.nextInt(2001) - 1000) / 8.0 : r.nextInt(200) - 100;
    }
    return NdArray.ofDoubles(t, v, shape);
  }

  static NdArray roundTrip(NdArray a, NpyFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(out, a, f);
    assertThat((out.size() - a.bytes().length) % 64).as("data starts at a multiple of 64").isZero();
    return Npy.read(new ByteArrayInputStream(out.toByteArray()), "mem.npy", null);
  }

  @Test
  void roundTripsEveryDtypeOrderEndiannessVersionAndRank() throws IOException {
    int[][] shapes = {{}, {0}, {5}, {2, 3}, {2, 3, 4}, {3, 0, 2}, {1, 2, 3, 2}};
    long seed = 7;
    for (DType t : DType.values()) {
      for (int[] shape : shapes) {
        NdArray a = sample(t, shape, seed++);
        for (ByteOrder bo : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
          for (boolean fortran : new boolean[] {false, true}) {
            for (int version = 1; version <= 3; version++) {
              NdArray back = roundTrip(a, new NpyFormat(version, bo, fortran));
              assertThat(back)
                  .as(
                      "%s %s %s fortran=%s v%d seed %d",
                      t, Arrays.toString(shape), bo, fortran, version, seed)
                  .isEqualTo(a);
            }
          }
        }
      }
    }
  }

  @Test
  void fortranOrderTransposesIntoRowMajor() throws IOException {
    NdArray a = NdArray.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(out, a, new NpyFormat(1, ByteOrder.LITTLE_ENDIAN, true));
    byte[] b = out.toByteArray();
    // Column-major data: 1 4 2 5 3 6.
    float second =
        java.nio.ByteBuffer.wrap(b, b.length - 20, 4).order(ByteOrder.LITTLE_ENDIAN).getFloat();
    assertThat(second).isEqualTo(4f);
    assertThat(new String(b, 10, 80, StandardCharsets.ISO_8859_1))
        .startsWith("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }");
  }

  @Test
  void writesFilesAtomicallyAndReadsThemBack() throws IOException {
    Path f = dir.resolve("a.npy");
    NdArray a = sample(DType.I2, new int[] {4, 5}, 1);
    Npy.write(f, a);
    assertThat(Npy.read(f)).isEqualTo(a);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.npy");
    }
  }

  @Test
  void roundTripsStoredAndDeflatedNpz() throws IOException {
    Map<String, NdArray> m = new LinkedHashMap<>();
    m.put("x_train", sample(DType.U1, new int[] {3, 4, 4}, 2));
    m.put("y_train", sample(DType.I8, new int[] {3}, 3));
    m.put("w", sample(DType.F4, new int[] {2, 2}, 4));
    for (boolean compress : new boolean[] {false, true}) {
      Path f = dir.resolve("m" + compress + ".npz");
      Npz.write(f, m, compress);
      assertThat(Npz.read(f)).as("compress=%s", compress).isEqualTo(m);
    }
  }

  @Test
  void namesTheNpzEntryOfABrokenArray() throws IOException {
    byte[] npy = bytesOf(NdArray.ofFloats(new float[] {1, 2, 3}, 3));
    Path f = dir.resolve("broken.npz");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("good.npy"));
      zip.write(npy);
      zip.putNextEntry(new java.util.zip.ZipEntry("bad.npy"));
      zip.write(npy, 0, npy.length - 5);
    }
    assertThatThrownBy(() -> Npz.read(f))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            f
                + " entry 'bad.npy' at byte 135: expected 12 bytes of data from byte 128, "
                + "got 7 (truncated file)");
  }

  @Test
  void rejectsTruncatedDataNamingFileAndOffset() throws IOException {
    byte[] full = bytesOf(NdArray.ofFloats(new float[] {1, 2, 3}, 3));
    assertThatThrownBy(() -> read(Arrays.copyOf(full, full.length - 2)))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "t.npy at byte 138: expected 12 bytes of data from byte 128, got 10 "
                + "(truncated file)");
  }

  @Test
  void rejectsWrongMagic() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertThatThrownBy(() -> read(png))
        .hasMessage(
            "t.npy at byte 0: expected the npy magic \\x93NUMPY, got bytes "
                + "89 50 4e 47 0d 0a (not an npy file)");
  }

  @Test
  void rejectsHeaderTooLongAndBadVersion() throws IOException {
    byte[] b = bytesOf(NdArray.ofFloats(new float[] {1}, 1));
    b[6] = 2;
    assertThatThrownBy(() -> read(b))
        .hasMessageStartingWith("t.npy at byte 8: expected a header of at most 100000 bytes, got ")
        .hasMessageEndingWith(" (header too long: corrupt file?)");
    byte[] c = bytesOf(NdArray.ofFloats(new float[] {1}, 1));
    c[6] = 9;
    assertThatThrownBy(() -> read(c))
        .hasMessage("t.npy at byte 6: expected npy version 1.0, 2.0 or 3.0, got 9.0");
  }

  @Test
  void rejectsUnsupportedAndMalformedHeaders() {
    assertThatThrownBy(
            () ->
                read(withHeader("{'descr': '<U5', 'fortran_order': False, " + "'shape': (2,), }")))
        .hasMessage(
            "t.npy at byte 10: expected a dtype among u1, i1, i2, i4, i8, f2, f4, f8, "
                + "b1, got '<U5'");
    assertThatThrownBy(
            () ->
                read(
                    withHeader(
                        "{'descr': '<f4', 'fortran_order': False, "
                            + "'shape': __import__('os'), }")))
        .hasMessage(
            "t.npy at byte 10: expected a string, a boolean or a tuple at character 50 "
                + "of the header dictionary, got '__import__('os'), } '");
    assertThatThrownBy(
            () ->
                read(
                    withHeader(
                        "{'descr': [('a', '<f4')], 'fortran_order': " + "False, 'shape': (2,), }")))
        .hasMessageContaining("got a list of fields (structured arrays are not supported)");
  }

  @Test
  void rejectsAShapeWhoseElementCountOverflowsNamingTheShape() {
    String pre = "{'descr': '<f4', 'fortran_order': False, 'shape': ";
    assertThatThrownBy(() -> read(withHeader(pre + "(4611686018427387904, 4), }")))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "t.npy at byte 10: expected a shape of at most 2147483647 elements, "
                + "got (4611686018427387904, 4)");
    assertThatThrownBy(() -> read(withHeader(pre + "(2147483647, 2147483647, 2147483647), }")))
        .hasMessage(
            "t.npy at byte 10: expected a shape of at most 2147483647 elements, "
                + "got (2147483647, 2147483647, 2147483647)");
    assertThatThrownBy(() -> read(withHeader(pre + "(99999999999999999999999,), }")))
        .hasMessage(
            "t.npy at byte 10: expected a shape of at most 2147483647 elements, "
                + "got (99999999999999999999999,)");
    assertThatThrownBy(() -> read(withHeader(pre + "(0, 4294967296), }")))
        .hasMessage("t.npy at byte 10: expected a dimension below 2^31, got 4294967296");
  }

  private static byte[] withHeader(String dict) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String padded = dict + " ".repeat(117 - dict.length() - 1) + "\n";
    out.writeBytes(Npy.MAGIC);
    out.writeBytes(new byte[] {1, 0, (byte) padded.length(), 0});
    out.writeBytes(padded.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(new byte[64]);
    return out.toByteArray();
  }

  private static byte[] bytesOf(NdArray a) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(out, a, NpyFormat.DEFAULT);
    return out.toByteArray();
  }

  private static NdArray read(byte[] b) throws IOException {
    return Npy.read(new ByteArrayInputStream(b), "t.npy", null);
  }
}
