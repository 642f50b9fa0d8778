package io.fovea.saving.hdf5;

import java.util.ArrayList;
import java.util.List;

/**
 * One global heap collection ("GCOL"), where variable-length strings live: a 16-byte header
 * (signature, version 1, three reserved bytes, the collection's size), then per object its index
 * (from 1), reference count, four reserved bytes, size and data padded to 8 bytes, and last the
 * free space as object 0 whose size counts its own header. HDF5 reads collections of at least 4096
 * bytes, so a small one is padded with free space. HDF5 File Format Specification version 3,
 * section III.E.
 */
final class GlobalHeap {

  private static final int MIN_SIZE = 4096;
  private static final int HEADER = 16;

  private final List<byte[]> objects = new ArrayList<>();

  /** Stores {@code data} and returns its index in the collection (1, 2, ...). */
  int add(byte[] data) {
    if (objects.size() == 0xFFFF) {
      throw new IllegalArgumentException(
          "HDF5 global heap: expected at most 65535 strings, got more");
    }
    objects.add(data);
    return objects.size();
  }

  boolean isEmpty() {
    return objects.isEmpty();
  }

  /** The collection's size in bytes: its objects and at least one free-space object header. */
  long size() {
    long used = HEADER;
    for (byte[] o : objects) {
      used += HEADER + padded(o.length);
    }
    return Math.max(MIN_SIZE, used + HEADER);
  }

  /** The collection's bytes. */
  byte[] toBytes() {
    long size = size();
    Bytes b = new Bytes().put(new byte[] {'G', 'C', 'O', 'L'}).u8(1).zeros(3).u64(size);
    for (int i = 0; i < objects.size(); i++) {
      byte[] o = objects.get(i);
      b.u16(i + 1).u16(0).zeros(4).u64(o.length).put(o).zeros((int) (padded(o.length) - o.length));
    }
    long free = size - b.size();
    b.u16(0).u16(0).zeros(4).u64(free);
    return b.zeros((int) (size - b.size())).toArray();
  }

  private static long padded(long length) {
    return (length + 7) & ~7L;
  }
}
