package org.nianbao.search.lucene;

/**
 * The packed long keys of a section unit (section number, topic ordinal) and of a place (province,
 * city, county ordinals), with their parts: shared by the columns that number them ({@link
 * ReportColumns}) and the classes that read them; depends on nothing.
 */
final class Packed {
  private static final int BITS = 21;
  private static final long MASK = (1L << BITS) - 1;

  private Packed() {}

  /** A section unit: number and topic ordinal (-1: none). */
  static long unit(int number, int topic) {
    return ((long) number << 32) | (topic & 0xFFFFFFFFL);
  }

  static int number(long unit) {
    return (int) (unit >> 32);
  }

  static int topic(long unit) {
    return (int) unit;
  }

  /** A place: province, city and county global ordinals (-1: unknown); never 0. */
  static long place(int province, int city, int county) {
    return ((province + 1L) << (2 * BITS)) | ((city + 1L) << BITS) | (county + 1L) | 1L << 63;
  }

  /** The province ordinal of a packed place (-1: unknown). */
  static int province(long place) {
    return (int) ((place >>> (2 * BITS)) & MASK) - 1;
  }

  /** The city ordinal of a packed place (-1: unknown). */
  static int city(long place) {
    return (int) ((place >>> BITS) & MASK) - 1;
  }

  /** The county ordinal of a packed place (-1: unknown). */
  static int county(long place) {
    return (int) (place & MASK) - 1;
  }
}
