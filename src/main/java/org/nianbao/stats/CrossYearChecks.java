package org.nianbao.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The consistency checks between two consecutive years of one agency: last year's 结转下年度 equals this
 * year's 上年结转 (every applicant column), and last year's 现行有效 + this year's 制发 − 废止 equals this
 * year's 现行有效 (规章 and 行政规范性文件, 2021 format). Pure: two {@link Statistics} in, failed checks out as
 * one-line Chinese messages.
 */
public final class CrossYearChecks {
  private CrossYearChecks() {}

  /** The failed checks between {@code previous} (year − 1) and {@code current}. */
  public static List<String> check(Statistics previous, Statistics current) {
    List<String> failed = new ArrayList<>();
    if (previous.requests() != null && current.requests() != null) {
      for (String column : TableFormats.APPLICANTS) {
        Integer forward = previous.requests().intCell(TableFormats.CARRIED_FORWARD, column);
        Integer over = current.requests().intCell(TableFormats.CARRIED_OVER, column);
        if (forward != null && over != null && !forward.equals(over)) {
          failed.add("「" + column + "」列：上一年度结转下年度为" + forward + "，但本年度上年结转为" + over);
        }
      }
    }
    if ("2021".equals(previous.format()) && "2021".equals(current.format())) {
      for (String row : List.of("规章", "行政规范性文件")) {
        Integer before = previous.active().intCell(row, "现行有效件数");
        Integer issued = current.active().intCell(row, "本年制发件数");
        Integer repealed = current.active().intCell(row, "本年废止件数");
        Integer now = current.active().intCell(row, "现行有效件数");
        if (before != null
            && issued != null
            && repealed != null
            && now != null
            && before + issued - repealed != now) {
          failed.add(
              "「"
                  + row
                  + "」：上一年度现行有效"
                  + before
                  + "件，加本年制发"
                  + issued
                  + "件、减本年废止"
                  + repealed
                  + "件应为"
                  + (before + issued - repealed)
                  + "件，但本年度现行有效为"
                  + now
                  + "件");
        }
      }
    }
    return failed;
  }
}
