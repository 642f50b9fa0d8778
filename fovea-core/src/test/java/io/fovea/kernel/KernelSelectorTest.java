package io.fovea.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KernelSelectorTest {

  @Test
  void honoursTheForcedScalarPath() {
    if ("scalar".equals(System.getProperty("fovea.kernels"))) {
      assertThat(Kernels.get().name()).isEqualTo("scalar");
      assertThat(KernelSelector.reason()).isEqualTo("forced by -Dfovea.kernels=scalar");
    } else {
      // The build starts the tests with --add-modules jdk.incubator.vector.
      assertThat(Kernels.get().name()).isEqualTo("vector");
      assertThat(KernelSelector.reason()).startsWith("Vector API, ");
    }
  }

  @Test
  void scalarKernelsHaveOneLane() {
    assertThat(KernelSelector.scalar().name()).isEqualTo("scalar");
    assertThat(KernelSelector.scalar().lanes()).isEqualTo(1);
  }

  @Test
  void vectorKernelsLoadWhenTheModuleIsPresent() {
    Kernels vector = KernelSelector.vectorOrNull();
    assertThat(vector).isNotNull();
    assertThat(vector.name()).isEqualTo("vector");
    assertThat(vector.lanes()).isGreaterThanOrEqualTo(4);
  }
}
