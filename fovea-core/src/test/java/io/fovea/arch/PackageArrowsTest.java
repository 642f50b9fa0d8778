package io.fovea.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the package arrows of STYLE.md: every arrow points from the user to the used, only {@code
 * tensor} reaches {@code kernel}, and only the {@code Vector*} kernels touch the incubating Vector
 * API.
 */
class PackageArrowsTest {

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.fovea");
  }

  @Test
  void packagesOnlyUseLowerLayers() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("files")
        .definedBy("io.fovea.files..")
        .layer("kernel")
        .definedBy("io.fovea.kernel..")
        .layer("tensor")
        .definedBy("io.fovea.tensor..")
        .layer("building blocks")
        .definedBy(
            "io.fovea.nn..",
            "io.fovea.activations..",
            "io.fovea.initializers..",
            "io.fovea.constraints..")
        .layer("training")
        .definedBy("io.fovea.losses..", "io.fovea.metrics..", "io.fovea.optimizers..")
        .layer("model")
        .definedBy("io.fovea.model..")
        .layer("callbacks")
        .definedBy("io.fovea.callbacks..")
        .layer("uses")
        .definedBy(
            "io.fovea.data..",
            "io.fovea.image..",
            "io.fovea.plot..",
            "io.fovea.saving..",
            "io.fovea.applications..")
        .layer("cli")
        .definedBy("io.fovea.cli..")
        .whereLayer("files")
        .mayOnlyBeAccessedByLayers(
            "kernel", "tensor", "building blocks", "training", "model", "callbacks", "uses", "cli")
        .whereLayer("kernel")
        .mayOnlyBeAccessedByLayers(
            "tensor", "building blocks", "training", "model", "callbacks", "uses", "cli")
        .whereLayer("tensor")
        .mayOnlyBeAccessedByLayers(
            "building blocks", "training", "model", "callbacks", "uses", "cli")
        .whereLayer("building blocks")
        .mayOnlyBeAccessedByLayers("training", "model", "callbacks", "uses", "cli")
        .whereLayer("training")
        .mayOnlyBeAccessedByLayers("model", "callbacks", "uses", "cli")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("callbacks", "uses", "cli")
        .whereLayer("callbacks")
        .mayOnlyBeAccessedByLayers("uses", "cli")
        .whereLayer("uses")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .check(library);
  }

  @Test
  void onlyVectorKernelsImportTheVectorApi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.fovea.kernel")
        .or()
        .haveSimpleNameNotStartingWith("Vector")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jdk.incubator.vector..")
        .check(library);
  }

  @Test
  void onlyTensorReachesTheKernels() {
    // Ops in io.fovea.tensor is the one door: everything else goes through it.
    noClasses()
        .that()
        .resideOutsideOfPackages("io.fovea.kernel..", "io.fovea.tensor..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.fovea.kernel..")
        .check(library);
  }
}
