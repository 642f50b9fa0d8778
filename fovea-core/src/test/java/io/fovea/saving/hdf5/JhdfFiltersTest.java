package io.fovea.saving.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.InputLayer;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compressed datasets written by h5py (golden/h5-filters/make.py) load exactly. */
class JhdfFiltersTest {

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(JhdfFiltersTest.class.getResource("/golden/h5-filters/" + name).toURI());
  }

  private static Sequential model() {
    return new Sequential().add(new InputLayer(64)).add(new Dense(3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gzip.h5",
        "shuffle-gzip.h5",
        "lzf.h5",
        "shuffle-lzf.h5",
        "fletcher32.h5",
        "fletcher32-shuffle-gzip.h5"
      })
  void aFilteredDatasetLoadsExactly(String name) throws Exception {
    Sequential model = model();
    Models.loadWeights(model, fixture(name));
    List<Tensor> w = model.layers().get(model.layers().size() - 1).getWeights();
    float[] kernel = new float[64 * 3];
    for (int k = 0; k < kernel.length; k++) {
      kernel[k] = (k % 16) / 16f - 0.5f;
    }
    assertThat(w.get(0).shape().dims()).containsExactly(64, 3);
    assertThat(w.get(0).toArray()).containsExactly(kernel);
    assertThat(w.get(1).toArray()).containsExactly(0.25f, 0.5f, 0.75f);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lz4.h5:32004 (LZ4)", "zstd.h5:32015"})
  void aFilterFoveaCannotDecodeIsRefusedNamingIt(String caseText) throws Exception {
    String name = caseText.substring(0, caseText.indexOf(':'));
    String filter = caseText.substring(caseText.indexOf(':') + 1);
    Path file = fixture(name);
    Sequential model = model();
    assertThatThrownBy(() -> Models.loadWeights(model, file))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith(
            file
                + ": /dense/dense/kernel:0: expected a dataset stored without compression or with"
                + " gzip, shuffle, LZF or Fletcher-32, got HDF5 filter "
                + filter)
        .hasMessageNotContaining("Exception")
        .hasMessageNotContaining("Error");
  }
}
