"""Checks legacy .h5 files Fovea wrote against the real HDF5 library, h5py and (when importable)
Keras. Run by LegacyH5ToolsTest, which writes the files and manifest.json into a folder:

    python check_h5.py <folder>      (exit 0: all checks passed; output says what was checked)

manifest.json: {"cases": [{"name", "model": "x.h5" (model.save), "weights": "y.h5"
(save_weights), "input": {"shape", "values"}, "predictions": [...] (Fovea's, flat)}]}

1. h5dump (the HDF5 C library) parses every object and attribute of each file.
2. h5py: the tree, attribute names and types are those of a tf.keras 2.15 legacy file (as in the
   real file of ../../../../../../shared/fixtures/keras/cifar10-nikhilnitr-keras215-bn): root
   @backend/@keras_version variable-length UTF-8, @model_config/@training_config variable-length
   ASCII; the weights group's @backend/@keras_version variable-length ASCII; @layer_names and
   @weight_names 1-D ASCII strings (Fovea: fixed-length NUL-padded, numpy |S<n>; Keras with h5py 3:
   variable-length; Keras reads both), split into name0, name1... past 64512 bytes; an empty list
   float64 of shape (0,); a group per listed layer plus top_level_model_weights, and in each
   exactly the float32 contiguous, unfiltered datasets its @weight_names name.
3. Keras (when importable): load_model and load_weights give Fovea's predictions within 1e-5 and
   exactly the stored weights; the same model saved by Keras itself has the same attribute types,
   the same groups and, per layer, the same dataset dtypes and shapes.
"""
import json
import os
import subprocess
import sys

import h5py
import numpy as np

TOLERANCE = 1e-5


def string_kind(attr_id):
    """('vlen'|'fixed', 'ascii'|'utf-8', shape) of a string attribute, None otherwise."""
    t = attr_id.get_type()
    if not isinstance(t, h5py.h5t.TypeStringID):
        return None
    info = h5py.check_string_dtype(attr_id.dtype)
    return ("vlen" if info.length is None else "fixed", info.encoding, attr_id.shape)


def signature(obj):
    """{attribute name: type} of an h5py object, string attributes by kind (not length)."""
    out = {}
    for name in obj.attrs:
        a = obj.attrs.get_id(name)
        kind = string_kind(a)
        out[name] = kind[0:2] + (len(kind[2]),) if kind else (str(a.dtype), a.shape)
    return out


def names(group, attribute):
    if attribute in group.attrs:
        chunks = [attribute]
    else:
        chunks = []
        while f"{attribute}{len(chunks)}" in group.attrs:
            chunks.append(f"{attribute}{len(chunks)}")
    assert chunks, f"{group.name}: no @{attribute}"
    out = []
    for c in chunks:
        a = group.attrs.get_id(c)
        value = group.attrs[c]
        if a.shape == (0,) and a.dtype == np.float64:
            continue
        kind = string_kind(a)
        assert kind and kind[1] == "ascii" and len(kind[2]) == 1, f"{group.name}@{c}: {kind}"
        out += [v.decode() if isinstance(v, bytes) else v for v in value]
    return out, chunks


def check_weights_group(g, expect_version_attrs):
    sig = signature(g)
    layer_names, chunks = names(g, "layer_names")
    assert set(sig) == set(chunks) | {"backend", "keras_version"}, f"{g.name}: attributes {sig}"
    for a in ("backend", "keras_version"):
        assert sig[a] == expect_version_attrs, f"{g.name}@{a}: {sig[a]}"
    assert set(g) == set(layer_names) | {"top_level_model_weights"}, f"{g.name}: {sorted(g)}"
    datasets = 0
    for layer in list(layer_names) + ["top_level_model_weights"]:
        lg = g[layer]
        weight_names, chunks = names(lg, "weight_names")
        assert set(signature(lg)) == set(chunks), f"{lg.name}: attributes {signature(lg)}"
        if not weight_names:
            assert signature(lg)["weight_names"] == ("float64", (0,)), lg.name
        found = []
        lg.visititems(lambda n, o: found.append(n) if isinstance(o, h5py.Dataset) else None)
        assert sorted(found) == sorted(weight_names), f"{lg.name}: {found} vs {weight_names}"
        for w in weight_names:
            d = lg[w]
            assert d.dtype == np.float32 and d.chunks is None and d.compression is None, d.name
            assert d.id.get_create_plist().get_layout() == h5py.h5d.CONTIGUOUS, d.name
            assert not d.attrs, f"{d.name}: attributes {list(d.attrs)}"
            datasets += 1
    return layer_names, datasets


def check_h5py(case, folder):
    vlen_ascii, vlen_utf8 = ("vlen", "ascii", 0), ("vlen", "utf-8", 0)
    with h5py.File(os.path.join(folder, case["model"]), "r") as f:
        sig = signature(f)
        want = {"backend": vlen_utf8, "keras_version": vlen_utf8, "model_config": vlen_ascii}
        if "training_config" in sig:
            want["training_config"] = vlen_ascii
        assert sig == want, f"{case['model']}: root attributes {sig}"
        assert set(f) == {"model_weights"}, f"{case['model']}: root children {sorted(f)}"
        json.loads(f.attrs["model_config"])
        layers, datasets = check_weights_group(f["model_weights"], vlen_ascii)
        config_bytes = len(f.attrs["model_config"])
    with h5py.File(os.path.join(folder, case["weights"]), "r") as f:
        assert "model_config" not in f.attrs
        assert (layers, datasets) == check_weights_group(f, vlen_ascii), case["weights"]
    print(f"h5py: {case['name']}: {len(layers)} layers, {datasets} float32 datasets, "
          f"model_config {config_bytes} bytes: tree and types as tf.keras 2.15 writes them")


def check_h5dump(path):
    run = subprocess.run(["h5dump", "-A", path], capture_output=True, text=True)
    assert run.returncode == 0 and "error" not in run.stderr.lower(), run.stderr[-2000:]
    header = subprocess.run(["h5dump", "-H", path], capture_output=True, text=True)
    assert header.returncode == 0, header.stderr[-2000:]
    print(f"h5dump: {os.path.basename(path)}: {header.stdout.count('GROUP ')} groups, "
          f"{header.stdout.count('DATASET ')} datasets, "
          f"{header.stdout.count('ATTRIBUTE ')} attributes read")


def check_keras(case, folder):
    os.environ.setdefault("KERAS_BACKEND", "jax")
    try:
        import keras
    except ImportError:
        print(f"keras: {case['name']}: not importable here, skipped")
        return
    x = np.array(case["input"]["values"], dtype=np.float32).reshape(case["input"]["shape"])
    expected = np.array(case["predictions"], dtype=np.float64)
    model = keras.models.load_model(os.path.join(folder, case["model"]))
    fresh = keras.Sequential.from_config(model.get_config())
    fresh.load_weights(os.path.join(folder, case["weights"]))
    for a, b in zip(model.weights, fresh.weights):
        np.testing.assert_array_equal(a.numpy(), b.numpy())
    with h5py.File(os.path.join(folder, case["weights"]), "r") as f:
        for layer in (l for l in fresh.layers if l.weights):
            stored = [f[layer.name][w] for w in names(f[layer.name], "weight_names")[0]]
            for w, s in zip(layer.weights, stored):
                np.testing.assert_array_equal(w.numpy(), s[()])
    for m in (model, fresh):
        got = m.predict(x, verbose=0).astype(np.float64).ravel()
        np.testing.assert_allclose(got, expected, rtol=0, atol=TOLERANCE)
    compare_with_keras(model, case, folder)
    print(f"keras {keras.__version__}: {case['name']}: load_model and load_weights predict as "
          f"Fovea (1e-5); Keras's own save has the same attribute types, groups, dtypes, shapes")


def compare_with_keras(model, case, folder):
    theirs_path = os.path.join(folder, case["name"] + "-by-keras.h5")
    model.save(theirs_path)
    with h5py.File(os.path.join(folder, case["model"]), "r") as ours, \
            h5py.File(theirs_path, "r") as theirs:
        # Root: Keras 3 writes its own version and backend as ASCII; the configs as Fovea does.
        for a in ("model_config", "training_config"):
            assert signature(ours).get(a) == signature(theirs).get(a), a
        og, tg = ours["model_weights"], theirs["model_weights"]
        assert set(og) == set(tg), f"groups {sorted(og)} vs {sorted(tg)}"
        assert signature(og)["backend"] == signature(tg)["backend"]
        for layer in og:
            assert set(signature(og[layer])) == set(signature(tg[layer])), layer
            ow, tw = names(og[layer], "weight_names")[0], names(tg[layer], "weight_names")[0]
            shapes = [(og[layer][w].dtype, og[layer][w].shape) for w in ow]
            assert shapes == [(tg[layer][w].dtype, tg[layer][w].shape) for w in tw], layer


def main(folder):
    with open(os.path.join(folder, "manifest.json")) as f:
        cases = json.load(f)["cases"]
    for case in cases:
        for key in ("model", "weights"):
            check_h5dump(os.path.join(folder, case[key]))
        check_h5py(case, folder)
        check_keras(case, folder)
    print("all checks passed")


if __name__ == "__main__":
    main(sys.argv[1])
