package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Issue 8: {@code fovea --help} and {@code fovea COMMAND --help} list every option with its
 * default. Checked on the picocli model, so that a new command or option cannot forget it.
 */
class HelpDefaultsTest {

  @Test
  void everyOptionOfEveryCommandShowsItsDefault() {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    assertThat(problems(Main.commandLine(quiet, quiet))).isEmpty();
  }

  @Test
  void anOptionWithoutItsDefaultIsNamedWithItsCommand() {
    CommandLine cli = new CommandLine(new Forgetful());
    assertThat(problems(cli))
        .containsExactly(
            "forgetful --size: the help says no \"default\": Size of the blur.",
            "forgetful --mode: the help shows no \"default: fast\": The mode (default: slow).",
            "forgetful --loud: the help says no \"default\": Shout.");
  }

  /**
   * One line per option, of {@code root} and its subcommands, whose help text does not say
   * "default", or does not show the value it has: "COMMAND --OPTION: what is wrong: the text".
   * Required options have no default; {@code --help} and {@code --version} need none.
   */
  static List<String> problems(CommandLine root) {
    List<String> problems = new ArrayList<>();
    List<CommandLine> commands = new ArrayList<>(List.of(root));
    for (int i = 0; i < commands.size(); i++) {
      CommandLine command = commands.get(i);
      commands.addAll(command.getSubcommands().values());
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (option.required() || option.usageHelp() || option.versionHelp()) {
          continue;
        }
        String text = String.join(" ", option.renderedDescription());
        String value = shownDefault(option);
        String where = command.getCommandSpec().qualifiedName() + " " + option.longestName();
        if (!text.contains("default")) {
          problems.add(where + ": the help says no \"default\": " + text);
        } else if (value != null && !text.contains("default: " + value)) {
          problems.add(where + ": the help shows no \"default: " + value + "\": " + text);
        }
      }
    }
    return problems;
  }

  /** The default the help must show: the option's value before parsing, "off" for a flag. */
  static String shownDefault(OptionSpec option) {
    Object value = option.defaultValue() != null ? option.defaultValue() : option.initialValue();
    if (value instanceof Boolean flag) {
      return flag ? "on" : "off";
    }
    return value == null ? null : value.toString();
  }

  /** Three options that break the rule, one way each. */
  @Command(name = "forgetful")
  static final class Forgetful {
    @Option(names = "--size", description = "Size of the blur.")
    int size = 3;

    @Option(names = "--mode", description = "The mode (default: slow).")
    String mode = "fast";

    @Option(names = "--loud", description = "Shout.")
    boolean loud;

    @Option(names = "--kernel", required = true, description = "Required: needs no default.")
    String kernel;

    @Option(names = "--name", description = "A name (default: none).")
    String name;
  }
}
