"""Golden values for io.fovea.image.Resize, made with OpenCV's cv2.resize.

Run from this folder: python make.py (needs numpy and opencv-python-headless; made with
opencv-python-headless 5.0.0). Writes input.png (an RGB image of seeded random bytes, 14 rows by
12 columns) and expected.txt: for each case a line "<method> <height> <width>" followed by one
line with the height * width * 3 uint8 results in row-major, channels-last order.
CI only reads the outputs.
"""
import cv2
import numpy as np

rng = np.random.default_rng(4)
image = rng.integers(0, 256, size=(14, 12, 3), dtype=np.uint8)
# OpenCV writes BGR: swap so that the PNG holds the RGB values above.
cv2.imwrite("input.png", image[:, :, ::-1])

methods = {"nearest": cv2.INTER_NEAREST, "bilinear": cv2.INTER_LINEAR, "area": cv2.INTER_AREA}
sizes = [(7, 6), (7, 4), (5, 5), (9, 8), (3, 11), (28, 24), (19, 17), (10, 20), (1, 1)]
with open("expected.txt", "w") as out:
    for name, flag in methods.items():
        for h, w in sizes:
            result = cv2.resize(image, (w, h), interpolation=flag)
            out.write(f"{name} {h} {w}\n")
            out.write(" ".join(str(v) for v in result.reshape(-1)) + "\n")
print(cv2.__version__)
