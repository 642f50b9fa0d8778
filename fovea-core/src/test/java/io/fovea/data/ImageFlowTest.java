package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.model.BatchSource;
import io.fovea.model.BatchSource.Batch;
import io.fovea.model.Callback;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.optimizers.Adam;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFlowTest {

  static ImageDataGenerator augmenting() {
    return new ImageDataGenerator()
        .rescale(1 / 255f)
        .rotationRange(20)
        .widthShiftRange(0.1)
        .heightShiftRange(0.1)
        .shearRange(10)
        .zoomRange(0.2)
        .horizontalFlip(true)
        .brightnessRange(0.8, 1.2)
        .fillMode("reflect");
  }

  @Test
  void theSameSeedGivesTheSameBatchesWhateverTheThreads() {
    Tensor x = new Rng(2).uniform(Shape.of(20, 6, 6, 3), 0f, 255f);
    Tensor y = Tensor.arange(20);
    ImageFlow f = augmenting().flow(x, y, Flow.defaults().batchSize(6).seed(9).workers(0));
    ImageFlow g =
        augmenting().flow(x, y, Flow.defaults().batchSize(6).seed(9).workers(2).queueSize(3));
    try (BatchSource.Stream a = f.stream(2);
        BatchSource.Stream b = g.stream(2)) {
      for (int i = 0; i < 9; i++) {
        Batch p = a.next();
        Batch q = b.next();
        assertThat(p.x().allClose(q.x(), 0, 0)).as("batch %d", i).isTrue();
        assertThat(p.y().allClose(q.y(), 0, 0)).isTrue();
      }
    }
    assertThat(f.batch(1, 2).x().allClose(g.batch(1, 2).x(), 0, 0)).isTrue();
    ImageFlow other = augmenting().flow(x, y, Flow.defaults().batchSize(6).seed(10));
    assertThat(other.batch(1, 2).x().allClose(f.batch(1, 2).x(), 0, 0)).isFalse();
  }

  @Test
  void closingAStreamStopsItsThreads() throws InterruptedException {
    Tensor x = Tensor.zeros(8, 4, 4, 1);
    ArrayFlow f = new ImageDataGenerator().flow(x, null, Flow.defaults().batchSize(2).workers(2));
    Prefetcher p = (Prefetcher) f.stream(0);
    p.next();
    p.close();
    for (int i = 0; i < 100 && !p.terminated(); i++) {
      Thread.sleep(10);
    }
    assertThat(p.terminated()).isTrue();
  }

  @Test
  void fitOnAFlowTrainsATinyModelAndRespectsSteps(@TempDir Path dir) throws IOException {
    // Class 0 dark, class 1 bright: a linear model separates them quickly.
    DirectoryFlowTest.writeClass(dir, "dark", 0, 12, "png");
    DirectoryFlowTest.writeClass(dir, "light", 5, 12, "png");
    ImageDataGenerator gen =
        new ImageDataGenerator().rescale(1 / 255f).horizontalFlip(true).validationSplit(0.25);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    Flow options = Flow.targetSize(4, 4).batchSize(3).classMode("binary").seed(1).output(quiet);
    DirectoryFlow train = gen.flowFromDirectory(dir, options.subset("training"));
    DirectoryFlow val = gen.flowFromDirectory(dir, options.subset("validation"));
    assertThat(train.sampleCount()).isEqualTo(18);
    Sequential m = new Sequential().seed(3);
    m.add(new Flatten().inputShape(4, 4, 3));
    m.add(new Dense(1, "sigmoid"));
    m.compile(new Adam(0.05), "binary_crossentropy", "accuracy");
    int[] batches = new int[1];
    Callback counter =
        new Callback() {
          @Override
          public void onBatchEnd(int batch, Map<String, Double> logs) {
            batches[0]++;
          }
        };
    History h =
        m.fit(
            train,
            Fit.epochs(6)
                .stepsPerEpoch(4)
                .validationSteps(1)
                .verbose(0)
                .validationData(val)
                .callbacks(counter));
    assertThat(batches[0]).isEqualTo(24);
    assertThat(h.get("loss").get(5)).isLessThan(h.get("loss").get(0));
    assertThat(h.last("val_accuracy")).isEqualTo(1.0);
    assertThat(m.evaluate(val)[1]).isEqualTo(1.0);
    assertThat(m.predict(val).shape().dims()).containsExactly(6, 1);
  }
}
