package org.nianbao.cli;

import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --file-timeout SECONDS} option of {@code index} and {@code parse}. */
final class FileTimeout {
  private FileTimeout() {}

  static Duration budget(double seconds, CommandSpec spec) {
    if (!(seconds > 0) || seconds > 86_400) {
      throw new ParameterException(
          spec.commandLine(), "--file-timeout 须为 0 到 86400 之间的秒数：" + seconds);
    }
    return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
  }
}
