"""Makes the Fashion-MNIST sample shipped in the Fovea jar (Datasets.fashionMnistSample()).

Takes, in file order, the first 300 training and the first 100 test images of each of the ten
classes from the real data set (Debian package dataset-fashion-mnist, or any folder holding the
four IDX files), keeps their original order, and writes gzipped IDX files. Deterministic: the
gzip header carries no name and time 0, so a rerun gives the same bytes.

    apt-get install -y dataset-fashion-mnist
    python3 tools/make_fashion_mnist_sample.py [/usr/share/datasets/fashion-mnist]

Fashion-MNIST is (c) 2017 Zalando SE, MIT licence; see NOTICE.
"""
import gzip
import os
import struct
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fovea-core", "src", "main",
                      "resources", "io", "fovea", "data", "fashion-mnist-sample")
PER_CLASS = {"train": 300, "t10k": 100}


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    rank = magic & 0xFF
    dims = struct.unpack(">" + "I" * rank, data[4:4 + 4 * rank])
    return magic, dims, data[4 + 4 * rank:]


def write_idx(path, magic, dims, payload):
    header = struct.pack(">I", magic) + struct.pack(">" + "I" * len(dims), *dims)
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
            f.write(header + payload)


def main():
    os.makedirs(TARGET, exist_ok=True)
    for part, per_class in PER_CLASS.items():
        _, _, labels = read_idx(os.path.join(SOURCE, part + "-labels-idx1-ubyte.gz"))
        magic, dims, images = read_idx(os.path.join(SOURCE, part + "-images-idx3-ubyte.gz"))
        size = dims[1] * dims[2]
        counts = [0] * 10
        chosen = []
        for i, label in enumerate(labels):
            if counts[label] < per_class:
                counts[label] += 1
                chosen.append(i)
        n = len(chosen)
        write_idx(os.path.join(TARGET, part + "-labels-idx1-ubyte.gz"), 0x801, (n,),
                  bytes(labels[i] for i in chosen))
        write_idx(os.path.join(TARGET, part + "-images-idx3-ubyte.gz"), magic,
                  (n, dims[1], dims[2]), b"".join(images[i * size:(i + 1) * size] for i in chosen))
        print(part, n, "images,", counts, "per class")


if __name__ == "__main__":
    main()
