package org.nianbao.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a text is: an annual report (even without title, agency or year), another kind of
 * official document (通知, 函, 意见 …, named), or neither.
 */
final class ReportEvidence {

  private static final List<String> REPORT_MARKERS =
      List.of(
          "年度报告",
          "统计期限",
          "主动公开",
          "依申请公开",
          "收到和处理政府信息公开申请",
          "政府信息公开行政复议",
          "本年新收政府信息公开申请数量",
          "存在的主要问题及改进情况",
          "其他需要报告的事项",
          "主动公开政府信息情况",
          "总体情况");
  private static final Pattern OTHER_KIND =
      Pattern.compile("^.{0,80}?(通知|函|意见|通报|决定|批复|请示|办法|规定|方案|要点|纪要|公告|通告)$");
  private static final Pattern TEMPLATE = Pattern.compile("(格式|模板|范本|样表|样式)$");
  private static final int KIND_LINES = 6;
  private static final int MIN_KIND_TITLE = 8;

  private ReportEvidence() {}

  /**
   * 政府信息公开 (or 政务公开 / 信息公开: excerpts may say only 我县…政务公开) plus any annual-report marker: never
   * rejected.
   */
  static boolean readsLikeReport(String text) {
    String key = SimplifiedKey.of(text).replaceAll("\\s+", "");
    if (!key.contains("信息公开") && !key.contains("政务公开")) {
      return false;
    }
    return REPORT_MARKERS.stream().anyMatch(key::contains);
  }

  /**
   * The kind of document when one of the first lines is the title of something other than a report
   * ({@code 关于…的通知}), before any report title; else {@code null}.
   */
  static String otherKind(List<String> lines) {
    int limit = Math.min(lines.size(), KIND_LINES);
    for (int i = 0; i < limit; i++) {
      String line = CharNormalizer.normalizeChars(lines.get(i)).replaceAll("[\\s《》“”\"]", "");
      if (MetadataExtractor.isReportTitle(line)) {
        return null;
      }
      if (TEMPLATE.matcher(line).find()) {
        return "格式模板";
      }
      Matcher m = OTHER_KIND.matcher(line);
      if (m.matches()
          && line.length() >= MIN_KIND_TITLE
          && !LinePatterns.hasSentencePunctuation(line)) {
        return m.group(1);
      }
    }
    return null;
  }
}
