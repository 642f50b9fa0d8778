package io.fovea.image;

import java.nio.file.Path;

/**
 * How {@link Images#show(io.fovea.tensor.Tensor, ShowOptions)} draws an image, as the arguments of
 * matplotlib's {@code imshow}: the colour map and {@code vmin}/{@code vmax} for one-channel images,
 * whether colour values are 0..255, a colour bar, where the PNG goes and whether it is opened.
 * Immutable; each {@code withX} returns a changed copy.
 */
public final class ShowOptions {

  private static final ShowOptions DEFAULTS =
      new ShowOptions(ColorMap.GRAY, Float.NaN, Float.NaN, false, false, null, true);

  private final ColorMap colorMap;
  private final float vmin;
  private final float vmax;
  private final boolean bytes;
  private final boolean colorBar;
  private final Path output;
  private final boolean open;

  private ShowOptions(
      ColorMap colorMap,
      float vmin,
      float vmax,
      boolean bytes,
      boolean colorBar,
      Path output,
      boolean open) {
    this.colorMap = colorMap;
    this.vmin = vmin;
    this.vmax = vmax;
    this.bytes = bytes;
    this.colorBar = colorBar;
    this.output = output;
    this.open = open;
  }

  /** Gray map, data min..max, colour values in [0, 1], no colour bar, a temp file, opened. */
  public static ShowOptions defaults() {
    return DEFAULTS;
  }

  /** A copy with this colour map for one-channel images. */
  public ShowOptions withColorMap(ColorMap map) {
    if (map == null) {
      throw new IllegalArgumentException("ShowOptions: expected a colour map, got null");
    }
    return new ShowOptions(map, vmin, vmax, bytes, colorBar, output, open);
  }

  /** A copy mapping {@code vmin} to the lowest colour and {@code vmax} to the highest. */
  public ShowOptions withRange(float vmin, float vmax) {
    if (!(vmin <= vmax)) {
      throw new IllegalArgumentException(
          "ShowOptions: expected vmin <= vmax, got " + vmin + ", " + vmax);
    }
    return new ShowOptions(colorMap, vmin, vmax, bytes, colorBar, output, open);
  }

  /** A copy reading RGB(A) values as 0..255 rather than [0, 1]. */
  public ShowOptions withBytes(boolean bytes) {
    return new ShowOptions(colorMap, vmin, vmax, bytes, colorBar, output, open);
  }

  /** A copy that draws (or not) a colour bar with min/max labels beside a one-channel image. */
  public ShowOptions withColorBar(boolean colorBar) {
    return new ShowOptions(colorMap, vmin, vmax, bytes, colorBar, output, open);
  }

  /** A copy writing the PNG to {@code output} instead of a temporary file. */
  public ShowOptions withOutput(Path output) {
    return new ShowOptions(colorMap, vmin, vmax, bytes, colorBar, output, open);
  }

  /** A copy that opens (or never opens) the PNG in the desktop's viewer. */
  public ShowOptions withOpen(boolean open) {
    return new ShowOptions(colorMap, vmin, vmax, bytes, colorBar, output, open);
  }

  ColorMap colorMap() {
    return colorMap;
  }

  float vmin() {
    return vmin;
  }

  float vmax() {
    return vmax;
  }

  boolean bytes() {
    return bytes;
  }

  boolean colorBar() {
    return colorBar;
  }

  Path output() {
    return output;
  }

  boolean open() {
    return open;
  }
}
