package io.fovea.plot;

import io.fovea.files.AtomicFiles;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One self-contained HTML page about a trained model: the title, the model summary, the learning
 * curves, the final metrics, the confusion matrix, then any figures the caller adds (a prediction
 * grid, the first-layer filters, an activation map...). Images are inlined as base64 PNG {@code
 * data:} URIs and the CSS is inline, so the file opens in any browser with nothing beside it: no
 * scripts, no external URLs. Every part is optional.
 *
 * <pre>{@code
 * Report.builder()
 *     .title("CIFAR-10 CNN")
 *     .model(model)
 *     .history(history)
 *     .metrics(model.evaluateNamed(xTest, yTest, 128))
 *     .confusion(yTest, model.predictClasses(xTest), classNames)
 *     .predictions(grid)
 *     .write(Path.of("report.html"));
 * }</pre>
 */
public final class Report {

  private Report() {}

  /** A new, empty report. */
  public static Builder builder() {
    return new Builder();
  }

  /** A figure of the report: a heading and a PNG. */
  record Figure(String title, byte[] png) {}

  /** Collects the parts of a report; {@link #write(Path)} or {@link #html()} renders it. */
  public static final class Builder {

    private static final byte[] PNG_SIGNATURE = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'
    };

    String title = "Fovea report";
    String summary;
    Map<String, List<Double>> history;
    final Map<String, Double> metrics = new LinkedHashMap<>();
    Figure curves;
    Figure confusion;
    final List<Figure> figures = new ArrayList<>();

    private Builder() {}

    /** The page title and top heading (default {@code Fovea report}). */
    public Builder title(String value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /** The model's summary table, taken without printing it. */
    public Builder model(Sequential model) {
      PrintStream saved = model.output();
      model.output(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      try {
        return summary(model.summary());
      } finally {
        model.output(saved);
      }
    }

    /** A summary text shown preformatted, e.g. what {@code model.summary()} returned. */
    public Builder summary(String text) {
      this.summary = Objects.requireNonNull(text, "summary");
      return this;
    }

    /** The learning curves and the last epoch's values in the metrics table. */
    public Builder history(History value) {
      return history(value.asMap());
    }

    /** The same for a history given as Keras's {@code history.history} map. */
    public Builder history(Map<String, List<Double>> value) {
      this.history = new LinkedHashMap<>(value);
      this.curves = new Figure("Learning curves", Figures.png(Charts.learningCurves(value)));
      return this;
    }

    /**
     * Evaluation results by name (e.g. {@code evaluateNamed} on test data), shown in their own
     * column of the metrics table.
     */
    public Builder metrics(Map<String, ? extends Number> values) {
      values.forEach((k, v) -> metrics.put(k, v.doubleValue()));
      return this;
    }

    /** The confusion matrix of these labels; see {@link Charts#confusionMatrix}. */
    public Builder confusion(int[] yTrue, int[] yPred, String[] classNames) {
      BufferedImage image = Charts.confusionMatrix(yTrue, yPred, classNames);
      this.confusion = new Figure("Confusion matrix", Figures.png(image));
      return this;
    }

    /** A prediction grid, shown under the heading {@code Predictions}. */
    public Builder predictions(BufferedImage image) {
      return figure("Predictions", image);
    }

    /** The first-layer filters, shown under the heading {@code First-layer filters}. */
    public Builder filters(BufferedImage image) {
      return figure("First-layer filters", image);
    }

    /** An activation map, shown under the heading {@code Activations}. */
    public Builder activations(BufferedImage image) {
      return figure("Activations", image);
    }

    /** Any figure, shown after the standard parts in the order added. */
    public Builder figure(String title, BufferedImage image) {
      Objects.requireNonNull(image, "image");
      figures.add(new Figure(Objects.requireNonNull(title, "title"), Figures.png(image)));
      return this;
    }

    /**
     * Any figure given as the bytes of a PNG file.
     *
     * @throws IllegalArgumentException when the bytes do not start with the PNG signature
     */
    public Builder figure(String title, byte[] png) {
      Objects.requireNonNull(png, "png");
      if (png.length < PNG_SIGNATURE.length
          || !Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
        throw new IllegalArgumentException(
            "Report figure '"
                + title
                + "': expected the bytes of "
                + "a PNG file (starting 89 50 4E 47), got "
                + png.length
                + " bytes that do not");
      }
      figures.add(new Figure(Objects.requireNonNull(title, "title"), png.clone()));
      return this;
    }

    /** The page as HTML text (UTF-8 declared). */
    public String html() {
      return ReportHtml.render(this);
    }

    /** Writes the page to {@code out} atomically, in UTF-8. */
    public void write(Path out) throws IOException {
      AtomicFiles.write(out, html().getBytes(StandardCharsets.UTF_8));
    }
  }
}
