package io.fovea.data;

import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The classic image data sets, loaded like {@code keras.datasets.*.load_data()}: training and test
 * images as float tensors holding the uint8 values 0..255, labels {@code [n]} as floats, and the
 * class names.
 *
 * <p>Shapes: MNIST and Fashion-MNIST {@code [60000, 28, 28]} / {@code [10000, 28, 28]}; CIFAR-10
 * {@code [50000, 32, 32, 3]} / {@code [10000, 32, 32, 3]} (about 600 MB as floats). Files are found
 * or downloaded by {@link DatasetLoader}: the cache folder ({@code -Dfovea.data}, {@code
 * $FOVEA_DATA}, or {@code ~/.fovea/datasets}), Keras's cache, then {@code /usr/share/datasets}
 * (Debian's {@code dataset-fashion-mnist}).
 */
public final class Datasets {

  /** IDX magic of image files {@code [n, rows, cols]} of uint8. */
  static final int IMAGES = 0x00000803;

  /** IDX magic of label files {@code [n]} of uint8. */
  static final int LABELS = 0x00000801;

  /** The digits. */
  public static final List<String> MNIST_CLASSES =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** Fashion-MNIST's ten classes, in label order. */
  public static final List<String> FASHION_MNIST_CLASSES =
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot");

  static final String SAMPLE = "fashion-mnist-sample/";

  private Datasets() {}

  /** MNIST from the default places. */
  public static TrainTestData mnist() throws IOException {
    return DatasetLoader.standard().mnist();
  }

  /** MNIST with {@code folder} as the cache folder. */
  public static TrainTestData mnist(Path folder) throws IOException {
    return DatasetLoader.inFolder(folder).mnist();
  }

  /** Fashion-MNIST from the default places. */
  public static TrainTestData fashionMnist() throws IOException {
    return DatasetLoader.standard().fashionMnist();
  }

  /** Fashion-MNIST with {@code folder} as the cache folder. */
  public static TrainTestData fashionMnist(Path folder) throws IOException {
    return DatasetLoader.inFolder(folder).fashionMnist();
  }

  /** CIFAR-10 from the default places. */
  public static TrainTestData cifar10() throws IOException {
    return DatasetLoader.standard().cifar10();
  }

  /** CIFAR-10 with {@code folder} as the cache folder. */
  public static TrainTestData cifar10(Path folder) throws IOException {
    return DatasetLoader.inFolder(folder).cifar10();
  }

  /**
   * A stratified sample of Fashion-MNIST shipped inside the library, for demos and offline use: 300
   * training and 100 test images of each class ({@code [3000, 28, 28]}, {@code [1000, 28, 28]}),
   * taken in file order from the real set by {@code tools/make_fashion_mnist_sample.py}.
   * Fashion-MNIST is (c) Zalando SE, MIT licence (see NOTICE).
   */
  public static TrainTestData fashionMnistSample() throws IOException {
    return new TrainTestData(
        resource("train-images-idx3-ubyte.gz", IMAGES),
        resource("train-labels-idx1-ubyte.gz", LABELS),
        resource("t10k-images-idx3-ubyte.gz", IMAGES),
        resource("t10k-labels-idx1-ubyte.gz", LABELS),
        FASHION_MNIST_CLASSES);
  }

  private static Tensor resource(String name, int magic) throws IOException {
    try (InputStream in = Datasets.class.getResourceAsStream(SAMPLE + name)) {
      if (in == null) {
        throw new DataFileException(
            SAMPLE + name,
            null,
            -1,
            "expected a resource of the "
                + "Fovea jar, got nothing (a jar built without its resources?)");
      }
      return Idx.read(in, SAMPLE + name, magic).toTensor();
    }
  }
}
