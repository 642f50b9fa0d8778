package io.fovea.saving.hdf5;

/**
 * The bodies of the object header messages Fovea writes, as the HDF5 File Format Specification
 * (version 3, section IV.A.2) lays them out with 8-byte offsets and lengths. Groups are "new style"
 * (a link info, a group info and one link message per child, stored compactly in the header);
 * datasets carry a dataspace, a datatype, a fill value and a contiguous layout.
 */
final class Messages {

  static final int DATASPACE = 0x01;
  static final int LINK_INFO = 0x02;
  static final int DATATYPE = 0x03;
  static final int FILL_VALUE = 0x05;
  static final int LINK = 0x06;
  static final int LAYOUT = 0x08;
  static final int GROUP_INFO = 0x0A;
  static final int ATTRIBUTE = 0x0C;

  /** The "undefined address" of the specification: all bits set. */
  static final long UNDEFINED = -1L;

  /** The size of a variable-length datum: length (4), heap address (8), object index (4). */
  static final int VLEN_SIZE = 16;

  private Messages() {}

  /** Link info, version 0: no creation order, no fractal heap (links are in the header). */
  static byte[] linkInfo() {
    return new Bytes().u8(0).u8(0).u64(UNDEFINED).u64(UNDEFINED).toArray();
  }

  /** Group info, version 0: the library's default link-storage thresholds. */
  static byte[] groupInfo() {
    return new Bytes().u8(0).u8(0).toArray();
  }

  /** A hard link, version 1, to the object header at {@code address}. */
  static byte[] link(String name, long address) {
    byte[] bytes = H5Group.utf8(name);
    boolean utf8 = !H5Group.isAscii(name);
    int lengthCode = bytes.length < 0x100 ? 0 : 1;
    // Flags: bits 0-1 size of the name length, bit 4 a character set follows.
    Bytes b = new Bytes().u8(1).u8(lengthCode | (utf8 ? 0x10 : 0));
    if (utf8) {
      b.u8(1);
    }
    return b.number(bytes.length, 1 << lengthCode).put(bytes).u64(address).toArray();
  }

  /** Dataspace, version 2: scalar for rank 0, else simple with maximum sizes equal to sizes. */
  static byte[] dataspace(long[] dims) {
    Bytes b = new Bytes().u8(2).u8(dims.length).u8(0).u8(dims.length == 0 ? 0 : 1);
    for (long d : dims) {
      b.u64(d);
    }
    return b.toArray();
  }

  /** IEEE float32, little-endian: sign bit 31, exponent bits 23-30 (bias 127), mantissa 0-22. */
  static byte[] float32() {
    return floating(4, 23, 8, 23, 127);
  }

  /** A signed 32-bit little-endian integer (numpy's {@code int32}). */
  static byte[] int32() {
    // Class 0 (fixed-point) version 1; bit field: little-endian, bit 3 signed; then the bit offset
    // and precision.
    return new Bytes().u8(0x10).u8(0x08).u8(0).u8(0).u32(4).u16(0).u16(32).toArray();
  }

  /** IEEE float64, little-endian: sign bit 63, exponent 52-62 (bias 1023), mantissa 0-51. */
  static byte[] float64() {
    return floating(8, 52, 11, 52, 1023);
  }

  private static byte[] floating(int size, int expLocation, int expSize, int mantSize, int bias) {
    // Class 1 version 1; bit field: little-endian, mantissa normalised with an implied 1 (0x20),
    // sign location in the second byte.
    return new Bytes()
        .u8(0x11)
        .u8(0x20)
        .u8(size * 8 - 1)
        .u8(0)
        .u32(size)
        .u16(0)
        .u16(size * 8)
        .u8(expLocation)
        .u8(expSize)
        .u8(0)
        .u8(mantSize)
        .u32(bias)
        .toArray();
  }

  /** A fixed-length string of {@code size} bytes, NUL-padded (numpy's {@code |S<size>}). */
  static byte[] fixedString(int size, boolean utf8) {
    // Class 3 version 1; bit field: padding 1 = null pad, bits 4-7 character set.
    return new Bytes().u8(0x13).u8(1 | (utf8 ? 0x10 : 0)).u8(0).u8(0).u32(size).toArray();
  }

  /** A variable-length string of unsigned bytes, NUL-terminated, as h5py writes {@code str}. */
  static byte[] variableString(boolean utf8) {
    // Class 9 version 1; bit field: type 1 = string, padding 0 = null terminate, then the
    // character set; the base type is an unsigned 8-bit integer (class 0, little-endian).
    return new Bytes()
        .u8(0x19)
        .u8(0x01)
        .u8(utf8 ? 1 : 0)
        .u8(0)
        .u32(VLEN_SIZE)
        .u8(0x10)
        .u8(0)
        .u8(0)
        .u8(0)
        .u32(1)
        .u16(0)
        .u16(8)
        .toArray();
  }

  /** Fill value, version 3: allocated late, fill written only if set, no fill value defined. */
  static byte[] fillValue() {
    return new Bytes().u8(3).u8(0x0A).toArray();
  }

  /** Data layout, version 3, contiguous: {@code size} bytes at {@code address}. */
  static byte[] contiguousLayout(long address, long size) {
    return new Bytes().u8(3).u8(1).u64(address).u64(size).toArray();
  }

  /** Attribute, version 3 (unpadded fields, name character set). */
  static byte[] attribute(String name, byte[] type, byte[] space, byte[] data) {
    byte[] nameBytes = H5Group.utf8(name);
    return new Bytes()
        .u8(3)
        .u8(0)
        .u16(nameBytes.length + 1)
        .u16(type.length)
        .u16(space.length)
        .u8(H5Group.isAscii(name) ? 0 : 1)
        .put(nameBytes)
        .u8(0)
        .put(type)
        .put(space)
        .put(data)
        .toArray();
  }
}
