package io.fovea.image;

/**
 * The image formats Fovea reads, told apart by their first bytes (not by the file name), and
 * the words an error uses for a file that fails to decode.
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
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
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
   * Why a PNG's IHDR (colour type at byte 25, bit depth at byte 24) is not one PNG allows
   * (PNG 1.2, table 11.1), or {@code null} when it is.
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
      return "unsupported PNG bit depth " + depth + " for colour type " + type
          + " at byte 24: expected one of " + allowed;
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

  /** What went wrong when a file of this format failed to decode with {@code cause}. */
  String describeFailure(byte[] bytes, Throwable cause) {
    String detail = " (" + bytes.length + " bytes; decoder said: " + cause.getMessage() + ")";
    if (this == PNG && !endsWithIend(bytes)) {
      return "truncated PNG: the file ends at byte " + bytes.length + " before the IEND chunk"
          + detail;
    }
    if (this == JPEG && !endsWithEoi(bytes)) {
      return "truncated JPEG: the file ends at byte " + bytes.length
          + " before the end-of-image marker" + detail;
    }
    return "corrupt or unsupported " + this + detail;
  }

  private static boolean endsWithIend(byte[] b) {
    int n = b.length;
    // The IEND chunk is length 0, "IEND", then a 4-byte CRC: the type sits at n - 8.
    return n >= 12 && b[n - 8] == 'I' && b[n - 7] == 'E' && b[n - 6] == 'N' && b[n - 5] == 'D';
  }

  private static boolean endsWithEoi(byte[] b) {
    int n = b.length;
    while (n > 0 && b[n - 1] == 0) {
      n--; // some writers pad after the marker
    }
    return n >= 2 && (b[n - 2] & 0xFF) == 0xFF && (b[n - 1] & 0xFF) == 0xD9;
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
