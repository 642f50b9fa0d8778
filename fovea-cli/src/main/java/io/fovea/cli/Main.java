package io.fovea.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fovea} command. {@link #run} returns the exit code (0 success, 1 failure, 2 bad usage)
 * and never exits the JVM, so tests call it directly.
 */
@Command(
    name = "fovea",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Deep learning on images for the JVM.",
    subcommands = {
      InfoCommand.class,
      DemoCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      SummaryCommand.class,
      PredictCommand.class,
      FilterCommand.class,
      ShowCommand.class,
      ConvertCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // The HDF5 reader logs through SLF4J, which warns on stderr that no logger is bound; those
    // three lines would bury the command's one-line errors.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line, writing results to {@code out} and messages to {@code err}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = commandLine(out, err);
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /** The picocli model of every command, writing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Main(), new Factory(out, err));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine failed = e.getCommandLine();
          failed.getErr().println("fovea: " + CliText.safeLines(e.getMessage()));
          failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("fovea: " + message(e));
          return 1;
        });
    return cli;
  }

  private static String message(Exception e) {
    String text = e.getMessage();
    // Messages quote names from files (layers, classes): never let them drive the terminal or
    // fake a second line.
    return text == null ? e.getClass().getSimpleName() : CliText.safe(text);
  }

  /** Gives the commands that write files or progress the raw streams of {@link #run}. */
  private record Factory(PrintStream out, PrintStream err) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == DemoCommand.class) {
        return type.cast(new DemoCommand(out, err));
      }
      if (type == TrainCommand.class) {
        return type.cast(new TrainCommand(out, err));
      }
      if (type == EvaluateCommand.class) {
        return type.cast(new EvaluateCommand(out, err));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
