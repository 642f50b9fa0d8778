package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code fovea --help}, {@code fovea COMMAND --help}, {@code --version} and usage errors. */
class MainIT {

  @Test
  void helpListsEveryCommand() throws Exception {
    Run r = FoveaJar.run("--help").succeeded();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Usage: fovea ");
    for (String name : commands().keySet()) {
      assertThat(r.out()).as(r::describe).containsPattern("(?m)^\\s+" + name + "\\s");
    }
  }

  @Test
  void eachCommandsHelpListsEveryOptionAndItsDefault() throws Exception {
    for (var command : commands().entrySet()) {
      if (command.getKey().equals("help")) {
        continue;
      }
      Run r = FoveaJar.run(command.getKey(), "--help").succeeded();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("Usage: fovea " + command.getKey());
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        assertThat(r.out()).as(r::describe).contains(option.longestName());
        String value = HelpDefaultsTest.shownDefault(option);
        if (value != null && !option.usageHelp() && !option.versionHelp()) {
          // Picocli wraps descriptions at 80 columns, even inside a word such as "model.keras".
          assertThat(r.out().replaceAll("\\s+", ""))
              .as(r::describe)
              .contains(("default: " + value).replaceAll("\\s+", ""));
        }
      }
    }
  }

  @Test
  void versionPrintsTheVersionOnStdout() throws Exception {
    Run r = FoveaJar.run("--version").succeeded();
    assertThat(r.out()).matches("fovea \\d+\\.\\d+\\.\\d+\\S*\\R");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anUnknownCommandIsBadUsage() throws Exception {
    FoveaJar.run("frobnicate").isUsageError("'frobnicate'");
  }

  /** The subcommands by name, from the picocli model of {@link Main}. */
  private static java.util.Map<String, CommandLine> commands() {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    return Main.commandLine(quiet, quiet).getSubcommands();
  }
}
