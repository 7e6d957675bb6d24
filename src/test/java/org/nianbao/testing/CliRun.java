package org.nianbao.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.cli.Main;
import org.nianbao.index.Json;
import picocli.CommandLine;

/** One in-process run of the nianbao CLI with its exit code and captured output. */
public record CliRun(int code, String out, String err) {

  /** Runs {@code nianbao args…} in this JVM. */
  public static CliRun run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Standard output as JSON Lines. */
  public List<JsonNode> json() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(Json.mapper().readTree(line));
      }
    }
    return nodes;
  }
}
