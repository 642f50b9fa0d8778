package io.fovea.examples;

import io.fovea.image.Filters;
import io.fovea.plot.Plots;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Chapter 2 of the guide, convolution by hand: the sliding dot product in 1-D and 2-D written as
 * loops, then the same with {@link Filters}, with padding and strides.
 *
 * <p>Writes {@code conv-input.png} and {@code conv-output.png} (each value printed on its pixel)
 * into the folder {@code args[0]}.
 */
public final class ConvolutionByHand {

  private ConvolutionByHand() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);
    oneDimension();
    twoDimensions(out);
  }

  private static void oneDimension() {
    float[] x = {2, 3, 5, 7, 11};
    float[] k = {-1, 1};

    // y[i] = sum_j x[i + j] * k[j]: slide the kernel, multiply, add.
    float[] y = new float[x.length - k.length + 1];
    for (int i = 0; i < y.length; i++) {
      for (int j = 0; j < k.length; j++) {
        y[i] += x[i + j] * k[j];
      }
    }
    System.out.println("by hand:        " + Arrays.toString(y));
    System.out.println("convolve1d:     " + Arrays.toString(Filters.convolve1d(x, k)));

    float[] box = {1, 1, 1};
    System.out.println("same:           " + Arrays.toString(Filters.convolve1d(x, box, "same", 1)));
    System.out.println("full:           " + Arrays.toString(Filters.convolve1d(x, box, "full", 1)));
    System.out.println("valid, stride 2:" + Arrays.toString(Filters.convolve1d(x, box, 0, 2)));
  }

  private static void twoDimensions(Path out) throws IOException {
    Tensor image =
        Tensor.of(
            new float[][] {
              {0, 0, 0, 9, 9, 9},
              {0, 0, 0, 9, 9, 9},
              {0, 0, 0, 9, 9, 9},
              {0, 0, 0, 9, 9, 9},
              {0, 0, 0, 9, 9, 9},
              {0, 0, 0, 9, 9, 9}
            });
    Tensor kernel = Tensor.of(new float[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}});

    // y[i, j] = sum_{u, v} x[i + u, j + v] * k[u, v]
    int oh = 6 - 3 + 1;
    int ow = 6 - 3 + 1;
    Tensor y = Tensor.zeros(oh, ow);
    for (int i = 0; i < oh; i++) {
      for (int j = 0; j < ow; j++) {
        float sum = 0;
        for (int u = 0; u < 3; u++) {
          for (int v = 0; v < 3; v++) {
            sum += image.get(i + u, j + v) * kernel.get(u, v);
          }
        }
        y.set(sum, i, j);
      }
    }
    System.out.println("by hand:    " + y);
    System.out.println("convolve2d: " + Filters.convolve2d(image, kernel));

    Tensor same = Filters.convolve2d(image, kernel, "same", 1);
    Tensor strided = Filters.convolve2d(image, kernel, "same", 2);
    System.out.println("same " + same.shape() + ", same with stride 2 " + strided.shape());
    Plots.pixelValues(image, out.resolve("conv-input.png"));
    Plots.pixelValues(same, out.resolve("conv-output.png"));
  }
}
