package io.fovea.saving.keras3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.files.ZipMemberLimit;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.InputLayer;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.Models;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipMembersTest {

  @TempDir Path dir;

  private Path saved;
  private Map<String, byte[]> members;

  @BeforeEach
  void saveACompiledModel() throws IOException {
    Sequential model = new Sequential().seed(7).add(new InputLayer(4)).add(new Dense(3, "softmax"));
    model.compile("adam", "categorical_crossentropy");
    saved = dir.resolve("good.keras");
    Models.save(model, saved);
    members = ZipBytes.members(saved);
    assertThat(members).containsKeys(Keras3Reader.CONFIG, Keras3Reader.WEIGHTS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"config.json", "metadata.json", "model.weights.h5"})
  void aFlippedByteInAStoredMemberIsRefusedNamingTheMember(String member) throws IOException {
    Path file = dir.resolve("stored.keras");
    ZipBytes.write(file, members, ZipEntry.STORED);
    assertThat(Models.load(file).countParams()).isEqualTo(15);
    byte[] bytes = Files.readAllBytes(file);
    int at = ZipBytes.dataOffset(bytes, member) + members.get(member).length / 2;
    // A digit of the JSON or a byte of the HDF5 data: the member still parses, only the CRC tells.
    bytes[at] ^= 0x01;
    Files.write(file, bytes);
    assertThatThrownBy(() -> Models.load(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessageMatching(
            "\\Q"
                + file
                + "!"
                + member
                + ": expected CRC-32 \\E0x[0-9a-f]{8}\\Q (from the zip directory), got \\E"
                + "0x[0-9a-f]{8}\\Q for the member's "
                + members.get(member).length
                + " bytes; the archive is corrupt\\E");
  }

  @Test
  void aFlippedByteInADeflatedMemberIsRefused() throws IOException {
    Path file = dir.resolve("deflated.keras");
    ZipBytes.write(file, members, ZipEntry.DEFLATED);
    assertThat(Models.load(file).countParams()).isEqualTo(15);
    byte[] bytes = Files.readAllBytes(file);
    int start = ZipBytes.dataOffset(bytes, Keras3Reader.WEIGHTS);
    bytes[start + 40] ^= 0x10;
    Files.write(file, bytes);
    // Depending on the bit, the inflater fails or inflates other bytes; both name the member.
    assertThatThrownBy(() -> Models.load(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith(file + "!" + Keras3Reader.WEIGHTS + ": expected ")
        .hasMessageContaining("corrupt");
  }

  @Test
  void aWrongCrcInTheCentralDirectoryIsRefused() throws IOException {
    Path file = dir.resolve("crc.keras");
    ZipBytes.write(file, members, ZipEntry.DEFLATED);
    byte[] bytes = Files.readAllBytes(file);
    int crcAt = ZipBytes.centralOffset(bytes, Keras3Reader.METADATA) + 16;
    long good = ZipBytes.le(bytes).getInt(crcAt) & 0xffffffffL;
    ZipBytes.le(bytes).putInt(crcAt, (int) (good ^ 0x00010000));
    Files.write(file, bytes);
    assertThatThrownBy(() -> Models.load(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessage(
            String.format(
                "%s!metadata.json: expected CRC-32 0x%08x (from the zip directory), got 0x%08x"
                    + " for the member's %d bytes; the archive is corrupt",
                file, good ^ 0x00010000, good, members.get(Keras3Reader.METADATA).length));
  }

  @Test
  void loadWeightsChecksTheCrcToo() throws IOException {
    Path file = dir.resolve("weights.keras");
    ZipBytes.write(file, members, ZipEntry.STORED);
    byte[] bytes = Files.readAllBytes(file);
    bytes[ZipBytes.dataOffset(bytes, Keras3Reader.WEIGHTS) + 3000] ^= 0x40;
    Files.write(file, bytes);
    Sequential model = Models.load(saved);
    assertThatThrownBy(() -> Models.loadWeights(model, file))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith(file + "!model.weights.h5: expected CRC-32 ");
  }

  @Test
  void aZipBombOfTwoGigabytesIsRefusedBeforeInflating() throws IOException {
    long size = 2L << 30;
    Bomb bomb = zeros(size);
    Path file = dir.resolve("bomb.keras");
    Files.write(file, bombArchive(bomb, size));
    assertThat(Files.size(file)).isLessThan(3L << 20);
    long start = System.nanoTime();
    assertThatThrownBy(() -> Models.load(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessage(
            file
                + "!model.weights.h5: expected at most 16842992 bytes (16 bytes for each of the"
                + " model's 15 parameters (value and up to 3 optimizer slots), 16 MB and 64 KB for"
                + " each of its 1 layer of HDF5 metadata), got a declared size of 2147483648"
                + " bytes; if the archive is trusted, raise the cap with"
                + " -Dfovea.maxZipMember=<bytes> (for the fovea command, in FOVEA_JAVA_OPTS)");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
  }

  @Test
  void aZipBombThatLiesAboutItsSizeIsStoppedAtTheCap() throws IOException {
    Bomb bomb = zeros(64L << 20);
    Path file = dir.resolve("liar.keras");
    Files.write(file, bombArchive(bomb, 1000));
    assertThatThrownBy(() -> Models.load(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith(file + "!model.weights.h5: expected at most 16842992 bytes (")
        .hasMessageContaining("got more after inflating (the zip header declares 1000)")
        .hasMessageEndingWith(
            "-Dfovea.maxZipMember=<bytes> (for the fovea command, in FOVEA_JAVA_OPTS)");
  }

  @Test
  void thePropertyReplacesTheCap() throws IOException {
    System.setProperty(ZipMemberLimit.PROPERTY, "100");
    try {
      assertThatThrownBy(() -> Models.load(saved))
          .isInstanceOf(KerasFileException.class)
          .hasMessageStartingWith(
              saved + "!config.json: expected at most 100 bytes (-Dfovea.maxZipMember), got a");
      System.setProperty(ZipMemberLimit.PROPERTY, "lots");
      assertThatThrownBy(() -> Models.load(saved))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("fovea.maxZipMember: expected a positive number of bytes, got 'lots'");
    } finally {
      System.clearProperty(ZipMemberLimit.PROPERTY);
    }
  }

  private byte[] bombArchive(Bomb bomb, long declared) throws IOException {
    return ZipBytes.raw(
        List.of(
            ZipBytes.RawMember.stored(Keras3Reader.CONFIG, members.get(Keras3Reader.CONFIG)),
            new ZipBytes.RawMember(
                Keras3Reader.WEIGHTS, ZipEntry.DEFLATED, bomb.deflated(), declared, bomb.crc())));
  }

  private record Bomb(byte[] deflated, long crc) {}

  /**
   * Raw deflate data of {@code size} zero bytes (a multiple of 1 MB): one fully flushed block of 1
   * MB repeated, since a flushed block refers to nothing before it.
   */
  private static Bomb zeros(long size) {
    int block = 1 << 20;
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    d.setInput(new byte[block]);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    do {
      n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
      one.write(buf, 0, n);
    } while (n == buf.length || !d.needsInput());
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CRC32 crc = new CRC32();
    byte[] zero = new byte[block];
    for (long i = 0; i < size / block; i++) {
      out.writeBytes(one.toByteArray());
      crc.update(zero);
    }
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return new Bomb(out.toByteArray(), crc.getValue());
  }
}
