package io.fovea.data;

import io.fovea.files.AtomicFiles;
import io.fovea.files.ZipMemberLimit;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes NumPy {@code .npz} archives: a zip file with one {@code <name>.npy} entry per
 * array, stored or deflated ({@code np.savez} / {@code np.savez_compressed}).
 *
 * <p>Arrays come back under their names without {@code .npy}, in archive order; errors name the
 * file and the entry. Each entry is checked as Python's {@code zipfile} checks it (CRC-32 and
 * size), and no more than its declared size is ever inflated, so an npy header describing a larger
 * array is refused as truncated; no entry may be larger than the largest array, or than {@code
 * -Dfovea.maxZipMember=<bytes>} ({@link ZipMemberLimit}).
 */
public final class Npz {

  private Npz() {}

  /** The arrays in {@code file}, by name. */
  public static Map<String, NdArray> read(Path file) throws IOException {
    Map<String, NdArray> out = new LinkedHashMap<>();
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new DataFileException(
          file.toString(), null, -1, "expected an npz (zip) archive, got " + e.getMessage(), e);
    }
    try (zip) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        String name =
            e.getName().endsWith(".npy")
                ? e.getName().substring(0, e.getName().length() - 4)
                : e.getName();
        out.put(name, readEntry(zip, e, file.toString()));
      }
    }
    return out;
  }

  /**
   * One array, checked as Python's {@code zipfile} and more: the declared size against the cap
   * before anything is inflated, the inflated bytes against the declared size while inflating (a
   * header may lie: reading stops one byte past it), so that an npy header describing more data
   * than the entry declares ends as a truncated array, never as a large allocation; then the
   * CRC-32.
   */
  private static NdArray readEntry(ZipFile zip, ZipEntry e, String file) throws IOException {
    long declared = e.getSize();
    long cap = ZipMemberLimit.cap(ZipMemberLimit.ARRAY_LIMIT);
    if (declared > cap) {
      throw new DataFileException(
          file,
          e.getName(),
          -1,
          "expected at most "
              + cap
              + " bytes ("
              + (ZipMemberLimit.overridden() ? "-D" + ZipMemberLimit.PROPERTY : "the largest array")
              + "), got a declared size of "
              + declared
              + " bytes; "
              + ZipMemberLimit.howToRaise());
    }
    try (InputStream raw = zip.getInputStream(e)) {
      Counted counted = new Counted(raw, declared >= 0 ? declared : cap, file, e.getName());
      // Npy.read allocates no more than arrives, and no more than the declared size arrives.
      BufferedInputStream in = new BufferedInputStream(counted);
      NdArray array = Npy.read(in, file, e.getName());
      in.transferTo(OutputStream.nullOutputStream());
      counted.check(e);
      return array;
    } catch (ZipException ex) {
      throw new DataFileException(
          file, e.getName(), -1, "expected a readable zip entry, got " + ex.getMessage(), ex);
    }
  }

  /** The inflated bytes of one entry: counted against a limit and checksummed as they come. */
  private static final class Counted extends FilterInputStream {
    private final long limit;
    private final String file;
    private final String entry;
    private final CRC32 crc = new CRC32();
    private long count;

    Counted(InputStream in, long limit, String file, String entry) {
      super(in);
      this.limit = limit;
      this.file = file;
      this.entry = entry;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        crc.update(b, off, n);
        count += n;
        if (count > limit) {
          throw new DataFileException(
              file,
              entry,
              limit,
              "expected at most "
                  + limit
                  + " bytes (the declared size), got more after inflating; the archive is corrupt");
        }
      }
      return n;
    }

    void check(ZipEntry e) throws DataFileException {
      if (e.getSize() >= 0 && count != e.getSize()) {
        throw new DataFileException(
            file,
            entry,
            count,
            "expected " + e.getSize() + " bytes (the size in the zip directory), got " + count);
      }
      if (e.getCrc() >= 0 && crc.getValue() != e.getCrc()) {
        throw new DataFileException(
            file,
            entry,
            -1,
            String.format(
                "expected CRC-32 0x%08x (from the zip directory), got 0x%08x; the archive is"
                    + " corrupt",
                e.getCrc(), crc.getValue()));
      }
    }
  }

  /** Writes the arrays to {@code file} atomically, deflated when {@code compress}. */
  public static void write(Path file, Map<String, NdArray> arrays, boolean compress)
      throws IOException {
    AtomicFiles.writeStream(file, out -> write(out, arrays, compress));
  }

  /** Writes the arrays as an npz archive to {@code out} (finished, not closed). */
  public static void write(OutputStream out, Map<String, NdArray> arrays, boolean compress)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    for (Map.Entry<String, NdArray> a : arrays.entrySet()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Npy.write(bytes, a.getValue(), NpyFormat.DEFAULT);
      byte[] npy = bytes.toByteArray();
      ZipEntry e = new ZipEntry(a.getKey() + ".npy");
      if (compress) {
        e.setMethod(ZipEntry.DEFLATED);
      } else {
        // A stored entry must carry its size and CRC before its data.
        CRC32 crc = new CRC32();
        crc.update(npy);
        e.setMethod(ZipEntry.STORED);
        e.setSize(npy.length);
        e.setCompressedSize(npy.length);
        e.setCrc(crc.getValue());
      }
      zip.putNextEntry(e);
      zip.write(npy);
      zip.closeEntry();
    }
    zip.finish();
  }
}
