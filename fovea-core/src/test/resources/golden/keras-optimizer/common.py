"""Shared by make_keras_files.py and verify.py: the model, the optimizer cases, the batches and
the JSON form of tensors. Fovea's side is KerasOptimizerGoldenTest (same model and cases).

To make the folder again, in this order (Keras 3.15.1, JAX backend):
  1. KERAS_BACKEND=jax python make_keras_files.py      batches.json, keras-*.keras, keras-expected.json
  2. mvn -o -pl fovea-core test -Dtest=KerasOptimizerGoldenTest -Dfovea.golden.write=<this folder>
                                                       fovea-*.keras, fovea-expected.json
  3. KERAS_BACKEND=jax python verify.py                results.json (fails on any mismatch)
"""
import json
import os

os.environ.setdefault("KERAS_BACKEND", "jax")
import keras  # noqa: E402
import numpy as np  # noqa: E402
from keras import layers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# Steps trained before saving; the batch after them is "the next step".
STEPS = 3


def model():
    """BatchNormalization (its moving statistics are not trainable, so have no slots), Conv2D,
    Dense. BatchNormalization comes first: after a convolution it would cancel the bias, whose
    gradient would then be rounding noise that Adam's m / sqrt(v) turns into steps of any size."""
    return keras.Sequential([
        keras.Input((6, 6, 1)), layers.BatchNormalization(),
        layers.Conv2D(2, 3, activation="relu"), layers.Flatten(),
        layers.Dense(3, activation="softmax")], name="optimizer_test")


def cases():
    """Each optimizer configuration with its own slot layout, by file name."""
    o = keras.optimizers
    return {
        "adam": o.Adam(0.01),
        "adam_amsgrad": o.Adam(0.01, amsgrad=True),
        "sgd": o.SGD(0.1),
        "sgd_momentum": o.SGD(0.1, momentum=0.9, nesterov=True),
        "rmsprop": o.RMSprop(0.01, momentum=0.5, centered=True),
        "adagrad": o.Adagrad(0.1),
        "adadelta": o.Adadelta(1.0),
    }


def batches():
    """STEPS + 1 batches of 4 images 6x6x1 with one-hot labels of 3 classes, from batches.json."""
    with open(os.path.join(HERE, "batches.json")) as f:
        spec = json.load(f)
    return [(np.array(b["x"], np.float32).reshape(b["x_shape"]),
             np.array(b["y"], np.float32).reshape(b["y_shape"])) for b in spec["batches"]]


def tensor(a):
    a = np.asarray(a)
    return {"shape": list(a.shape), "values": a.astype(np.float64).ravel().tolist()}


def state(m):
    """The optimizer's variables (iterations, learning_rate, slots) and the model's weights."""
    v = m.optimizer.variables
    return {"iterations": int(v[0].numpy()), "learning_rate": float(v[1].numpy()),
            "slots": [tensor(s.numpy()) for s in v[2:]],
            "weights": [tensor(w.numpy()) for w in m.weights]}


def write_json(name, value):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(value, f)
        f.write("\n")
