import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Makes the PNG test set beside this file: every PNG colour type at every bit depth it allows
 * (PNG 1.2, table 11.1), 5x3 pixels with known values. Run from the repository root:
 *
 * <pre>
 * java fovea-core/src/test/resources/image/png/MakePngs.java fovea-core/src/test/resources/image/png
 * </pre>
 *
 * The chunks are assembled here with java.util.zip (not with ImageIO's PNG writer, which picks
 * the colour type itself), so each file has exactly the type and depth its name says, and the
 * reader under test is checked against bytes made independently of it. Keep value() and the
 * palette formulas in step with ImageDecoderTest.
 */
public class MakePngs {

  static final int W = 5;
  static final int H = 3;

  /** The sample at (x, y) of channel ch for a depth of bits. */
  static int value(int x, int y, int ch, int bits) {
    return (x * 9973 + y * 30011 + ch * 7919 + 17) % (1 << bits);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    for (int bits : new int[] {1, 2, 4, 8, 16}) {
      write(dir.resolve("gray-" + bits + ".png"), 0, bits, 1, false);
    }
    for (int bits : new int[] {8, 16}) {
      write(dir.resolve("rgb-" + bits + ".png"), 2, bits, 3, false);
      write(dir.resolve("gray-alpha-" + bits + ".png"), 4, bits, 2, false);
      write(dir.resolve("rgba-" + bits + ".png"), 6, bits, 4, false);
    }
    for (int bits : new int[] {1, 2, 4, 8}) {
      write(dir.resolve("palette-" + bits + ".png"), 3, bits, 1, false);
    }
    write(dir.resolve("palette-8-trns.png"), 3, 8, 1, true);
  }

  static void write(Path file, int colorType, int bits, int channels, boolean trns)
      throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(W).putInt(H);
    ihdr.put((byte) bits).put((byte) colorType).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(png, "IHDR", ihdr.array());
    if (colorType == 3) {
      int entries = 1 << bits;
      byte[] plte = new byte[3 * entries];
      byte[] alpha = new byte[entries];
      for (int i = 0; i < entries; i++) {
        plte[3 * i] = (byte) ((i * 53 + 7) % 256);
        plte[3 * i + 1] = (byte) ((i * 97 + 3) % 256);
        plte[3 * i + 2] = (byte) ((i * 151 + 101) % 256);
        alpha[i] = (byte) ((i * 71 + 5) % 256);
      }
      chunk(png, "PLTE", plte);
      if (trns) {
        chunk(png, "tRNS", alpha);
      }
    }
    chunk(png, "IDAT", deflate(scanlines(bits, channels)));
    chunk(png, "IEND", new byte[0]);
    Files.write(file, png.toByteArray());
  }

  static byte[] scanlines(int bits, int channels) {
    int rowBytes = (W * channels * bits + 7) / 8;
    byte[] raw = new byte[H * (1 + rowBytes)];
    for (int y = 0; y < H; y++) {
      int start = y * (1 + rowBytes) + 1; // filter byte 0 (none) before each row
      int bit = 0;
      for (int x = 0; x < W; x++) {
        for (int ch = 0; ch < channels; ch++) {
          int v = value(x, y, ch, bits);
          if (bits == 16) {
            raw[start + bit / 8] = (byte) (v >> 8);
            raw[start + bit / 8 + 1] = (byte) v;
          } else {
            int shift = 8 - bits - bit % 8; // most significant bits first
            raw[start + bit / 8] |= (byte) (v << shift);
          }
          bit += bits;
        }
      }
    }
    return raw;
  }

  static byte[] deflate(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.write(ByteBuffer.allocate(4).putInt(data.length).array());
    png.write(name);
    png.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
