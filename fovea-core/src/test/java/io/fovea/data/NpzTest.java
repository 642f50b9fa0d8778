package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.files.ZipMemberLimit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {

  @TempDir Path dir;

  private static final float[] VALUES = new float[4000];

  static {
    for (int i = 0; i < VALUES.length; i++) {
      VALUES[i] = i * 0.5f;
    }
  }

  private Path write(String name, boolean compress) throws IOException {
    Path file = dir.resolve(name);
    Npz.write(file, Map.of("x", NdArray.ofFloats(VALUES, 40, 100)), compress);
    return file;
  }

  @Test
  void storedAndDeflatedArchivesRoundTrip() throws IOException {
    for (boolean compress : new boolean[] {false, true}) {
      NdArray back = Npz.read(write("ok" + compress + ".npz", compress)).get("x");
      assertThat(back.shape()).containsExactly(40, 100);
      assertThat(back.toTensor().toArray()).containsExactly(VALUES);
    }
  }

  @Test
  void aFlippedByteInAStoredEntryIsRefusedByItsCrc() throws IOException {
    Path file = write("flipped.npz", false);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x04;
    Files.write(file, bytes);
    assertThatThrownBy(() -> Npz.read(file))
        .isInstanceOf(DataFileException.class)
        .hasMessageMatching(
            "\\Q"
                + file
                + " entry 'x.npy': expected CRC-32 \\E0x[0-9a-f]{8}\\Q (from the zip directory),"
                + " got \\E0x[0-9a-f]{8}\\Q; the archive is corrupt\\E");
  }

  @Test
  void aDeclaredSizeSmallerThanTheDataIsRefusedWhileInflating() throws IOException {
    Path file = write("lying.npz", true);
    byte[] bytes = Files.readAllBytes(file);
    setDeclaredSize(bytes, "x.npy", 100);
    Files.write(file, bytes);
    assertThatThrownBy(() -> Npz.read(file))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            file
                + " entry 'x.npy' at byte 100: expected at most 100 bytes (the declared size), got"
                + " more after inflating; the archive is corrupt");
  }

  @Test
  void anEntryThatInflatesPastItsDeclaredSizeIsStopped() throws IOException {
    // A small honest array followed by 64 MB of zeros, declared as the array's size alone.
    ByteArrayOutputStream npy = new ByteArrayOutputStream();
    Npy.write(npy, NdArray.ofFloats(new float[] {1, 2, 3}, 3), NpyFormat.DEFAULT);
    int honest = npy.size();
    Path file = dir.resolve("bomb.npz");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      out.putNextEntry(new ZipEntry("x.npy"));
      out.write(npy.toByteArray());
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    byte[] bytes = Files.readAllBytes(file);
    setDeclaredSize(bytes, "x.npy", honest);
    Files.write(file, bytes);
    assertThatThrownBy(() -> Npz.read(file))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            file
                + " entry 'x.npy' at byte "
                + honest
                + ": expected at most "
                + honest
                + " bytes (the declared size), got more after inflating; the archive is corrupt");
  }

  @Test
  void thePropertyCapsEveryEntry() throws IOException {
    Path file = write("capped.npz", true);
    System.setProperty(ZipMemberLimit.PROPERTY, "1000");
    try {
      assertThatThrownBy(() -> Npz.read(file))
          .isInstanceOf(DataFileException.class)
          .hasMessage(
              file
                  + " entry 'x.npy': expected at most 1000 bytes (-Dfovea.maxZipMember), got a"
                  + " declared size of 16128 bytes; if the archive is trusted, raise the cap with"
                  + " -Dfovea.maxZipMember=<bytes> (for the fovea command, in FOVEA_JAVA_OPTS)");
    } finally {
      System.clearProperty(ZipMemberLimit.PROPERTY);
    }
  }

  /** Patches the uncompressed size of {@code name} in the central directory. */
  private static void setDeclaredSize(byte[] bytes, String name, int size) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 + name.length() <= bytes.length; i++) {
      if (b.getInt(i) == 0x02014b50
          && new String(bytes, i + 46, name.length(), java.nio.charset.StandardCharsets.UTF_8)
              .equals(name)) {
        b.putInt(i + 24, size);
        return;
      }
    }
    throw new IllegalArgumentException("no central header for " + name);
  }
}
