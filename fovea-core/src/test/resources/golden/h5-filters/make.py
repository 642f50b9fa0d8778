"""Writes the .h5 fixtures of FilteredH5Test: one legacy Keras weights file
(model.save_weights('x.h5') layout) per HDF5 filter pipeline, for the model
Sequential([Input((64,)), Dense(3)]).

    python3 -m venv /tmp/h5venv
    /tmp/h5venv/bin/pip install h5py==3.16.0 hdf5plugin==7.1.0
    /tmp/h5venv/bin/python make.py

Weights (exact in float32, repetitive so that every filter really compresses):
kernel[i][j] = ((i * 3 + j) % 16) / 16 - 0.5, bias[j] = j / 4 + 0.25.
The bias is too short to compress: LZF then stores it unfiltered and marks the
filter as skipped in the chunk's filter mask, which a reader must honour.
lz4.h5 and zstd.h5 (hdf5plugin) use filters Fovea does not decode; its reader
must refuse them naming the filter, never return wrong numbers.
"""
import h5py
import hdf5plugin
import numpy as np

KERNEL = ((np.arange(192) % 16).reshape(64, 3) / 16 - 0.5).astype(np.float32)
BIAS = (np.arange(3) / 4 + 0.25).astype(np.float32)

FILTERS = {
    "gzip": dict(compression="gzip", compression_opts=6),
    "shuffle-gzip": dict(compression="gzip", shuffle=True),
    "lzf": dict(compression="lzf"),
    "shuffle-lzf": dict(compression="lzf", shuffle=True),
    "fletcher32": dict(fletcher32=True),
    "fletcher32-shuffle-gzip": dict(compression="gzip", fletcher32=True, shuffle=True),
    "lz4": dict(**hdf5plugin.LZ4()),
    "zstd": dict(**hdf5plugin.Zstd()),
}


def write(name, options):
    with h5py.File(name + ".h5", "w", libver="earliest") as f:
        f.attrs["backend"] = b"tensorflow"
        f.attrs["keras_version"] = b"2.15.0"
        f.attrs["layer_names"] = np.array([b"dense"], dtype="S5")
        g = f.create_group("dense")
        g.attrs["weight_names"] = np.array([b"dense/kernel:0", b"dense/bias:0"], dtype="S14")
        w = g.create_group("dense")
        w.create_dataset("kernel:0", data=KERNEL, chunks=(32, 3), **options)
        w.create_dataset("bias:0", data=BIAS, chunks=(3,), **options)


if __name__ == "__main__":
    for name, options in FILTERS.items():
        write(name, options)
    print("h5py", h5py.__version__, "HDF5", h5py.version.hdf5_version,
          "hdf5plugin", hdf5plugin.version)
