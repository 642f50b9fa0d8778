package io.fovea.saving.keras3;

import io.fovea.files.ZipMemberLimit;
import io.fovea.saving.KerasFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Internal: reads one member of a {@code .keras} zip whole and checks it as Python's {@code
 * zipfile} does. The declared size is compared with a cap before anything is inflated, the bytes
 * are counted while inflating (a header may lie) and reading stops one byte past the cap; at the
 * end, the byte count and the CRC-32 must equal the zip directory's. {@link ZipFile} checks
 * neither, so without this a flipped byte in a stored member would load as a silently wrong weight.
 */
final class ZipMembers {

  private static final int CHUNK = 1 << 16;

  private ZipMembers() {}

  /**
   * The bytes of member {@code name} of {@code zip} (the archive {@code file}), at most {@code cap}
   * bytes; {@code why} says where the cap comes from, for the message.
   */
  static byte[] read(Path file, ZipFile zip, String name, long cap, String why)
      throws KerasFileException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new KerasFileException(
          file + ": expected zip member '" + name + "' (a Keras 3 .keras archive), got none");
    }
    String where = file + "!" + name;
    long declared = entry.getSize();
    if (declared > cap) {
      throw tooLarge(where, cap, why, "a declared size of " + declared + " bytes");
    }
    byte[] buffer = new byte[(int) Math.min(Math.max(declared, 0), cap) + 1];
    int count = 0;
    CRC32 crc = new CRC32();
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; (n = in.read(buffer, count, buffer.length - count)) >= 0; ) {
        crc.update(buffer, count, n);
        count += n;
        if (count > cap) {
          throw tooLarge(
              where, cap, why, "more after inflating (the zip header declares " + declared + ")");
        }
        if (count == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(cap + 1, (long) count + CHUNK + count));
        }
      }
    } catch (KerasFileException e) {
      throw e;
    } catch (IOException e) {
      throw new KerasFileException(
          file,
          where + ": expected a readable zip member, got a corrupt one (" + e.getMessage() + ")",
          e);
    }
    check(where, entry, count, crc.getValue());
    return count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
  }

  private static void check(String where, ZipEntry entry, long count, long crc)
      throws KerasFileException {
    if (entry.getSize() >= 0 && count != entry.getSize()) {
      throw new KerasFileException(
          where
              + ": expected "
              + entry.getSize()
              + " bytes (the size in the zip directory), got "
              + count
              + "; the archive is corrupt");
    }
    if (entry.getCrc() >= 0 && crc != entry.getCrc()) {
      throw new KerasFileException(
          where
              + ": expected CRC-32 "
              + hex(entry.getCrc())
              + " (from the zip directory), got "
              + hex(crc)
              + " for the member's "
              + count
              + " bytes; the archive is corrupt");
    }
  }

  private static KerasFileException tooLarge(String where, long cap, String why, String got) {
    return new KerasFileException(
        where
            + ": expected at most "
            + cap
            + " bytes ("
            + (ZipMemberLimit.overridden() ? "-D" + ZipMemberLimit.PROPERTY : why)
            + "), got "
            + got
            + "; "
            + ZipMemberLimit.howToRaise());
  }

  private static String hex(long crc) {
    return String.format("0x%08x", crc);
  }
}
