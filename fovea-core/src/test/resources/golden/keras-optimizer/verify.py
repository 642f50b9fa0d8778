"""Loads the Fovea-trained fovea-<case>.keras files in Keras 3 and writes results.json.

KerasOptimizerGoldenTest (with -Dfovea.golden.write=<this folder>) trained common.model() in
Fovea for STEPS steps with each optimizer case, saved fovea-<case>.keras and wrote
fovea-expected.json: Fovea's optimizer state and weights at saving, and its weights after one more
step on the next batch. For each case this script checks that

1. keras.models.load_model warns about nothing (no "Skipping variable loading for optimizer"),
2. the loaded optimizer's variables (iterations, learning_rate, every slot) are Fovea's,
3. one train_on_batch on the next batch gives Fovea's next weights within 1e-5,

and stores what Keras loaded and its next weights in results.json, which the Java test checks
against Fovea without Keras.

Run: KERAS_BACKEND=jax python verify.py   (made with Keras 3.15.1 on JAX)
"""
import json
import os
import warnings

import numpy as np

import common
import keras

TOLERANCE = 1e-5


def values(tensors):
    return [np.array(t["values"], np.float32).reshape(t["shape"]) for t in tensors]


def check(name, fovea, batches):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = keras.models.load_model(os.path.join(common.HERE, f"fovea-{name}.keras"))
    messages = [str(w.message) for w in caught]
    assert not messages, f"{name}: {messages}"
    loaded = common.state(m)
    assert loaded["iterations"] == fovea["iterations"] == common.STEPS, name
    assert np.float32(loaded["learning_rate"]) == np.float32(fovea["learning_rate"]), name
    for what in ("slots", "weights"):
        ours, theirs = values(loaded[what]), values(fovea[what])
        assert len(ours) == len(theirs), f"{name} {what}: {len(ours)} vs {len(theirs)}"
        for i, (a, b) in enumerate(zip(ours, theirs)):
            np.testing.assert_array_equal(a, b, err_msg=f"{name} {what} {i}")
    m.train_on_batch(*batches[common.STEPS])
    after = common.state(m)
    diff = 0.0
    for i, (a, b) in enumerate(zip(values(after["weights"]), values(fovea["next_weights"]))):
        np.testing.assert_allclose(a, b, rtol=0, atol=TOLERANCE, err_msg=f"{name} weight {i}")
        diff = max(diff, float(np.max(np.abs(a - b))))
    print(f"{name}: loaded {len(m.optimizer.variables)} optimizer variables without warning; "
          f"next step max |Keras - Fovea| = {diff:.2e}")
    return {"warnings": messages, "iterations": loaded["iterations"],
            "learning_rate": loaded["learning_rate"], "slots": loaded["slots"],
            "next_weights": after["weights"], "max_abs_diff_next_step": diff}


def main():
    with open(os.path.join(common.HERE, "fovea-expected.json")) as f:
        expected = json.load(f)
    batches = common.batches()
    results = {"keras_version": keras.__version__, "backend": keras.backend.backend()}
    for name in common.cases():
        keras.utils.clear_session()
        results[name] = check(name, expected[name], batches)
    common.write_json("results.json", results)


if __name__ == "__main__":
    main()
