package io.fovea.image;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Checks a PNG's header chunk before it is decoded. The first chunk must be IHDR, 13 bytes long,
 * and its CRC-32 (over the chunk type and data, PNG specification section 5.3) must match: Pillow
 * refuses a file whose IHDR CRC is wrong ("bad header checksum"), while ImageIO never checks CRCs
 * and would decode a corrupted width, height or colour type as if it were true.
 */
final class PngCheck {

  // Signature (8), then the IHDR chunk: length (4), type (4), data (13), CRC (4).
  private static final int TYPE_AT = 12;
  private static final int DATA_LENGTH = 13;
  private static final int CRC_AT = TYPE_AT + 4 + DATA_LENGTH;

  private PngCheck() {}

  /** What is wrong with the IHDR chunk of the PNG {@code b}, or null when it is sound. */
  static String ihdrProblem(byte[] b) {
    if (b.length < CRC_AT + 4) {
      return "truncated PNG: the file ends at byte " + b.length + " inside the IHDR chunk";
    }
    int length = readInt(b, 8);
    boolean ihdr = b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R';
    if (!ihdr || length != DATA_LENGTH) {
      return "corrupt PNG: expected the IHDR chunk of 13 bytes at byte 8, got chunk type "
          + hex(b, TYPE_AT)
          + " of "
          + Integer.toUnsignedString(length)
          + " bytes";
    }
    CRC32 crc = new CRC32();
    crc.update(b, TYPE_AT, 4 + DATA_LENGTH);
    long stored = readInt(b, CRC_AT) & 0xFFFFFFFFL;
    if (stored != crc.getValue()) {
      return String.format(
          "corrupt PNG: expected the IHDR chunk's CRC-32 at byte %d to be 0x%08x (computed over"
              + " bytes %d to %d), got 0x%08x; the header (width, height, colour type) is damaged",
          CRC_AT, crc.getValue(), TYPE_AT, CRC_AT - 1, stored);
    }
    return null;
  }

  /**
   * The first chunk after the signature whose CRC-32 does not match, or whose length runs past the
   * end of the file, in words with its byte offset; null when every chunk up to IEND is sound. Only
   * asked after a decode failed, to say where the damage is.
   */
  static String firstBadChunk(byte[] b) {
    int at = 8;
    while (at + 8 <= b.length) {
      long length = readInt(b, at) & 0xFFFFFFFFL;
      String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (at + 12 + length > b.length) {
        return String.format(
            "the chunk at byte %d declares %d bytes of data, past the end of the file at byte %d",
            at, length, b.length);
      }
      CRC32 crc = new CRC32();
      crc.update(b, at + 4, 4 + (int) length);
      if ((readInt(b, at + 8 + (int) length) & 0xFFFFFFFFL) != crc.getValue()) {
        return String.format(
            "the %s chunk at byte %d does not match its CRC-32 (stored at byte %d)",
            printable(type), at, at + 8 + length);
      }
      if (type.equals("IEND")) {
        return null;
      }
      at += 12 + (int) length;
    }
    return null;
  }

  private static String printable(String type) {
    return type.chars().allMatch(c -> c >= 'A' && c <= 'z' && Character.isLetter(c))
        ? type
        : "unnamed";
  }

  /** The width in the IHDR of a PNG that passed {@link #ihdrProblem}, as unsigned. */
  static long width(byte[] b) {
    return readInt(b, TYPE_AT + 4) & 0xFFFFFFFFL;
  }

  /** The height in the IHDR of a PNG that passed {@link #ihdrProblem}, as unsigned. */
  static long height(byte[] b) {
    return readInt(b, TYPE_AT + 8) & 0xFFFFFFFFL;
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24
        | (b[at + 1] & 0xFF) << 16
        | (b[at + 2] & 0xFF) << 8
        | b[at + 3] & 0xFF;
  }

  private static String hex(byte[] b, int at) {
    return String.format("0x%02x%02x%02x%02x", b[at], b[at + 1], b[at + 2], b[at + 3]);
  }
}
