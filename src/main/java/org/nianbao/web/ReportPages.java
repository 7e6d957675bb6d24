package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.Subsection;
import org.nianbao.ingest.read.OriginalFiles;
import org.nianbao.search.Mark;
import org.nianbao.search.MarkedReport;
import org.nianbao.stats.ConsistencyChecks;
import org.nianbao.stats.StatTable;
import org.nianbao.stats.Statistics;
import org.nianbao.stats.StatisticsExtractor;
import org.nianbao.web.ReportPage.Block;
import org.nianbao.web.ReportPage.SectionView;
import org.nianbao.web.ReportPage.TocEntry;

/** Turns a {@link MarkedReport} into a {@link ReportPage}. */
final class ReportPages {
  private ReportPages() {}

  /**
   * @param back the search state the reader came from (query and filters), for the way back
   */
  static ReportPage build(MarkedReport marked, String query, Links back) {
    return build(marked, query, back, List.of());
  }

  /**
   * @param otherYears the same agency's reports of other years
   */
  static ReportPage build(
      MarkedReport marked, String query, Links back, List<ReportPage.OtherYear> otherYears) {
    return build(marked, query, back, otherYears, marked.report().source());
  }

  /**
   * @param originalPath where the report's file was indexed ({@code SearchService#originalPath}):
   *     the page links to the original only while it is there
   */
  static ReportPage build(
      MarkedReport marked,
      String query,
      Links back,
      List<ReportPage.OtherYear> otherYears,
      String originalPath) {
    Report r = marked.report();
    Map<Integer, List<Mark>> marks = marked.marks() == null ? Map.of() : marked.marks();
    String original =
        OriginalFiles.present(originalPath, r.contentHash())
            ? Links.reportPath(r.id()) + "/original"
            : null;
    List<SectionView> sections = new ArrayList<>();
    List<TocEntry> toc = new ArrayList<>();
    int total = 0;
    Statistics stats = statistics(marked);
    List<String> checks = ConsistencyChecks.check(r, stats);
    java.util.Set<String> placed = new java.util.HashSet<>();
    for (Section s : r.sections()) {
      String text = s.text() == null ? "" : s.text();
      if (s.number() == 0 && text.isBlank()) {
        continue;
      }
      List<Mark> sectionMarks = marks.getOrDefault(s.number(), List.of());
      List<String> anchors = new ArrayList<>();
      List<Block> blocks = ReportText.blocks(s, sectionMarks, anchors);
      String key = StatBlocks.tableKey(s);
      StatTable table = key == null ? null : table(stats, key);
      if (table != null && placed.add(key)) {
        blocks = StatBlocks.replace(blocks, StatTables.view(key, table, checks, stats.warnings()));
      }
      int count = ReportText.normalise(sectionMarks, text.length()).size();
      String anchor = "s" + s.number();
      String label = SectionNames.label(s.number(), s.title());
      String pageUrl = original == null || s.page() == null ? null : original + "#page=" + s.page();
      sections.add(new SectionView(s.number(), anchor, label, count, blocks, s.page(), pageUrl));
      toc.add(new TocEntry(label, anchor, children(s, anchors)));
    }
    sections = TableCaptions.caption(MatchNumbers.number(sections));
    total = sections.stream().mapToInt(SectionView::markCount).sum();
    boolean fromSearch = !back.params().isEmpty();
    return new ReportPage(
        r.id(),
        r.title() == null || r.title().isBlank() ? r.id() : r.title(),
        SearchPages.meta(r.agency(), r.county(), r.year()),
        r.agency(),
        r.county(),
        r.year(),
        fileName(r.source()),
        query,
        total,
        fromSearch ? back.search() : "/",
        fromSearch ? "返回搜索结果" : "返回首页",
        query.isBlank() ? null : Links.reportPath(r.id()),
        toc,
        sections,
        original,
        otherYears);
  }

  /** The statistics stored with the report, else (an older index) read from its text. */
  static Statistics statistics(MarkedReport marked) {
    return marked.statistics() != null
        ? marked.statistics()
        : StatisticsExtractor.extract(marked.report());
  }

  private static StatTable table(Statistics stats, String key) {
    return switch (key) {
      case "active" -> stats.active();
      case "requests" -> stats.requests();
      default -> stats.reviews();
    };
  }

  private static List<TocEntry> children(Section s, List<String> anchors) {
    List<TocEntry> children = new ArrayList<>();
    List<Subsection> subs = s.subsections();
    for (int k = 1; k <= subs.size(); k++) {
      String anchor = ReportText.anchor(s.number(), k);
      if (anchors.contains(anchor)) {
        Subsection sub = subs.get(k - 1);
        String title = sub.title() == null ? "" : sub.title().strip();
        children.add(
            new TocEntry((sub.label() == null ? "" : sub.label()) + title, anchor, List.of()));
      }
    }
    return children;
  }

  /** Only the file name of the source: the rest of a local path is nobody's business. */
  static String fileName(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(cut + 1);
  }
}
