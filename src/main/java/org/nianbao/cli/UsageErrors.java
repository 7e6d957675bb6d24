package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line (a bad option value, a missing or unknown argument) prints one
 * Chinese line naming the option, e.g. {@code 错误：--page 必须是正整数：0}, and exits 2; never picocli's
 * English "Invalid value for option …" and the whole usage help.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("错误：" + line(e));
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  static String line(ParameterException e) {
    String help = "（" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help 查看用法）";
    if (e.getCause() instanceof TypeConversionException t && e.getArgSpec() != null) {
      return name(e.getArgSpec()) + " " + t.getMessage();
    }
    if (e instanceof MissingParameterException m) {
      String names =
          m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、"));
      return e.getMessage().startsWith("Missing required parameter for option")
          ? names + " 缺少取值" + help
          : "缺少 " + names + help;
    }
    if (e instanceof UnmatchedArgumentException u) {
      return "无法识别的参数：" + Display.oneLine(String.join(" ", u.getUnmatched())) + help;
    }
    if (e instanceof OverwrittenOptionException o) {
      return name(o.getOverwritten()) + " 只能给一次";
    }
    return Display.oneLine(String.valueOf(e.getMessage()));
  }

  /** {@code --page}, or a positional parameter's label ({@code PATH}). */
  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName();
    }
    return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
  }
}
