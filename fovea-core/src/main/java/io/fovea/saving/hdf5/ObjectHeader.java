package io.fovea.saving.hdf5;

import java.util.ArrayList;
import java.util.List;

/**
 * A version 2 object header ("OHDR"), every message in one chunk: signature, version 2, flags (bits
 * 0-1: width of the chunk size field), the chunk size, then per message its type (1 byte), body
 * size (2 bytes) and flags (1 byte) followed by the body, and a lookup3 checksum of all of it. No
 * times and no attribute creation order are stored. HDF5 File Format Specification version 3,
 * section IV.A.1.b.
 */
final class ObjectHeader {

  /** The largest message body: its size field has two bytes. */
  static final int MAX_MESSAGE = 0xFFFF;

  /** Message flag: the message is constant (set on datatypes and fill values, as HDF5 does). */
  static final int CONSTANT = 0x01;

  private final List<byte[]> messages = new ArrayList<>();

  /**
   * Adds a message.
   *
   * @throws IllegalArgumentException if the body is over {@link #MAX_MESSAGE} bytes; {@code what}
   *     names it in the message
   */
  ObjectHeader add(int type, int flags, byte[] body, String what) {
    if (body.length > MAX_MESSAGE) {
      throw new IllegalArgumentException(
          what
              + ": expected at most "
              + MAX_MESSAGE
              + " bytes in one HDF5 header message, got "
              + body.length);
    }
    messages.add(new Bytes().u8(type).u16(body.length).u8(flags).put(body).toArray());
    return this;
  }

  /** The header's bytes, checksum included. */
  byte[] toBytes() {
    long chunk = 0;
    for (byte[] m : messages) {
      chunk += m.length;
    }
    int code = chunk < 0x100 ? 0 : chunk < 0x10000 ? 1 : chunk < 0x100000000L ? 2 : 3;
    Bytes b = new Bytes().put(new byte[] {'O', 'H', 'D', 'R'}).u8(2).u8(code);
    b.number(chunk, 1 << code);
    for (byte[] m : messages) {
      b.put(m);
    }
    return b.checksum().toArray();
  }
}
