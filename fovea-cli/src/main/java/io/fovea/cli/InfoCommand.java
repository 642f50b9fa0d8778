package io.fovea.cli;

import io.fovea.kernel.KernelSelector;
import io.fovea.kernel.Kernels;
import io.fovea.kernel.Parallel;
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
    Kernels kernels = Kernels.get();
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
        kernels.lanes() > 1
            ? kernels.name() + ", " + kernels.lanes() + " float lanes"
            : kernels.name();
    out.println("kernels  " + path + " (" + KernelSelector.reason() + ")");
    out.println("threads  " + Parallel.threads() + threadsNote());
    out.flush();
  }

  private static String threadsNote() {
    return System.getProperty("fovea.threads") == null
        ? " (one per core; -Dfovea.threads=N overrides)"
        : " (set by -Dfovea.threads)";
  }
}
