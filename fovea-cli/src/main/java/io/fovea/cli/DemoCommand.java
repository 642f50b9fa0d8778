package io.fovea.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code fovea demo}: the README's first command. Until the models and data land it prints what
 * {@code fovea info} prints and says what the demo will do.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the demo (for now: what 'fovea info' prints).")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InfoCommand.print(out);
    out.println();
    out.println("The demo will train a small CNN on a Fashion-MNIST sample once models and");
    out.println("datasets land; today Fovea provides the tensor engine and its kernels.");
    out.flush();
    return 0;
  }
}
