"""Loads in real Keras every file Fovea wrote for the course's models and checks that Keras
predicts what Fovea predicted, within 1e-5.

    python verify.py <folder>
    python verify.py --probe      exits 0 when Keras imports, printing the versions

<folder> is written by the Java test KerasLoadsFoveaFilesTest: for each model <name> the four
files Fovea saves (<name>.keras, <name>.weights.h5, <name>.h5 from Models.saveLegacy,
<name>_weights.h5 from Models.saveLegacyWeights) and fovea.json with, per model, the input
shape and Fovea's predictions on the input of make.py's formula. Keras 3 loads all four (the
weights files into the architecture of the .keras file); when tf_keras (tf.keras 2.x) is
importable too, it loads the two legacy .h5 files as well. Prints one line per file and exits
with 1 on any mismatch or error.

The backend is $KERAS_BACKEND, else JAX when installed, else TensorFlow.
"""

import json
import os
import sys
import traceback

if "KERAS_BACKEND" not in os.environ:
    try:
        import jax  # noqa: F401

        os.environ["KERAS_BACKEND"] = "jax"
    except ImportError:
        os.environ["KERAS_BACKEND"] = "tensorflow"
import keras  # noqa: E402
import numpy as np  # noqa: E402

try:
    import tf_keras  # noqa: E402
except ImportError:
    tf_keras = None

TOLERANCE = 1e-5
COEFFICIENTS = [7, 13, 17, 23, 29]


def fixed_input(batch, sample_shape):
    grids = np.meshgrid(*[np.arange(d) for d in (batch,) + tuple(sample_shape)], indexing="ij")
    total = sum(c * g for c, g in zip(COEFFICIENTS, grids))
    return ((total % 101) / 100.0).astype(np.float32)


def keras3_models(folder, name):
    """(label, model) for each of the four files, as Keras 3 loads them."""
    path = lambda suffix: os.path.join(folder, name + suffix)  # noqa: E731
    archive = keras.models.load_model(path(".keras"))
    yield "keras3 load_model(.keras)", archive
    yield "keras3 load_model(.h5)", keras.models.load_model(path(".h5"))
    for suffix in (".weights.h5", "_weights.h5"):
        fresh = keras.Sequential.from_config(archive.get_config())
        fresh.load_weights(path(suffix))
        yield "keras3 load_weights(" + suffix + ")", fresh


def tf_keras_models(folder, name):
    """(label, model) for the two legacy files, as tf.keras 2.x loads them."""
    model = tf_keras.models.load_model(os.path.join(folder, name + ".h5"))
    yield "tf.keras " + tf_keras.__version__ + " load_model(.h5)", model
    fresh = tf_keras.models.model_from_json(model.to_json())
    fresh.load_weights(os.path.join(folder, name + "_weights.h5"))
    yield "tf.keras " + tf_keras.__version__ + " load_weights(_weights.h5)", fresh


def check(label, model, x, expected, compiled):
    y = np.asarray(model(x, training=False), dtype=np.float64)
    if y.shape != expected.shape:
        return f"{label}: expected predictions of shape {expected.shape}, got {y.shape}"
    diff = float(np.max(np.abs(y - expected)))
    if diff > TOLERANCE:
        return f"{label}: expected Fovea's predictions within {TOLERANCE}, max difference {diff}"
    if compiled and getattr(model, "optimizer", None) is None:
        return f"{label}: expected the compile settings restored, got no optimizer"
    print(f"ok {label}: max difference {diff:.2e}")
    return None


def main(folder):
    if folder == "--probe":
        print("keras", keras.__version__, "backend", keras.backend.backend(),
              "tf_keras", tf_keras.__version__ if tf_keras else "absent")
        return 0
    with open(os.path.join(folder, "fovea.json")) as f:
        spec = json.load(f)
    print("keras", keras.__version__, "backend", keras.backend.backend(),
          "tf_keras", tf_keras.__version__ if tf_keras else "absent")
    failures = []
    for name, entry in spec.items():
        expected = np.array(entry["predictions"], dtype=np.float64)
        x = fixed_input(expected.shape[0], entry["input_shape"])
        loaders = [keras3_models] + ([tf_keras_models] if tf_keras else [])
        for loader in loaders:
            try:
                for label, model in loader(folder, name):
                    compiled = "load_model" in label
                    failure = check(name + ": " + label, model, x, expected, compiled)
                    if failure:
                        failures.append(failure)
            except Exception:  # noqa: BLE001 - every error is a mismatch to report
                failures.append(name + ": " + loader.__name__ + ": " + traceback.format_exc())
    for failure in failures:
        print("FAIL " + failure)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
