package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExifTest {

  private static final byte[] BARE_JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

  /**
   * {@code jpeg} with an APP1 Exif segment inserted after SOI: a TIFF header in Intel ("II") or
   * Motorola ("MM") byte order and one IFD0 entry, tag 0x0112 = {@code orientation}.
   */
  static byte[] withOrientation(byte[] jpeg, int orientation, boolean little) {
    ByteBuffer tiff =
        ByteBuffer.allocate(26).order(little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    tiff.put((byte) (little ? 'I' : 'M')).put((byte) (little ? 'I' : 'M'));
    tiff.putShort((short) 42).putInt(8); // IFD0 right after the 8-byte header
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0); // no next IFD
    byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
    int length = 2 + exif.length + tiff.capacity();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(exif);
    out.writeBytes(tiff.array());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  @Test
  void readsTheOrientationInBothByteOrders() {
    for (int o = 1; o <= 8; o++) {
      assertThat(Exif.orientation(withOrientation(BARE_JPEG, o, true))).isEqualTo(o);
      assertThat(Exif.orientation(withOrientation(BARE_JPEG, o, false))).isEqualTo(o);
    }
  }

  @Test
  void readsOneWithoutExifOrFromBrokenBlocks() {
    assertThat(Exif.orientation(BARE_JPEG)).isEqualTo(1);
    assertThat(Exif.orientation(new byte[0])).isEqualTo(1);
    byte[] good = withOrientation(BARE_JPEG, 6, true);
    for (int cut = 0; cut < good.length; cut++) {
      int o = Exif.orientation(Arrays.copyOf(good, cut));
      assertThat(o).as("cut at %d", cut).isIn(1, 6);
    }
    assertThat(Exif.orientation(withOrientation(BARE_JPEG, 9, true))).isEqualTo(1);
  }

  @Test
  void turnsEachOrientationUpright() {
    // Stored pixels a b / c d (2x2) for each orientation, as the EXIF specification draws them.
    Tensor upright = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2, 1);
    float[][] stored = {
      {1, 2, 3, 4}, {2, 1, 4, 3}, {4, 3, 2, 1}, {3, 4, 1, 2},
      {1, 3, 2, 4}, {2, 4, 1, 3}, {4, 2, 3, 1}, {3, 1, 4, 2}
    };
    for (int o = 1; o <= 8; o++) {
      Tensor t = Exif.apply(Tensor.of(stored[o - 1], 2, 2, 1), o);
      assertThat(t).as("orientation %d", o).isEqualTo(upright);
    }
  }
}
