package org.nianbao.search.lucene;

/**
 * Which sections of a report form the unit a report-level query is evaluated on: those whose number
 * is in {@code numbers} and whose topic (global ordinal of {@code section_topic}, -1 for none) is
 * in {@code topics}; {@code null} does not restrict, an empty array matches no section.
 */
record SectionUnit(int[] numbers, int[] topics) {
  /** Every section. */
  static final SectionUnit ALL = new SectionUnit(null, null);

  /** Whether every section is in the unit. */
  boolean all() {
    return numbers == null && topics == null;
  }

  /** Whether a section numbered {@code number} with topic {@code topic} is in the unit. */
  boolean ok(int number, int topic) {
    return in(numbers, number) && in(topics, topic);
  }

  /** Whether section document {@code doc} of {@code l} is in the unit. */
  boolean ok(ReportColumns.Leaf l, int doc) {
    return ok(l.section(doc), l.topic(doc));
  }

  /** The unit of the sections numbered {@code number} (and of this unit's topics). */
  SectionUnit number(int number) {
    return new SectionUnit(new int[] {number}, topics);
  }

  /** The unit of the sections with topic {@code topic} (and of this unit's numbers). */
  SectionUnit topic(int topic) {
    return new SectionUnit(numbers, new int[] {topic});
  }

  /** Whether {@code value} is in {@code allowed} ({@code null}: no restriction). */
  static boolean in(int[] allowed, int value) {
    if (allowed == null) {
      return true;
    }
    for (int a : allowed) {
      if (a == value) {
        return true;
      }
    }
    return false;
  }
}
