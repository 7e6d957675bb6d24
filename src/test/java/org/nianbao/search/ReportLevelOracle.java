package org.nianbao.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.search.query.QueryNode;
import org.nianbao.search.query.Scope;

/**
 * The report-level search contract computed by brute force over plain strings, independent of the
 * index, the analyzers and the production folding (it has its own tiny fold table).
 *
 * <ul>
 *   <li>The unit of a report is its title, agency and all its sections; with a section filter, only
 *       the selected sections, the title and agency counting as part of section 0 (the preamble). A
 *       report with none of the selected sections is not a candidate.
 *   <li>A phrase matches a text after folding (traditional→simplified, full→half width, case) as
 *       the index sees it: Han characters written together must be adjacent; between a Han
 *       character and a letter/digit word, or around a space in the phrase, only non-letters may
 *       stand (possibly none); letter/digit words match as whole words. A phrase never spans two
 *       texts (title, agency, one section).
 *   <li>Near: both phrases in one text with at most N characters between them, either order.
 *   <li>Field scopes look only at the title, agency or place; a year range at the report year.
 *   <li>Listed sections: the unit's sections holding a leaf phrase or proximity that stands under
 *       an even number of negations (section 0 holds the title and agency too).
 *   <li>Facets: county, agency and year count matching reports under the other facets' filters,
 *       reports without a value under 未识别 (which can be selected); the section facet counts, for
 *       each section number, the reports that match when the unit is that section alone (exactly
 *       what selecting only that section would return), the topic facet likewise for the sections
 *       of one topic (a section without topic: 未识别); each keeps the other's selection.
 *   <li>A topic filter, like a section filter, restricts the unit to the sections of the selected
 *       topics (a section passes when it passes both).
 * </ul>
 */
public final class ReportLevelOracle {
  private ReportLevelOracle() {}

  /** A report as plain strings; section numbers map to section texts (0 = preamble). */
  public record Doc(
      String id,
      String title,
      String agency,
      String county,
      String place,
      Integer year,
      SortedMap<Integer, String> sections,
      Map<Integer, String> topics) {
    public Doc {
      sections = new TreeMap<>(sections);
      topics = Map.copyOf(topics);
    }

    /** A report whose sections have no topic. */
    public Doc(
        String id,
        String title,
        String agency,
        String county,
        String place,
        Integer year,
        SortedMap<Integer, String> sections) {
      this(id, title, agency, county, place, year, sections, Map.of());
    }

    /** The topic of section {@code number}, or 未识别. */
    public String topic(int number) {
      return topics.getOrDefault(number, UNKNOWN);
    }
  }

  /** Shown for a missing value; selects the reports (sections) without one. */
  public static final String UNKNOWN = "未识别";

  /** The year selection value for reports without a year. */
  public static final int UNKNOWN_YEAR = 0;

  /** Facet selections; empty sets do not filter. */
  public record Filters(
      Set<String> counties,
      Set<String> agencies,
      Set<Integer> years,
      Set<Integer> sections,
      Set<String> topics) {
    public Filters(
        Set<String> counties, Set<String> agencies, Set<Integer> years, Set<Integer> sections) {
      this(counties, agencies, years, sections, Set.of());
    }

    public static Filters none() {
      return new Filters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }
  }

  /** Which sections of a report form the unit. */
  public interface Unit {
    boolean contains(Doc d, int section);
  }

  /** The unit of a section-number filter (empty: every section). */
  public static Unit numbers(Set<Integer> sections) {
    return (d, s) -> sections.isEmpty() || sections.contains(s);
  }

  /** The unit of a section-number and a topic filter. */
  public static Unit unit(Set<Integer> sections, Set<String> topics) {
    return (d, s) ->
        (sections.isEmpty() || sections.contains(s))
            && (topics.isEmpty() || topics.contains(d.topic(s)));
  }

  private static String known(String v) {
    return v == null ? UNKNOWN : v;
  }

  /** Matching report ids (sorted), the number of listed sections, facet counts by dimension. */
  public record Expected(
      List<String> hits, long listedSections, Map<String, Map<String, Long>> facets) {}

  // ---- the whole result ----

  /** The expected result of {@code query} ({@code null} = browse) over {@code docs}. */
  public static Expected expected(List<Doc> docs, QueryNode query, Filters f) {
    Set<String> hits = new TreeSet<>();
    long listed = 0;
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    for (String dim : List.of("county", "agency", "year", "section", "topic")) {
      facets.put(dim, new TreeMap<>());
    }
    Unit unit = unit(f.sections(), f.topics());
    for (Doc d : docs) {
      String year = d.year() == null ? UNKNOWN : String.valueOf(d.year());
      boolean c = f.counties().isEmpty() || f.counties().contains(known(d.county()));
      boolean a = f.agencies().isEmpty() || f.agencies().contains(known(d.agency()));
      boolean y =
          f.years().isEmpty() || f.years().contains(d.year() == null ? UNKNOWN_YEAR : d.year());
      if (c && a && y) {
        for (int s : sectionNumbers(d)) {
          Unit one = unit(Set.of(s), f.topics());
          if (matches(d, query, one)) {
            facets.get("section").merge(String.valueOf(s), 1L, Long::sum);
          }
        }
        for (String t : sectionNumbers(d).stream().map(d::topic).distinct().toList()) {
          if (matches(d, query, unit(f.sections(), Set.of(t)))) {
            facets.get("topic").merge(t, 1L, Long::sum);
          }
        }
      }
      if (!matches(d, query, unit)) {
        continue;
      }
      if (a && y) {
        facets.get("county").merge(known(d.county()), 1L, Long::sum);
      }
      if (c && y) {
        facets.get("agency").merge(known(d.agency()), 1L, Long::sum);
      }
      if (c && a) {
        facets.get("year").merge(year, 1L, Long::sum);
      }
      if (c && a && y) {
        hits.add(d.id());
        listed += listedSections(d, query, unit).size();
      }
    }
    return new Expected(List.copyOf(hits), listed, facets);
  }

  // ---- one report ----

  /** Whether {@code d} matches {@code q} ({@code null} = everything) with the section filter. */
  public static boolean matches(Doc d, QueryNode q, Set<Integer> sectionFilter) {
    return matches(d, q, numbers(sectionFilter));
  }

  /**
   * Whether {@code d} matches {@code q} ({@code null} = everything) on the sections of {@code u}.
   */
  public static boolean matches(Doc d, QueryNode q, Unit u) {
    List<Integer> unit = sections(d, u);
    if (unit.isEmpty()) {
      return false;
    }
    return q == null || eval(q, d, unit);
  }

  /** The sections of the unit holding a positive phrase or proximity, in order. */
  public static List<Integer> listedSections(Doc d, QueryNode q, Set<Integer> sectionFilter) {
    return listedSections(d, q, numbers(sectionFilter));
  }

  /** The sections of unit {@code u} holding a positive phrase or proximity, in order. */
  public static List<Integer> listedSections(Doc d, QueryNode q, Unit u) {
    List<QueryNode> positive = new ArrayList<>();
    if (q != null) {
      positiveLeaves(q, true, positive);
    }
    List<Integer> out = new ArrayList<>();
    for (int s : sections(d, u)) {
      if (positive.stream().anyMatch(leaf -> holds(leaf, d, List.of(s)))) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Integer> sectionNumbers(Doc d) {
    Set<Integer> all = new TreeSet<>(d.sections().keySet());
    all.add(0);
    return List.copyOf(all);
  }

  private static List<Integer> sections(Doc d, Unit u) {
    return sectionNumbers(d).stream().filter(s -> u.contains(d, s)).toList();
  }

  private static void positiveLeaves(QueryNode q, boolean positive, List<QueryNode> out) {
    switch (q) {
      case QueryNode.And a -> a.children().forEach(c -> positiveLeaves(c, positive, out));
      case QueryNode.Or o -> o.children().forEach(c -> positiveLeaves(c, positive, out));
      case QueryNode.Not n -> positiveLeaves(n.child(), !positive, out);
      case QueryNode.Phrase p -> {
        if (positive) {
          out.add(p);
        }
      }
      case QueryNode.Near n -> {
        if (positive) {
          out.add(n);
        }
      }
      case QueryNode.Field f -> {}
      case QueryNode.YearRange y -> {}
    }
  }

  private static boolean eval(QueryNode q, Doc d, List<Integer> unit) {
    return switch (q) {
      case QueryNode.And a -> a.children().stream().allMatch(c -> eval(c, d, unit));
      case QueryNode.Or o -> o.children().stream().anyMatch(c -> eval(c, d, unit));
      case QueryNode.Not n -> !eval(n.child(), d, unit);
      case QueryNode.YearRange y -> d.year() != null && y.from() <= d.year() && d.year() <= y.to();
      case QueryNode.Field f -> leafIn(f.child(), scopeText(d, f.scope()));
      case QueryNode.Phrase p -> holds(p, d, unit);
      case QueryNode.Near n -> holds(n, d, unit);
    };
  }

  /** A phrase or proximity in any text of the given sections. */
  private static boolean holds(QueryNode leaf, Doc d, List<Integer> sections) {
    for (int s : sections) {
      for (String text : texts(d, s)) {
        if (leafIn(leaf, text)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> texts(Doc d, int section) {
    List<String> out = new ArrayList<>();
    if (section == 0) {
      out.add(d.title());
      out.add(d.agency());
    }
    out.add(d.sections().get(section));
    return out;
  }

  private static String scopeText(Doc d, Scope scope) {
    return switch (scope) {
      case TITLE -> d.title();
      case AGENCY -> d.agency();
      case PLACE -> d.place();
    };
  }

  private static boolean leafIn(QueryNode leaf, String text) {
    if (text == null) {
      return false;
    }
    return switch (leaf) {
      case QueryNode.Phrase p -> contains(text, p.text());
      case QueryNode.Near n -> near(text, n.first().text(), n.second().text(), n.distance());
      default -> throw new IllegalArgumentException("not a text leaf: " + leaf);
    };
  }

  // ---- text matching ----

  /** Traditional→simplified pairs for the characters the test corpora use. */
  private static final String PAIRS =
      "並并動动務务問问報报夠够帳帐復复據据時时東东條条況况測测為为無无發发眾众統统網网編编縣县總总臺台與与"
          + "處处號号計计訊讯訟讼訴诉試试請请議议資资進进過过開开項项題题體体區区機机關关國国會会";

  /** The oracle's fold: full-width ASCII and the ideographic space, case, {@link #PAIRS}. */
  public static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFEE0);
      } else if (c == 0x3000) {
        c = ' ';
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      int k = PAIRS.indexOf(c);
      if (k >= 0 && k % 2 == 0) {
        c = PAIRS.charAt(k + 1);
      }
      sb.append(c);
    }
    return sb.toString();
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
  }

  static boolean isWord(int cp) {
    return !isHan(cp) && Character.isLetterOrDigit(cp);
  }

  /** Whether the folded {@code text} contains the folded {@code phrase}, by the rules above. */
  public static boolean contains(String text, String phrase) {
    return CONTAINS
        .computeIfAbsent(phrase, k -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(
            text,
            t ->
                PATTERNS
                    .computeIfAbsent(phrase, ReportLevelOracle::pattern)
                    .matcher(FOLDED.computeIfAbsent(t, ReportLevelOracle::fold))
                    .find());
  }

  /**
   * Memos of the pure {@link #contains}, {@link #pattern} and {@link #fold} (the oracle asks the
   * same questions many times).
   */
  private static final Map<String, Map<String, Boolean>> CONTAINS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Map<String, Pattern> PATTERNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

  /** Both phrases in {@code text} with at most {@code distance} characters between them. */
  public static boolean near(String text, String a, String b, int distance) {
    String t = fold(text);
    List<int[]> as = occurrences(t, pattern(a));
    List<int[]> bs = occurrences(t, pattern(b));
    for (int[] x : as) {
      for (int[] y : bs) {
        int gap =
            x[1] <= y[0]
                ? t.codePointCount(x[1], y[0])
                : y[1] <= x[0] ? t.codePointCount(y[1], x[0]) : 0;
        if (gap <= distance) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<int[]> occurrences(String t, Pattern p) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    int from = 0;
    while (from <= t.length() && m.find(from)) {
      out.add(new int[] {m.start(), m.end()});
      from = m.start() + 1;
    }
    return out;
  }

  private static final String WORD_CHAR = "[\\p{L}\\p{N}&&[^\\p{IsHan}]]";
  private static final String SEPARATORS = "[^\\p{L}\\p{N}]*";

  /** A regex for {@code phrase}: see the class comment. */
  static Pattern pattern(String phrase) {
    String p = fold(phrase);
    StringBuilder re = new StringBuilder();
    int i = 0;
    int prevEnd = -1;
    boolean prevHan = false;
    while (i < p.length()) {
      int cp = p.codePointAt(i);
      if (isHan(cp)) {
        if (prevEnd >= 0 && !(prevHan && prevEnd == i)) {
          re.append(SEPARATORS);
        }
        re.append(Pattern.quote(new String(Character.toChars(cp))));
        i += Character.charCount(cp);
        prevEnd = i;
        prevHan = true;
      } else if (isWord(cp)) {
        int end = i;
        while (end < p.length() && isWord(p.codePointAt(end))) {
          end += Character.charCount(p.codePointAt(end));
        }
        if (prevEnd >= 0) {
          re.append(SEPARATORS);
        }
        re.append("(?<!")
            .append(WORD_CHAR)
            .append(")")
            .append(Pattern.quote(p.substring(i, end)))
            .append("(?!")
            .append(WORD_CHAR)
            .append(")");
        i = end;
        prevEnd = end;
        prevHan = false;
      } else {
        i += Character.charCount(cp);
      }
    }
    if (prevEnd < 0) {
      throw new IllegalArgumentException("nothing searchable in " + phrase);
    }
    return Pattern.compile(re.toString());
  }
}
