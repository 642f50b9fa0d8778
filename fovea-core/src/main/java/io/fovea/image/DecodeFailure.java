package io.fovea.image;

import java.io.EOFException;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Says in words why a decoder failed on a complete-looking file: cut short, damaged compressed
 * data, a PNG chunk whose CRC does not match, or the decoder's own reason, with the byte where the
 * decoder stopped. ImageIO's messages alone hide the cause ({@code "decoder said: null"} for an
 * {@code EOFException}, {@code "Error reading PNG image data"} around the real zlib error), and a
 * message must never show a Java class name.
 */
final class DecodeFailure {

  // A qualified Java name such as java.lang.ArrayIndexOutOfBoundsException.
  private static final Pattern JAVA_NAME = Pattern.compile("\\b([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*");

  private DecodeFailure() {}

  /**
   * The problem for {@code ImageFileException}, e.g. {@code "corrupt PNG: the IDAT chunk at byte 57
   * does not match its CRC-32 (stored at byte 700); the compressed image data is damaged (incorrect
   * data check)"}.
   *
   * @param stoppedAt the stream position when the decoder failed, or -1 when unknown
   */
  static String describe(Format format, byte[] bytes, Throwable failure, long stoppedAt) {
    String chunk = format == Format.PNG ? PngCheck.firstBadChunk(bytes) : null;
    if (has(failure, EOFException.class)) {
      return "truncated or corrupt "
          + format
          + ": the decoder needed data past the end of the file at byte "
          + bytes.length
          + (chunk != null ? "; " + chunk : "; the file is cut short or a size in it is wrong");
    }
    String reason = reason(failure);
    String where =
        stoppedAt > 0 && stoppedAt < bytes.length
            ? "; the decoder stopped at byte " + stoppedAt + " of " + bytes.length
            : "";
    if (chunk != null) {
      return "corrupt " + format + ": " + chunk + "; " + reason + where;
    }
    return "corrupt or unsupported " + format + ": " + reason + where;
  }

  private static String reason(Throwable failure) {
    if (has(failure, ZipException.class)) {
      return "the compressed image data is damaged (" + words(deepest(failure)) + ")";
    }
    Throwable deepest = deepest(failure);
    if (deepest instanceof RuntimeException) {
      // Decoders throw these (array bounds, "Invalid scanline stride") when the data contradicts
      // the header; their text names Java internals, not the file.
      return "the image data does not agree with the header";
    }
    String text = words(deepest);
    return text.startsWith("Unknown row filter type")
        ? "a row of the decompressed image data has an unknown filter type"
            + text.replaceAll("\\D+", " ").stripTrailing()
            + " (PNG allows 0 to 4)"
        : text;
  }

  /** The innermost cause that carries a message, or the innermost cause. */
  private static Throwable deepest(Throwable t) {
    Throwable found = t;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null || found.getMessage() == null) {
        found = c;
      }
    }
    return found;
  }

  private static String words(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank() || JAVA_NAME.matcher(m).find()) {
      return "the decoder gave no reason";
    }
    return m.strip().replaceAll("[!.]+$", "");
  }

  private static boolean has(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
