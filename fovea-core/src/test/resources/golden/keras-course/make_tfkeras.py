"""Legacy .h5 files written by tf.keras 2.x itself (the tf_keras package), for four of make.py's
models: the LeNet-5, whose layers are listed with weightless ones (pooling, Flatten) carrying
empty weight_names, also as a Functional model (whose InputLayer is listed too), and the two
coverage models (BatchNormalization without scale, both global
poolings, Conv1D, activation layers).

Run from this folder (made with tf_keras 2.21.0 on TensorFlow 2.21, h5py 3.14):

    KERAS_BACKEND=tensorflow python make_tfkeras.py

Writes tfkeras.zip with <name>_tfkeras.h5 (model.save) and <name>_tfkeras_weights.h5
(model.save_weights, the Keras 2 weights file: conv2d/kernel:0 names, every layer listed),
and tfkeras.json with tf.keras's predictions. Weights and inputs follow make.py's formulas, so
the predictions agree with expected.json within float32 rounding; KerasCourseGoldenTest checks
both.
"""

import json
import os
import tempfile
import zipfile

import numpy as np
import tf_keras as keras
from tf_keras import layers as L

import make

NAMES = ["lenet5", "lenet5_functional", "coverage_2d", "coverage_1d"]


def build(name):
    """make.py's model, spelled for tf.keras 2.x (same layers, same arguments)."""
    original = getattr(make, name)
    saved = make.keras, make.L
    make.keras, make.L = keras, L
    try:
        return original()
    finally:
        make.keras, make.L = saved


def set_weights(model):
    values = []
    for t, w in enumerate(model.weights):
        role = w.name.split("/")[-1].split(":")[0]
        values.append(make.weight_value(role, t, tuple(w.shape)))
    model.set_weights(values)


def main():
    out = {"tf_keras_version": keras.__version__, "models": {}}
    with tempfile.TemporaryDirectory() as folder:
        for name in NAMES:
            keras.backend.clear_session()
            model = build(name)
            model.compile(optimizer="adam", loss="categorical_crossentropy",
                          metrics=["accuracy"])
            set_weights(model)
            model.save(os.path.join(folder, name + "_tfkeras.h5"))
            model.save_weights(os.path.join(folder, name + "_tfkeras_weights.h5"))
            x = make.fixed_input(tuple(model.input_shape[1:]))
            y = np.asarray(model(x, training=False), dtype=np.float64)
            out["models"][name] = {"predictions": y.tolist()}
            print(name, model.count_params(), [l.name for l in model.layers])
        with zipfile.ZipFile("tfkeras.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for file in sorted(os.listdir(folder)):
                z.write(os.path.join(folder, file), file)
    with open("tfkeras.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
