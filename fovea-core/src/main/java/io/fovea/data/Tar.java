package io.fovea.data;

import io.fovea.files.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Extracts chosen regular files from a gzipped tar archive (POSIX ustar: 512-byte headers with the
 * name at 0, the octal size at 124, the type at 156 and a name prefix at 345). Only names in {@code
 * wanted} are written, each under {@code folder}, so that no archive path can escape it.
 */
final class Tar {

  private Tar() {}

  /** Extracts the wanted entries; returns how many were written. */
  static int extract(Path archive, Path folder, Set<String> wanted) throws IOException {
    int written = 0;
    try (InputStream in =
        new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16))) {
      long offset = 0;
      while (true) {
        byte[] h = in.readNBytes(512);
        if (h.length < 512 || h[0] == 0) {
          return written;
        }
        String name = field(h, 345, 155) + (h[345] != 0 ? "/" : "") + field(h, 0, 100);
        long size =
            Long.parseLong(
                field(h, 124, 12).strip().isEmpty() ? "0" : field(h, 124, 12).strip(), 8);
        long padded = (size + 511) / 512 * 512;
        offset += 512;
        boolean regular = h[156] == '0' || h[156] == 0;
        if (regular && wanted.contains(name)) {
          byte[] data = in.readNBytes((int) size);
          if (data.length < size) {
            throw new DataFileException(
                archive.toString(),
                name,
                offset + data.length,
                "expected " + size + " bytes, got " + data.length + " (truncated archive)");
          }
          AtomicFiles.write(folder.resolve(name), data);
          in.skipNBytes(padded - size);
          written++;
        } else {
          in.skipNBytes(padded);
        }
        offset += padded;
      }
    }
  }

  private static String field(byte[] h, int from, int len) {
    int end = from;
    while (end < from + len && h[end] != 0) {
      end++;
    }
    return new String(h, from, end - from, StandardCharsets.US_ASCII);
  }
}
