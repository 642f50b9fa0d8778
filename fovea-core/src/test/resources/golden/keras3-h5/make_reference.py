"""Writes reference.json: the HDF5 tree (groups, attributes with types and values, dataset names,
dtypes, shapes) of the weights file Keras 3 writes, with save_weights and inside model.save's
.keras, for each model KerasH5ToolsTest builds in Fovea. check_keras3.py compares Fovea's files
with these trees.

Run: KERAS_BACKEND=jax python make_reference.py   (made with Keras 3.15.1 on JAX, h5py)

The models are built, not trained, with the optimizer of a compiled model built as Keras builds
it when it loads a compiled model (compile_from_config: optimizer.build(trainable_variables)), so
that the file holds every slot, zero, as Fovea writes them; each in a fresh Keras session, so that
layer names are numbered as Fovea numbers them.
"""
import io
import json
import os
import sys
import tempfile
import zipfile

os.environ.setdefault("KERAS_BACKEND", "jax")
import h5py  # noqa: E402
import keras  # noqa: E402
from keras import layers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check_keras3 import tree  # noqa: E402


def image():
    """KerasWriterTest.imageModel(): every 2-D layer type, compiled with Adam."""
    m = keras.Sequential([
        keras.Input((8, 8, 3)), layers.ZeroPadding2D(((1, 0), (0, 1))),
        layers.Conv2D(4, 3, activation="relu", padding="same"), layers.BatchNormalization(),
        layers.MaxPooling2D(2), layers.AveragePooling2D(2, strides=1, padding="same"),
        layers.Activation("tanh"), layers.Dropout(0.25), layers.Conv2D(3, 1),
        layers.GlobalAveragePooling2D(keepdims=True), layers.GlobalMaxPooling2D(keepdims=True),
        layers.Flatten(), layers.Dense(5, activation="softmax")], name="write_test")
    m.compile("adam", "categorical_crossentropy", metrics=["accuracy"])
    return m


def sequence():
    """KerasWriterTest.sequenceModel(), compiled with SGD named as Fovea's compile_config names
    it ("SGD", Keras 2's default name; Keras 3's is "sgd"): vars@name is the config's name."""
    m = keras.Sequential([keras.Input((10, 2)), layers.Conv1D(3, 3, activation="relu"),
                          layers.Flatten(), layers.Dense(2)])
    m.compile(keras.optimizers.SGD(name="SGD"), "mean_squared_error")
    return m


def weightless():
    """A model without weights and not compiled."""
    return keras.Sequential([keras.Input((4, 4, 1)), layers.Flatten()])


def main():
    trees = {}
    with tempfile.TemporaryDirectory() as tmp:
        for build in (image, sequence, weightless):
            keras.utils.clear_session()
            model = build()
            if getattr(model, "optimizer", None) is not None:
                model.optimizer.build(model.trainable_variables)
            weights = os.path.join(tmp, build.__name__ + ".weights.h5")
            archive = os.path.join(tmp, build.__name__ + ".keras")
            model.save_weights(weights)
            model.save(archive)
            with h5py.File(weights, "r") as f:
                trees[build.__name__] = tree(f)
            with zipfile.ZipFile(archive) as z, \
                    h5py.File(io.BytesIO(z.read("model.weights.h5")), "r") as f:
                assert tree(f) == trees[build.__name__], build.__name__
    out = {"keras_version": keras.__version__, "backend": keras.backend.backend(),
           "trees": trees}
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for name, t in trees.items():
        print(name, len(t), "objects")


if __name__ == "__main__":
    main()
