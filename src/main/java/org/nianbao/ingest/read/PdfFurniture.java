package org.nianbao.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.ingest.read.PdfPageLayout.Row;

/**
 * Removes page furniture from laid-out PDF pages: page numbers ({@code - 3 -}, {@code 第 3 页},
 * {@code 3/5}) in the first or last two rows of a page, and header or footer rows that repeat
 * (digits aside) at the top or bottom of at least half of the pages (at least three).
 */
final class PdfFurniture {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^[-—–－_\\s]*(第\\s*)?\\d{1,4}\\s*(页)?(\\s*[/／]\\s*(共\\s*)?\\d{1,4}\\s*页?)?[-—–－_\\s]*$"
              + "|^(第\\s*\\d{1,4}\\s*页\\s*)?[，,]?\\s*共\\s*\\d{1,4}\\s*页$");
  private static final int EDGE_ROWS = 2;

  private PdfFurniture() {}

  /** The text of each page without furniture, one row per line. */
  static List<String> removeAndRender(List<List<Row>> pages) {
    Map<String, Integer> edgeCounts = new HashMap<>();
    for (List<Row> page : pages) {
      for (int i : edgeIndexes(page.size())) {
        edgeCounts.merge(key(page.get(i).text()), 1, Integer::sum);
      }
    }
    int repeatThreshold = Math.max(3, (pages.size() + 1) / 2);
    List<String> out = new ArrayList<>(pages.size());
    for (List<Row> page : pages) {
      List<Integer> edges = edgeIndexes(page.size());
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < page.size(); i++) {
        String text = page.get(i).text();
        if (edges.contains(i)
            && (isPageNumber(text) || edgeCounts.getOrDefault(key(text), 0) >= repeatThreshold)) {
          continue;
        }
        if (!sb.isEmpty()) {
          sb.append('\n');
        }
        sb.append(text);
      }
      out.add(sb.toString());
    }
    return out;
  }

  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(text.replace('\t', ' ').strip()).matches();
  }

  private static List<Integer> edgeIndexes(int size) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (i < EDGE_ROWS || i >= size - EDGE_ROWS) {
        out.add(i);
      }
    }
    return out;
  }

  private static String key(String text) {
    return text.replaceAll("\\d+", "#").replaceAll("\\s+", "");
  }
}
