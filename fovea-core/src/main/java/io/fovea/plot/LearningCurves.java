package io.fovea.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Loss and the first metric per epoch, training (blue, dots) against validation (orange), one
 * XChart panel each, side by side in one figure (the course's {@code plot_accuracy_and_loss}). A
 * history without a metric gives one panel; without validation, one line per panel.
 */
final class LearningCurves implements Figures.Painter {

  static final int PANEL_WIDTH = 600;
  static final int HEIGHT = 450;

  private final List<XYChart> panels = new ArrayList<>();

  LearningCurves(Map<String, List<Double>> history) {
    if (!history.containsKey("loss")) {
      throw new IllegalArgumentException(
          "learningCurves: expected a history with 'loss', got "
              + history.keySet()
              + ". Pass what fit returned");
    }
    panels.add(panel(history, "loss"));
    String metric = firstMetric(history);
    if (metric != null) {
      panels.add(panel(history, metric));
    }
  }

  int width() {
    return PANEL_WIDTH * panels.size();
  }

  int height() {
    return HEIGHT;
  }

  @Override
  public void paint(Graphics2D g) {
    for (int i = 0; i < panels.size(); i++) {
      Graphics2D panel = (Graphics2D) g.create(i * PANEL_WIDTH, 0, PANEL_WIDTH, HEIGHT);
      try {
        panels.get(i).paint(panel, PANEL_WIDTH, HEIGHT);
      } finally {
        panel.dispose();
      }
    }
  }

  /** {@code accuracy} if logged, else the first key that is neither a loss nor validation. */
  private static String firstMetric(Map<String, List<Double>> history) {
    if (history.containsKey("accuracy")) {
      return "accuracy";
    }
    return history.keySet().stream()
        .filter(k -> !k.equals("loss") && !k.startsWith("val_"))
        .findFirst()
        .orElse(null);
  }

  private static XYChart panel(Map<String, List<Double>> history, String key) {
    String label = capitalise(key);
    boolean validation = history.containsKey("val_" + key);
    XYChart chart =
        new XYChartBuilder()
            .width(PANEL_WIDTH)
            .height(HEIGHT)
            .title((validation ? "Training and validation " : "Training ") + key.replace('_', ' '))
            .xAxisTitle("Epoch")
            .yAxisTitle(label)
            .build();
    style(chart.getStyler());
    // Losses fall and metrics rise: keep the legend in the corner the lines leave empty.
    chart
        .getStyler()
        .setLegendPosition(
            key.contains("loss") ? Styler.LegendPosition.InsideNE : Styler.LegendPosition.InsideSE);
    chart.setCustomXAxisTickLabelsFormatter(LearningCurves::epochLabel);
    addLine(chart, "Training " + key.replace('_', ' '), history.get(key), Figures.TAB10[0]);
    if (validation) {
      addLine(
          chart,
          "Validation " + key.replace('_', ' '),
          history.get("val_" + key),
          Figures.TAB10[1]);
    }
    return chart;
  }

  private static void addLine(XYChart chart, String name, List<Double> values, Color color) {
    double[] x = new double[values.size()];
    double[] y = new double[values.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = i + 1;
      y[i] = values.get(i) == null ? Double.NaN : values.get(i);
    }
    XYSeries series = chart.addSeries(name, x, y);
    series.setLineColor(color);
    series.setMarkerColor(color);
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  }

  /** Epochs are whole numbers: ticks that fall between two epochs get no label. */
  private static String epochLabel(Double x) {
    long rounded = Math.round(x);
    return Math.abs(x - rounded) < 1e-9 ? Long.toString(rounded) : "";
  }

  private static String capitalise(String key) {
    String words = key.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /** matplotlib's defaults: white, thin black frame, light grid, legend in a corner. */
  private static void style(XYStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(Color.BLACK);
    s.setPlotBorderVisible(true);
    s.setPlotGridLinesColor(new Color(0xDDDDDD));
    s.setPlotGridLinesStroke(new BasicStroke(0.8f));
    s.setPlotContentSize(0.92);
    s.setChartTitleBoxVisible(false);
    s.setChartTitleFont(Figures.font(16f));
    s.setChartFontColor(Color.BLACK);
    s.setAxisTitleFont(Figures.font(14f));
    s.setAxisTickLabelsFont(Figures.font(12f));
    s.setAxisTickLabelsColor(Color.BLACK);
    s.setAxisTickMarksColor(Color.BLACK);
    s.setAxisTicksLineVisible(false);
    s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
    s.setPlotTicksMarksVisible(false);
    s.setLegendFont(Figures.font(12f));
    s.setLegendBorderColor(new Color(0xCCCCCC));
    s.setLegendBackgroundColor(new Color(255, 255, 255, 220));
    s.setMarkerSize(7);
    s.setChartPadding(12);
    s.setToolTipsEnabled(false);
  }
}
