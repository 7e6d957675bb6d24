package org.nianbao.generate;

import java.util.SplittableRandom;

/**
 * Generates synthetic annual reports for benchmarks: report {@code i} depends only on the seed and
 * {@code i}, so reports can be generated in any order, in parallel, and resumed. Each index maps to
 * its own (place, agency, year) ({@link ReportSpace}), so report ids never collide for up to {@link
 * #MAX_REPORTS} reports. Thread-safe.
 */
public final class CorpusGenerator {

  /**
   * The largest number of reports one seed can generate without repeating a (place, agency, year).
   */
  public static final int MAX_REPORTS = ReportSpace.SIZE;

  private static final double OLDER_FORMAT_SHARE = 0.5;
  private static final int LAST_OLDER_FORMAT_YEAR = 2018;

  private final long seed;
  private final ReportSpace space;
  private final SentenceBank bank;

  public CorpusGenerator(long seed) {
    this.seed = seed;
    this.space = new ReportSpace(seed);
    this.bank = SentenceBank.bundled();
  }

  /** Report number {@code index} (0 ≤ index < {@link #MAX_REPORTS}). */
  public GeneratedReport generate(long index) {
    ReportSpace.Slot slot = space.slot(index);
    Place place = Places.get(slot.place());
    String kind = Agencies.kind(slot.kind(), place);
    SplittableRandom rng = Mix.random(seed, index);
    String agency =
        rng.nextInt(100) < 3 && !place.cityLevel()
            ? place.prefecture() + place.county() + kind
            : place.name() + kind;
    ReportValues values = new ReportValues(place, kind, agency, slot.year());
    ReportComposer composer = new ReportComposer(bank, rng, values, new Terms(rng), slot.year());
    Draft.Title title = new Draft.Title(agency, slot.year() + "年", "政府信息公开工作年度报告", titleOrder(rng));
    boolean older = slot.year() <= LAST_OLDER_FORMAT_YEAR && rng.nextDouble() < OLDER_FORMAT_SHARE;
    Draft draft = older ? composer.older(title) : composer.standard(title);
    Damage.Result damaged = Damage.apply(draft, rng);
    ReportEncoding encoding = ReportEncoding.of(index);
    return new GeneratedReport(
        index,
        GeneratedReport.pathOf(index),
        agency,
        place.county(),
        slot.year(),
        older ? GeneratedReport.ReportFormat.OLDER : GeneratedReport.ReportFormat.STANDARD,
        draft.sectionTitles(),
        encoding,
        damaged.applied(),
        damaged.text(),
        encoding.encode(damaged.text()));
  }

  private static Draft.TitleOrder titleOrder(SplittableRandom rng) {
    int r = rng.nextInt(100);
    return r < 90
        ? Draft.TitleOrder.AGENCY_YEAR
        : r < 96 ? Draft.TitleOrder.YEAR_AGENCY : Draft.TitleOrder.YEAR_INSIDE;
  }
}
