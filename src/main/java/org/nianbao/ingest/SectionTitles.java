package org.nianbao.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known section titles: the six parts of the 2021 format (国办公开办函〔2021〕30号), titles used by older
 * reports, and statistics-table row labels that look like headings but never are. The one home of
 * the standard titles ({@link #STANDARD}; the web labels sections with them).
 */
public final class SectionTitles {
  private SectionTitles() {}

  /** Dropped from comparison keys (besides whitespace). */
  private static final String IGNORED_CHARS = "、，,和及与的";

  /** Dropped from the end of comparison keys. */
  private static final String TRAILING_CHARS = "：:。.";

  private static final int MAX_TITLE_CHARS = 40;

  /** The six standard parts of the 2021 format, numbered 1–6. */
  public static final List<String> STANDARD =
      List.of(
          "总体情况",
          "主动公开政府信息情况",
          "收到和处理政府信息公开申请情况",
          "政府信息公开行政复议、行政诉讼情况",
          "存在的主要问题及改进情况",
          "其他需要报告的事项");

  private static final Map<String, Integer> STANDARD_KEYS =
      Map.of(
          key(STANDARD.get(0)), 1,
          key(STANDARD.get(1)), 2,
          key(STANDARD.get(2)), 3,
          key(STANDARD.get(3)), 4,
          key(STANDARD.get(4)), 5,
          key(STANDARD.get(5)), 6);

  /** Titles of older (2019 and pre-2019) formats; recognised, but numbered as written. */
  private static final Set<String> OLDER_KEYS =
      Set.of(
          key("概述"),
          key("基本情况"),
          key("依申请公开政府信息情况"),
          key("依申请公开情况"),
          key("政府信息公开申请情况"),
          key("政府信息公开的收费及减免情况"),
          key("收费及减免情况"),
          key("因政府信息公开申请行政复议、提起行政诉讼的情况"),
          key("政府信息公开行政复议、行政诉讼和申诉情况"),
          key("政府信息公开工作存在的主要问题及改进情况"),
          key("存在的主要问题及改进措施"),
          key("政府信息公开咨询处理情况"),
          key("其他需要报告的事项"));

  /** Rows of the 三 statistics table written like headings (一、本年新收… 四、结转下年度…). */
  private static final List<String> TABLE_ROW_LABELS =
      List.of("本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "结转下年度继续办理");

  /** The standard title of part {@code number} (1–6) of the 2021 format, else empty. */
  public static String standardTitle(int number) {
    return number >= 1 && number <= STANDARD.size() ? STANDARD.get(number - 1) : "";
  }

  /** Standard number 1–6 for a 2021-format title (tolerating 、和及的 and spaces), else 0. */
  static int standardNumber(String title) {
    return STANDARD_KEYS.getOrDefault(key(title), 0);
  }

  /** A standard or older known section title (the whole line, optional trailing colon). */
  static boolean isKnownTitle(String line) {
    String k = key(line);
    return STANDARD_KEYS.containsKey(k) || OLDER_KEYS.contains(k);
  }

  /** A statistics-table row label such as 结转下年度继续办理. */
  static boolean isTableRowLabel(String title) {
    String k = key(title);
    return TABLE_ROW_LABELS.stream().anyMatch(label -> k.startsWith(key(label)));
  }

  /**
   * Comparison key: simplified characters ({@link SimplifiedKey}: 總體情況 → 总体情况), without spaces,
   * 、，和及与的 and a trailing colon.
   */
  static String key(String title) {
    if (title.length() > MAX_TITLE_CHARS) {
      return "";
    }
    StringBuilder k = new StringBuilder(title.length());
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c == '資' && i + 1 < title.length() && title.charAt(i + 1) == '訊') {
        k.append("信息"); // Taiwan usage: 政府資訊公開
        i++;
        continue;
      }
      c = SimplifiedKey.of(c);
      if (!Character.isWhitespace(c) && IGNORED_CHARS.indexOf(c) < 0) {
        k.append(c);
      }
    }
    int end = k.length();
    while (end > 0 && TRAILING_CHARS.indexOf(k.charAt(end - 1)) >= 0) {
      end--;
    }
    return k.substring(0, end);
  }
}
