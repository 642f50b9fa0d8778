package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarTest {

  @TempDir Path dir;

  /** One ustar entry: header (name, octal size, type) and data padded to 512 bytes. */
  static void entry(OutputStream out, String name, byte[] data, char type) throws IOException {
    byte[] h = new byte[512];
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(n, 0, h, 0, n.length);
    byte[] size = String.format("%011o", data.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, h, 124, size.length);
    h[156] = (byte) type;
    out.write(h);
    out.write(data);
    out.write(new byte[(512 - data.length % 512) % 512]);
  }

  @Test
  void extractsOnlyTheWantedRegularFiles() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      entry(gz, "cifar-10-batches-bin/", new byte[0], '5');
      entry(gz, "cifar-10-batches-bin/test_batch.bin", new byte[700], '0');
      entry(gz, "../escape.txt", "x".getBytes(StandardCharsets.US_ASCII), '0');
      entry(
          gz,
          "cifar-10-batches-bin/batches.meta.txt",
          "airplane\n".getBytes(StandardCharsets.US_ASCII),
          '0');
      gz.write(new byte[1024]);
    }
    Path archive = dir.resolve("a.tar.gz");
    Files.write(archive, bytes.toByteArray());
    Path out = dir.resolve("out");
    int n =
        Tar.extract(
            archive,
            out,
            Set.of("cifar-10-batches-bin/test_batch.bin", "cifar-10-batches-bin/batches.meta.txt"));
    assertThat(n).isEqualTo(2);
    assertThat(out.resolve("cifar-10-batches-bin/test_batch.bin")).hasSize(700);
    assertThat(out.resolve("cifar-10-batches-bin/batches.meta.txt")).hasContent("airplane");
    assertThat(dir.resolve("escape.txt")).doesNotExist();
  }
}
