package io.fovea.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the package arrows of DESIGN.md: the library's packages stand on floors, every arrow points
 * from a floor down to a lower one, only {@code io.fovea.tensor} reaches into {@code
 * io.fovea.kernel}, and only the {@code Vector*} kernels touch the incubating Vector API. The
 * arrows between the library and the command line are held by the CLI's own {@code CliArrowsTest},
 * where both are on the class path.
 */
class PackageArrowsTest {

  private record Floor(String name, String... packages) {}

  /** The floors, lowest first; the five "uses" packages in the order their imports allow. */
  private static final List<Floor> FLOORS =
      List.of(
          new Floor("files", "io.fovea.files.."),
          new Floor("kernel", "io.fovea.kernel.."),
          new Floor("tensor", "io.fovea.tensor.."),
          new Floor(
              "building blocks",
              "io.fovea.nn..",
              "io.fovea.activations..",
              "io.fovea.initializers..",
              "io.fovea.constraints.."),
          new Floor("training", "io.fovea.losses..", "io.fovea.metrics..", "io.fovea.optimizers.."),
          new Floor("model", "io.fovea.model.."),
          new Floor("image", "io.fovea.image.."),
          new Floor("data", "io.fovea.data.."),
          new Floor("plot", "io.fovea.plot.."),
          new Floor("saving", "io.fovea.saving.."),
          new Floor("applications", "io.fovea.applications.."),
          new Floor("callbacks", "io.fovea.callbacks.."));

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.fovea");
  }

  @Test
  void everyPackageStandsOnAFloor() {
    String[] all = FLOORS.stream().flatMap(f -> Arrays.stream(f.packages())).toArray(String[]::new);
    classes().should().resideInAnyPackage(all).check(library);
  }

  @Test
  void packagesOnlyUseLowerFloors() {
    LayeredArchitecture floors =
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
    for (Floor floor : FLOORS) {
      floors = floors.layer(floor.name()).definedBy(floor.packages());
    }
    for (int i = 0; i < FLOORS.size() - 1; i++) {
      String[] above =
          FLOORS.subList(i + 1, FLOORS.size()).stream().map(Floor::name).toArray(String[]::new);
      floors = floors.whereLayer(FLOORS.get(i).name()).mayOnlyBeAccessedByLayers(above);
    }
    floors
        .whereLayer(FLOORS.get(FLOORS.size() - 1).name())
        .mayNotBeAccessedByAnyLayer()
        .check(library);
  }

  @Test
  void onlyTheTensorPackageUsesTheKernels() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.fovea.kernel..", "io.fovea.tensor..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.fovea.kernel..")
        .because("the kernels are internal to io.fovea.tensor: call io.fovea.tensor.Ops")
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
}
