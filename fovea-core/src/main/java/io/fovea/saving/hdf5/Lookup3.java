package io.fovea.saving.hdf5;

/**
 * Bob Jenkins's lookup3 {@code hashlittle}, the checksum HDF5 puts at the end of its version 2
 * superblock and version 2 object headers (HDF5 File Format Specification, "Checksum"). The bytes
 * are read as little-endian 32-bit words, three at a time, whatever the machine's order.
 *
 * <p>Reference: B. Jenkins, "lookup3.c" (2006), public domain.
 */
final class Lookup3 {

  private Lookup3() {}

  /** The checksum HDF5 stores: {@code hashlittle(bytes[offset, offset + length), 0)}. */
  static int checksum(byte[] bytes, int offset, int length) {
    return hash(bytes, offset, length, 0);
  }

  /**
   * {@code hashlittle} of {@code length} bytes from {@code offset}, seeded with {@code initval}.
   */
  static int hash(byte[] bytes, int offset, int length, int initval) {
    int a = 0xdeadbeef + length + initval;
    int b = a;
    int c = a;
    int k = offset;
    int left = length;
    while (left > 12) {
      a += word(bytes, k, 4);
      b += word(bytes, k + 4, 4);
      c += word(bytes, k + 8, 4);
      // mix(a, b, c): reversible, so no entropy of the running state is lost.
      a -= c;
      a ^= Integer.rotateLeft(c, 4);
      c += b;
      b -= a;
      b ^= Integer.rotateLeft(a, 6);
      a += c;
      c -= b;
      c ^= Integer.rotateLeft(b, 8);
      b += a;
      a -= c;
      a ^= Integer.rotateLeft(c, 16);
      c += b;
      b -= a;
      b ^= Integer.rotateLeft(a, 19);
      a += c;
      c -= b;
      c ^= Integer.rotateLeft(b, 4);
      b += a;
      k += 12;
      left -= 12;
    }
    if (left == 0) {
      // The reference returns c without the final mix when nothing is left (only for length 0).
      return c;
    }
    a += word(bytes, k, Math.min(left, 4));
    b += left > 4 ? word(bytes, k + 4, Math.min(left - 4, 4)) : 0;
    c += left > 8 ? word(bytes, k + 8, left - 8) : 0;
    c ^= b;
    c -= Integer.rotateLeft(b, 14);
    a ^= c;
    a -= Integer.rotateLeft(c, 11);
    b ^= a;
    b -= Integer.rotateLeft(a, 25);
    c ^= b;
    c -= Integer.rotateLeft(b, 16);
    a ^= c;
    a -= Integer.rotateLeft(c, 4);
    b ^= a;
    b -= Integer.rotateLeft(a, 14);
    c ^= b;
    c -= Integer.rotateLeft(b, 24);
    return c;
  }

  /** The little-endian word of the {@code count} (1 to 4) bytes at {@code at}, zero-extended. */
  private static int word(byte[] bytes, int at, int count) {
    int w = 0;
    for (int i = 0; i < count; i++) {
      w |= (bytes[at + i] & 0xff) << (8 * i);
    }
    return w;
  }
}
