package io.fovea.data;

import io.fovea.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Downloads a file into a folder: to a temporary file beside the target, checking the published
 * checksum, then an atomic move, so that the target is either absent or complete and verified.
 * Progress goes to {@code progress} as one line rewritten in place.
 */
final class Downloader {

  private final PrintStream progress;

  Downloader(PrintStream progress) {
    this.progress = progress;
  }

  /**
   * Downloads {@code file} to {@code target}.
   *
   * @throws DataFileException on a checksum mismatch (nothing is left behind)
   * @throws IOException when the server cannot be reached or answers with an error
   */
  void download(RemoteFile file, Path target) throws IOException {
    AtomicFiles.write(target, tmp -> check(file, fetch(file, tmp)));
  }

  private static void check(RemoteFile file, String actual) throws DataFileException {
    if (!actual.equalsIgnoreCase(file.checksum())) {
      throw new DataFileException(
          file.url(),
          null,
          -1,
          "expected "
              + file.algorithm()
              + " "
              + file.checksum()
              + ", got "
              + actual
              + "; the download was discarded (corrupt "
              + "transfer or changed file: try again)");
    }
  }

  private String fetch(RemoteFile file, Path tmp) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(file.algorithm());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Downloader: no " + file.algorithm() + " digest", e);
    }
    URLConnection c = URI.create(file.url()).toURL().openConnection();
    c.setConnectTimeout(15_000);
    c.setReadTimeout(60_000);
    if (c instanceof HttpURLConnection http && http.getResponseCode() != 200) {
      throw new IOException(
          file.url()
              + ": expected HTTP 200, got "
              + http.getResponseCode()
              + " "
              + http.getResponseMessage());
    }
    long total = c.getContentLengthLong();
    try (InputStream in = new DigestInputStream(c.getInputStream(), digest);
        OutputStream out = Files.newOutputStream(tmp)) {
      byte[] buf = new byte[1 << 16];
      long done = 0;
      int shown = -1;
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
        done += n;
        shown = report(file.name(), done, total, shown);
      }
      progress.println();
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Prints the progress line when the percentage changes (every 4 MB when the size is unknown);
   * returns the step shown.
   */
  private int report(String name, long done, long total, int shown) {
    int step = total > 0 ? (int) (100 * done / total) : (int) (done >> 22);
    if (step != shown) {
      String size =
          total > 0
              ? String.format(Locale.ROOT, "%d%% (%.1f of %.1f MB)", step, done / 1e6, total / 1e6)
              : String.format(Locale.ROOT, "%.1f MB", done / 1e6);
      progress.print("\rDownloading " + name + ": " + size);
      progress.flush();
    }
    return step;
  }
}
