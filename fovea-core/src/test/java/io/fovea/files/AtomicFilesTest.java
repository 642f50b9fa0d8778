package io.fovea.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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

  @Test
  void removesTheStaleLeftoversOfAKilledWriteOfTheSameTargetAtTheNextWrite() throws Exception {
    Path target = dir.resolve("best.keras");
    FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    Path killed = leftover(".best.keras." + UUID.randomUUID() + ".tmp", hourAgo);
    Path writing =
        leftover(".best.keras." + UUID.randomUUID() + ".tmp", FileTime.from(Instant.now()));
    Path otherTarget = leftover(".other.keras." + UUID.randomUUID() + ".tmp", hourAgo);
    Path notOurs = leftover(".best.keras.backup.tmp", hourAgo);
    AtomicFiles.write(target, new byte[] {7});
    assertThat(killed).doesNotExist();
    // A write in progress (fresh), another target's and a name not of our pattern stay.
    assertThat(listing(dir)).containsExactlyInAnyOrder(target, writing, otherTarget, notOurs);
  }

  @Test
  void namesTheTargetAndTheReasonNotTheTemporaryFileWhenTheWriteIsRefused() throws Exception {
    Path file = dir.resolve("m.keras");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    temp -> {
                      throw new AccessDeniedException(temp.toString());
                    }))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(file.toAbsolutePath() + ": cannot write (permission denied)");
  }

  @Test
  void namesTheFileInTheWayWhenTheFolderCannotBeCreated() throws Exception {
    Path blocker = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
    Path file = blocker.resolve("m.keras");
    assertThatThrownBy(() -> AtomicFiles.write(file, new byte[] {1}))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(
            file.toAbsolutePath()
                + ": cannot create its folder "
                + blocker.toAbsolutePath()
                + " ("
                + blocker.toAbsolutePath()
                + " is in the way)");
  }

  private Path leftover(String name, FileTime modified) throws IOException {
    Path p = Files.writeString(dir.resolve(name), "half a model");
    Files.setLastModifiedTime(p, modified);
    return p;
  }

  private static Stream<Path> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList().stream();
    }
  }
}
