package io.fovea.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a data set's files on disk, or downloads them into the cache folder.
 *
 * <p>Lookup order: the cache folder ({@code <cache>/<subfolder>}, or the cache folder itself), then
 * Keras's cache {@code ~/.keras/datasets}, then the Debian packages' folder {@code
 * /usr/share/datasets} (package {@code dataset-fashion-mnist} puts Fashion-MNIST in {@code
 * /usr/share/datasets/fashion-mnist}). The first folder holding all files wins. When none does, the
 * files are downloaded into the cache folder, checked against their published checksum; without
 * network the error lists the files and the folder to place them in.
 *
 * <p>The default cache folder is the system property {@code fovea.data}, else the environment
 * variable {@code FOVEA_DATA}, else {@code ~/.fovea/datasets}.
 */
public final class DatasetLoader {

  static final Path DEBIAN = Path.of("/usr/share/datasets");

  private final Path cache;
  private final List<Path> readOnly;
  private final String mirror;
  private final Downloader downloader;

  DatasetLoader(Path cache, List<Path> readOnly, String mirror, PrintStream progress) {
    this.cache = cache;
    this.readOnly = List.copyOf(readOnly);
    this.mirror = mirror;
    this.downloader = new Downloader(progress);
  }

  /** A loader over the default cache folder, Keras's cache and the Debian folder. */
  public static DatasetLoader standard() {
    return inFolder(defaultCache());
  }

  /** A loader whose cache (first place looked, and download target) is {@code folder}. */
  public static DatasetLoader inFolder(Path folder) {
    Path keras = Path.of(System.getProperty("user.home"), ".keras", "datasets");
    return new DatasetLoader(folder, List.of(keras, DEBIAN), null, System.err);
  }

  /** The default cache folder: {@code -Dfovea.data}, {@code $FOVEA_DATA}, ~/.fovea/datasets. */
  public static Path defaultCache() {
    return defaultCache(
        System.getProperty("fovea.data"),
        System.getenv("FOVEA_DATA"),
        System.getProperty("user.home"));
  }

  static Path defaultCache(String property, String env, String home) {
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(home, ".fovea", "datasets");
  }

  /** The cache folder. */
  public Path cache() {
    return cache;
  }

  /** MNIST digits from {@code mnist.npz}: {@code [60000, 28, 28]} and {@code [10000, 28, 28]}. */
  public TrainTestData mnist() throws IOException {
    Path file = locate(DatasetFiles.MNIST).resolve("mnist.npz");
    Map<String, NdArray> a = Npz.read(file);
    for (String key : List.of("x_train", "y_train", "x_test", "y_test")) {
      if (!a.containsKey(key)) {
        throw new DataFileException(
            file.toString(),
            key + ".npy",
            -1,
            "expected the arrays " + "x_train, y_train, x_test, y_test, got " + a.keySet());
      }
    }
    return new TrainTestData(
        a.get("x_train").toTensor(),
        a.get("y_train").toTensor(),
        a.get("x_test").toTensor(),
        a.get("y_test").toTensor(),
        Datasets.MNIST_CLASSES);
  }

  /** Fashion-MNIST from its four IDX files: {@code [60000, 28, 28]}, {@code [10000, 28, 28]}. */
  public TrainTestData fashionMnist() throws IOException {
    Path folder = locate(DatasetFiles.FASHION_MNIST);
    List<String> n = DatasetFiles.FASHION_MNIST.files();
    return new TrainTestData(
        Idx.read(file(folder, n.get(0)), Datasets.IMAGES).toTensor(),
        Idx.read(file(folder, n.get(1)), Datasets.LABELS).toTensor(),
        Idx.read(file(folder, n.get(2)), Datasets.IMAGES).toTensor(),
        Idx.read(file(folder, n.get(3)), Datasets.LABELS).toTensor(),
        Datasets.FASHION_MNIST_CLASSES);
  }

  /** CIFAR-10 from its binary batches: {@code [50000, 32, 32, 3]}, {@code [10000, 32, 32, 3]}. */
  public TrainTestData cifar10() throws IOException {
    return Cifar10.load(locate(DatasetFiles.CIFAR10));
  }

  /** The folders looked in for {@code f}, in order. */
  List<Path> searchOrder(DatasetFiles f) {
    List<Path> out = new ArrayList<>();
    out.add(cache.resolve(f.subfolder()));
    if (!f.subfolder().isEmpty()) {
      out.add(cache);
    }
    for (Path p : readOnly) {
      out.add(p.resolve(f.subfolder()));
    }
    return out;
  }

  /** The folder holding all of {@code f}'s files, downloading them when none does. */
  Path locate(DatasetFiles f) throws IOException {
    for (Path folder : searchOrder(f)) {
      if (f.files().stream().allMatch(name -> Files.isRegularFile(file(folder, name)))) {
        return folder;
      }
    }
    DatasetFiles remote = mirror == null ? f : f.mirroredAt(mirror);
    Path target = cache.resolve(f.subfolder());
    try {
      download(remote, target);
    } catch (DataFileException e) {
      throw e;
    } catch (IOException e) {
      throw notFound(remote, target, e);
    }
    return target;
  }

  private void download(DatasetFiles f, Path target) throws IOException {
    for (RemoteFile d : f.downloads()) {
      Path where = f.archive() ? cache.resolve(d.name()) : target.resolve(d.name());
      if (!f.archive() && Files.isRegularFile(where)) {
        continue;
      }
      downloader.download(d, where);
      if (f.archive()) {
        Set<String> wanted = new HashSet<>();
        f.files().forEach(name -> wanted.add(f.subfolder() + "/" + name));
        Tar.extract(where, cache, wanted);
        Files.delete(where);
      }
    }
  }

  /** {@code name} in {@code folder}, or its uncompressed twin when only that exists. */
  static Path file(Path folder, String name) {
    Path p = folder.resolve(name);
    if (!Files.exists(p) && name.endsWith(".gz")) {
      Path plain = folder.resolve(name.substring(0, name.length() - 3));
      return Files.exists(plain) ? plain : p;
    }
    return p;
  }

  private DatasetNotFoundException notFound(DatasetFiles f, Path target, IOException cause) {
    StringBuilder sb =
        new StringBuilder(f.title())
            .append(": expected the files ")
            .append(String.join(", ", f.files()))
            .append(" in one of ")
            .append(searchOrder(f))
            .append(", got none, and the download failed (")
            .append(cause)
            .append("). Place ");
    if (f.archive()) {
      RemoteFile a = f.downloads().get(0);
      sb.append(a.name())
          .append(" (from ")
          .append(a.url())
          .append(") extracted in ")
          .append(cache)
          .append(", so that ")
          .append(target)
          .append(" holds those files");
    } else {
      sb.append("these files in ").append(target).append(": ");
      for (int i = 0; i < f.downloads().size(); i++) {
        RemoteFile d = f.downloads().get(i);
        sb.append(i > 0 ? ", " : "").append(d.name()).append(" (from ").append(d.url()).append(')');
      }
    }
    sb.append("; or set FOVEA_DATA to a folder that has them");
    if (f.title().equals(DatasetFiles.FASHION_MNIST.title())) {
      sb.append(", or install the Debian package dataset-fashion-mnist");
    }
    return new DatasetNotFoundException(sb.append('.').toString(), cause);
  }
}
