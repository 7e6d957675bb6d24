package org.nianbao.search.lucene;

import org.nianbao.search.Facet;

/** What a counting pass ({@link CountingCollector}) counts besides the totals. */
enum CountPart {
  AGENCIES,
  PLACES,
  YEARS,
  /** Section numbers and topics (and the section total), counted apart for report queries. */
  SECTIONS;

  /** The part that dimension {@code dim}'s list is made from. */
  static CountPart of(Facet dim) {
    return switch (dim) {
      case AGENCY -> AGENCIES;
      case COUNTY, PROVINCE, CITY, PLACE -> PLACES;
      case YEAR -> YEARS;
      case SECTION, TOPIC -> SECTIONS;
    };
  }
}
