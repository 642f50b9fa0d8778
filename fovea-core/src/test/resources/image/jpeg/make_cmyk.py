"""Makes cmyk.jpg: a 16x8 CMYK JPEG (Adobe, as Pillow writes it) for ImageDecoderTest.

Run from this folder: python make_cmyk.py (needs Pillow). Left half: no ink (white paper);
right half top rows: full cyan only; right half bottom rows: full black (K) only.
"""
from PIL import Image

image = Image.new("CMYK", (16, 8), (0, 0, 0, 0))
for y in range(8):
    for x in range(8, 16):
        image.putpixel((x, y), (255, 0, 0, 0) if y < 4 else (0, 0, 0, 255))
image.save("cmyk.jpg", quality=95)
