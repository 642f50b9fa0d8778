package io.fovea.saving.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Internal: the check HDF5 itself makes when it opens a file (h5py's "truncated file: eof = ...,
 * stored_eof = ..."): the superblock records the file's end of file address, and a file shorter
 * than that has lost its tail. jHDF reads whatever is present, so without this a file cut late (in
 * the optimizer weights, say) could open. The superblock is looked for where HDF5 looks: at byte 0,
 * then 512, 1024, 2048, ... (after a user block).
 */
final class Superblock {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

  /** Reads up to {@code into.length} bytes at {@code offset}, returning how many it read. */
  interface Source {
    int read(long offset, byte[] into) throws IOException;
  }

  private Superblock() {}

  /**
   * What is wrong with the size of a file of {@code length} bytes read through {@code source}, or
   * null when nothing is (also when no superblock is found: jHDF then reports that).
   */
  static String truncation(Source source, long length) throws IOException {
    for (long at = 0; at < length; at = at == 0 ? 512 : at * 2) {
      byte[] head = new byte[16];
      int n = source.read(at, head);
      if (n < SIGNATURE.length || !Arrays.equals(head, 0, 8, SIGNATURE, 0, 8)) {
        continue;
      }
      if (n < head.length) {
        return tooShort(at + head.length, length);
      }
      int version = head[8];
      // Versions 0 and 1 keep the size of offsets at byte 13, versions 2 and 3 at byte 9.
      int offsetSize = version <= 1 ? head[13] : head[9];
      if (offsetSize != 2 && offsetSize != 4 && offsetSize != 8) {
        return null;
      }
      // v0: fixed fields to byte 24, v1: to 28, v2/v3: to 12; then base, (free space or
      // extension) address, and the end of file address.
      long eofAt = at + (version == 0 ? 24 : version == 1 ? 28 : 12) + 2L * offsetSize;
      byte[] field = new byte[offsetSize];
      if (source.read(eofAt, field) < offsetSize) {
        return tooShort(eofAt + offsetSize, length);
      }
      long eof = ByteBuffer.wrap(Arrays.copyOf(field, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
      boolean undefined = eof == -1 || (offsetSize < 8 && eof == (1L << (8 * offsetSize)) - 1);
      if (!undefined && length < eof) {
        return "truncated HDF5 file: expected "
            + eof
            + " bytes (the end of file address in the superblock), got "
            + length;
      }
      return null;
    }
    return null;
  }

  private static String tooShort(long needed, long length) {
    return "truncated HDF5 file: expected at least "
        + needed
        + " bytes (the superblock), got "
        + length;
  }
}
