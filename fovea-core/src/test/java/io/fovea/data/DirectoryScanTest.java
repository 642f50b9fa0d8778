package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DirectoryScanTest {

  @TempDir Path root;
  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** A symbolic link at {@code link} to {@code target}, or the test is skipped. */
  static void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      assumeTrue(false, "this file system refuses symbolic links: " + e.getMessage());
    }
  }

  private DirectoryScan scan(Path dir) throws IOException {
    return new DirectoryScan(dir, null, 0, out);
  }

  @Test
  void aClassFolderThatIsALinkContributesItsImages() throws IOException {
    Path data = Files.createDirectories(root.resolve("data"));
    DirectoryFlowTest.writeClass(data, "cats", 0, 2, "png");
    DirectoryFlowTest.writeClass(root.resolve("elsewhere"), "dogs", 1, 3, "png");
    link(data.resolve("dogs"), root.resolve("elsewhere").resolve("dogs"));
    DirectoryScan s = scan(data);
    assertThat(s.classNames).containsExactly("cats", "dogs");
    assertThat(s.files).hasSize(5);
    assertThat(s.classes).containsExactly(0, 0, 1, 1, 1);
    // Under the link's own path, as Keras's filenames.
    assertThat(s.files.get(2)).isEqualTo(data.resolve("dogs").resolve("dogs.0.png"));
    assertThat(printed())
        .isEqualTo("Found 5 images belonging to 2 classes." + System.lineSeparator());
  }

  @Test
  void linkedImageFilesAndLinkedNestedFoldersAreFollowedInSortedOrder() throws IOException {
    Path data = Files.createDirectories(root.resolve("data"));
    DirectoryFlowTest.writeClass(data, "cats", 0, 1, "png");
    DirectoryFlowTest.writeClass(root.resolve("more"), "kittens", 0, 2, "png");
    Path cats = data.resolve("cats");
    link(
        cats.resolve("a-linked.png"),
        root.resolve("more").resolve("kittens").resolve("kittens.0.png"));
    link(cats.resolve("nested"), root.resolve("more").resolve("kittens"));
    DirectoryScan s = scan(data);
    assertThat(s.files)
        .containsExactly(
            cats.resolve("a-linked.png"),
            cats.resolve("cats.0.png"),
            cats.resolve("nested").resolve("kittens.0.png"),
            cats.resolve("nested").resolve("kittens.1.png"));
    assertThat(scan(data).files).isEqualTo(s.files);
  }

  @Test
  @Timeout(20)
  void aFolderLinkingToItsParentIsSkippedWithAWarningNamingTheLink() throws IOException {
    DirectoryFlowTest.writeClass(root, "cats", 0, 2, "png");
    DirectoryFlowTest.writeClass(root, "dogs", 1, 1, "png");
    Path loop = root.resolve("cats").resolve("again");
    link(loop, root.resolve("cats"));
    DirectoryScan s = scan(root);
    assertThat(s.files).hasSize(3);
    assertThat(s.classes).containsExactly(0, 0, 1);
    assertThat(printed())
        .isEqualTo(
            "Warning: skipping "
                + loop
                + ": a link to a folder that contains it (a loop), not followed"
                + System.lineSeparator()
                + "Found 3 images belonging to 2 classes."
                + System.lineSeparator());
  }

  @Test
  @Timeout(20)
  void aClassFolderLinkingToTheDataFolderEnds() throws IOException {
    DirectoryFlowTest.writeClass(root, "cats", 0, 2, "png");
    Path loop = root.resolve("all");
    link(loop, root);
    DirectoryScan s = scan(root);
    // "all" walks the data folder once (cats' two images) and stops at itself.
    assertThat(s.classNames).containsExactly("all", "cats");
    assertThat(s.classes).containsExactly(0, 0, 1, 1);
    assertThat(printed())
        .contains("Warning: skipping " + loop.resolve("all") + ": a link to a folder");
  }

  @Test
  void aLinkToNothingIsSkippedWithAWarning() throws IOException {
    DirectoryFlowTest.writeClass(root, "cats", 0, 2, "png");
    Path dangling = root.resolve("cats").resolve("gone.png");
    link(dangling, root.resolve("nowhere.png"));
    DirectoryScan s = scan(root);
    assertThat(s.files).hasSize(2);
    assertThat(printed()).startsWith("Warning: skipping " + dangling + ": a link to nothing");
  }

  @Test
  void anUnreadableDataFolderIsNamedWithTheReasonInWords() throws IOException {
    Path locked = Files.createDirectories(root.resolve("locked"));
    DirectoryFlowTest.writeClass(locked, "cats", 0, 1, "png");
    assumeTrue(locked.toFile().setReadable(false), "cannot remove read permission here");
    try {
      assumeTrue(!Files.isReadable(locked), "running with rights that read any folder");
      assertThatThrownBy(() -> scan(locked))
          .isInstanceOf(IOException.class)
          .hasMessage(locked + ": cannot list the folder: permission denied");
    } finally {
      locked.toFile().setReadable(true);
    }
  }
}
