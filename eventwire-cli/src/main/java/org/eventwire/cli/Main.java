package org.eventwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/eventwire}: the entry point with its sub-commands. */
@Command(
    name = "eventwire",
    mixinStandardHelpOptions = true,
    version = "eventwire 0.1.0",
    description = "Structured, sourced event data from news about international relations.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
