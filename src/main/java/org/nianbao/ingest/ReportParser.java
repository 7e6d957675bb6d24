package org.nianbao.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses one report file into a {@link Report}: decode ({@link TextDecoder}), repair ({@link
 * TextRepairer}), metadata ({@link MetadataExtractor}), sections ({@link SectionSplitter}) and the
 * base id ({@link ReportIds#baseId}). Every bad input becomes a {@link ReportFileException} with a
 * one-line reason; nothing else escapes. Stateless, thread-safe and reusable.
 */
public final class ReportParser {

  /** Files larger than this are rejected (20 MB). */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final double MAX_CONTROL_RATIO = 0.02;

  private final TextDecoder decoder = new TextDecoder();
  private final TextRepairer repairer = new TextRepairer();

  /** Reads, decodes and parses {@code file}; the report's source is {@code file.toString()}. */
  public Report parse(Path file) throws ReportFileException {
    String source = String.valueOf(file);
    return parseBytes(source, read(file, source));
  }

  /** Decodes and parses the raw bytes of a report; {@code source} names it in errors. */
  public Report parseBytes(String source, byte[] bytes) throws ReportFileException {
    try {
      TextDecoder.Decoded decoded = decoder.decode(source, bytes);
      List<String> warnings = new ArrayList<>();
      decoded.warning().ifPresent(warnings::add);
      return build(source, decoded.text(), warnings);
    } catch (RuntimeException | StackOverflowError e) {
      throw unexpected(source, e);
    }
  }

  /** Parses already-decoded text (used by tests and generators). */
  public Report parseText(String source, String text) throws ReportFileException {
    try {
      return build(source, text == null ? "" : text, new ArrayList<>());
    } catch (RuntimeException | StackOverflowError e) {
      throw unexpected(source, e);
    }
  }

  private static byte[] read(Path file, String source) throws ReportFileException {
    try {
      if (Files.isDirectory(file)) {
        throw new ReportFileException(source, "是目录，不是文件");
      }
      if (!Files.exists(file)) {
        throw new ReportFileException(source, "文件不存在");
      }
      if (!Files.isRegularFile(file)) {
        throw new ReportFileException(source, "不是普通文件");
      }
      if (!Files.isReadable(file)) {
        throw new ReportFileException(source, "无法读取文件（没有读取权限）");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new ReportFileException(
            source, String.format(Locale.ROOT, "文件过大（%.1f MB，上限 20 MB）", size / 1048576.0));
      }
      if (size == 0) {
        throw new ReportFileException(source, "文件为空");
      }
      return Files.readAllBytes(file);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw new ReportFileException(source, "无法读取文件（" + oneLine(e) + "）", e);
    } catch (OutOfMemoryError e) {
      throw new ReportFileException(source, "文件过大，内存不足", e);
    }
  }

  private Report build(String source, String text, List<String> warnings)
      throws ReportFileException {
    if (text.isBlank()) {
      throw new ReportFileException(source, "文件为空");
    }
    if (looksBinary(text)) {
      throw new ReportFileException(source, "二进制文件（含大量控制字符），不是文本");
    }
    List<String> lines = repairer.lines(text);
    if (lines.isEmpty()) {
      throw new ReportFileException(source, "文件为空");
    }
    var meta = MetadataExtractor.extract(lines, fileStem(source));
    List<String> splitWarnings = new ArrayList<>();
    List<Section> sections = SectionSplitter.split(lines, meta.bodyFrom(), splitWarnings);
    boolean reportTitle = meta.titleLine() >= 0 && MetadataExtractor.isReportTitle(meta.title());
    if (!reportTitle && knownSections(sections) < 2) {
      throw new ReportFileException(source, "不是政府信息公开工作年度报告（无年度报告标题，也无可识别的章节）");
    }
    if (meta.titleLine() < 0) {
      warnings.add("未找到标题，以文件名代替");
    }
    if (meta.year() == null) {
      warnings.add("未识别到年份");
    }
    if (meta.agency() == null) {
      warnings.add("未识别到发布机关");
    }
    warnings.addAll(meta.warnings());
    warnings.addAll(splitWarnings);
    warnings.addAll(sectionWarnings(sections));
    String id = ReportIds.baseId(meta.year(), meta.agency(), source);
    return new Report(
        source, id, meta.title(), meta.agency(), meta.place(), meta.year(), sections, warnings);
  }

  private static List<String> sectionWarnings(List<Section> sections) {
    List<String> warnings = new ArrayList<>();
    if (sections.size() == 1) {
      warnings.add("未识别到章节，全文作为前言");
      return warnings;
    }
    long standard =
        sections.stream()
            .filter(s -> s.number() > 0 && SectionTitles.standardNumber(s.title()) == s.number())
            .count();
    if (standard >= 3) {
      for (int n = 1; n <= SectionTitles.STANDARD.size(); n++) {
        int number = n;
        if (sections.stream().noneMatch(s -> s.number() == number)) {
          warnings.add("缺少第" + n + "部分（" + SectionTitles.STANDARD.get(n - 1) + "）");
        }
      }
    }
    return warnings;
  }

  private static long knownSections(List<Section> sections) {
    return sections.stream()
        .filter(s -> s.number() > 0 && SectionTitles.isKnownTitle(s.title()))
        .count();
  }

  private static boolean looksBinary(String text) {
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
        bad++;
      }
    }
    return bad > 8 && bad > text.length() * MAX_CONTROL_RATIO;
  }

  private static String fileStem(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    String name = source.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static ReportFileException unexpected(String source, Throwable e) {
    return new ReportFileException(source, "解析失败（" + oneLine(e) + "）", e);
  }

  private static String oneLine(Throwable e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return msg.replaceAll("\\s+", " ").strip();
  }
}
