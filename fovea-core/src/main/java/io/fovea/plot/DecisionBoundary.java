package io.fovea.plot;

import io.fovea.model.Sequential;
import io.fovea.tensor.Tensor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * The class regions of a model with two inputs, shaded over its data points (the TensorFlow
 * Playground picture). The model predicts a {@code GRID x GRID} grid covering the points plus a 10%
 * margin, in one batch; a grid cell takes the class {@code p > 0.5} for a single (sigmoid) output
 * and {@code argmax p} otherwise, and is painted in that class's {@code tab10} colour mixed with
 * white. The points {@code x [n, 2]} are drawn on top in full colour by their label {@code y}
 * ({@code [n]} or {@code [n, 1]} class indices, or {@code [n, k]} one-hot).
 */
final class DecisionBoundary implements Figures.Painter {

  static final int GRID = 200;
  static final int PLOT = 480;
  static final int LEFT = 70;
  static final int TOP = 50;
  static final int WIDTH = LEFT + PLOT + 30;
  static final int HEIGHT = TOP + PLOT + 65;

  /** How much of the class colour a region keeps (the rest is white). */
  private static final double TINT = 0.3;

  private final float[] x;
  private final int[] labels;
  private final BufferedImage regions;
  private final double x0Lo;
  private final double x0Hi;
  private final double x1Lo;
  private final double x1Hi;

  DecisionBoundary(Sequential model, Tensor points, Tensor y) {
    int n = points.shape().dim(0);
    this.x = points.toArray();
    this.labels = classes("y", y, n);
    double[] range = range(x);
    double m0 = 0.1 * Math.max(range[1] - range[0], 1e-6);
    double m1 = 0.1 * Math.max(range[3] - range[2], 1e-6);
    this.x0Lo = range[0] - m0;
    this.x0Hi = range[1] + m0;
    this.x1Lo = range[2] - m1;
    this.x1Hi = range[3] + m1;
    this.regions = regions(model);
  }

  /** {@code [xmin, xmax, ymin, ymax]} of the interleaved points. */
  private static double[] range(float[] x) {
    double[] r = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int i = 0; i < x.length; i += 2) {
      r[0] = Math.min(r[0], x[i]);
      r[1] = Math.max(r[1], x[i]);
      r[2] = Math.min(r[2], x[i + 1]);
      r[3] = Math.max(r[3], x[i + 1]);
    }
    return r;
  }

  /** The class of each sample of {@code t}: its value, or the argmax of a one-hot row. */
  static int[] classes(String what, Tensor t, int n) {
    int width = t.rank() == 1 ? 1 : t.shape().dim(t.rank() - 1);
    if (t.shape().dim(0) != n || t.rank() > 2) {
      throw new IllegalArgumentException(
          "decisionBoundary: expected "
              + what
              + " of shape ["
              + n
              + "] or ["
              + n
              + ", k], got "
              + t.shape());
    }
    float[] v = t.toArray();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      if (width == 1) {
        out[i] = Math.round(v[i]);
      } else {
        int best = 0;
        for (int k = 1; k < width; k++) {
          best = v[i * width + k] > v[i * width + best] ? k : best;
        }
        out[i] = best;
      }
    }
    return out;
  }

  /** Predicts every grid cell in one batch; row 0 of the image is the top (largest x1). */
  private BufferedImage regions(Sequential model) {
    float[] grid = new float[GRID * GRID * 2];
    for (int r = 0; r < GRID; r++) {
      for (int c = 0; c < GRID; c++) {
        int i = (r * GRID + c) * 2;
        grid[i] = (float) (x0Lo + (c + 0.5) * (x0Hi - x0Lo) / GRID);
        grid[i + 1] = (float) (x1Hi - (r + 0.5) * (x1Hi - x1Lo) / GRID);
      }
    }
    Tensor p = model.predict(Tensor.wrap(grid, GRID * GRID, 2), GRID * GRID);
    int outputs = p.shape().dim(p.rank() - 1);
    float[] v = p.toArray();
    BufferedImage image = new BufferedImage(GRID, GRID, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < GRID * GRID; i++) {
      int cls;
      if (outputs == 1) {
        cls = v[i] > 0.5f ? 1 : 0;
      } else {
        cls = 0;
        for (int k = 1; k < outputs; k++) {
          cls = v[i * outputs + k] > v[i * outputs + cls] ? k : cls;
        }
      }
      image.setRGB(i % GRID, i / GRID, regionColor(cls).getRGB());
    }
    return image;
  }

  static Color classColor(int cls) {
    return Figures.TAB10[Math.floorMod(cls, Figures.TAB10.length)];
  }

  static Color regionColor(int cls) {
    Color c = classColor(cls);
    return new Color(tint(c.getRed()), tint(c.getGreen()), tint(c.getBlue()));
  }

  private static int tint(int channel) {
    return (int) Math.round(255 - TINT * (255 - channel));
  }

  private double px(double x0) {
    return LEFT + (x0 - x0Lo) / (x0Hi - x0Lo) * PLOT;
  }

  private double py(double x1) {
    return TOP + (x1Hi - x1) / (x1Hi - x1Lo) * PLOT;
  }

  @Override
  public void paint(Graphics2D g) {
    g.drawImage(regions, LEFT, TOP, PLOT, PLOT, null);
    for (int i = 0; i < labels.length; i++) {
      Ellipse2D dot = new Ellipse2D.Double(px(x[2 * i]) - 4, py(x[2 * i + 1]) - 4, 8, 8);
      g.setColor(classColor(labels[i]));
      g.fill(dot);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(0.8f));
      g.draw(dot);
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(LEFT, TOP, PLOT, PLOT);
    paintAxes(g);
  }

  private void paintAxes(Graphics2D g) {
    g.setFont(Figures.font(12f));
    FontMetrics fm = g.getFontMetrics();
    for (double t : Ticks.nice(x0Lo, x0Hi)) {
      int tx = (int) Math.round(px(t));
      g.drawLine(tx, TOP + PLOT, tx, TOP + PLOT + 5);
      Figures.centre(g, Ticks.label(t), tx, TOP + PLOT + 8 + fm.getAscent() / 2.0);
    }
    for (double t : Ticks.nice(x1Lo, x1Hi)) {
      int ty = (int) Math.round(py(t));
      g.drawLine(LEFT - 5, ty, LEFT, ty);
      String s = Ticks.label(t);
      g.drawString(s, LEFT - 8 - fm.stringWidth(s), ty + (fm.getAscent() - fm.getDescent()) / 2);
    }
    g.setFont(Figures.font(14f));
    Figures.centre(g, "x0", LEFT + PLOT / 2.0, TOP + PLOT + 45);
    AffineTransform saved = g.getTransform();
    g.translate(18, TOP + PLOT / 2.0);
    g.rotate(-Math.PI / 2);
    Figures.centre(g, "x1", 0, 0);
    g.setTransform(saved);
    g.setFont(Figures.font(16f));
    Figures.centre(g, "Decision boundary", LEFT + PLOT / 2.0, TOP / 2.0);
  }
}
