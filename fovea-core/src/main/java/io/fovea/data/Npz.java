package io.fovea.data;

import io.fovea.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
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
 * file and the entry.
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
        try (InputStream in = zip.getInputStream(e)) {
          out.put(name, Npy.read(in, file.toString(), e.getName()));
        } catch (ZipException ex) {
          throw new DataFileException(
              file.toString(),
              e.getName(),
              -1,
              "expected a readable zip entry, got " + ex.getMessage(),
              ex);
        }
      }
    }
    return out;
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
