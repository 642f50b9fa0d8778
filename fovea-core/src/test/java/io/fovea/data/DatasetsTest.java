package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

  @TempDir Path cache;
  @TempDir Path other;
  final PrintStream quiet =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  static int[] perClass(float[] labels) {
    int[] counts = new int[10];
    for (float y : labels) {
      counts[(int) y]++;
    }
    return counts;
  }

  /** Four tiny Fashion-MNIST files with n images each, all pixels equal to {@code fill}. */
  static void fakeFashion(Path folder, int n, int fill) throws IOException {
    NdArray x = NdArray.ofLongs(DType.U1, new long[n * 4], n, 2, 2);
    java.util.Arrays.fill(x.bytes(), (byte) fill);
    NdArray y = NdArray.ofLongs(DType.U1, new long[n], n);
    Idx.write(folder.resolve("train-images-idx3-ubyte.gz"), x, true);
    Idx.write(folder.resolve("train-labels-idx1-ubyte.gz"), y, true);
    Idx.write(folder.resolve("t10k-images-idx3-ubyte"), x, false);
    Idx.write(folder.resolve("t10k-labels-idx1-ubyte.gz"), y, true);
  }

  @Test
  void sampleShipsStratifiedTrainAndTestSets() throws IOException {
    TrainTestData d = Datasets.fashionMnistSample();
    assertThat(d.xTrain().shape().dims()).containsExactly(3000, 28, 28);
    assertThat(d.xTest().shape().dims()).containsExactly(1000, 28, 28);
    assertThat(perClass(d.yTrain().toArray())).containsOnly(300);
    assertThat(perClass(d.yTest().toArray())).containsOnly(100);
    assertThat(d.xTrain().max()).isEqualTo(255f);
    assertThat(d.xTrain().min()).isEqualTo(0f);
    assertThat(d.classNames()).hasSize(10).startsWith("T-shirt/top").endsWith("Ankle boot");
  }

  @Test
  void looksInTheCacheBeforeReadOnlyFolders() throws IOException {
    Files.createDirectories(cache.resolve("fashion-mnist"));
    fakeFashion(cache.resolve("fashion-mnist"), 2, 7);
    fakeFashion(other.resolve("fashion-mnist"), 3, 9);
    DatasetLoader loader = new DatasetLoader(cache, List.of(other), null, quiet);
    assertThat(loader.fashionMnist().xTrain().shape().dims()).containsExactly(2, 2, 2);
    Files.delete(cache.resolve("fashion-mnist/train-images-idx3-ubyte.gz"));
    TrainTestData d = loader.fashionMnist();
    assertThat(d.xTest().shape().dims()).containsExactly(3, 2, 2);
    assertThat(d.xTest().max()).isEqualTo(9f);
    assertThat(loader.searchOrder(DatasetFiles.FASHION_MNIST))
        .containsExactly(cache.resolve("fashion-mnist"), cache, other.resolve("fashion-mnist"));
  }

  @Test
  void acceptsFilesDirectlyInTheCallersFolder() throws IOException {
    fakeFashion(cache, 4, 1);
    assertThat(Datasets.fashionMnist(cache).yTrain().size()).isEqualTo(4);
  }

  @Test
  void cacheFolderComesFromPropertyThenEnvironmentThenHome() {
    assertThat(DatasetLoader.defaultCache("/p", "/e", "/h")).isEqualTo(Path.of("/p"));
    assertThat(DatasetLoader.defaultCache(null, "/e", "/h")).isEqualTo(Path.of("/e"));
    assertThat(DatasetLoader.defaultCache("", null, "/h"))
        .isEqualTo(Path.of("/h", ".fovea", "datasets"));
  }

  @Test
  void withoutNetworkTheErrorSaysWhichFilesToPlaceWhere() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String mirror = "http://127.0.0.1:" + port + "/";
    DatasetLoader loader = new DatasetLoader(cache, List.of(), mirror, quiet);
    Path target = cache.resolve("fashion-mnist");
    assertThatThrownBy(loader::fashionMnist)
        .isInstanceOf(DatasetNotFoundException.class)
        .hasMessageStartingWith(
            "Fashion-MNIST: expected the files train-images-idx3-ubyte.gz, "
                + "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz "
                + "in one of ["
                + target
                + ", "
                + cache
                + "], got none, and the download failed (")
        .hasMessageContaining(
            "). Place these files in "
                + target
                + ": train-images-idx3-ubyte.gz (from "
                + mirror
                + "train-images-idx3-ubyte.gz), ")
        .hasMessageEndingWith(
            "; or set FOVEA_DATA to a folder that has them, or install the "
                + "Debian package dataset-fashion-mnist.");
    assertThatThrownBy(loader::cifar10)
        .hasMessageContaining(
            "Place cifar-10-binary.tar.gz (from "
                + mirror
                + "cifar-10-binary.tar.gz) extracted in "
                + cache
                + ", so that "
                + cache.resolve("cifar-10-batches-bin")
                + " holds those files");
    try (var files = Files.walk(cache)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void recognisesTheDebianPackageFolder() throws IOException {
    Path debian = DatasetLoader.DEBIAN.resolve("fashion-mnist");
    assumeTrue(Files.isDirectory(debian), "apt-get install dataset-fashion-mnist");
    DatasetLoader loader = new DatasetLoader(cache, List.of(DatasetLoader.DEBIAN), null, quiet);
    assertThat(loader.locate(DatasetFiles.FASHION_MNIST)).isEqualTo(debian);
    TrainTestData d = loader.fashionMnist();
    assertThat(d.xTrain().shape().dims()).containsExactly(60000, 28, 28);
    assertThat(d.yTest().shape().dims()).containsExactly(10000);
    assertThat(perClass(d.yTrain().toArray())).containsOnly(6000);
  }
}
