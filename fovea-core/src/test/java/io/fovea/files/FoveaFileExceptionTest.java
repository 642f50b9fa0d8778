package io.fovea.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.data.DataFileException;
import io.fovea.data.DatasetNotFoundException;
import io.fovea.image.ImageFileException;
import io.fovea.model.WeightsFileException;
import io.fovea.saving.KerasFileException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FoveaFileExceptionTest {

  @Test
  void carriesThePathTheOffsetAndTheMessage() {
    Path file = Path.of("data", "train.idx");
    FoveaFileException e =
        new FoveaFileException(file, 16, "train.idx at byte 16: expected 60000, got 59999");
    assertThat(e).isInstanceOf(IOException.class);
    assertThat(e.path()).isEqualTo(file);
    assertThat(e.offset()).isEqualTo(16);
    assertThat(e.getMessage()).isEqualTo("train.idx at byte 16: expected 60000, got 59999");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void withoutAnOffsetReportsMinusOne() {
    IOException cause = new IOException("disk");
    FoveaFileException e = new FoveaFileException(Path.of("a.png"), "a.png: unreadable", cause);
    assertThat(e.offset()).isEqualTo(FoveaFileException.NO_OFFSET).isEqualTo(-1);
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(new FoveaFileException(null, "m").path()).isNull();
  }

  @Test
  void aNegativeOffsetMeansNone() {
    assertThat(new FoveaFileException(Path.of("x"), -7, "x: bad").offset()).isEqualTo(-1);
  }

  @Test
  void aSubclassMadeWithoutACauseMayStillBeGivenOne() {
    FoveaFileException e = new FoveaFileException(Path.of("x"), 3, "x: bad");
    IOException cause = new IOException("late");
    e.initCause(cause);
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void everyFileExceptionIsOne() {
    assertThat(new KerasFileException("m.h5: bad")).isInstanceOf(FoveaFileException.class);
    assertThat(new KerasFileException("m.h5: bad", new IOException()))
        .isInstanceOf(FoveaFileException.class);
    assertThat(new WeightsFileException("w.fovea: bad")).isInstanceOf(FoveaFileException.class);
    assertThat(new DatasetNotFoundException("place the files", null))
        .isInstanceOf(FoveaFileException.class);
  }

  @Test
  void anImageFileExceptionKeepsItsFileAndMessage() {
    Path file = Path.of("photo.png");
    ImageFileException e = new ImageFileException(file, "truncated PNG");
    FoveaFileException root = e;
    assertThat(root.path()).isEqualTo(file).isEqualTo(e.file());
    assertThat(root.offset()).isEqualTo(-1);
    assertThat(e.getMessage()).isEqualTo("photo.png: truncated PNG");
  }

  @Test
  void aDataFileExceptionGivesItsOffsetToTheRoot() {
    DataFileException e =
        new DataFileException("x.npz", "arr_0", 128, "expected a header", new IOException("eof"));
    FoveaFileException root = e;
    assertThat(root.path()).isEqualTo(Path.of("x.npz"));
    assertThat(root.offset()).isEqualTo(128);
    assertThat(e.getMessage()).isEqualTo("x.npz entry 'arr_0' at byte 128: expected a header");
    assertThat(e.getCause()).hasMessage("eof");
    assertThat(new DataFileException("y.csv", null, -1, "empty").getMessage())
        .isEqualTo("y.csv: empty");
  }

  @Test
  void weightsAndKerasFileExceptionsCanCarryTheirFile() {
    Path file = Path.of("m.fovea");
    WeightsFileException w = new WeightsFileException(file, 24, "expected magic FOVW");
    assertThat(w.path()).isEqualTo(file);
    assertThat(w.offset()).isEqualTo(24);
    assertThat(w.getMessage()).isEqualTo("m.fovea at byte 24: expected magic FOVW");
    KerasFileException k =
        new KerasFileException(Path.of("m.h5"), "m.h5: /model_weights: missing", null);
    assertThat(k.path()).isEqualTo(Path.of("m.h5"));
    assertThat(k.getMessage()).isEqualTo("m.h5: /model_weights: missing");
    assertThat(new KerasFileException("m.h5: bad").path()).isNull();
  }
}
