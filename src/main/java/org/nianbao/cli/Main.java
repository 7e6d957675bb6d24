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
    subcommands = {
      ParseCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "缺少子命令");
  }

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(commandLine().execute(args));
  }

  /** Lucene logs a JUL warning about the incubating vector module on every start; not useful here. */
  static void quietLibraryLogging() {
    VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  // JUL keeps loggers weakly: hold on to the one configured above
  private static final java.util.logging.Logger VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** The configured picocli command line (also used by tests). */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }
}
