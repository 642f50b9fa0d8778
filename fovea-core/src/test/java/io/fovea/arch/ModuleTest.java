package io.fovea.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fovea.kernel.KernelSelector;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the module descriptor of {@code io.fovea}: every main package is exported except {@code
 * io.fovea.kernel} and the file formats behind {@code saving.Models}, and a module that requires
 * {@code io.fovea} can use the tensor API but not the kernels.
 */
class ModuleTest {

  private static final String KERNEL = "io.fovea.kernel";

  /** Packages whose public classes serve other packages of the library only. */
  private static final Set<String> INTERNAL =
      Set.of(
          KERNEL,
          "io.fovea.saving.fovea",
          "io.fovea.saving.hdf5",
          "io.fovea.saving.keras3",
          "io.fovea.saving.legacy");

  @Test
  void exportsEveryMainPackageExceptTheInternals() throws IOException {
    Set<String> expected = mainPackages();
    assertThat(expected).contains(KERNEL, "io.fovea.tensor", "io.fovea.nn", "io.fovea.files");
    assertThat(expected).containsAll(INTERNAL);
    expected.removeAll(INTERNAL);

    ModuleDescriptor module = descriptor();
    Set<String> exported =
        module.exports().stream()
            .filter(e -> !e.isQualified())
            .map(Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(module.name()).isEqualTo("io.fovea");
    assertThat(exported).as("packages exported to everyone").isEqualTo(expected);
    assertThat(module.exports()).noneMatch(e -> INTERNAL.contains(e.source()));
    assertThat(module.opens()).noneMatch(o -> INTERNAL.contains(o.source()));
  }

  @Test
  void needsTheVectorApiOnlyWhenItIsThere() throws IOException {
    Requires vector =
        descriptor().requires().stream()
            .filter(r -> r.name().equals("jdk.incubator.vector"))
            .findFirst()
            .orElseThrow();

    assertThat(vector.modifiers()).containsExactly(Requires.Modifier.STATIC);
  }

  @Test
  void theTestsRunInsideTheModuleWithTheKernelsHidden() {
    Module module = Tensor.class.getModule();
    assumeTrue(module.isNamed(), "tests run on the class path: no module to look at");

    assertThat(module.getName()).isEqualTo("io.fovea");
    assertThat(KernelSelector.class.getModule()).isSameAs(module);
    assertThat(module.isExported("io.fovea.tensor")).isTrue();
    assertThat(module.isExported(KERNEL)).isFalse();
  }

  @Test
  void aModuleThatRequiresFoveaCompilesAgainstTheTensorApi(@TempDir Path dir) throws IOException {
    String output = compileUser(dir, "io.fovea.tensor.Shape", "Shape.of(2, 3).size()");

    // javac may warn that the incubating Vector API module is resolved; that is not an error.
    assertThat(output).as("javac output").startsWith("exit 0\n").doesNotContain("error");
  }

  @Test
  void aModuleThatRequiresFoveaCannotSeeTheKernels(@TempDir Path dir) throws IOException {
    String output = compileUser(dir, "io.fovea.kernel.Kernels", "Kernels.get()");

    assertThat(output)
        .as("javac output")
        .startsWith("exit 1\n")
        .contains("package io.fovea.kernel is not visible")
        .contains("does not export it");
  }

  /**
   * Compiles a module {@code user} that requires {@code io.fovea} and imports {@code type}; returns
   * {@code "exit <javac's exit code>"} and a line break, then javac's messages.
   */
  private static String compileUser(Path dir, String type, String use) throws IOException {
    String modulePath = System.getProperty("jdk.module.path");
    assumeTrue(modulePath != null, "tests run on the class path: no module path to compile on");
    Path sources = Files.createDirectories(dir.resolve("src/user/example"));
    Files.writeString(
        dir.resolve("src/user/module-info.java"), "module user { requires io.fovea; }\n");
    Files.writeString(
        sources.resolve("User.java"),
        "package example;\n"
            + ("import " + type + ";\n")
            + ("class User { Object use() { return " + use + "; } }\n"));
    StringWriter messages = new StringWriter();
    int code =
        ToolProvider.findFirst("javac")
            .orElseThrow()
            .run(
                new PrintWriter(messages),
                new PrintWriter(messages),
                "-d",
                dir.resolve("out").toString(),
                "--module-path",
                modulePath,
                "--module-source-path",
                dir.resolve("src").toString(),
                "--module",
                "user");
    return "exit " + code + "\n" + messages.toString().strip();
  }

  /**
   * The descriptor of the running module, or of the compiled one when tests run on the class path.
   */
  private static ModuleDescriptor descriptor() throws IOException {
    ModuleDescriptor running = Tensor.class.getModule().getDescriptor();
    if (running != null) {
      return running;
    }
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The packages of the main sources (surefire runs in the module folder). */
  private static Set<String> mainPackages() throws IOException {
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .map(
              f ->
                  root.relativize(f.getParent())
                      .toString()
                      .replace(f.getFileSystem().getSeparator(), "."))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
