"""Checks Keras 3 weights files Fovea wrote (x.weights.h5, and model.weights.h5 inside x.keras)
against the real HDF5 library, h5py and (when importable) Keras. Run by KerasH5ToolsTest, which
writes the files and manifest.json into a folder:

    python check_keras3.py <folder>      (exit 0: all checks passed; output says what was checked)

manifest.json: {"cases": [{"name" (a key of reference.json), "keras": "x.keras" (model.save),
"weights": "x.weights.h5" (save_weights), "input": {"shape", "values"}, "predictions": [...]
(Fovea's, flat)}]}

1. h5dump (the HDF5 C library) parses every object and attribute of both weights files.
2. h5py: both files have exactly the tree Keras 3.15 writes for the same model (reference.json,
   made by make_reference.py beside this script): every group, empty ones included
   (layers/<key>/vars of weightless layers, optimizer/vars, the model's /vars), every attribute
   with its type and value, every dataset's name, dtype and shape; datasets are contiguous,
   unfiltered and without attributes.
3. Keras (when importable): load_model(.keras) and load_weights(.weights.h5) predict as Fovea
   within 1e-5, hold exactly the stored weights, and warn about nothing: in particular Keras
   restores the whole optimizer state (iterations, learning rate and every slot) without
   "Skipping variable loading for optimizer".
"""
import io
import json
import os
import subprocess
import sys
import warnings
import zipfile

import h5py
import numpy as np

TOLERANCE = 1e-5
HERE = os.path.dirname(os.path.abspath(__file__))


def attributes(obj):
    """{name: [kind, encoding, shape, value]} for strings, {name: [dtype, shape]} otherwise."""
    out = {}
    for name in obj.attrs:
        a = obj.attrs.get_id(name)
        if isinstance(a.get_type(), h5py.h5t.TypeStringID):
            info = h5py.check_string_dtype(a.dtype)
            value = obj.attrs[name]
            value = value.decode() if isinstance(value, bytes) else str(value)
            kind = "vlen" if info.length is None else "fixed"
            out[name] = [kind, info.encoding, list(a.shape), value]
        else:
            out[name] = [str(a.dtype), list(a.shape)]
    return out


def tree(f):
    """Every object of an open h5py file, sorted by path: [path, attributes, dtype, shape]."""
    out = [["/", attributes(f), None, None]]

    def visit(name, obj):
        if isinstance(obj, h5py.Dataset):
            out.append([name, attributes(obj), str(obj.dtype), list(obj.shape)])
        else:
            out.append([name, attributes(obj), None, None])

    f.visititems(visit)
    return sorted(out)


def check_storage(f):
    """Datasets are stored as Keras stores them: contiguous, unfiltered, no attributes."""
    def visit(name, obj):
        if isinstance(obj, h5py.Dataset):
            assert obj.chunks is None and obj.compression is None, name
            assert obj.id.get_create_plist().get_layout() == h5py.h5d.CONTIGUOUS, name

    f.visititems(visit)


def check_h5dump(path):
    run = subprocess.run(["h5dump", "-A", path], capture_output=True, text=True)
    assert run.returncode == 0 and "error" not in run.stderr.lower(), run.stderr[-2000:]
    header = subprocess.run(["h5dump", "-H", path], capture_output=True, text=True)
    assert header.returncode == 0, header.stderr[-2000:]
    print(f"h5dump: {os.path.basename(path)}: {header.stdout.count('GROUP ')} groups, "
          f"{header.stdout.count('DATASET ')} datasets, "
          f"{header.stdout.count('ATTRIBUTE ')} attributes read")


def compare(ours, theirs, what):
    ours_paths, their_paths = [r[0] for r in ours], [r[0] for r in theirs]
    missing = sorted(set(their_paths) - set(ours_paths))
    extra = sorted(set(ours_paths) - set(their_paths))
    assert not missing and not extra, f"{what}: missing {missing}, not in Keras's {extra}"
    for o, t in zip(ours, theirs):
        assert o == t, f"{what}: {o[0]}: Fovea {o[1:]} vs Keras {t[1:]}"


def check_h5py(case, folder, reference):
    weights = os.path.join(folder, case["weights"])
    with zipfile.ZipFile(os.path.join(folder, case["keras"])) as z:
        member = z.read("model.weights.h5")
    member_path = os.path.join(folder, case["name"] + "-member.weights.h5")
    with open(member_path, "wb") as out:
        out.write(member)
    for path in (weights, member_path):
        check_h5dump(path)
    with h5py.File(weights, "r") as f:
        ours = tree(f)
        check_storage(f)
    with h5py.File(io.BytesIO(member), "r") as f:
        compare(tree(f), ours, f"{case['keras']}!model.weights.h5 vs {case['weights']}")
    compare(ours, reference[case["name"]], case["weights"])
    groups = sum(1 for r in ours if r[2] is None)
    print(f"h5py: {case['name']}: {groups} groups, {len(ours) - groups} datasets: tree, "
          f"attributes, dtypes and shapes as Keras 3 writes them (both files)")


def check_keras(case, folder):
    os.environ.setdefault("KERAS_BACKEND", "jax")
    try:
        import keras
    except ImportError:
        print(f"keras: {case['name']}: not importable here, skipped")
        return
    x = np.array(case["input"]["values"], dtype=np.float32).reshape(case["input"]["shape"])
    expected = np.array(case["predictions"], dtype=np.float64)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = keras.models.load_model(os.path.join(folder, case["keras"]))
        fresh = keras.Sequential.from_config(model.get_config())
        fresh.load_weights(os.path.join(folder, case["weights"]))
    unexpected = [str(w.message) for w in caught]
    assert not unexpected, unexpected
    with h5py.File(os.path.join(folder, case["weights"]), "r") as f:
        by_name = {g["vars"].attrs["name"]: g["vars"] for g in f["layers"].values()}
        assert sorted(by_name) == sorted(layer.name for layer in fresh.layers), sorted(by_name)
        for layer in fresh.layers:
            stored = by_name[layer.name]
            assert len(stored) == len(layer.weights), stored.name
            for i, w in enumerate(layer.weights):
                np.testing.assert_array_equal(w.numpy(), stored[str(i)][()])
        if "optimizer" in f:
            stored = f["optimizer/vars"]
            assert len(stored) == len(model.optimizer.variables), stored.name
            for i, v in enumerate(model.optimizer.variables):
                np.testing.assert_array_equal(v.numpy(), stored[str(i)][()])
    for a, b in zip(model.weights, fresh.weights):
        np.testing.assert_array_equal(a.numpy(), b.numpy())
    for m in (model, fresh):
        got = m.predict(x, verbose=0).astype(np.float64).ravel()
        np.testing.assert_allclose(got, expected, rtol=0, atol=TOLERANCE)
    print(f"keras {keras.__version__}: {case['name']}: load_model and load_weights predict as "
          f"Fovea (1e-5) with the stored weights and optimizer state, no warning")


def main(folder):
    with open(os.path.join(folder, "manifest.json")) as f:
        cases = json.load(f)["cases"]
    with open(os.path.join(HERE, "reference.json")) as f:
        reference = json.load(f)["trees"]
    for case in cases:
        check_h5py(case, folder, reference)
        check_keras(case, folder)
    print("all checks passed")


if __name__ == "__main__":
    main(sys.argv[1])
