package org.nianbao.cli;

import java.util.List;
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
    description = "政府信息公开工作年度报告全文检索")
public final class Main implements Runnable {

  /** The sub-commands, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ParseCommand.class,
          IndexCommand.class,
          SearchCommand.class,
          ServeCommand.class,
          BenchCommand.class,
          GenerateCommand.class,
          StatsCommand.class,
          CommandLine.HelpCommand.class);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "缺少子命令");
  }

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(commandLine(args).execute(args));
  }

  /**
   * Lucene logs a JUL warning about the incubating vector module on every start; not useful here.
   */
  static void quietLibraryLogging() {
    VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  // JUL keeps loggers weakly: hold on to the one configured above
  private static final java.util.logging.Logger VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** The configured picocli command line with every sub-command (also used by tests). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    SUBCOMMANDS.forEach(cl::addSubcommand);
    return oneLineErrors(cl);
  }

  /**
   * A command that fails (an unreadable or corrupt index, a full disk …) prints one line, never a
   * stack trace, and exits 1; a usage mistake prints one line ({@link UsageErrors}) and exits 2.
   * Also gives every option its type ({@link OptionTypes}).
   */
  static CommandLine oneLineErrors(CommandLine cl) {
    OptionTypes.register(cl);
    cl.setParameterExceptionHandler(new UsageErrors());
    return cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("错误：" + errorLine(e));
          cmd.getErr().flush();
          return 1;
        });
  }

  static String errorLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    } else if (!(e instanceof RuntimeException && message.codePoints().anyMatch(c -> c >= 0x4E00))
        && !(e instanceof org.nianbao.index.IndexUnavailableException)) {
      message = e.getClass().getSimpleName() + "：" + message; // a library's message: say whose
    }
    message = Display.oneLine(message.strip());
    return message.length() > 400 ? message.substring(0, 400) + "…" : message;
  }

  /**
   * The command line for {@code args}: when they start with a sub-command's name, only that
   * sub-command is set up (picocli reads every command's annotations up front, about 0.2 s of
   * {@code serve}'s start-up); otherwise (help, version, a mistake) all of them.
   */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : SUBCOMMANDS) {
        if (c != CommandLine.HelpCommand.class
            && c.getAnnotation(Command.class).name().equals(args[0])) {
          CommandLine cl = new CommandLine(new Main());
          cl.addSubcommand(c);
          return oneLineErrors(cl);
        }
      }
    }
    return commandLine();
  }
}
