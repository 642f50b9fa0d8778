package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ImagesTest {

  @Test
  void loadsTheSamplePhotos() throws Exception {
    Tensor astronaut = Images.sample("astronaut");
    assertThat(astronaut.shape().dims()).containsExactly(256, 256, 3);
    assertThat(astronaut.min()).isGreaterThanOrEqualTo(0f);
    assertThat(astronaut.max()).isLessThanOrEqualTo(1f);
    assertThat(Images.sample("brick").shape().dims()).containsExactly(256, 256, 1);
    assertThat(Images.sample("camera", ReadOptions.bytes()).max()).isGreaterThan(200f);
  }

  @Test
  void rejectsAnUnknownSample() {
    assertThatThrownBy(() -> Images.sample("lena"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample: expected one of [astronaut, brick, camera], got 'lena'");
  }
}
