package io.fovea.data;

import java.util.List;

/**
 * Where a data set's files live: {@code files} inside {@code subfolder} of a data folder ("" for
 * the folder itself), downloaded as {@code downloads} (the files themselves, or one archive that
 * holds them).
 */
record DatasetFiles(
    String title,
    String subfolder,
    List<String> files,
    List<RemoteFile> downloads,
    boolean archive) {

  static final String KERAS = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/";

  static final DatasetFiles MNIST =
      new DatasetFiles(
          "MNIST",
          "",
          List.of("mnist.npz"),
          List.of(
              new RemoteFile(
                  "mnist.npz",
                  KERAS + "mnist.npz",
                  "SHA-256",
                  "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1")),
          false);

  static final DatasetFiles FASHION_MNIST =
      new DatasetFiles(
          "Fashion-MNIST",
          "fashion-mnist",
          List.of(
              "train-images-idx3-ubyte.gz",
              "train-labels-idx1-ubyte.gz",
              "t10k-images-idx3-ubyte.gz",
              "t10k-labels-idx1-ubyte.gz"),
          // The MD5 sums published by Zalando Research with the data set.
          List.of(
              new RemoteFile(
                  "train-images-idx3-ubyte.gz",
                  KERAS + "train-images-idx3-ubyte.gz",
                  "MD5",
                  "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
              new RemoteFile(
                  "train-labels-idx1-ubyte.gz",
                  KERAS + "train-labels-idx1-ubyte.gz",
                  "MD5",
                  "25c81989df183df01b3e8a0aad5dffbe"),
              new RemoteFile(
                  "t10k-images-idx3-ubyte.gz",
                  KERAS + "t10k-images-idx3-ubyte.gz",
                  "MD5",
                  "bef4ecab320f06d8554ea6380940ec79"),
              new RemoteFile(
                  "t10k-labels-idx1-ubyte.gz",
                  KERAS + "t10k-labels-idx1-ubyte.gz",
                  "MD5",
                  "bb300cfdad3c16e7a12a480ee83cd310")),
          false);

  static final DatasetFiles CIFAR10 =
      new DatasetFiles(
          "CIFAR-10",
          "cifar-10-batches-bin",
          List.of(
              "data_batch_1.bin",
              "data_batch_2.bin",
              "data_batch_3.bin",
              "data_batch_4.bin",
              "data_batch_5.bin",
              "test_batch.bin",
              "batches.meta.txt"),
          List.of(
              new RemoteFile(
                  "cifar-10-binary.tar.gz",
                  "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz",
                  "MD5",
                  "c32a1d4ab5d03f1284b67883e8d87530")),
          true);

  /** The same files downloaded from {@code base} + file name instead (a mirror; tests). */
  DatasetFiles mirroredAt(String base) {
    List<RemoteFile> moved =
        downloads.stream()
            .map(d -> new RemoteFile(d.name(), base + d.name(), d.algorithm(), d.checksum()))
            .toList();
    return new DatasetFiles(title, subfolder, files, moved, archive);
  }
}
