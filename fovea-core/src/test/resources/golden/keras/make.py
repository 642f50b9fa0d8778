"""Golden predictions of the real Keras fixtures, made by Keras itself.

Run from this folder (needs ../shared/fixtures/keras above the repository and
`pip install keras jax h5py`):

    KERAS_BACKEND=jax python make.py /path/to/shared/fixtures/keras

Writes predictions.json: for each fixture, Keras's softmax outputs on the fixed
input x[n, h, w, c] = ((7n + 13h + 17w + 23c) mod 101) / 100, shape (4, 32, 32, 3),
which ModelsGoldenTest rebuilds with the same formula.
"""

import json
import os
import sys
import tempfile
import zipfile

import keras
import numpy as np

FIXTURES = {
    "legacy_h5_keras215": "cifar10-nikhilnitr-keras215-bn/cifar10_model.h5",
    "keras3_archive": "cifar10-sudosidd-keras3/cifar10_model.keras",
    "tfkeras214_archive": "format-only-tfkeras214-dotkeras/cifar10.keras",
}


def fixed_input():
    n, h, w, c = np.meshgrid(
        np.arange(4), np.arange(32), np.arange(32), np.arange(3), indexing="ij"
    )
    return (((7 * n + 13 * h + 17 * w + 23 * c) % 101) / 100.0).astype("float32")


def load(path):
    """Keras 3's loader, except for tf.keras 2.13-2.15 archives, whose Conv2D config
    repeats batch_input_shape and whose BatchNormalization axis is a list
    (Keras 3 refuses both): drop the first, unwrap the second, then let Keras
    read the weights itself from the archive's model.weights.h5."""
    try:
        return keras.models.load_model(path, compile=False)
    except TypeError:
        pass
    with zipfile.ZipFile(path) as z:
        config = json.loads(z.read("config.json"))
        weights = z.read("model.weights.h5")
    for layer in config["config"]["layers"]:
        if layer["class_name"] != "InputLayer":
            layer["config"].pop("batch_input_shape", None)
        axis = layer["config"].get("axis")
        if isinstance(axis, list) and len(axis) == 1:
            layer["config"]["axis"] = axis[0]
    model = keras.models.model_from_json(json.dumps(config))
    with tempfile.TemporaryDirectory() as tmp:
        file = os.path.join(tmp, "model.weights.h5")
        with open(file, "wb") as f:
            f.write(weights)
        model.load_weights(file)
    return model


def main(folder):
    x = fixed_input()
    out = {
        "keras_version": keras.__version__,
        "backend": keras.backend.backend(),
        "predictions": {},
    }
    for key, relative in FIXTURES.items():
        model = load(os.path.join(folder, relative))
        y = np.asarray(model(x, training=False), dtype="float64")
        out["predictions"][key] = {"file": relative, "rows": y.tolist()}
    with open("predictions.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
