package io.fovea.image;

import io.fovea.tensor.Tensor;

/**
 * The EXIF orientation of a JPEG, read from its APP1 segment, and the transform that turns the
 * stored pixels upright.
 *
 * <p>Orientation values (EXIF 2.3, tag 0x0112): 1 upright, 2 mirrored left-right, 3 rotated 180
 * degrees, 4 mirrored top-bottom, 5 transposed, 6 to be rotated 90 degrees clockwise, 7
 * transversed, 8 to be rotated 90 degrees counter-clockwise. The reader is a small, bounds-checked
 * walk over the JPEG markers and the first TIFF directory (IFD0); anything malformed or absent
 * reads as 1, so a broken EXIF block never stops an image from loading.
 */
final class Exif {

  private static final int ORIENTATION_TAG = 0x0112;
  private static final int TYPE_SHORT = 3;

  private Exif() {}

  /** The orientation (1..8) stored in the JPEG {@code bytes}, or 1 when there is none. */
  static int orientation(byte[] bytes) {
    if (bytes.length < 4 || u8(bytes, 0) != 0xFF || u8(bytes, 1) != 0xD8) {
      return 1;
    }
    int pos = 2;
    while (pos + 4 <= bytes.length && u8(bytes, pos) == 0xFF) {
      int marker = u8(bytes, pos + 1);
      if (marker == 0xDA || marker == 0xD9) {
        return 1; // image data starts: the APP segments are all before it
      }
      int length = u16(bytes, pos + 2, false);
      if (length < 2) {
        return 1;
      }
      if (marker == 0xE1) {
        int found = fromApp1(bytes, pos + 4, Math.min(bytes.length, pos + 2 + length));
        if (found != 0) {
          return found;
        }
      }
      pos += 2 + length;
    }
    return 1;
  }

  /** The orientation in an APP1 payload {@code [start, end)}, or 0 if it is not EXIF. */
  private static int fromApp1(byte[] b, int start, int end) {
    if (end - start < 14
        || b[start] != 'E'
        || b[start + 1] != 'x'
        || b[start + 2] != 'i'
        || b[start + 3] != 'f'
        || b[start + 4] != 0
        || b[start + 5] != 0) {
      return 0;
    }
    int tiff = start + 6;
    boolean little;
    if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
      little = true;
    } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    long ifd = tiff + u32(b, tiff + 4, little);
    if (ifd + 2 > end) {
      return 1;
    }
    int entries = u16(b, (int) ifd, little);
    for (int i = 0; i < entries; i++) {
      int entry = (int) ifd + 2 + 12 * i;
      if (entry + 12 > end) {
        return 1;
      }
      if (u16(b, entry, little) == ORIENTATION_TAG && u16(b, entry + 2, little) == TYPE_SHORT) {
        int value = u16(b, entry + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  /** The image {@code [h, w, c]} turned upright for {@code orientation}. */
  static Tensor apply(Tensor image, int orientation) {
    switch (orientation) {
      case 2:
        return Geometry.flipHorizontal(image);
      case 3:
        return Geometry.rotate90(image, 2);
      case 4:
        return Geometry.flipVertical(image);
      case 5:
        return Geometry.flipHorizontal(Geometry.rotate90(image, -1));
      case 6:
        return Geometry.rotate90(image, -1);
      case 7:
        return Geometry.flipHorizontal(Geometry.rotate90(image, 1));
      case 8:
        return Geometry.rotate90(image, 1);
      default:
        return image;
    }
  }

  private static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  private static int u16(byte[] b, int i, boolean little) {
    return little ? u8(b, i) | u8(b, i + 1) << 8 : u8(b, i) << 8 | u8(b, i + 1);
  }

  private static long u32(byte[] b, int i, boolean little) {
    long lo = u16(b, little ? i : i + 2, little);
    long hi = u16(b, little ? i + 2 : i, little);
    return hi << 16 | lo;
  }
}
