package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.web.ReportPage.Block;
import org.nianbao.web.ReportPage.Cell;
import org.nianbao.web.ReportPage.Match;
import org.nianbao.web.ReportPage.SectionView;
import org.nianbao.web.ReportPage.Segment;

/**
 * Numbers the highlighted matches a report page shows, in reading order ({@code m1}, {@code m2} …,
 * for the "上一处 / 下一处" links), and counts them per section. A match cut by a line break counts once;
 * matches inside raw table lines that a rendered statistics table replaced are not shown and not
 * counted.
 */
final class MatchNumbers {
  private final int total;
  private int next = 1;
  private boolean afterMark;
  private String sectionAnchor;

  private MatchNumbers(int total) {
    this.total = total;
  }

  /** {@code sections} with their matches numbered and {@code markCount} set to what is shown. */
  static List<SectionView> number(List<SectionView> sections) {
    MatchNumbers counter = new MatchNumbers(0);
    sections.forEach(counter::section);
    MatchNumbers numbers = new MatchNumbers(counter.next - 1);
    return sections.stream().map(numbers::section).toList();
  }

  private SectionView section(SectionView s) {
    int first = next;
    sectionAnchor = s.firstMatchAnchor();
    afterMark = false;
    List<Block> blocks = new ArrayList<>();
    for (Block b : s.blocks()) {
      List<List<Cell>> rows = new ArrayList<>();
      for (List<Cell> row : b.rows()) {
        rows.add(row.stream().map(c -> new Cell(segments(c.segments()), c.numeric())).toList());
      }
      if (b.statTable()) {
        afterMark = false;
      }
      blocks.add(
          new Block(b.kind(), b.anchor(), segments(b.segments()), rows, b.stats(), b.caption()));
    }
    return new SectionView(
        s.number(), s.anchor(), s.label(), next - first, blocks, s.page(), s.pageUrl());
  }

  private List<Segment> segments(List<Segment> in) {
    List<Segment> out = new ArrayList<>(in.size());
    for (Segment seg : in) {
      if (!seg.marked()) {
        afterMark = false;
        out.add(seg);
        continue;
      }
      boolean counts = seg.startsMark() || !afterMark;
      afterMark = true;
      if (!counts) {
        out.add(new Segment(seg.text(), true, false, null));
        continue;
      }
      Match match = total == 0 ? null : new Match(next, total, sectionAnchor);
      sectionAnchor = null;
      next++;
      out.add(new Segment(seg.text(), true, true, match));
    }
    return out;
  }
}
