package io.fovea.saving.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H5WriterTest {

  private static final long SEED = 20261123;

  @TempDir Path dir;

  @Test
  void superblockIsVersion2WithTheRootTheEndAndAChecksum() {
    byte[] b = H5Writer.superblock(0x30, 0x1818);
    assertThat(b).hasSize(H5Writer.SUPERBLOCK_SIZE);
    // The same fields as the version 3 superblock h5py wrote for root 0x30 and end 0x1818.
    byte[] h5py =
        HexFormat.of()
            .parseHex(
                "894844460d0a1a0a030808000000000000000000ffffffffffffffff"
                    + "18180000000000003000000000000000");
    h5py[8] = 2;
    assertThat(Arrays.copyOf(b, 44)).isEqualTo(h5py);
    int stored = ByteBuffer.wrap(b, 44, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    assertThat(stored).isEqualTo(Lookup3.checksum(b, 0, 44));
  }

  @Test
  void objectHeaderHoldsItsMessagesAndAChecksum() {
    byte[] b = new ObjectHeader().add(Messages.GROUP_INFO, 0, Messages.groupInfo(), "/").toBytes();
    // "OHDR", version 2, flags 0 (1-byte chunk size), size 6, then type, size, flags, body.
    assertThat(Arrays.copyOf(b, 13))
        .isEqualTo(new byte[] {'O', 'H', 'D', 'R', 2, 0, 6, 0x0A, 2, 0, 0, 0, 0});
    assertThat(ByteBuffer.wrap(b, 13, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
        .isEqualTo(Lookup3.checksum(b, 0, 13));
  }

  @Test
  void objectHeaderWidensItsSizeFieldForLargeChunks() {
    byte[] big = new byte[300];
    byte[] b = new ObjectHeader().add(Messages.ATTRIBUTE, 0, big, "x").toBytes();
    assertThat(b[5]).isEqualTo((byte) 1);
    assertThat(b[6] & 0xff | (b[7] & 0xff) << 8).isEqualTo(304);
    assertThat(b).hasSize(4 + 2 + 2 + 304 + 4);
  }

  @Test
  void globalHeapFillsAtLeast4096BytesAndEndsWithItsFreeSpace() {
    GlobalHeap heap = new GlobalHeap();
    assertThat(heap.add(new byte[] {'a', 'b', 'c'})).isEqualTo(1);
    byte[] b = heap.toBytes();
    assertThat(b).hasSize(4096);
    ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(b, 0, 4)).isEqualTo("GCOL");
    assertThat(in.getLong(8)).isEqualTo(4096);
    assertThat(in.getShort(16)).isEqualTo((short) 1);
    assertThat(in.getLong(24)).isEqualTo(3);
    // Object 1 is 16 + 8 (padded) bytes; the free space (object 0) counts its own header.
    assertThat(in.getShort(40)).isEqualTo((short) 0);
    assertThat(in.getLong(48)).isEqualTo(4096 - 40);
  }

  @Test
  void jhdfReadsEveryKindOfObjectAndAttributeWritten() throws IOException {
    Random random = new Random(SEED);
    String large = randomText(random, 300_000);
    H5Group root = new H5Group();
    root.putString("version", "2.15.0 \u00e9t\u00e9");
    root.putAsciiString("config", large);
    root.putStrings("names", List.of("dense", "conv2d_1", "\u00fcber"));
    root.putEmptyList("empty");
    float[][] data = new float[5][];
    int[][] shapes = {{}, {7}, {2, 3}, {3, 3, 2, 4}, {0, 3}};
    for (int i = 0; i < shapes.length; i++) {
      data[i] = new float[Arrays.stream(shapes[i]).reduce(1, (a, b) -> a * b)];
      for (int j = 0; j < data[i].length; j++) {
        data[i][j] = (float) random.nextGaussian();
      }
      root.putFloats("a/b:0/rank" + shapes[i].length + "/w:" + i, shapes[i], data[i]);
    }
    root.group("a/empty group");
    root.putInts("ints/scalar", new int[0], new int[] {-7});
    root.putInts("ints/matrix", new int[] {2, 2}, new int[] {1, Integer.MIN_VALUE, 3, 1 << 30});
    Path file = dir.resolve("kinds.h5");
    H5Writer.write(file, root);

    try (HdfFile h5 = new HdfFile(file)) {
      assertThat(h5.getAttribute("version").getData()).isEqualTo("2.15.0 \u00e9t\u00e9");
      assertThat(h5.getAttribute("config").getData()).isEqualTo(large);
      assertThat((String[]) h5.getAttribute("names").getData())
          .containsExactly("dense", "conv2d_1", "\u00fcber");
      Attribute empty = h5.getAttribute("empty");
      assertThat(empty.isEmpty()).isTrue();
      assertThat(empty.getDimensions()).containsExactly(0);
      for (int i = 0; i < shapes.length; i++) {
        String path = "a/b:0/rank" + shapes[i].length + "/w:" + i;
        Dataset d = h5.getDatasetByPath(path);
        assertThat(d.getDimensions()).as(path).containsExactly(shapes[i]);
        assertThat(flat(d)).as("%s (seed %d)", path, SEED).containsExactly(data[i]);
      }
      assertThat(((Group) h5.getChild("a")).getChildren()).containsKeys("b:0", "empty group");
      assertThat(((Group) h5.getByPath("a/empty group")).getChildren()).isEmpty();
      assertThat(h5.getDatasetByPath("ints/scalar").getData()).isEqualTo(-7);
      assertThat((int[][]) h5.getDatasetByPath("ints/matrix").getData())
          .isEqualTo(new int[][] {{1, Integer.MIN_VALUE}, {3, 1 << 30}});
    }
  }

  @Test
  void refusesAnAttributeOverTheHeaderMessageLimitNamingIt() {
    H5Group root = new H5Group();
    root.group("layer").putStrings("names", List.of("x".repeat(70_000)));
    Path file = dir.resolve("big.h5");
    assertThatThrownBy(() -> H5Writer.write(file, root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("/layer@names: expected at most 65535 bytes in one HDF5 header")
        .hasMessageContaining("got 70");
  }

  @Test
  void writesOnlyNewFiles() throws IOException {
    Path file = Files.writeString(dir.resolve("old.h5"), "old");
    assertThatThrownBy(() -> H5Writer.write(file, new H5Group()))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("old");
  }

  @Test
  void rejectsClashingNamesAndWrongSizes() {
    H5Group root = new H5Group();
    root.putFloats("g/w", new int[] {2}, new float[2]);
    assertThatThrownBy(() -> root.putFloats("g/w", new int[] {1}, new float[1]))
        .hasMessage("HDF5 dataset 'g/w': expected a new name, got one in use");
    assertThatThrownBy(() -> root.group("g/w/x"))
        .hasMessage("HDF5 group 'g/w/x': expected a group at 'w', got a dataset");
    assertThatThrownBy(() -> root.putFloats("v", new int[] {2, 3}, new float[5]))
        .hasMessage("HDF5 dataset 'v': expected 6 values for shape [2, 3], got 5");
    root.putEmptyList("a");
    assertThatThrownBy(() -> root.putString("a", "b"))
        .hasMessage("HDF5 attribute 'a': expected a new name, got one in use");
    assertThatThrownBy(() -> root.putString("", "b"))
        .hasMessage("HDF5 attribute: expected a non-empty name, got ''");
  }

  private static float[] flat(Dataset d) {
    if (d.isEmpty()) {
      return new float[0];
    }
    Object data = d.isScalar() ? new float[] {(Float) d.getData()} : d.getDataFlat();
    return (float[]) data;
  }

  private static String randomText(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) (' ' + random.nextInt(95)));
    }
    return s.toString();
  }
}
