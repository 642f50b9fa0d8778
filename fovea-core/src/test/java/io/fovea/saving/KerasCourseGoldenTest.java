package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.optimizers.Adam;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.json.Json;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The course's models as real Keras saved them ({@code golden/keras-course/make.py}, Keras 3.15 on
 * JAX): every model in all four formats ({@code models.zip}) loads in Fovea with Keras's layers,
 * output shapes and summary counts ({@code expected.json}) and predicts Keras's probabilities
 * within 1e-5, whether the whole model is loaded or the weights go into the model Fovea builds.
 * Three of them were also saved as legacy {@code .h5} by tf.keras 2.21 ({@code make_tfkeras.py},
 * {@code tfkeras.zip}: Keras 2 weight names, weightless layers listed with empty weight names).
 */
class KerasCourseGoldenTest {

  private static final double TOLERANCE = 1e-5;
  private static final String FUNCTIONAL = "lenet5_functional";

  @TempDir static Path files;
  private static Map<String, Object> expected;
  private static Map<String, Object> tfKeras;

  @BeforeAll
  static void unpack() throws IOException {
    for (String zip : List.of("models.zip", "tfkeras.zip")) {
      try (ZipInputStream in = new ZipInputStream(resource(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          Files.copy(in, files.resolve(e.getName()));
        }
      }
    }
    expected = KerasConfig.asMap(json("expected.json").get("models"), "models");
    tfKeras = KerasConfig.asMap(json("tfkeras.json").get("models"), "models");
  }

  /** The models of make.py: Fovea's course models and LeNet-5 saved as a Functional model. */
  static List<String> models() {
    List<String> names = new ArrayList<>(CourseModels.ALL.keySet());
    names.add(FUNCTIONAL);
    return names;
  }

  /** The Fovea model a Keras model of make.py is: the Functional LeNet-5 is the Sequential one. */
  private static Sequential fovea(String name) {
    return CourseModels.ALL.get(name.equals(FUNCTIONAL) ? "lenet5" : name).get();
  }

  private static Sequential foveaWithWeights(String name) {
    return CourseModels.withWeights(name.equals(FUNCTIONAL) ? "lenet5" : name);
  }

  @ParameterizedTest
  @MethodSource("models")
  void foveaBuildsTheArchitectureKerasBuilt(String name) {
    assertArchitecture(name, name, foveaWithWeights(name));
  }

  @ParameterizedTest
  @MethodSource("models")
  void wholeModelFilesLoadWithKerasArchitectureAndPredictions(String name) throws IOException {
    for (String file : List.of(name + ".keras", name + ".h5")) {
      Sequential model = Models.load(files.resolve(file));
      assertArchitecture(name, file, model);
      assertThat(model.optimizer()).as(file).isInstanceOf(Adam.class);
      assertThat(model.loss().name()).as(file).isEqualTo("categorical_crossentropy");
      assertPredictions(name, file, model);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFileLoadsIntoTheFoveaBuiltModelByOrder(String name) throws IOException {
    for (String file :
        List.of(name + ".weights.h5", name + "_weights.h5", name + ".keras", name + ".h5")) {
      Sequential model = fovea(name);
      Models.loadWeights(model, files.resolve(file));
      assertSameWeights(file, model, foveaWithWeights(name));
      assertPredictions(name, file, model);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void legacyFilesLoadIntoTheFoveaBuiltModelByName(String name) throws IOException {
    for (String file : List.of(name + "_weights.h5", name + ".h5")) {
      Sequential model = fovea(name);
      Models.loadWeightsByName(model, files.resolve(file));
      assertSameWeights(file, model, foveaWithWeights(name));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lenet5", FUNCTIONAL, "coverage_2d", "coverage_1d"})
  void filesTfKeras2SavedLoadWithItsArchitectureAndPredictions(String name) throws IOException {
    List<Object> rows =
        KerasConfig.asList(KerasConfig.asMap(tfKeras.get(name), name).get("predictions"), name);
    String whole = name + "_tfkeras.h5";
    Sequential model = Models.load(files.resolve(whole));
    assertArchitecture(name, whole, model);
    assertThat(model.optimizer()).as(whole).isInstanceOf(Adam.class);
    assertPredictions(whole, rows, model);

    String weights = name + "_tfkeras_weights.h5";
    Sequential byOrder = fovea(name);
    Models.loadWeights(byOrder, files.resolve(weights));
    assertSameWeights(weights, byOrder, foveaWithWeights(name));
    assertPredictions(weights, rows, byOrder);
    Sequential byName = fovea(name);
    Models.loadWeightsByName(byName, files.resolve(weights));
    assertSameWeights(weights, byName, foveaWithWeights(name));
  }

  private static void assertArchitecture(String name, String where, Sequential model) {
    Map<String, Object> golden = KerasConfig.asMap(expected.get(name), name);
    List<Object> layers = KerasConfig.asList(golden.get("layers"), where);
    List<String> keras = new ArrayList<>();
    for (Object o : layers) {
      Map<String, Object> l = KerasConfig.asMap(o, where);
      keras.add(
          l.get("class")
              + " "
              + l.get("name")
              + " "
              + l.get("output_shape")
              + " "
              + l.get("params"));
    }
    List<String> fovea = new ArrayList<>();
    for (Layer l : model.layers()) {
      fovea.add(l.typeName() + " " + l.name() + " " + l.outputShape() + " " + l.countParams());
    }
    assertThat(fovea).as(where).containsExactlyElementsOf(keras);
    assertThat(model.countParams()).as(where).isEqualTo(((Number) golden.get("params")).intValue());
    model.output(new PrintStream(OutputStream.nullOutputStream()));
    List<String> totals = model.summary().lines().filter(s -> s.contains("params:")).toList();
    assertThat(totals)
        .as(where)
        .containsExactlyElementsOf(
            KerasConfig.asList(golden.get("summary_totals"), where).stream()
                .map(String::valueOf)
                .toList());
  }

  private static void assertPredictions(String name, String where, Sequential model) {
    Map<String, Object> golden = KerasConfig.asMap(expected.get(name), name);
    assertPredictions(where, KerasConfig.asList(golden.get("predictions"), where), model);
  }

  private static void assertPredictions(String where, List<Object> rows, Sequential model) {
    Tensor p = model.predict(CourseModels.input(model.inputShape()));
    assertThat(p.shape().dim(0)).isEqualTo(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = KerasConfig.asList(rows.get(r), where);
      assertThat(p.shape()).isEqualTo(Shape.of(rows.size(), row.size()));
      for (int c = 0; c < row.size(); c++) {
        assertThat((double) p.get(r, c))
            .as("%s row %d class %d", where, r, c)
            .isCloseTo(((Number) row.get(c)).doubleValue(), Offset.offset(TOLERANCE));
      }
    }
  }

  private static void assertSameWeights(String where, Sequential actual, Sequential formula) {
    List<Tensor> a = actual.getWeights();
    List<Tensor> f = formula.getWeights();
    assertThat(a).as(where).hasSameSizeAs(f);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).shape()).as("%s weight %d", where, i).isEqualTo(f.get(i).shape());
      // isEqualTo compares in one pass; containsExactly takes seconds on 400,000 elements.
      assertThat(a.get(i).toArray()).as("%s weight %d", where, i).isEqualTo(f.get(i).toArray());
    }
  }

  private static Map<String, Object> json(String name) throws IOException {
    try (InputStream in = resource(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return KerasConfig.asMap(Json.parse(text), name);
    }
  }

  private static InputStream resource(String name) {
    return KerasCourseGoldenTest.class.getResourceAsStream("/golden/keras-course/" + name);
  }
}
