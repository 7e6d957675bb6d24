package org.nianbao.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until the real parser lands. */
public final class ReportParser {
  public Report parse(Path file) throws ReportFileException {
    try {
      return parseText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ReportFileException(file, "无法读取");
    }
  }

  public Report parseText(String source, String text) throws ReportFileException {
    if (text.isBlank()) {
      throw new ReportFileException(source, "文件为空");
    }
    return new Report(source, "x", "t", null, null, null,
        List.of(new Section(0, "", text, List.of())), List.of());
  }
}
