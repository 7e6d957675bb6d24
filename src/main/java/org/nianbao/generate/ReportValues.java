package org.nianbao.generate;

import java.util.SplittableRandom;

/** The values of template variables for one report (names of its agency and place, its year). */
final class ReportValues implements Template.Values {

  private final Place place;
  private final String agency;
  private final String shortName;
  private final String we;
  private final String self;
  private final int year;

  ReportValues(Place place, String kind, String agency, int year) {
    this.place = place;
    this.agency = agency;
    this.shortName = place.unit() + kind;
    this.we = Agencies.we(kind);
    this.self = Agencies.self(kind);
    this.year = year;
  }

  @Override
  public String value(Template.Var var, SplittableRandom rng) {
    return switch (var) {
      case AGENCY -> agency;
      case SHORT -> shortName;
      case COUNTY -> place.name();
      case STEM -> place.stem();
      case PREFECTURE -> place.prefecture();
      case PREFECTURE_STEM -> place.prefecture().substring(0, place.prefecture().length() - 1);
      case PROVINCE -> place.province();
      case PROVINCE_STEM -> provinceStem(place.province());
      case WE -> we;
      case SELF -> self;
      case YEAR -> Integer.toString(year);
      case YEAR_BEFORE -> Integer.toString(year - 1);
      case YEAR_AFTER -> Integer.toString(year + 1);
      case COUNT -> Integer.toString(count(rng));
      case CELL ->
          rng.nextInt(100) < 85
              ? "0"
              : Integer.toString(1 + rng.nextInt(rng.nextInt(10) == 0 ? 2000 : 30));
      case PHONE ->
          String.format(
              java.util.Locale.ROOT,
              "0%03d-%07d",
              310 + rng.nextInt(600),
              2_000_000 + rng.nextInt(7_000_000));
      case SLUG -> place.slug();
    };
  }

  private static String provinceStem(String province) {
    if (province.endsWith("省")) {
      return province.substring(0, province.length() - 1);
    }
    return province.startsWith("内蒙古") ? "内蒙古" : province.substring(0, 2);
  }

  private static int count(SplittableRandom rng) {
    int r = rng.nextInt(10);
    if (r < 2) {
      return rng.nextInt(10);
    }
    if (r < 8) {
      return 10 + rng.nextInt(90);
    }
    return 100 + rng.nextInt(900);
  }
}
