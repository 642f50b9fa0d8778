"""Writes the Keras model configs that ModelsJsonTest reads, as model.to_json() makes them.

Run: KERAS_BACKEND=jax python make_model_json.py  (Keras 3.15.1)
"""
import json

import keras
from keras import layers


def sequential():
    model = keras.Sequential(
        [
            keras.Input(shape=(28, 28, 1)),
            layers.Conv2D(8, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(2),
            layers.Flatten(),
            layers.Dropout(0.25),
            layers.Dense(3, activation="softmax"),
        ],
        name="json_cnn",
    )
    return model


def functional():
    inputs = keras.Input(shape=(16, 16, 3))
    x = layers.Conv2D(4, 3, activation="relu")(inputs)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(2, activation="softmax")(x)
    return keras.Model(inputs, outputs, name="json_functional")


for name, build in [("sequential", sequential), ("functional", functional)]:
    model = build()
    with open(name + ".json", "w") as f:
        f.write(model.to_json())
    with open(name + ".expected.json", "w") as f:
        json.dump(
            {
                "params": model.count_params(),
                "output_shape": list(model.output_shape[1:]),
                "layers": [l.__class__.__name__ for l in model.layers],
            },
            f,
        )
