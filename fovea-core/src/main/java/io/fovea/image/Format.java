package io.fovea.image;

/**
 * The image formats Fovea reads, told apart by their first bytes (not by the file name), and the
 * words an error uses for a file that fails to decode.
 */
enum Format {
  PNG,
  JPEG,
  BMP,
  GIF,
  UNKNOWN;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  /** The format whose signature starts {@code bytes}. */
  static Format sniff(byte[] bytes) {
    if (startsWith(bytes, PNG_SIGNATURE)) {
      return PNG;
    }
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xFF
        && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF) {
      return JPEG;
    }
    if (startsWith(bytes, new byte[] {'B', 'M'})) {
      return BMP;
    }
    if (startsWith(bytes, new byte[] {'G', 'I', 'F', '8'})) {
      return GIF;
    }
    return UNKNOWN;
  }

  /**
   * Why a PNG's IHDR (colour type at byte 25, bit depth at byte 24) is not one PNG allows (PNG 1.2,
   * table 11.1), or {@code null} when it is.
   */
  static String pngHeaderProblem(byte[] b) {
    if (b.length < 26) {
      return "truncated PNG: the file ends at byte " + b.length + " inside the IHDR chunk";
    }
    int depth = b[24] & 0xFF;
    int type = b[25] & 0xFF;
    String allowed;
    switch (type) {
      case 0:
        allowed = "1, 2, 4, 8, 16";
        break;
      case 3:
        allowed = "1, 2, 4, 8";
        break;
      case 2:
      case 4:
      case 6:
        allowed = "8, 16";
        break;
      default:
        return "unsupported PNG colour type " + type + " at byte 25: expected 0, 2, 3, 4 or 6";
    }
    if (!(", " + allowed + ",").contains(", " + depth + ",")) {
      return "unsupported PNG bit depth "
          + depth
          + " for colour type "
          + type
          + " at byte 24: expected one of "
          + allowed;
    }
    return null;
  }

  /** The first bytes of a file as hex, for the "not an image" message. */
  static String describeStart(byte[] bytes) {
    if (bytes.length == 0) {
      return "an empty file";
    }
    StringBuilder sb = new StringBuilder("bytes");
    for (int i = 0; i < Math.min(8, bytes.length); i++) {
      sb.append(String.format(" %02x", bytes[i] & 0xFF));
    }
    return sb.toString();
  }

  /**
   * Why a PNG or JPEG stops short, or {@code null} when it has its end: a PNG needs its whole IEND
   * chunk; a JPEG needs an end-of-image marker (FF D9) after its last start-of-scan (FF DA), which
   * the entropy-coded data cannot contain. Bytes after the end are allowed, as decoders allow them.
   */
  String truncation(byte[] b) {
    int iend = lastIndexOf(b, (byte) 'I', (byte) 'E', (byte) 'N', (byte) 'D');
    if (this == PNG && (iend < 0 || iend + 8 > b.length)) { // the type, then a 4-byte CRC
      return "truncated PNG: the file ends at byte " + b.length + " before the IEND chunk";
    }
    if (this == JPEG
        && lastIndexOf(b, (byte) 0xFF, (byte) 0xD9) < lastIndexOf(b, (byte) 0xFF, (byte) 0xDA)) {
      return "truncated JPEG: the file ends at byte "
          + b.length
          + " before the end-of-image marker";
    }
    if (this == JPEG && lastIndexOf(b, (byte) 0xFF, (byte) 0xDA) < 0) {
      return "truncated JPEG: the file ends at byte " + b.length + " before the image data";
    }
    return null;
  }

  private static int lastIndexOf(byte[] b, byte... pattern) {
    for (int i = b.length - pattern.length; i >= 0; i--) {
      int k = 0;
      while (k < pattern.length && b[i + k] == pattern[k]) {
        k++;
      }
      if (k == pattern.length) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
