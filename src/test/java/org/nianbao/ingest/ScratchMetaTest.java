package org.nianbao.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchMetaTest {
  @Test
  void dump() throws Exception {
    String names = System.getProperty("files", "");
    ReportParser parser = new ReportParser();
    for (String n : names.split(",")) {
      if (n.isBlank()) continue;
      Path p = Path.of("src/test/resources/real", n.endsWith(".txt") ? n : n + ".txt");
      Report r = parser.parse(p);
      System.out.println("## " + n + " | title=" + r.title() + " | agency=" + r.agency() + " | place=" + r.place() + " | year=" + r.year() + " | w=" + r.warnings());
      var ls = new TextRepairer().lines(PageClutter.remove(Files.readString(p)));
      if (System.getProperty("lines") != null) for (int i = 0; i < Math.min(14, ls.size()); i++) System.out.println("   " + i + ": " + ls.get(i));
      Files.writeString(Path.of("/tmp/m12_scratch.txt"), "", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
  }
}
