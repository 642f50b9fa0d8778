package io.fovea.kernel;

import java.lang.System.Logger.Level;

/**
 * Chooses the kernels once per JVM: the Vector API ones when the {@code jdk.incubator.vector}
 * module is present and {@code -Dfovea.kernels=scalar} does not force the plain-Java ones.
 *
 * <p>{@code VectorKernels} is loaded by name, after the module check, so that this class (and
 * everything that uses kernels) loads on a JVM started without the module.
 */
public final class KernelSelector {

  private static final String VECTOR_CLASS = "io.fovea.kernel.VectorKernels";

  private KernelSelector() {}

  private static final class Holder {
    static final Choice CHOICE = choose();
  }

  private record Choice(Kernels kernels, String reason) {}

  /** The kernels in use. */
  static Kernels selected() {
    return Holder.CHOICE.kernels();
  }

  /** Why the kernels in use were chosen, e.g. {@code "forced by -Dfovea.kernels=scalar"}. */
  public static String reason() {
    return Holder.CHOICE.reason();
  }

  /** The plain-Java kernels, always available. */
  public static Kernels scalar() {
    return ScalarKernels.INSTANCE;
  }

  /** The Vector API kernels, or null when this JVM cannot run them. */
  public static Kernels vectorOrNull() {
    if (!vectorModulePresent()) {
      return null;
    }
    try {
      return loadVector();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  private static Kernels loadVector() throws ReflectiveOperationException {
    return (Kernels) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance();
  }

  private static boolean vectorModulePresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  private static Choice choose() {
    String wanted = System.getProperty("fovea.kernels", "auto").trim().toLowerCase();
    Choice choice;
    switch (wanted) {
      case "scalar":
        choice = new Choice(scalar(), "forced by -Dfovea.kernels=scalar");
        break;
      case "auto":
      case "vector":
        choice = tryVector();
        if (wanted.equals("vector") && choice.kernels() == scalar()) {
          throw new IllegalStateException(
              "fovea.kernels=vector: the Vector API kernels cannot run here ("
                  + choice.reason()
                  + ")");
        }
        break;
      default:
        throw new IllegalArgumentException(
            "fovea.kernels: expected 'auto', 'vector' or 'scalar', got '" + wanted + "'");
    }
    System.getLogger("io.fovea.kernel")
        .log(Level.DEBUG, "kernels: {0} ({1})", choice.kernels().name(), choice.reason());
    return choice;
  }

  private static Choice tryVector() {
    if (!vectorModulePresent()) {
      return new Choice(
          scalar(),
          "module jdk.incubator.vector not present; start java with --add-modules "
              + "jdk.incubator.vector");
    }
    Kernels vector;
    try {
      vector = loadVector();
    } catch (ReflectiveOperationException | LinkageError e) {
      return new Choice(scalar(), "the Vector API kernels failed to load: " + e);
    }
    if (vector.lanes() < 4) {
      return new Choice(
          scalar(), "the CPU has " + vector.lanes() + " float lanes, expected at least 4");
    }
    return new Choice(vector, "Vector API, " + vector.lanes() * 32 + "-bit");
  }
}
