package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains the quick demo in two JVMs, one kernel thread and two: the kernels split work so that
 * every result is summed in the same order, so the trained weights are identical to the bit.
 */
class ThreadCountTest {

  @Test
  void trainingGivesBitIdenticalWeightsOnOneAndTwoThreads(@TempDir Path tmp) throws Exception {
    Path one = train(tmp.resolve("one"), 1);
    Path two = train(tmp.resolve("two"), 2);
    // The .keras archives differ in their dates; the weights in them must not, by a single bit.
    List<Tensor> first = Models.load(one).getWeights();
    List<Tensor> second = Models.load(two).getWeights();
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(bits(second.get(i))).as("weight %d", i).containsExactly(bits(first.get(i)));
    }
  }

  private static int[] bits(Tensor t) {
    float[] v = t.toArray();
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Float.floatToRawIntBits(v[i]);
    }
    return out;
  }

  private static Path train(Path folder, int threads) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "--add-modules",
                    "jdk.incubator.vector",
                    "-Dfovea.threads=" + threads,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.fovea.cli.Main",
                    "demo",
                    "--quick",
                    "--out",
                    folder.toString()))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolveSibling("log-" + threads + ".txt").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as(Files.readString(folder.resolveSibling("log-" + threads + ".txt")))
        .isEqualTo(0);
    return folder.resolve(Demo.MODEL_FILE);
  }
}
