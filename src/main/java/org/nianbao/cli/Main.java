package org.nianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Entry point of {@code java -jar nianbao.jar}: dispatches to the sub-commands. */
@Command(
    name = "nianbao",
    mixinStandardHelpOptions = true,
    version = "nianbao 0.1.0",
    description = "政府信息公开工作年度报告全文检索",
    subcommands = {ParseCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "缺少子命令");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured picocli command line (also used by tests). */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }
}
