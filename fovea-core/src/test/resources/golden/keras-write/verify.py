"""Loads the files Fovea wrote (model.keras, model.weights.h5) in real Keras 3 and stores its
predictions on input.json in predictions.json. The Java test KerasWriteGoldenTest writes the
Fovea side (-Dfovea.golden.write=<this folder>) and checks Fovea's predictions against these.

Run: KERAS_BACKEND=jax python verify.py   (made with Keras 3.15.1 on JAX, h5py)
"""
import json
import os

os.environ.setdefault("KERAS_BACKEND", "jax")
import h5py  # noqa: E402
import keras  # noqa: E402
import numpy as np  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "input.json")) as f:
    spec = json.load(f)
x = np.array(spec["values"], dtype=np.float32).reshape(spec["shape"])

model = keras.models.load_model(os.path.join(here, "model.keras"))
assert model.optimizer is not None, "compile_config not restored"
p_keras = model.predict(x, verbose=0)

# The same architecture built again from the config, weights from the .weights.h5.
fresh = keras.Sequential.from_config(model.get_config())
fresh.load_weights(os.path.join(here, "model.weights.h5"))
p_weights = fresh.predict(x, verbose=0)
for a, b in zip(model.weights, fresh.weights):
    np.testing.assert_array_equal(a.numpy(), b.numpy())

with h5py.File(os.path.join(here, "model.weights.h5")) as h5:
    tree = []
    h5.visititems(lambda name, obj: tree.append(
        name + (" " + str(obj.dtype) + " " + str(obj.shape) if isinstance(obj, h5py.Dataset) else "")))

out = {
    "keras_version": keras.__version__,
    "backend": keras.backend.backend(),
    "layers": [l.__class__.__name__ + ":" + l.name for l in model.layers],
    "optimizer": model.optimizer.__class__.__name__,
    "weights_h5_tree": tree,
    "keras": p_keras.astype(float).tolist(),
    "weights_h5": p_weights.astype(float).tolist(),
}
with open(os.path.join(here, "predictions.json"), "w") as f:
    json.dump(out, f, indent=1)
print(json.dumps({k: v for k, v in out.items() if k not in ("keras", "weights_h5")}, indent=1))
