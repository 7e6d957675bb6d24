package org.nianbao.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the PDF page where each section starts: the first page, from the previous section's page
 * on, whose text holds the section's heading ({@code 一、总体情况}, else the title alone); whitespace is
 * ignored. The preamble starts on page 1.
 */
final class SectionPages {

  private static final String NUMERALS = "一二三四五六七八九十";

  private SectionPages() {}

  static List<Section> assign(List<Section> sections, List<String> pages) {
    List<String> keys = new ArrayList<>(pages.size());
    for (String page : pages) {
      keys.add(key(page));
    }
    List<Section> out = new ArrayList<>(sections.size());
    int from = 0;
    for (Section s : sections) {
      if (s.number() == 0) {
        out.add(s.withPage(1));
        continue;
      }
      int page = find(keys, from, numeral(s.number()) + key(s.title()));
      if (page < 0) {
        page = find(keys, from, key(s.title()));
      }
      if (page >= 0) {
        from = page;
        out.add(s.withPage(page + 1));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static int find(List<String> keys, int from, String needle) {
    if (needle.isEmpty()) {
      return -1;
    }
    for (int p = from; p < keys.size(); p++) {
      if (keys.get(p).contains(needle)) {
        return p;
      }
    }
    return -1;
  }

  private static String numeral(int n) {
    return n >= 1 && n <= NUMERALS.length() ? NUMERALS.charAt(n - 1) + "、" : "";
  }

  private static String key(String text) {
    return CharNormalizer.normalizeChars(text).replaceAll("[\\s\\u3000]+", "");
  }
}
