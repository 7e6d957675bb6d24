package org.nianbao.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.geo.Place;
import org.nianbao.ingest.read.DocumentReaders;
import org.nianbao.ingest.read.Extracted;
import org.nianbao.ingest.read.Format;
import org.nianbao.ingest.read.FormatDetector;
import org.nianbao.ingest.read.TextQuality;

/**
 * Parses one report file into a {@link Report}: read the text of any format ({@link
 * DocumentReaders}: text, PDF, DOCX, DOC/WPS, HTML, detected from content), drop web-page clutter
 * ({@link PageClutter}), repair ({@link TextRepairer}), metadata ({@link MetadataExtractor}),
 * sections ({@link SectionSplitter}, with the PDF page each starts on: {@link SectionPages}) and
 * the base id ({@link ReportIds#baseId}). A text that reads like an annual report ({@link
 * ReportEvidence}) is never rejected. Every bad input becomes a {@link ReportFileException} with a
 * one-line reason; nothing else escapes. Stateless, thread-safe and reusable.
 */
public final class ReportParser {

  /** Text files and web pages larger than this are rejected (20 MB). */
  public static final long MAX_BYTES = DocumentReaders.MAX_TEXT_MB * 1024L * 1024;

  /** PDF and Word files larger than this are rejected (100 MB). */
  public static final long MAX_BINARY_BYTES = DocumentReaders.MAX_BINARY_MB * 1024L * 1024;

  private static final int HEAD_BYTES = 2048;
  private static final int MIN_HAN = 20;

  private static final double MAX_CONTROL_RATIO = 0.02;

  private final DocumentReaders readers = new DocumentReaders();
  private final TextRepairer repairer = new TextRepairer();

  /** Reads, decodes and parses {@code file}; the report's source is {@code file.toString()}. */
  public Report parse(Path file) throws ReportFileException {
    String source = String.valueOf(file);
    return parseBytes(source, read(file, source));
  }

  /** Reads and parses the raw bytes of a report file of any format; {@code source} names it. */
  public Report parseBytes(String source, byte[] bytes) throws ReportFileException {
    return parseFile(source, bytes).report();
  }

  /** A parsed report and the format it was read from. */
  public record Parsed(Report report, Format format) {}

  /** Like {@link #parseBytes}, also telling the detected format (for summaries). */
  public Parsed parseFile(String source, byte[] bytes) throws ReportFileException {
    try {
      Extracted extracted = readers.read(source, bytes);
      List<String> warnings = new ArrayList<>(extracted.warnings());
      Report report = build(source, extracted, warnings);
      return new Parsed(
          new Report(
              report.source(),
              report.id(),
              report.title(),
              report.agency(),
              report.place(),
              report.year(),
              report.sections(),
              report.warnings(),
              extracted.hints().url(),
              ContentHash.sha256(bytes)),
          extracted.format());
    } catch (RuntimeException | StackOverflowError e) {
      throw unexpected(source, e);
    }
  }

  /** Reads {@code file} and parses it, telling the detected format. */
  public Parsed parseFile(Path file) throws ReportFileException {
    String source = String.valueOf(file);
    return parseFile(source, read(file, source));
  }

  /** Parses already-decoded text (used by tests and generators). */
  public Report parseText(String source, String text) throws ReportFileException {
    try {
      return build(source, Extracted.of(Format.TEXT, text == null ? "" : text), new ArrayList<>());
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
        DocumentReaders.checkSize(source, size, FormatDetector.detect(head(file)));
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

  private static byte[] head(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  private Report build(String source, Extracted extracted, List<String> warnings)
      throws ReportFileException {
    String text = extracted.text();
    if (text.isBlank()) {
      throw new ReportFileException(source, "文件为空");
    }
    if (looksBinary(text)) {
      throw new ReportFileException(source, "二进制文件（含大量控制字符），不是文本");
    }
    String uncluttered = PageClutter.remove(text);
    List<String> lines = repairer.lines(uncluttered);
    if (lines.isEmpty()) {
      throw new ReportFileException(source, "文件为空");
    }
    String repaired = String.join("\n", lines);
    TextQuality quality = TextQuality.of(repaired);
    if (quality.isMojibake()) {
      throw new ReportFileException(source, "乱码（文字无法识别：编码错误或字体缺少 Unicode 映射）");
    }
    if (quality.han() == 0) {
      throw new ReportFileException(source, "没有中文内容，不是政府信息公开工作年度报告");
    }
    var meta = MetadataExtractor.extract(lines, fileStem(source));
    List<String> splitWarnings = new ArrayList<>();
    List<Section> sections = SectionSplitter.split(lines, meta.bodyFrom(), splitWarnings);
    boolean reportTitle = meta.titleLine() >= 0 && MetadataExtractor.isReportTitle(meta.title());
    // Raw lines: repair may join a title with the addressee line below it.
    List<String> rawLines =
        uncluttered.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(6).toList();
    String kind = ReportEvidence.otherKind(rawLines);
    if (kind != null) {
      throw new ReportFileException(
          source, "不是政府信息公开工作年度报告（是" + kind + "：" + firstLine(rawLines) + "）");
    }
    boolean accepted =
        reportTitle || knownSections(sections) >= 2 || ReportEvidence.readsLikeReport(repaired);
    if (!accepted && quality.han() < MIN_HAN) {
      throw new ReportFileException(source, "不是政府信息公开工作年度报告（内容过短，只有 " + quality.han() + " 个汉字）");
    }
    if (!accepted) {
      throw new ReportFileException(source, "不是政府信息公开工作年度报告（无年度报告标题，也无可识别的章节）");
    }
    if (!extracted.pages().isEmpty()) {
      sections = SectionPages.assign(sections, extracted.pages());
    }
    if (meta.titleLine() < 0) {
      warnings.add("未找到标题，以文件名代替");
    }
    Integer year =
        meta.year() != null
            ? meta.year()
            : MetadataExtractor.publishedYear(List.of(text.split("\n"))); // 发布日期 rows are clutter
    if (year == null) {
      warnings.add("未识别到年份");
    }
    // The page's own metadata (发布机构) only fills what the text did not give.
    String agency = meta.agency();
    Place place = meta.place();
    if (agency == null && extracted.hints().agency() != null) {
      agency = extracted.hints().agency();
      if (place == null) {
        place = MetadataExtractor.placeOfAgency(agency, lines);
      }
      warnings.add("发布机关取自网页的发布机构栏");
    }
    if (agency == null) {
      warnings.add("未识别到发布机关");
    }
    warnings.addAll(meta.warnings());
    warnings.addAll(splitWarnings);
    warnings.addAll(sectionWarnings(sections));
    String id = ReportIds.baseId(year, agency, source);
    return new Report(source, id, meta.title(), agency, place, year, sections, warnings);
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

  private static String firstLine(List<String> lines) {
    String first = lines.get(0);
    return first.length() > 60 ? first.substring(0, 60) + "…" : first;
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
