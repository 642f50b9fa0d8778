package io.fovea.cli;

import io.fovea.tensor.Backend;
import io.fovea.tensor.Ops;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fovea info}: the version, the JDK, the kernel path in use and the thread count. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Print the version, the JDK, the kernels in use and the thread count.")
final class InfoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    print(spec.commandLine().getOut());
    return 0;
  }

  /** Writes the four lines of {@code fovea info}. */
  static void print(PrintWriter out) {
    Backend backend = Ops.backend();
    out.println("fovea    " + Version.get());
    out.println(
        "java     "
            + Runtime.version()
            + " ("
            + System.getProperty("java.vendor", "unknown")
            + ", "
            + System.getProperty("os.arch")
            + ")");
    String path =
        backend.lanes() > 1
            ? backend.kernels() + ", " + backend.lanes() + " float lanes"
            : backend.kernels();
    out.println("kernels  " + path + " (" + backend.reason() + ")");
    out.println("threads  " + backend.threads() + threadsNote());
    out.flush();
  }

  private static String threadsNote() {
    return System.getProperty("fovea.threads") == null
        ? " (one per core; -Dfovea.threads=N overrides)"
        : " (set by -Dfovea.threads)";
  }
}
