package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local HTTP server on 127.0.0.1 (ephemeral port); nothing leaves the host. */
class DownloaderTest {

  static final byte[] BODY = "a small data file\n".repeat(5000).getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  HttpServer server;
  String base;
  final ByteArrayOutputStream progress = new ByteArrayOutputStream();
  final Map<String, byte[]> served = new HashMap<>(Map.of("f.bin", BODY, "mnist.npz", BODY));

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          byte[] body = served.get(path.substring(path.lastIndexOf('/') + 1));
          exchange.sendResponseHeaders(body != null ? 200 : 404, body != null ? body.length : -1);
          try (OutputStream out = exchange.getResponseBody()) {
            if (body != null) {
              out.write(body);
            }
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/data/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  Downloader downloader() {
    return new Downloader(new PrintStream(progress, true, StandardCharsets.UTF_8));
  }

  @Test
  void downloadsVerifiesAndMovesIntoPlace() throws Exception {
    RemoteFile f = new RemoteFile("f.bin", base + "f.bin", "SHA-256", sha256(BODY));
    downloader().download(f, dir.resolve("f.bin"));
    assertThat(Files.readAllBytes(dir.resolve("f.bin"))).isEqualTo(BODY);
    assertThat(files()).containsExactly("f.bin");
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("\rDownloading f.bin: 100% (0.1 of 0.1 MB)");
  }

  @Test
  void checksumMismatchLeavesNothingBehind() {
    String wrong = "0".repeat(32);
    RemoteFile f = new RemoteFile("f.bin", base + "f.bin", "MD5", wrong);
    assertThatThrownBy(() -> downloader().download(f, dir.resolve("f.bin")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(base + "f.bin: expected MD5 " + wrong + ", got ")
        .hasMessageEndingWith(
            "; the download was discarded (corrupt transfer or changed file: " + "try again)");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void httpErrorLeavesNothingBehind() {
    RemoteFile f = new RemoteFile("g.bin", base + "g.bin", "MD5", "0");
    assertThatThrownBy(() -> downloader().download(f, dir.resolve("g.bin")))
        .hasMessage(base + "g.bin: expected HTTP 200, got 404 Not Found");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void loaderDiscardsAMirroredFileWithTheWrongChecksum() {
    DatasetLoader loader =
        new DatasetLoader(
            dir, List.of(), base, new PrintStream(progress, true, StandardCharsets.UTF_8));
    // The server's mnist.npz is not the published one: its SHA-256 differs.
    assertThatThrownBy(loader::mnist)
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(
            base
                + "mnist.npz: expected SHA-256 731c5ac602752760c8e48fbffcf8"
                + "c3b850d9dc2a2aedcf2cc48468fc17b673d1, got ");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void loaderReportsAMissingMirroredFileAsNotFound() {
    DatasetLoader loader =
        new DatasetLoader(
            dir, List.of(), base, new PrintStream(progress, true, StandardCharsets.UTF_8));
    assertThatThrownBy(loader::fashionMnist)
        .isInstanceOf(DatasetNotFoundException.class)
        .hasMessageContaining("expected HTTP 200, got 404 Not Found");
    assertThat(dir.resolve("fashion-mnist")).isEmptyDirectory();
  }

  @Test
  void downloadsAndExtractsAnArchiveThenDeletesIt() throws Exception {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(tar)) {
      for (String name : DatasetFiles.CIFAR10.files()) {
        byte[] data =
            name.endsWith(".txt")
                ? String.join("\n", Cifar10.CLASS_NAMES).getBytes(StandardCharsets.US_ASCII)
                : Cifar10Test.batch(2, 3);
        TarTest.entry(gz, "cifar-10-batches-bin/" + name, data, '0');
      }
      gz.write(new byte[1024]);
    }
    byte[] archive = tar.toByteArray();
    served.put("cifar-10-binary.tar.gz", archive);
    RemoteFile published = DatasetFiles.CIFAR10.downloads().get(0);
    DatasetFiles tiny =
        new DatasetFiles(
            "CIFAR-10",
            "cifar-10-batches-bin",
            DatasetFiles.CIFAR10.files(),
            List.of(new RemoteFile(published.name(), published.url(), "SHA-256", sha256(archive))),
            true);
    DatasetLoader loader =
        new DatasetLoader(
            dir, List.of(), base, new PrintStream(progress, true, StandardCharsets.UTF_8));
    Path folder = loader.locate(tiny);
    assertThat(folder).isEqualTo(dir.resolve("cifar-10-batches-bin"));
    assertThat(files()).containsExactly("cifar-10-batches-bin");
    TrainTestData d = Cifar10.load(folder);
    assertThat(d.xTrain().shape().dims()).containsExactly(10, 32, 32, 3);
    assertThat(d.yTest().toArray()).containsExactly(3, 4);
  }
}
