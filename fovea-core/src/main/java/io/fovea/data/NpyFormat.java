package io.fovea.data;

import java.nio.ByteOrder;

/**
 * How {@link Npy} writes a file: header version (1, 2 or 3; 1 is grown to 2 when the header exceeds
 * 65535 bytes), byte order of multi-byte values, and C (row-major) or Fortran (column-major)
 * element order.
 */
public record NpyFormat(int version, ByteOrder byteOrder, boolean fortranOrder) {

  /** What NumPy writes by default: version 1.0, little endian, C order. */
  public static final NpyFormat DEFAULT = new NpyFormat(1, ByteOrder.LITTLE_ENDIAN, false);

  /** Checks the version. */
  public NpyFormat {
    if (version < 1 || version > 3) {
      throw new IllegalArgumentException("NpyFormat: expected version 1, 2 or 3, got " + version);
    }
    if (byteOrder == null) {
      throw new IllegalArgumentException("NpyFormat: expected a byte order, got null");
    }
  }
}
