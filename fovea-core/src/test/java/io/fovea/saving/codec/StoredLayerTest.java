package io.fovea.saving.codec;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.saving.KerasFileException;
import io.fovea.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredLayerTest {

  private static final StoredLayer STORED =
      new StoredLayer(
          "dense",
          List.of("/layers/dense/vars/0", "/layers/dense/vars/1"),
          List.of(Tensor.of(new float[] {1, 2, 3, 4}, 2, 2), Tensor.of(new float[] {5, 6}, 2)));

  @Test
  void acceptsTheSameWeights() {
    List<Tensor> same =
        List.of(Tensor.of(new float[] {1, 2, 3, 4}, 2, 2), Tensor.of(new float[] {5, 6}, 2));
    assertThatCode(() -> STORED.requireEqual(same, "f.h5")).doesNotThrowAnyException();
  }

  @Test
  void namesTheCountTheShapeOrThePathThatDiffers() {
    assertThatThrownBy(() -> STORED.requireEqual(List.of(Tensor.zeros(2)), "f.h5"))
        .isInstanceOf(KerasFileException.class)
        .hasMessage("f.h5: read back: expected 1 weights, got 2");
    List<Tensor> reshaped =
        List.of(Tensor.of(new float[] {1, 2, 3, 4}, 4), Tensor.of(new float[] {5, 6}, 2));
    assertThatThrownBy(() -> STORED.requireEqual(reshaped, "f.h5"))
        .hasMessage("f.h5: read back /layers/dense/vars/0: expected shape [4], got [2, 2]");
    List<Tensor> changed =
        List.of(Tensor.of(new float[] {1, 2, 3, 4}, 2, 2), Tensor.of(new float[] {5, 7}, 2));
    assertThatThrownBy(() -> STORED.requireEqual(changed, "f.h5"))
        .hasMessage(
            "f.h5: read back /layers/dense/vars/1: expected the written values, got others");
  }
}
