package io.fovea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version of Fovea, as the build wrote it into {@code version.properties}. */
final class Version implements CommandLine.IVersionProvider {

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String get() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"fovea " + get()};
  }
}
