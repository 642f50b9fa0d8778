package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Runs an example's {@code main} into a folder and reads what it printed and wrote. */
final class ExampleRun {

  /** An example's entry point. */
  @FunctionalInterface
  interface Main {
    void main(String[] args) throws Exception;
  }

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final String text;
  private final Path folder;

  private ExampleRun(String text, Path folder) {
    this.text = text;
    this.folder = folder;
  }

  /** Runs {@code main} with {@code folder} as its argument, capturing System.out. */
  static ExampleRun of(Main main, Path folder) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.main(new String[] {folder.toString()});
    } finally {
      System.setOut(saved);
    }
    String text = buffer.toString(StandardCharsets.UTF_8);
    saved.print(text);
    return new ExampleRun(text, folder);
  }

  /** Everything the example printed. */
  String text() {
    return text;
  }

  /** The number captured by the first group of {@code regex} in the printed text. */
  double number(String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("printed text matching /%s/ in:%n%s", regex, text).isTrue();
    return Double.parseDouble(m.group(1).replace(",", ""));
  }

  /** Asserts that each file is a PNG that decodes, and returns the last one decoded. */
  BufferedImage png(String... names) throws IOException {
    BufferedImage image = null;
    for (String name : names) {
      Path file = folder.resolve(name);
      assertThat(file).as("%s written", name).isRegularFile();
      byte[] bytes = Files.readAllBytes(file);
      assertThat(bytes).as("%s starts as a PNG", name).startsWith(PNG_MAGIC);
      image = ImageIO.read(file.toFile());
      assertThat(image).as("%s decodes", name).isNotNull();
      assertThat(image.getWidth()).as("%s width", name).isPositive();
    }
    return image;
  }
}
