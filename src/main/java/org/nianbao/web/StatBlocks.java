package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.ingest.Section;
import org.nianbao.web.ReportPage.Block;
import org.nianbao.web.ReportPage.Kind;
import org.nianbao.web.ReportPage.Segment;

/**
 * Replaces the raw lines of a statistics table in a section's blocks by the table rendered from its
 * numbers; the prose around it stays. The raw table is the run of table-like blocks (table rows, or
 * short lines without sentence punctuation) that starts at the first block naming one of the
 * table's header words.
 */
final class StatBlocks {
  private static final List<String> HEADER_WORDS =
      List.of(
          "信息内容",
          "本年制发件数",
          "本年新制作数量",
          "上一年项目数量",
          "申请人情况",
          "自然人",
          "本年新收政府信息公开申请数量",
          "结果维持",
          "结果纠正",
          "尚未审结",
          "未经复议直接起诉");
  private static final int MAX_TABLE_LINE = 60;

  private StatBlocks() {}

  /** Which table a section holds, like the extractor: by its title, else by its number. */
  static String tableKey(Section s) {
    String title = s.title() == null ? "" : s.title();
    if (title.contains("主动公开")) {
      return "active";
    }
    if (title.contains("复议") || title.contains("诉讼")) {
      return "reviews";
    }
    if (title.contains("申请")) {
      return "requests";
    }
    return switch (s.number()) {
      case 2 -> "active";
      case 3 -> "requests";
      case 4 -> "reviews";
      default -> null;
    };
  }

  /** {@code blocks} with the raw table replaced by {@code view} (appended when not found). */
  static List<Block> replace(List<Block> blocks, StatTableView view) {
    Block stats = new Block(Kind.STATS, view.id(), List.of(), List.of(), view);
    int start = -1;
    for (int i = 0; i < blocks.size() && start < 0; i++) {
      if (blocks.get(i).kind() == Kind.TABLE
          || (tableLike(blocks.get(i)) && header(blocks.get(i)))) {
        start = i;
      }
    }
    List<Block> out = new ArrayList<>(blocks.size());
    if (start < 0) {
      out.addAll(blocks);
      out.add(stats);
      return out;
    }
    int end = start;
    while (end < blocks.size() && tableLike(blocks.get(end))) {
      end++;
    }
    out.addAll(blocks.subList(0, start));
    out.add(stats);
    out.addAll(blocks.subList(end, blocks.size()));
    return out;
  }

  private static boolean tableLike(Block b) {
    if (b.kind() == Kind.TABLE) {
      return true;
    }
    if (b.kind() != Kind.PARAGRAPH) {
      return false;
    }
    String t = text(b);
    return t.length() <= MAX_TABLE_LINE && !t.contains("。") && !t.contains("；");
  }

  private static boolean header(Block b) {
    String t = text(b).replaceAll("\\s+", "");
    return HEADER_WORDS.stream().anyMatch(t::contains);
  }

  private static String text(Block b) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : b.segments()) {
      sb.append(s.text());
    }
    return sb.toString();
  }
}
