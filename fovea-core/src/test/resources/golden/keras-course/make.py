"""The course's models saved by real Keras in all four file formats, with Keras's predictions.

Run from this folder (made with Keras 3.15.1 on JAX, h5py 3.16):

    KERAS_BACKEND=jax python make.py

For each model of MODELS (the course's models, as io.fovea.saving.CourseModels builds them in
Java, LeNet-5 also as a Functional model, and two models that hold the remaining layer types and
activations) it sets deterministic
weights, saves

    <name>.keras             model.save("<name>.keras")          Keras 3 archive
    <name>.weights.h5        model.save_weights(...)             Keras 3 weights
    <name>.h5                model.save("<name>.h5")             legacy whole model
    <name>_weights.h5        legacy save_weights_to_hdf5_group   legacy weights (what Keras 2's
                                                                 save_weights("x.h5") wrote)

into models.zip, and writes expected.json: per model the layers (class, name, output shape,
parameters), Keras's summary total lines and its predictions on the fixed input. The Java test
KerasCourseGoldenTest rebuilds the weights and the input with the same formulas:

    weight t of model.weights (layer order, Keras order within a layer), element i (row-major):
        k = ((7 i + 11 t) mod 65) - 32                         in -32..32
        kernel:           k / 16 * 2^-e, e = floor(log2(fan_in) / 2), fan_in = prod(shape[:-1])
        bias, beta:       k / 256
        gamma:            1 + k / 128
        moving_mean:      k / 64
        moving_variance:  1 + k / 64                           in [0.5, 1.5]
    input of shape (3, d1, ..., dr):
        x[n, a1, ..., ar] = ((7 n + 13 a1 + 17 a2 + 23 a3 + 29 a4) mod 101) / 100

Every value is a small multiple of a power of two (exact in float32) and repeats with period
65, so the archive compresses well.
"""

import io
import json
import os
import tempfile
import zipfile

os.environ.setdefault("KERAS_BACKEND", "jax")
import h5py  # noqa: E402
import keras  # noqa: E402
import numpy as np  # noqa: E402
from keras import layers as L  # noqa: E402
from keras.src.legacy.saving import legacy_h5_format  # noqa: E402

BATCH = 3
COEFFICIENTS = [7, 13, 17, 23, 29]


def mlp():
    return keras.Sequential([
        keras.Input((784,)),
        L.Dense(512, activation="relu"),
        L.Dropout(0.2),
        L.Dense(512, activation="relu"),
        L.Dropout(0.2),
        L.Dense(10, activation="softmax"),
    ])


def mnist_cnn():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        L.Conv2D(32, 3, padding="same", activation="relu"),
        L.MaxPooling2D(2),
        L.Conv2D(64, 3, padding="same", activation="relu"),
        L.MaxPooling2D(2),
        L.Flatten(),
        L.Dense(64, activation="relu"),
        L.Dense(10, activation="softmax"),
    ])


def cifar10_cnn():
    """The course's CIFAR-10 CNN with BatchNormalization after each convolution."""
    return keras.Sequential([
        keras.Input((32, 32, 3)),
        L.Conv2D(16, 3, padding="same", activation="relu"),
        L.BatchNormalization(),
        L.MaxPooling2D(2),
        L.Conv2D(32, 3, padding="same", activation="relu"),
        L.BatchNormalization(),
        L.MaxPooling2D(2),
        L.Conv2D(64, 3, padding="same", activation="relu"),
        L.BatchNormalization(),
        L.MaxPooling2D(2),
        L.Dropout(0.3),
        L.Flatten(),
        L.Dense(500, activation="relu"),
        L.Dropout(0.4),
        L.Dense(10, activation="softmax"),
    ])


def lenet5():
    return keras.Sequential([
        keras.Input((32, 32, 1)),
        L.Conv2D(6, 5, activation="tanh"),
        L.AveragePooling2D(2),
        L.Conv2D(16, 5, activation="tanh"),
        L.AveragePooling2D(2),
        L.Flatten(),
        L.Dense(120, activation="tanh"),
        L.Dense(84, activation="tanh"),
        L.Dense(10, activation="softmax"),
    ])


def lenet5_functional():
    """LeNet-5 as a Functional model: Keras lists its InputLayer among the layers."""
    inputs = keras.Input((32, 32, 1))
    x = inputs
    for layer in lenet5().layers:
        x = layer(x)
    return keras.Model(inputs, x)


def fashion_one():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        L.Conv2D(4, 3, activation="relu"),
        L.Flatten(),
        L.Dense(10, activation="softmax"),
    ])


def fashion_two():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        L.Conv2D(4, 3, padding="same", activation="relu"),
        L.MaxPooling2D(2),
        L.Conv2D(4, 3, padding="same", activation="relu"),
        L.Flatten(),
        L.Dense(10, activation="softmax"),
    ])


def fashion_three():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        L.Conv2D(4, 3, padding="same", activation="relu"),
        L.MaxPooling2D(2),
        L.Conv2D(4, 3, padding="same", activation="relu"),
        L.MaxPooling2D(2),
        L.Flatten(),
        L.Dense(10, activation="softmax"),
    ])


def ten_filters():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        L.Conv2D(10, 3, padding="same", activation="relu"),
        L.Flatten(),
        L.Dense(2, activation="softmax"),
    ])


def coverage_2d():
    """The 2-D layer settings the course's models leave out: asymmetric zero padding, strides,
    no bias, BatchNormalization without scale, activation layers, pooling with strides and
    padding, both global poolings, and more activation names."""
    return keras.Sequential([
        keras.Input((19, 17, 3)),
        L.ZeroPadding2D(((1, 2), (0, 1))),
        L.Conv2D(6, (3, 2), strides=(2, 1), use_bias=False),
        L.BatchNormalization(scale=False, epsilon=0.01),
        L.Activation("elu"),
        L.Conv2D(8, 3, strides=2, padding="same", activation="sigmoid"),
        L.MaxPooling2D((3, 2), strides=(1, 2), padding="same"),
        L.AveragePooling2D(2, strides=1, padding="same"),
        L.Conv2D(5, 1, activation="gelu"),
        L.GlobalAveragePooling2D(keepdims=True),
        L.Conv2D(7, 1, activation="softplus"),
        L.GlobalMaxPooling2D(),
        L.Dense(4),
        L.Activation("softmax"),
    ])


def coverage_1d():
    """Conv1D with strides and padding, BatchNormalization of a Dense output, silu and selu."""
    return keras.Sequential([
        keras.Input((16, 3)),
        L.Conv1D(4, 3, strides=2, padding="same", activation="silu"),
        L.Conv1D(5, 2, activation="selu"),
        L.Flatten(),
        L.Dense(6, use_bias=False),
        L.BatchNormalization(),
        L.Activation("tanh"),
        L.Dense(3, activation="softmax"),
    ])


MODELS = {
    "mlp": mlp,
    "mnist_cnn": mnist_cnn,
    "cifar10_cnn": cifar10_cnn,
    "lenet5": lenet5,
    "lenet5_functional": lenet5_functional,
    "fashion_one": fashion_one,
    "fashion_two": fashion_two,
    "fashion_three": fashion_three,
    "ten_filters": ten_filters,
    "coverage_2d": coverage_2d,
    "coverage_1d": coverage_1d,
}


def weight_value(role, t, shape):
    size = int(np.prod(shape)) if shape else 1
    k = ((7 * np.arange(size, dtype=np.int64) + 11 * t) % 65 - 32).astype(np.float64)
    if role == "kernel":
        fan_in = int(np.prod(shape[:-1]))
        v = k / 16 * 2.0 ** -((fan_in.bit_length() - 1) // 2)
    elif role in ("bias", "beta"):
        v = k / 256
    elif role == "gamma":
        v = 1 + k / 128
    elif role == "moving_mean":
        v = k / 64
    elif role == "moving_variance":
        v = 1 + k / 64
    else:
        raise ValueError(role)
    return v.astype(np.float32).reshape(shape)


def set_weights(model):
    values = []
    for t, w in enumerate(model.weights):
        role = w.path.split("/")[-1]
        values.append(weight_value(role, t, tuple(w.shape)))
    model.set_weights(values)


def fixed_input(sample_shape):
    grids = np.meshgrid(*[np.arange(d) for d in (BATCH,) + sample_shape], indexing="ij")
    total = sum(c * g for c, g in zip(COEFFICIENTS, grids))
    return ((total % 101) / 100.0).astype(np.float32)


def summary_totals(model):
    out = io.StringIO()
    model.summary(print_fn=lambda line, *a, **k: out.write(line + "\n"))
    return [l.rstrip() for l in out.getvalue().splitlines() if "params:" in l]


def describe(model):
    return [
        {
            "class": l.__class__.__name__,
            "name": l.name,
            "output_shape": list(l.output.shape[1:]),
            "params": l.count_params(),
        }
        for l in model.layers
        if not isinstance(l, L.InputLayer)
    ]


def save_all(model, name, folder):
    model.save(os.path.join(folder, name + ".keras"))
    model.save_weights(os.path.join(folder, name + ".weights.h5"))
    model.save(os.path.join(folder, name + ".h5"))
    with h5py.File(os.path.join(folder, name + "_weights.h5"), "w") as f:
        legacy_h5_format.save_weights_to_hdf5_group(f, model)


def main():
    expected = {"keras_version": keras.__version__, "backend": keras.backend.backend(),
                "models": {}}
    with tempfile.TemporaryDirectory() as folder:
        for name, build in MODELS.items():
            keras.backend.clear_session()
            model = build()
            model.compile(optimizer="adam", loss="categorical_crossentropy",
                          metrics=["accuracy"])
            set_weights(model)
            save_all(model, name, folder)
            x = fixed_input(tuple(model.input_shape[1:]))
            y = np.asarray(model(x, training=False), dtype=np.float64)
            print(name, model.count_params(), "max prob per row", y.max(axis=1).round(3))
            expected["models"][name] = {
                "input_shape": list(model.input_shape[1:]),
                "params": model.count_params(),
                "layers": describe(model),
                "summary_totals": summary_totals(model),
                "predictions": y.tolist(),
            }
        with zipfile.ZipFile("models.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for file in sorted(os.listdir(folder)):
                z.write(os.path.join(folder, file), file)
    with open("expected.json", "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
