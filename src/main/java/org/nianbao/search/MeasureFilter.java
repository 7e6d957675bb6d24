package org.nianbao.search;

import org.nianbao.stats.Measure;

/**
 * A statistics measure to filter and/or sort the results by ({@code measure=new_requests&min=10},
 * {@code sort=measure}): reports whose table is unreadable have no value, are excluded by a range
 * and sorted last.
 *
 * @param key the measure's public name ({@link Measure#key()}), e.g. {@code review_total}
 * @param min the smallest value kept (inclusive), or {@code null} for no lower bound
 * @param max the largest value kept (inclusive), or {@code null} for no upper bound
 * @param ascending with {@link SortOrder#MEASURE}: smallest first (default: largest first)
 */
public record MeasureFilter(String key, Integer min, Integer max, boolean ascending) {

  /** Whether a range is set (reports without the value are then excluded). */
  public boolean restricts() {
    return min != null || max != null;
  }

  /** The measure, or {@code null} when the key is unknown. */
  public Measure measure() {
    return Measure.byKey(key);
  }

  /** Whether {@code value} (null: the report has none) passes the range. */
  public boolean accepts(Integer value) {
    if (!restricts()) {
      return true;
    }
    return value != null && (min == null || value >= min) && (max == null || value <= max);
  }

  /** Checks the key and the range; a one-line Chinese message otherwise. */
  public MeasureFilter checked() throws QueryException {
    if (measure() == null) {
      throw new QueryException("未知的统计项：" + key + "（可用：" + keys() + "）");
    }
    if (min != null && max != null && min > max) {
      throw new QueryException("统计项范围有误：最小值 " + min + " 大于最大值 " + max);
    }
    return this;
  }

  /** The accepted keys, comma-separated. */
  public static String keys() {
    StringBuilder sb = new StringBuilder();
    for (Measure m : Measure.values()) {
      sb.append(sb.isEmpty() ? "" : "、").append(m.key());
    }
    return sb.toString();
  }
}
