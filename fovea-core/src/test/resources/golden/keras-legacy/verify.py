"""Loads the legacy .h5 files Fovea wrote (model.h5 from Models.saveLegacy, weights.h5 from
Models.saveLegacyWeights) in real Keras 3 and stores its predictions on ../keras-write/input.json
in predictions.json. The Java test LegacyWriteGoldenTest writes the Fovea side
(-Dfovea.golden.legacy=<this folder>) and checks Fovea's predictions against these. The files come
from Fovea's own HDF5 writer (io.fovea.saving.hdf5); *-v0-jhdf.h5 are the same model as written
through jHDF before, kept as fixtures (Keras gave the same predictions for them). check_h5.py checks
the tree and types in depth.

Run: KERAS_BACKEND=jax python verify.py   (made with Keras 3.15.1 on JAX, h5py)
"""
import json
import os

os.environ.setdefault("KERAS_BACKEND", "jax")
import h5py  # noqa: E402
import keras  # noqa: E402
import numpy as np  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "keras-write", "input.json")) as f:
    spec = json.load(f)
x = np.array(spec["values"], dtype=np.float32).reshape(spec["shape"])

model = keras.models.load_model(os.path.join(here, "model.h5"))
assert model.optimizer is not None, "training_config not restored"
p_model = model.predict(x, verbose=0)

# The same architecture built again from the config, weights from the legacy weights file.
fresh = keras.Sequential.from_config(model.get_config())
fresh.load_weights(os.path.join(here, "weights.h5"))
p_weights = fresh.predict(x, verbose=0)
for a, b in zip(model.weights, fresh.weights):
    np.testing.assert_array_equal(a.numpy(), b.numpy())

# Every weighted layer must have received the file's values, not kept its initial ones.
with h5py.File(os.path.join(here, "weights.h5")) as h5:
    names = [n.decode() for n in h5.attrs["layer_names"]]
    for layer in (l for l in fresh.layers if l.weights):
        group = h5[layer.name]
        stored = [group[w.decode()][()] for w in group.attrs["weight_names"]]
        for w, s in zip(layer.weights, stored):
            np.testing.assert_array_equal(w.numpy(), s)
    tree = []
    h5.visititems(lambda name, obj: tree.append(
        name + (" " + str(obj.dtype) + " " + str(obj.shape) if isinstance(obj, h5py.Dataset) else "")))

out = {
    "keras_version": keras.__version__,
    "backend": keras.backend.backend(),
    "layers": [l.__class__.__name__ + ":" + l.name for l in model.layers],
    "optimizer": model.optimizer.__class__.__name__,
    "layer_names": names,
    "weights_h5_tree": tree,
    "model_h5": p_model.astype(float).tolist(),
    "weights_h5": p_weights.astype(float).tolist(),
}
with open(os.path.join(here, "predictions.json"), "w") as f:
    json.dump(out, f, indent=1)
print(json.dumps({k: v for k, v in out.items() if k not in ("model_h5", "weights_h5")}, indent=1))
