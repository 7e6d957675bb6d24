package org.nianbao.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.ingest.BundledCorpus;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;

/**
 * Paragraphs, subsection titles and statistics tables harvested from the bundled sample reports, as
 * {@link Template}s grouped by {@link Topic}. Prose comes from the parsed (repaired) sections 0, 一,
 * 五 and 六; the tables of 二, 三 and 四 are kept as the raw lines of the sample file, with the
 * extraction damage they already carry (vertical headers, tab rows, one cell per line, page
 * footers). Immutable once built; {@link #bundled()} builds it once per JVM.
 */
final class SentenceBank {

  /** How a sample file lays out its tables (and, by extension, its prose). */
  enum Layout {
    /** PDF extraction: hard-wrapped lines, blank lines between, vertical table headers. */
    PDF,
    /** Word to text: one paragraph per line, table rows separated by tabs. */
    TAB_ROWS,
    /** Word to text: one table cell per tab-indented line, no blank lines. */
    CELLS
  }

  /** The raw table lines of sections 二, 三 and 四 of one sample. */
  record Tables(
      Layout layout,
      int year,
      List<Template> active,
      List<Template> requests,
      List<Template> appeals) {}

  private static final Pattern SUBHEADING =
      Pattern.compile("^[（(]([一二三四五六七八九十]{1,2})[）)]\\s*(.*)$");
  private static final Pattern SENTENCE_PUNCT = Pattern.compile("[，。；：,;:]");
  private static final int MAX_HEADING_CHARS = 40;

  private final Map<Topic, List<Template>> paragraphs = new EnumMap<>(Topic.class);
  private final Map<Topic, List<Template>> titles = new EnumMap<>(Topic.class);
  private final Map<Topic, List<Template>> sentences = new EnumMap<>(Topic.class);
  private final List<Tables> tables = new ArrayList<>();

  private SentenceBank() {
    for (Topic t : Topic.values()) {
      paragraphs.put(t, new ArrayList<>());
      titles.put(t, new ArrayList<>());
    }
  }

  private static final class Holder {
    static final SentenceBank BUNDLED = harvest();
  }

  /** The bank built from the bundled samples ({@link BundledCorpus}). */
  static SentenceBank bundled() {
    return Holder.BUNDLED;
  }

  List<Template> paragraphs(Topic topic) {
    return paragraphs.get(topic);
  }

  /** All sentences of the topic's paragraphs that read on their own (at least 8 characters). */
  List<Template> sentences(Topic topic) {
    return sentences.get(topic);
  }

  List<Template> titles(Topic topic) {
    return titles.get(topic);
  }

  List<Tables> tables() {
    return tables;
  }

  private static SentenceBank harvest() {
    SentenceBank bank = new SentenceBank();
    ReportParser parser = new ReportParser();
    for (String name : BundledCorpus.fileNames()) {
      try {
        byte[] bytes = BundledCorpus.read(name);
        Report report = parser.parseBytes("corpus/" + name, bytes);
        String raw =
            new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
        bank.add(report, raw);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled sample " + name, e);
      } catch (ReportFileException e) {
        throw new IllegalStateException("bundled sample does not parse: " + e.getMessage(), e);
      }
    }
    bank.paragraphs.replaceAll((t, list) -> List.copyOf(list));
    for (Topic t : Topic.values()) {
      bank.sentences.put(
          t,
          bank.paragraphs.get(t).stream()
              .flatMap(p -> p.sentences().stream())
              .filter(s -> s.text().length() >= 8)
              .distinct()
              .toList());
    }
    bank.titles.replaceAll((t, list) -> List.copyOf(list.stream().distinct().toList()));
    return bank;
  }

  private void add(Report report, String raw) {
    Template.Names names = names(report);
    for (Section s : report.sections()) {
      switch (s.number()) {
        case 0 -> addPreamble(s, names);
        case 1 -> addHeaded(s, names, Topic.OVERVIEW_INTRO, Topic::ofOverviewHeading);
        case 5 -> addHeaded(s, names, Topic.PROBLEMS_GENERAL, Topic::ofProblemsHeading);
        case 6 -> addHeaded(s, names, null, Topic::ofOtherHeading);
        default -> {}
      }
    }
    addTables(raw, report.year() == null ? 2021 : report.year());
  }

  private static Template.Names names(Report r) {
    String county = r.county();
    String agency = r.agency();
    Place place =
        county == null
            ? null
            : Places.all().stream().filter(p -> county.equals(p.county())).findFirst().orElse(null);
    String shortName = null;
    String stem = null;
    if (county != null
        && agency != null
        && agency.startsWith(county)
        && agency.length() > county.length()) {
      shortName = county.substring(county.length() - 1) + agency.substring(county.length());
      stem = county.substring(0, county.length() - 1);
    }
    return new Template.Names(
        agency,
        shortName,
        county,
        stem,
        place == null ? null : place.prefecture(),
        place == null ? null : place.province(),
        r.year() == null ? 2021 : r.year());
  }

  private void addPreamble(Section s, Template.Names names) {
    for (String line : s.text().split("\n")) {
      Topic topic =
          line.contains("统计期限")
              ? Topic.PREAMBLE_PERIOD
              : line.contains("包括") || line.contains("组成")
                  ? Topic.PREAMBLE_SCOPE
                  : line.contains("本报告") && line.contains("编制") ? Topic.PREAMBLE_SOURCE : null;
      if (topic != null) {
        paragraphs.get(topic).add(Template.prose(line, names));
      }
    }
  }

  private void addHeaded(
      Section s,
      Template.Names names,
      Topic first,
      java.util.function.Function<String, Topic> classify) {
    Topic current = first;
    for (String line : s.text().split("\n")) {
      Matcher m = SUBHEADING.matcher(line);
      if (m.matches()) {
        String rest = m.group(2).strip();
        Topic topic = classify.apply(rest);
        boolean heading =
            !SENTENCE_PUNCT.matcher(rest).find() && rest.length() <= MAX_HEADING_CHARS;
        if (heading) {
          current = topic;
          if (topic != null && topic != first) {
            titles.get(topic).add(Template.prose(rest, names));
          }
          continue;
        }
        line = rest; // a labelled paragraph: （一）依据…，本年度未收取信息处理费;
        if (topic != null) {
          current = topic;
        }
      }
      if (current != null && isParagraph(line)) {
        paragraphs.get(current).add(Template.prose(line, names));
      }
    }
  }

  /** Whole sentences only: no labels alone, no "无", no table-like fragments. */
  private static boolean isParagraph(String line) {
    return line.length() >= 12 && SENTENCE_PUNCT.matcher(line).find();
  }

  private void addTables(String raw, int year) {
    List<String> lines = List.of(raw.split("\n", -1));
    int two = find(lines, "二、主动公开政府信息情况", 0);
    int three = find(lines, "三、收到和处理政府信息公开申请情况", two + 1);
    int four = find(lines, "四、政府信息公开行政复议", three + 1);
    int five = find(lines, "五、", four + 1);
    if (two < 0 || three < 0 || four < 0 || five < 0) {
      return;
    }
    tables.add(
        new Tables(
            layout(raw),
            year,
            block(lines, two, three),
            block(lines, three, four),
            block(lines, four, five)));
  }

  private static int find(List<String> lines, String prefix, int from) {
    if (from < 0) {
      return -1;
    }
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Template> block(List<String> lines, int heading, int next) {
    int from = heading + 1;
    int to = next;
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    return lines.subList(from, to).stream().map(Template::tableLine).toList();
  }

  private static Layout layout(String raw) {
    if (Pattern.compile("(?m)^\\t+[^\\t\\n]+$").matcher(raw).find()) {
      return Layout.CELLS;
    }
    return raw.indexOf('\t') >= 0 ? Layout.TAB_ROWS : Layout.PDF;
  }
}
