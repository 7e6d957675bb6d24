package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.web.ReportPage.Block;
import org.nianbao.web.ReportPage.SectionView;
import org.nianbao.web.ReportPage.Segment;

/**
 * Gives each plain table of a report page (not the statistics tables 表二/三/四, which have their own
 * captions) a distinct caption: its number on the page and the heading it stands under, e.g. {@code
 * 表格 2：（一）主动公开情况}; its anchor is {@code t{n}}.
 */
final class TableCaptions {
  private TableCaptions() {}

  static List<SectionView> caption(List<SectionView> sections) {
    int n = 0;
    List<SectionView> out = new ArrayList<>(sections.size());
    for (SectionView s : sections) {
      String under = s.label();
      List<Block> blocks = new ArrayList<>(s.blocks().size());
      for (Block b : s.blocks()) {
        if (b.heading()) {
          String heading = text(b.segments());
          under = heading.isEmpty() ? under : heading;
        } else if (b.table()) {
          n++;
          b =
              new Block(
                  b.kind(), "t" + n, b.segments(), b.rows(), b.stats(), "表格 " + n + "：" + under);
        }
        blocks.add(b);
      }
      out.add(
          new SectionView(
              s.number(), s.anchor(), s.label(), s.markCount(), blocks, s.page(), s.pageUrl()));
    }
    return out;
  }

  private static String text(List<Segment> segments) {
    return segments.stream().map(Segment::text).collect(Collectors.joining()).strip();
  }
}
