package org.nianbao.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real CLI ({@code org.nianbao.cli.Main}) in a separate JVM on the test classpath. */
final class ChildJvm {
  private ChildJvm() {}

  /** Starts {@code nianbao args…}; stdout and stderr go to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    return start(log, List.of("-Xmx512m"), args);
  }

  /**
   * Starts {@code nianbao args…} with {@code jvmOptions} (which set the heap); output to {@code
   * log}.
   */
  static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.addAll(jvmOptions);
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.nianbao.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return pb.start();
  }
}
