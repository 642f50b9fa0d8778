package io.fovea.saving.hdf5;

import java.util.Arrays;

/**
 * A growing little-endian byte buffer for HDF5 structures (every HDF5 number is little-endian). The
 * file uses 8-byte offsets and lengths, so addresses and sizes are written with {@link #u64}.
 */
final class Bytes {

  private byte[] buffer = new byte[64];
  private int size;

  /** Appends the low byte of {@code v}. */
  Bytes u8(int v) {
    grow(1);
    buffer[size++] = (byte) v;
    return this;
  }

  /** Appends the low two bytes of {@code v}. */
  Bytes u16(int v) {
    return number(v, 2);
  }

  /** Appends the low four bytes of {@code v}. */
  Bytes u32(long v) {
    return number(v, 4);
  }

  /** Appends {@code v} in eight bytes. */
  Bytes u64(long v) {
    return number(v, 8);
  }

  /** Appends the low {@code width} bytes of {@code v}. */
  Bytes number(long v, int width) {
    grow(width);
    for (int i = 0; i < width; i++) {
      buffer[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  /** Appends {@code bytes}. */
  Bytes put(byte[] bytes) {
    grow(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
    return this;
  }

  /** Appends {@code count} zero bytes. */
  Bytes zeros(int count) {
    grow(count);
    size += count;
    return this;
  }

  /** Appends the lookup3 checksum of everything written so far. */
  Bytes checksum() {
    return u32(Integer.toUnsignedLong(Lookup3.checksum(buffer, 0, size)));
  }

  int size() {
    return size;
  }

  byte[] toArray() {
    return Arrays.copyOf(buffer, size);
  }

  private void grow(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }
}
