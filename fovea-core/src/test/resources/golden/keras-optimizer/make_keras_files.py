"""Writes batches.json (seeded data), and for each optimizer case of common.py a Keras-trained
keras-<case>.keras (STEPS steps of train_on_batch, then model.save) with keras-expected.json: the
optimizer state Keras saved and the weights after one more step on the next batch. The Java test
KerasOptimizerGoldenTest loads each file in Fovea, checks the restored optimizer state and that
Fovea's next step gives Keras's weights.

Run: KERAS_BACKEND=jax python make_keras_files.py   (made with Keras 3.15.1 on JAX)
"""
import numpy as np

import common
import keras


def write_batches():
    rng = np.random.default_rng(20261123)
    out = []
    for _ in range(common.STEPS + 1):
        x = rng.uniform(0, 1, (4, 6, 6, 1)).astype(np.float32)
        y = np.eye(3, dtype=np.float32)[rng.integers(0, 3, 4)]
        out.append({"x_shape": list(x.shape), "x": x.astype(float).ravel().tolist(),
                    "y_shape": list(y.shape), "y": y.astype(float).ravel().tolist()})
    common.write_json("batches.json", {"batches": out})


def main():
    write_batches()
    batches = common.batches()
    expected = {"keras_version": keras.__version__, "backend": keras.backend.backend()}
    for name, optimizer in common.cases().items():
        keras.utils.clear_session()
        keras.utils.set_random_seed(7)
        m = common.model()
        m.compile(optimizer, "categorical_crossentropy")
        for x, y in batches[:common.STEPS]:
            m.train_on_batch(x, y)
        m.save(f"{common.HERE}/keras-{name}.keras")
        saved = common.state(m)
        m.train_on_batch(*batches[common.STEPS])
        saved["next_weights"] = common.state(m)["weights"]
        expected[name] = saved
        print(name, len(saved["slots"]), "slots")
    common.write_json("keras-expected.json", expected)


if __name__ == "__main__":
    main()
