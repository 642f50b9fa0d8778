package io.fovea.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.optimizers.Adam;
import io.fovea.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  static final Path OUT = Path.of("target", "report");

  /** Debian's chromium; -Dfovea.chromium=... points elsewhere (or nowhere, to see the skip). */
  static final Path CHROMIUM = Path.of(System.getProperty("fovea.chromium", "/usr/bin/chromium"));

  static final Pattern DATA_URI =
      Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

  static Path report;
  static String html;

  /** A small real run: three blobs, an MLP trained a few epochs, every part of the report. */
  @BeforeAll
  static void writeReport() throws IOException {
    Tensor[] train = ChartsTest.blobs(60, 3, 21);
    Sequential model = new Sequential().seed(3);
    model.add(new Dense(16, "relu").inputShape(2));
    model.add(new Dense(3, "softmax"));
    model.compile(new Adam(0.05), "sparse_categorical_crossentropy", "accuracy");
    History h =
        model.fit(
            train[0], train[1], Fit.epochs(12).batchSize(16).verbose(0).validationSplit(0.25));
    Tensor[] test = ChartsTest.blobs(40, 3, 22);
    int[] yTrue = DecisionBoundary.classes("y", test[1], 120);
    BufferedImage boundary = Charts.decisionBoundary(model, test[0], test[1]);
    report = OUT.resolve("report.html");
    Report.builder()
        .title("Three blobs <MLP> & friends")
        .model(model)
        .history(h)
        .metrics(model.evaluateNamed(test[0], test[1], 64))
        .confusion(yTrue, model.predictClasses(test[0]), new String[] {"left", "middle", "right"})
        .figure("Decision boundary", Figures.png(boundary))
        .activations(boundary.getSubimage(0, 0, 200, 200))
        .write(report);
    html = Files.readString(report, StandardCharsets.UTF_8);
  }

  @Test
  void reportIsSelfContainedUtf8WithEveryPart() {
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<meta charset=\"utf-8\">")
        .contains("<title>Three blobs &lt;MLP&gt; &amp; friends</title>")
        .contains("Total params")
        .contains("\u2500") // the summary's box-drawing rule
        .contains(
            "<h2>Learning curves</h2>",
            "<h2>Final metrics</h2>",
            "<h2>Confusion matrix</h2>",
            "<h2>Decision boundary</h2>",
            "<h2>Activations</h2>")
        .contains("<th>Validation (last epoch)</th>", "<th>Evaluation</th>")
        .doesNotContain("<script", "http://", "https://", "src=\"file:");
  }

  @Test
  void writingLeavesNoTemporaryFileBesideTheReport() throws IOException {
    // Temporary names are ".report.html.<uuid>.tmp": a fixed name could never have been seen.
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".report.html") || name.endsWith(".tmp"));
    }
  }

  @Test
  void everyInlinedImageIsAReadablePng() throws IOException {
    List<int[]> sizes = new ArrayList<>();
    Matcher m = DATA_URI.matcher(html);
    while (m.find()) {
      BufferedImage img =
          ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
      sizes.add(new int[] {img.getWidth(), img.getHeight()});
    }
    assertThat(sizes).hasSize(4);
    assertThat(sizes.get(0)).containsExactly(1200, 450);
    assertThat(sizes.get(3)).containsExactly(200, 200);
  }

  @Test
  void metricsTableShowsTheLastEpochAndTheEvaluation() {
    String table = ReportHtml.metricsTable(Map.of("loss", List.of(1.0, 0.25)), Map.of("loss", 0.5));
    assertThat(table)
        .contains("<tr><td>loss</td><td>0.2500</td><td>0.5000</td></tr>")
        .doesNotContain("Validation");
  }

  @Test
  void rejectsFigureBytesThatAreNotPng() {
    assertThatThrownBy(() -> Report.builder().figure("Filters", new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Report figure 'Filters': expected the bytes of a PNG file (starting "
                + "89 50 4E 47), got 3 bytes that do not");
  }

  @Test
  void chromiumRendersEveryImageAndTakesAScreenshot(@TempDir Path tmp) throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: no chromium at " + CHROMIUM + " (apt-get install -y chromium to run this check)");
    // A copy of the report with a probe that writes what the browser saw into the DOM; the
    // report itself stays script-free.
    Path probe = tmp.resolve("probe.html");
    Files.writeString(probe, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
    String dom =
        chromium(
            tmp.resolve("profile-dom"),
            "--dump-dom",
            "--virtual-time-budget=10000",
            probe.toUri().toString());
    assertThat(dom).contains("<p id=\"fovea-probe\">images=4 rendered=4 errors=0</p>");

    Path shot = OUT.resolve("report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chromium(
        tmp.resolve("profile-shot"),
        "--screenshot=" + shot,
        "--window-size=1200,2000",
        "--hide-scrollbars",
        report.toAbsolutePath().toUri().toString());
    BufferedImage img = ImageIO.read(shot.toFile());
    assertThat(img.getWidth()).isEqualTo(1200);
    assertThat(img.getHeight()).isEqualTo(2000);
  }

  private static final String PROBE =
      "<script>\nlet errors = 0;\n"
          + "window.addEventListener('error', () => errors++, true);\n"
          + "window.addEventListener('load', () => {\n"
          + "  const imgs = [...document.images];\n"
          + "  const ok = imgs.filter(i => i.complete && i.naturalWidth > 0).length;\n"
          + "  const p = document.createElement('p');\n  p.id = 'fovea-probe';\n"
          + "  p.textContent = `images=${imgs.length} rendered=${ok} errors=${errors}`;\n"
          + "  document.body.appendChild(p);\n});\n</script>\n";

  /** Runs headless chromium with a fresh profile and returns what it printed. */
  private static String chromium(Path profile, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile(profile.getParent(), "chromium", ".log");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(log.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s: " + cmd);
    }
    assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(log)).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
