package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds docs/guide.md to the examples: every Java snippet is code of an example (line for line,
 * indentation aside), every picture it shows exists and stays small, every example is in it.
 */
class GuideTest {

  private static final Path GUIDE = Path.of("..", "docs", "guide.md");
  private static final Path SOURCES = Path.of("src", "main", "java", "io", "fovea", "examples");
  private static final int MAX_PICTURE_BYTES = 100_000;

  private static String guide;
  private static List<List<String>> sources;

  @BeforeAll
  static void read() throws IOException {
    guide = Files.readString(GUIDE);
    sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.add(lines(Files.readString(file)));
      }
    }
  }

  @Test
  void everyJavaSnippetIsCodeOfAnExample() {
    List<String> snippets = blocks("java");
    assertThat(snippets).hasSizeGreaterThan(10);
    for (String snippet : snippets) {
      List<String> wanted = lines(snippet);
      assertThat(sources.stream().anyMatch(source -> contains(source, wanted)))
          .as("this snippet of docs/guide.md is in no example (indentation aside):%n%s", snippet)
          .isTrue();
    }
  }

  @Test
  void everyPictureShownExistsAndIsSmall() throws IOException {
    Matcher m = Pattern.compile("\\]\\((guide/[^)]+\\.png)\\)").matcher(guide);
    int pictures = 0;
    while (m.find()) {
      Path file = GUIDE.resolveSibling(m.group(1));
      assertThat(file).as("picture %s", m.group(1)).isRegularFile();
      assertThat(Files.size(file)).as("bytes of %s", m.group(1)).isLessThan(MAX_PICTURE_BYTES);
      pictures++;
    }
    assertThat(pictures).isGreaterThan(10);
  }

  @Test
  void everyExampleHasItsChapter() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        if (!name.equals("Examples")) {
          assertThat(guide).as("docs/guide.md names %s", name).contains(name + ".java");
        }
      }
    }
  }

  /** The bodies of the fenced blocks of {@code language}. */
  private static List<String> blocks(String language) {
    Matcher m = Pattern.compile("(?ms)^\\s*```" + language + "\\s*\\n(.*?)^\\s*```").matcher(guide);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Non-blank lines without their leading and trailing spaces. */
  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static boolean contains(List<String> source, List<String> wanted) {
    return Collections.indexOfSubList(source, wanted) >= 0;
  }
}
