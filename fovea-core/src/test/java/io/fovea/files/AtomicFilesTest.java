package io.fovea.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesBytesIntoMissingFoldersLeavingOnlyTheTarget() throws Exception {
    Path file = dir.resolve("a/b/c.bin");
    AtomicFiles.write(file, new byte[] {1, 2, 3});
    assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    assertThat(listing(file.getParent())).containsExactly(file);
  }

  @Test
  void replacesAnExistingFileKeepingItsPermissions() throws Exception {
    Path file = dir.resolve("x.txt");
    Files.writeString(file, "a much longer old content");
    boolean posix = Files.getFileStore(file).supportsFileAttributeView("posix");
    if (posix) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    }
    AtomicFiles.writeStream(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(listing(dir)).containsExactly(file);
    if (posix) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-rw----");
    }
  }

  @Test
  void givesANewFileTheUsualPermissionsNotThoseOfATemporaryFile() throws Exception {
    Path probe = Files.writeString(dir.resolve("probe"), "umask");
    assumeTrue(Files.getFileStore(probe).supportsFileAttributeView("posix"));
    Path file = dir.resolve("new.bin");
    AtomicFiles.write(file, temp -> Files.write(temp, new byte[] {7}));
    // Same as any file created the ordinary way here, so others may read it where umask allows.
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isNotEqualTo("rw-------");
  }

  @Test
  void leavesTheTargetAndNoTemporaryFileWhenTheWriterFails() throws Exception {
    Path file = dir.resolve("keep.txt");
    Files.writeString(file, "old");
    Path[] seen = new Path[1];
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    temp -> {
                      seen[0] = temp;
                      Files.writeString(temp, "half");
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(seen[0].getParent()).isEqualTo(file.toAbsolutePath().getParent());
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(listing(dir)).containsExactly(file);
  }

  @Test
  void leavesNoTemporaryFileWhenTheStreamWriterFails() throws Exception {
    Path file = dir.resolve("never.bin");
    assertThatThrownBy(
            () ->
                AtomicFiles.writeStream(
                    file,
                    out -> {
                      out.write(1);
                      throw new IllegalStateException("encoder broke");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("encoder broke");
    assertThat(listing(dir)).isEmpty();
  }

  private static Stream<Path> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList().stream();
    }
  }
}
