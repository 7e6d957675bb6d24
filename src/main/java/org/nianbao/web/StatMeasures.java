package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.search.ReportNumbers;
import org.nianbao.stats.Measure;

/**
 * What the 数据 page can total: every {@link Measure} (a sum) and the correction rates (纠正率: the sum
 * of 结果纠正 over the sum of 总计, as a percentage).
 *
 * @param key the {@code measure} parameter
 * @param numerator measure key summed
 * @param denominator measure key of the rate's base, or {@code null} for a plain sum
 */
record StatMeasures(String key, String label, String numerator, String denominator) {
  static final String DEFAULT = Measure.NEW_REQUESTS.key();

  static final List<StatMeasures> ALL = all();

  private static List<StatMeasures> all() {
    List<StatMeasures> all = new ArrayList<>();
    for (Measure m : Measure.values()) {
      all.add(new StatMeasures(m.key(), m.label(), m.key(), null));
    }
    all.add(
        new StatMeasures("review_correction_rate", "行政复议纠正率", "review_corrected", "review_total"));
    all.add(
        new StatMeasures(
            "litigation_correction_rate", "行政诉讼纠正率", "litigation_corrected", "litigation_total"));
    return List.copyOf(all);
  }

  /** The measure named by the parameter; unknown names are a 400. */
  static StatMeasures parse(String key) {
    if (key == null || key.isBlank()) {
      key = DEFAULT;
    }
    for (StatMeasures m : ALL) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    throw HttpProblem.badRequest("参数 measure 不是已知的统计项：" + SearchParams.abbreviate(key));
  }

  boolean rate() {
    return denominator != null;
  }

  /** Whether {@code n} has what this measure needs. */
  boolean has(ReportNumbers n) {
    return n.values().containsKey(numerator)
        && (denominator == null || n.values().containsKey(denominator));
  }

  /** Running totals of one group. */
  static final class Total {
    long numerator;
    long denominator;
    long reports;

    void add(StatMeasures m, ReportNumbers n) {
      numerator += n.values().get(m.numerator);
      if (m.denominator != null) {
        denominator += n.values().get(m.denominator);
      }
      reports++;
    }

    /** The sum, or the rate in percent ({@code NaN} when the base is 0). */
    double value(StatMeasures m) {
      return m.rate()
          ? (denominator == 0 ? Double.NaN : 100.0 * numerator / denominator)
          : numerator;
    }
  }

  /** {@code value} as shown: an integer, or a percentage with one decimal ({@code —} for none). */
  String format(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    return rate()
        ? String.format(java.util.Locale.ROOT, "%.1f%%", value)
        : Long.toString((long) value);
  }
}
