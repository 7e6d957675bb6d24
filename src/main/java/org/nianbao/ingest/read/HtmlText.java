package org.nianbao.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an HTML element as text: block elements and {@code <br>} end lines; each table row is one
 * line of tab-separated cells on the table's grid ({@code colspan} adds empty cells after the cell,
 * {@code rowspan} leaves empty cells below it); {@code &nbsp;} padding becomes spaces.
 */
final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "section",
          "article",
          "blockquote",
          "pre",
          "center",
          "header",
          "main",
          "aside",
          "address",
          "figure",
          "caption",
          "tbody",
          "thead",
          "tfoot",
          "hr");
  private static final int MAX_SPAN = 100;

  private HtmlText() {}

  static String render(Element root) {
    StringBuilder sb = new StringBuilder();
    walk(root, sb);
    return sb.toString()
        .replace('\u00a0', ' ')
        .replaceAll("[ \\u3000]*\\n[ \\u3000\\n]*", "\n")
        .strip();
  }

  private static void walk(Node node, StringBuilder sb) {
    if (node instanceof TextNode t) {
      sb.append(t.getWholeText().replaceAll("[\\r\\n]+", " "));
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("table")) {
      newline(sb);
      for (List<String> row : rows(e)) {
        sb.append(String.join("\t", row)).append('\n');
      }
      return;
    }
    if (tag.equals("br")) {
      sb.append('\n');
      return;
    }
    boolean block = BLOCKS.contains(tag);
    if (block) {
      newline(sb);
    }
    for (Node child : e.childNodes()) {
      walk(child, sb);
    }
    if (block) {
      newline(sb);
    }
  }

  private static void newline(StringBuilder sb) {
    if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
  }

  /** The rows of a table on its grid, nested tables flattened into their cell. */
  static List<List<String>> rows(Element table) {
    List<List<String>> out = new ArrayList<>();
    Map<Integer, Integer> pendingRows = new HashMap<>(); // column -> rows still covered
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      int col = 0;
      for (Element cell : tr.children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        while (pendingRows.getOrDefault(col, 0) > 0) {
          cells.add("");
          pendingRows.merge(col, -1, Integer::sum);
          col++;
        }
        cells.add(cellText(cell));
        int colspan = span(cell.attr("colspan"));
        int rowspan = span(cell.attr("rowspan"));
        for (int i = 0; i < colspan; i++) {
          if (i > 0) {
            cells.add("");
          }
          if (rowspan > 1) {
            pendingRows.put(col, rowspan - 1);
          }
          col++;
        }
      }
      while (pendingRows.getOrDefault(col, 0) > 0) {
        cells.add("");
        pendingRows.merge(col, -1, Integer::sum);
        col++;
      }
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        out.add(cells);
      }
    }
    return out;
  }

  private static String cellText(Element cell) {
    StringBuilder sb = new StringBuilder();
    walk(cell, sb);
    return WordText.joinCellLines(
            sb.toString().replace('\u00a0', ' ').replaceAll("\\s*\\n\\s*", ""))
        .replaceAll("\\s+", " ");
  }

  private static int span(String value) {
    try {
      return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
