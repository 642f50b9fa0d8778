package io.fovea.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the arrows between the command line and the library, with both sets of classes imported:
 * the CLI uses only what the module {@code io.fovea} exports (never {@code io.fovea.kernel}), and
 * the library never uses the CLI.
 */
class CliArrowsTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importLibraryAndCli() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.fovea");
  }

  @Test
  void bothTheLibraryAndTheCliAreImported() {
    assertThat(classes.containPackage("io.fovea.cli")).isTrue();
    assertThat(classes.containPackage("io.fovea.tensor")).isTrue();
    assertThat(classes.containPackage("io.fovea.kernel")).isTrue();
  }

  @Test
  void theCliDoesNotUseTheKernels() {
    noClasses()
        .that()
        .resideInAPackage("io.fovea.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.fovea.kernel..")
        .because("io.fovea.kernel is internal to the module io.fovea; use io.fovea.tensor")
        .check(classes);
  }

  @Test
  void theCliUsesOnlyThePackagesTheLibraryExports() throws IOException, URISyntaxException {
    String[] exported =
        libraryDescriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(Exports::source)
            .toArray(String[]::new);
    assertThat(exported).contains("io.fovea.tensor").doesNotContain("io.fovea.kernel");

    classes()
        .that()
        .resideInAPackage("io.fovea.cli..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("io.fovea..")
                .or(resideInAPackage("io.fovea.cli.."))
                .or(resideInAnyPackage(exported)))
        .check(classes);
  }

  @Test
  void theLibraryDoesNotUseTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.fovea..")
        .and()
        .resideOutsideOfPackage("io.fovea.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.fovea.cli..")
        .check(classes);
  }

  /** The library's {@code module-info.class}, read from the folder or jar that holds Tensor. */
  private static ModuleDescriptor libraryDescriptor() throws IOException, URISyntaxException {
    Path location =
        Path.of(Tensor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    }
    try (ZipFile jar = new ZipFile(location.toFile());
        InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }
}
