package org.nianbao.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.stats.CrossYearChecks;
import org.nianbao.stats.Measure;
import org.nianbao.stats.Statistics;
import org.nianbao.stats.StatisticsExtractor;

/** Builds the {@link ComparePage} of two reports. */
final class ComparePages {
  private ComparePages() {}

  static ComparePage build(Report a, Report b) {
    boolean swap = a.year() != null && b.year() != null && a.year() > b.year();
    Report earlier = swap ? b : a;
    Report later = swap ? a : b;
    Statistics e = StatisticsExtractor.extract(earlier);
    Statistics l = StatisticsExtractor.extract(later);
    List<ComparePage.MeasureRow> rows = new ArrayList<>();
    for (Measure m : Measure.values()) {
      Integer x = m.of(e);
      Integer y = m.of(l);
      if (x == null && y == null) {
        continue;
      }
      rows.add(new ComparePage.MeasureRow(m.label(), text(x), text(y), change(x, y)));
    }
    boolean consecutive =
        earlier.year() != null && later.year() != null && later.year() == earlier.year() + 1;
    List<String> checks = consecutive ? CrossYearChecks.check(e, l) : List.of();
    return new ComparePage(
        title(earlier),
        Links.reportPath(earlier.id()),
        earlier.year(),
        title(later),
        Links.reportPath(later.id()),
        later.year(),
        rows,
        checks,
        consecutive,
        sections(earlier, later));
  }

  private static String title(Report r) {
    return r.title() == null || r.title().isBlank() ? r.id() : r.title();
  }

  private static String text(Integer v) {
    return v == null ? "—" : v.toString();
  }

  private static String change(Integer x, Integer y) {
    if (x == null || y == null) {
      return "—";
    }
    int d = y - x;
    String abs = (d > 0 ? "+" : "") + d;
    return x == 0 ? abs : abs + String.format(Locale.ROOT, "（%+.1f%%）", 100.0 * d / x);
  }

  /**
   * Per section of the later report: its sentences, marked when the earlier report has them
   * verbatim.
   */
  private static List<ComparePage.SectionShare> sections(Report earlier, Report later) {
    Set<String> before = new HashSet<>();
    for (Section s : earlier.sections()) {
      before.addAll(sentences(s.text()));
    }
    List<ComparePage.SectionShare> out = new ArrayList<>();
    for (Section s : later.sections()) {
      List<String> sentences = sentences(s.text());
      if (sentences.isEmpty()) {
        continue;
      }
      List<ComparePage.Sentence> text = new ArrayList<>();
      int unchanged = 0;
      for (String t : sentences) {
        boolean same = before.contains(t);
        unchanged += same ? 1 : 0;
        text.add(new ComparePage.Sentence(t, same));
      }
      String share = String.format(Locale.ROOT, "%.0f%%", 100.0 * unchanged / sentences.size());
      out.add(
          new ComparePage.SectionShare(
              SectionNames.label(s.number(), s.title()), sentences.size(), unchanged, share, text));
    }
    return out;
  }

  /**
   * Sentences: text up to 。！？； or a line end, whitespace removed; blanks and bare numbers dropped.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        flush(cur, out);
        continue;
      }
      if (!Character.isWhitespace(c) && c != '\u3000') {
        cur.append(c);
      }
      if (c == '。' || c == '！' || c == '？' || c == '；') {
        flush(cur, out);
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    String s = cur.toString();
    cur.setLength(0);
    if (s.codePoints().anyMatch(Character::isLetter)) {
      out.add(s);
    }
  }
}
