package org.nianbao.generate;

import java.util.List;
import java.util.Set;

/**
 * One generated report file and the truth about it, for writing and for checking the parser.
 *
 * @param index the report number (0-based)
 * @param path relative file path, e.g. {@code 0012/0012345.txt}
 * @param agency the publishing agency as the parser should find it
 * @param county the county-level unit, or {@code null} for a city-level agency
 * @param year the reporting year
 * @param format 2021-style six parts or the older format
 * @param sectionTitles titles of sections 1…n as written (without their numeral)
 * @param encoding how {@code bytes} are encoded
 * @param damage the extraction damage applied
 * @param text the text before encoding
 * @param bytes the file content
 */
public record GeneratedReport(
    long index,
    String path,
    String agency,
    String county,
    int year,
    ReportFormat format,
    List<String> sectionTitles,
    ReportEncoding encoding,
    Set<DamageKind> damage,
    String text,
    byte[] bytes) {

  /** The report structure used. */
  public enum ReportFormat {
    /** 一 总体情况 … 六 其他需要报告的事项, with the statistics tables (2019/2021 formats). */
    STANDARD,
    /** 概述, 主动公开, 依申请公开, [收费及减免], [行政复议和行政诉讼], 问题及改进, [其他]. */
    OLDER
  }

  public GeneratedReport {
    sectionTitles = List.copyOf(sectionTitles);
    damage = Set.copyOf(damage);
  }

  /** The relative path of report {@code index}: directories of 1,000 files each. */
  public static String pathOf(long index) {
    return String.format(java.util.Locale.ROOT, "%04d/%07d.txt", index / 1000, index);
  }
}
