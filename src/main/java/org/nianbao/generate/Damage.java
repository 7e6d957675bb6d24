package org.nianbao.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Writes a {@link Draft} as text the way PDF/Word-to-text extraction leaves real reports, applying
 * a seeded choice of {@link DamageKind}s: hard-wrapped lines with blank lines between, page
 * footers, stray spaces, broken or decorated titles, label variants, Word bookmarks, CRLF. The
 * statistics tables keep the raw lines (and damage) of the sample they came from. Only damage the
 * parser repairs is used; lines are never broken where the parser would see a new block (a label, a
 * table anchor, a number). Not thread-safe: one instance per report.
 */
final class Damage {

  /** The damaged text and the damage applied. */
  record Result(String text, Set<DamageKind> applied) {}

  private static final String CN = "〇一二三四五六七八九十";
  private static final String[] CN_YEAR_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final Pattern UNSAFE_LINE_START =
      Pattern.compile(
          "^(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(〔【《“]|\\d|[\\u2460-\\u2473]|第|信息内容|申请人情况|行政复议"
              + "|未经复议|本列数据|无|暂无|没有|略|[\\s：:，,。.、；;）)”》！？])");
  private static final Pattern DIGIT_BEFORE_HAN = Pattern.compile("(?<=\\d)(?=\\p{IsHan})");
  private static final Pattern HAN_BEFORE_DIGIT = Pattern.compile("(?<=\\p{IsHan})(?=\\d)");

  private final SplittableRandom rng;
  private final Set<DamageKind> on = EnumSet.noneOf(DamageKind.class);
  private final StringBuilder out = new StringBuilder(16_384);
  private final int wrapWidth;
  private final int pageLines;
  private final String footerFormat;
  private int linesOnPage;
  private int page = 1;
  private boolean firstParagraph = true;

  private Damage(SentenceBank.Layout layout, SplittableRandom rng, int year) {
    this.rng = rng;
    boolean pdf = layout == SentenceBank.Layout.PDF;
    maybe(DamageKind.HARD_WRAP, pdf ? 1 : 0);
    maybe(DamageKind.BLANK_LINES, pdf ? 0.85 : layout == SentenceBank.Layout.TAB_ROWS ? 1 : 0);
    maybe(DamageKind.PAGE_FOOTERS, pdf ? 0.6 : 0);
    maybe(DamageKind.NUMBER_SPACES, pdf ? 0.5 : 0.05);
    maybe(DamageKind.STRAY_SPACES, 0.25);
    maybe(DamageKind.IDEOGRAPHIC_INDENT, pdf ? 0 : 0.4);
    maybe(DamageKind.LEADING_SPACES, pdf ? 0.2 : 0);
    maybe(DamageKind.BOOKMARK, layout == SentenceBank.Layout.CELLS ? 0.6 : 0.05);
    if (!maybe(DamageKind.AGENCY_LINE, 0.15)) {
      maybe(DamageKind.TITLE_SPLIT, 0.2);
    }
    maybe(DamageKind.TITLE_SPACES, 0.3);
    maybe(DamageKind.TITLE_DUPLICATE_WORD, 0.08);
    if (!maybe(DamageKind.FULL_WIDTH_YEAR, 0.05)) {
      // 二〇二〇 would lose its repeated half to the parser's duplicated-word repair
      maybe(DamageKind.CHINESE_YEAR, year % 100 == year / 100 ? 0 : 0.03);
    }
    maybe(DamageKind.LEADING_BLANK_LINES, 0.3);
    maybe(DamageKind.HALF_WIDTH_LABELS, 0.2);
    if (!maybe(DamageKind.DOT_LABELS, 0.1)) {
      // 第五部分 存在的主要问题及改进情况 is as wide as a wrapped line: only safe in wrapped files
      maybe(DamageKind.PART_LABELS, pdf ? 0.06 : 0);
    }
    maybe(DamageKind.CRLF, 0.1);
    wrapWidth = 2 * (30 + rng.nextInt(11));
    pageLines = 26 + rng.nextInt(10);
    footerFormat = List.of("- %d -", "— %d —", "－ %d －").get(rng.nextInt(3));
  }

  /** Renders {@code draft}; the layout of its tables decides the style of the prose. */
  static Result apply(Draft draft, SplittableRandom rng) {
    SentenceBank.Layout layout = draft.layout();
    Damage d = new Damage(layout, rng, Integer.parseInt(draft.title().year().substring(0, 4)));
    if (draft.blocks().stream().anyMatch(b -> b.kind() == Draft.Kind.TABLE)) {
      d.on.add(
          switch (layout) {
            case PDF -> DamageKind.VERTICAL_HEADERS;
            case TAB_ROWS -> DamageKind.TAB_ROWS;
            case CELLS -> DamageKind.CELL_LINES;
          });
    }
    d.title(draft.title());
    for (Draft.Block b : draft.blocks()) {
      switch (b.kind()) {
        case HEADING -> d.line(d.headingLabel(b.number()) + b.text());
        case SUBHEADING ->
            d.line(
                d.has(DamageKind.HALF_WIDTH_LABELS)
                    ? "(" + numeral(b.number()) + ")" + b.text()
                    : "（" + numeral(b.number()) + "）" + b.text());
        case PARAGRAPH -> d.paragraph(b.text());
        case TABLE -> d.table(b.lines());
      }
    }
    String text = d.out.toString();
    if (d.has(DamageKind.CRLF)) {
      text = text.replace("\n", "\r\n");
    }
    return new Result(text, Collections.unmodifiableSet(d.on));
  }

  private boolean maybe(DamageKind kind, double p) {
    if (p > 0 && rng.nextDouble() < p) {
      on.add(kind);
      return true;
    }
    return false;
  }

  private boolean has(DamageKind kind) {
    return on.contains(kind);
  }

  private void title(Draft.Title t) {
    if (has(DamageKind.LEADING_BLANK_LINES)) {
      out.append(rng.nextBoolean() ? "\n" : " \n\n");
    }
    String year = year(t.year());
    String spacedYear = has(DamageKind.TITLE_SPACES) ? " " + year.replace("年", " 年") : year;
    String rest =
        has(DamageKind.TITLE_DUPLICATE_WORD)
            ? t.rest().replace("政府信息公开工作", rng.nextBoolean() ? "政府信息公开 公开工作" : "政府信息公开公开工作")
            : t.rest();
    if (t.order() == Draft.TitleOrder.AGENCY_YEAR && has(DamageKind.AGENCY_LINE)) {
      line(t.agency());
      line(year + rest);
      return;
    }
    on.remove(DamageKind.AGENCY_LINE);
    if (t.order() == Draft.TitleOrder.YEAR_INSIDE) {
      on.remove(DamageKind.TITLE_DUPLICATE_WORD);
    }
    String title =
        switch (t.order()) {
          case AGENCY_YEAR -> t.agency() + spacedYear + rest;
          case YEAR_AGENCY -> year + t.agency() + rest;
          case YEAR_INSIDE -> t.agency() + t.rest().replace("年度报告", year + "度报告");
        };
    int at = has(DamageKind.TITLE_SPLIT) ? titleBreak(title, t.agency().length() / 2) : -1;
    if (at > 0) {
      line(title.substring(0, at));
      line(title.substring(at));
    } else {
      on.remove(DamageKind.TITLE_SPLIT);
      line(title);
    }
  }

  /** A place between two CJK characters after {@code from} and before 报告, or -1. */
  private int titleBreak(String title, int from) {
    for (int attempt = 0; attempt < 12; attempt++) {
      int at = from + rng.nextInt(Math.max(1, title.length() - 3 - from));
      if (at > 0 && isHan(title.charAt(at - 1)) && isHan(title.charAt(at))) {
        return at;
      }
    }
    return -1;
  }

  private String year(String year) {
    String digits = year.substring(0, 4);
    if (has(DamageKind.FULL_WIDTH_YEAR)) {
      StringBuilder sb = new StringBuilder();
      digits.chars().forEach(c -> sb.append((char) (c - '0' + '０')));
      return sb + "年";
    }
    if (has(DamageKind.CHINESE_YEAR)) {
      StringBuilder sb = new StringBuilder();
      digits.chars().forEach(c -> sb.append(CN_YEAR_DIGITS[c - '0']));
      return sb + "年";
    }
    return digits + "年";
  }

  private String headingLabel(int number) {
    if (has(DamageKind.PART_LABELS)) {
      return "第" + numeral(number) + "部分 ";
    }
    if (has(DamageKind.DOT_LABELS)) {
      return numeral(number) + (rng.nextBoolean() ? ". " : "．");
    }
    return numeral(number) + "、";
  }

  private void paragraph(String text) {
    String p = text;
    if (has(DamageKind.NUMBER_SPACES) && rng.nextBoolean()) {
      p = HAN_BEFORE_DIGIT.matcher(DIGIT_BEFORE_HAN.matcher(p).replaceAll(" ")).replaceAll(" ");
    }
    if (has(DamageKind.STRAY_SPACES) && rng.nextInt(6) == 0) {
      p = straySpace(p);
    }
    if (has(DamageKind.IDEOGRAPHIC_INDENT)) {
      p = "\u3000\u3000" + p;
    }
    if (firstParagraph && has(DamageKind.BOOKMARK)) {
      p = "[bookmark: _GoBack]" + p;
    }
    firstParagraph = false;
    if (!has(DamageKind.HARD_WRAP)) {
      line(p);
      return;
    }
    for (String physical : wrap(p)) {
      line(has(DamageKind.LEADING_SPACES) && rng.nextInt(12) == 0 ? " " + physical : physical);
    }
  }

  private String straySpace(String p) {
    for (int attempt = 0; attempt < 8; attempt++) {
      int at = 1 + rng.nextInt(Math.max(1, p.length() - 2));
      if (at < p.length() && isHan(p.charAt(at - 1)) && isHan(p.charAt(at))) {
        return p.substring(0, at) + " " + p.substring(at);
      }
    }
    return p;
  }

  /** Breaks a paragraph into lines of about {@link #wrapWidth} display columns at safe places. */
  private List<String> wrap(String p) {
    List<String> lines = new ArrayList<>();
    int lastPunct = lastSentencePunct(p);
    java.util.regex.Matcher unsafe = UNSAFE_LINE_START.matcher(p);
    int start = 0;
    while (true) {
      int end = start;
      int width = 0;
      while (end < p.length() && width + width(p.charAt(end)) <= wrapWidth) {
        width += width(p.charAt(end));
        end++;
      }
      if (end >= p.length()) {
        break;
      }
      int cut = -1;
      for (int b = end; b > start + 4 && b >= end - 6; b--) {
        if (safeBreak(p, b, lastPunct, unsafe)) {
          cut = b;
          break;
        }
      }
      for (int b = end + 1; cut < 0 && b < p.length() && b <= end + 6; b++) {
        if (safeBreak(p, b, lastPunct, unsafe)) {
          cut = b;
        }
      }
      if (cut < 0) {
        break;
      }
      lines.add(p.substring(start, cut));
      start = cut;
    }
    lines.add(p.substring(start));
    return lines;
  }

  /**
   * A line may break before {@code at} when both neighbours are wide characters, the next line does
   * not start like a new block and the rest of the paragraph still has sentence punctuation.
   */
  private static boolean safeBreak(
      String p, int at, int lastPunct, java.util.regex.Matcher unsafe) {
    char before = p.charAt(at - 1);
    char after = p.charAt(at);
    if (!isWideChar(before) || !isWideChar(after) || before == '\u3000' || lastPunct < at) {
      return false;
    }
    unsafe.region(at, p.length());
    return !unsafe.lookingAt();
  }

  private static int lastSentencePunct(String p) {
    for (int i = p.length() - 1; i >= 0; i--) {
      if ("，。；：、,;:！？".indexOf(p.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private void table(List<String> lines) {
    for (String raw : lines) {
      out.append(raw).append('\n');
    }
    out.append('\n');
    linesOnPage += lines.size() / 2;
  }

  /** One physical line, then a blank line and a page footer when due. */
  private void line(String text) {
    out.append(text).append('\n');
    if (has(DamageKind.BLANK_LINES)) {
      out.append('\n');
    }
    if (has(DamageKind.PAGE_FOOTERS) && ++linesOnPage >= pageLines) {
      linesOnPage = 0;
      page++;
      out.append('\n')
          .append(String.format(java.util.Locale.ROOT, footerFormat, page))
          .append("\n\n");
    }
  }

  static String numeral(int n) {
    if (n <= 10) {
      return String.valueOf(CN.charAt(n));
    }
    return "十" + CN.charAt(n - 10);
  }

  private static int width(char c) {
    return isWideChar(c) ? 2 : 1;
  }

  private static boolean isWideChar(char c) {
    return isHan(c)
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF)
        || c == '“'
        || c == '”';
  }

  private static boolean isHan(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';
  }
}
