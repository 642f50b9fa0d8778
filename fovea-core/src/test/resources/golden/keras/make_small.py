"""Small weights files in the encodings the CIFAR fixtures do not cover.

    KERAS_BACKEND=jax python make_small.py

A Keras model Conv2D(2, 3) -> BatchNormalization -> Flatten -> Dense(3, softmax) on
(5, 5, 1) inputs with seeded random weights, saved as:
- small.weights.h5: Keras 3 save_weights (layers/<class>/vars/<i>);
- small_legacy.h5: a Keras 2.2-style weights-only file (root is the weights group) with
  fixed-length NULLPAD strings and layer_names split into layer_names0, layer_names1
  chunks, written with h5py the way Keras's save_attributes_to_hdf5_group does;
- small.json: the input x[n, h, w, 0] = ((3n + 5h + 7w) mod 11) / 10 for n < 2 and
  Keras's predictions on it.
"""

import json

import h5py
import keras
import numpy as np

keras.utils.set_random_seed(7)
model = keras.Sequential(
    [
        keras.Input((5, 5, 1)),
        keras.layers.Conv2D(2, 3, activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Flatten(),
        keras.layers.Dense(3, activation="softmax"),
    ]
)
rng = np.random.default_rng(7)
model.set_weights([rng.uniform(0.2, 1.0, w.shape).astype("float32") for w in model.get_weights()])
model.save_weights("small.weights.h5")

layers = [l for l in model.layers]
with h5py.File("small_legacy.h5", "w") as f:
    f.attrs["backend"] = b"tensorflow"
    f.attrs["keras_version"] = b"2.2.4"
    names = np.array([l.name.encode() for l in layers])
    f.attrs["layer_names0"] = names[:2]
    f.attrs["layer_names1"] = names[2:]
    for l in layers:
        g = f.create_group(l.name)
        weight_names = [f"{l.name}/{w.name}:0".encode() for w in l.weights]
        g.attrs["weight_names"] = np.array(weight_names) if weight_names else np.asarray([])
        for name, w in zip(weight_names, l.get_weights()):
            g.create_dataset(name.decode(), data=w)

n, h, w, c = np.meshgrid(np.arange(2), np.arange(5), np.arange(5), np.arange(1), indexing="ij")
x = (((3 * n + 5 * h + 7 * w) % 11) / 10.0).astype("float32")
y = np.asarray(model(x, training=False), dtype="float64")
with open("small.json", "w") as f:
    json.dump({"keras_version": keras.__version__, "rows": y.tolist()}, f, indent=1)
    f.write("\n")
