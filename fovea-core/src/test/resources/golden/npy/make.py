"""Writes the npy/npz golden files read by NpyGoldenTest; run once with NumPy, commit the output.

    /usr/bin/python3 make.py   (Debian python3-numpy 1.24)

Every array has shape (2, 3, 4) and row-major index i = 0..23 holds value(code, i) below,
which NpyGoldenTest recomputes.
"""
import numpy as np

CODES = ["u1", "i1", "i2", "i4", "i8", "f2", "f4", "f8", "b1"]


def values(code):
    i = np.arange(24).reshape(2, 3, 4)
    if code == "u1":
        return (i * 10).astype(np.uint8)
    if code == "b1":
        return i % 3 == 0
    if code[0] == "i":
        big = {"i1": 1, "i2": 1000, "i4": 100000, "i8": 10**12}[code]
        return ((i - 10) * big).astype(np.dtype(code))
    return ((i - 10) * 0.5 + 0.25).astype(np.dtype(code))


for code in CODES:
    a = values(code)
    for endian in ("<", ">"):
        typed = a.astype(a.dtype.newbyteorder(endian)) if a.dtype.itemsize > 1 else a
        if a.dtype.itemsize == 1 and endian == ">":
            continue
        name = "le" if a.dtype.itemsize > 1 and endian == "<" else ("be" if endian == ">" else "na")
        np.save(f"{code}_{name}_c.npy", np.ascontiguousarray(typed))
        np.save(f"{code}_{name}_f.npy", np.asfortranarray(typed))

with open("f4_v2.npy", "wb") as f:
    np.lib.format.write_array(f, values("f4"), version=(2, 0))
with open("f4_v3.npy", "wb") as f:
    np.lib.format.write_array(f, values("f4"), version=(3, 0))
np.save("scalar_f8.npy", np.float64(2.5))
np.save("empty_i4.npy", np.zeros((0, 3), dtype=np.int32))
np.save("object.npy", np.array([{"a": 1}, None], dtype=object), allow_pickle=True)
np.savez("stored.npz", x=values("f4"), y=values("u1"))
np.savez_compressed("deflated.npz", x=values("f4"), y=values("i8"))
