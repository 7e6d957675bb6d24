package org.nianbao.search.lucene.query;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.search.QueryException;
import org.nianbao.search.query.QueryNode;

/**
 * The value of a year field: {@code 2019}, {@code 2019年}, {@code 2019..2021} (also {@code -},
 * {@code ~}, {@code 至}, {@code 到}), open {@code 2019..} / {@code ..2021}, or Lucene's {@code [2019
 * TO 2021]} with {@code {}} for exclusive bounds and {@code *} for open ones.
 */
final class YearSyntax {
  private YearSyntax() {}

  private static final Pattern SPAN =
      Pattern.compile("(\\d{4})?\\s*(?:\\.\\.|\\.{3}|-|~|—|至|到)\\s*(\\d{4})?");
  private static final Pattern BRACKETS =
      Pattern.compile("([\\[{])\\s*(\\d{4}|\\*)\\s+(?i:TO)\\s+(\\d{4}|\\*)\\s*([\\]}])");

  /**
   * The inclusive range {@code {from, to}} written in {@code value}, swapped when reversed (a
   * notice says so).
   *
   * @throws QueryException when {@code value} is not a year or year range
   */
  static int[] parse(String field, String value, List<String> notices) throws QueryException {
    String v = value.replace("年", "").strip();
    int from;
    int to;
    Matcher m;
    if (v.matches("\\d{4}")) {
      from = to = Integer.parseInt(v);
    } else if ((m = SPAN.matcher(v)).matches() && (m.group(1) != null || m.group(2) != null)) {
      from = m.group(1) == null ? QueryNode.MIN_YEAR : Integer.parseInt(m.group(1));
      to = m.group(2) == null ? QueryNode.MAX_YEAR : Integer.parseInt(m.group(2));
    } else if ((m = BRACKETS.matcher(v)).matches()) {
      from =
          m.group(2).equals("*")
              ? QueryNode.MIN_YEAR
              : Integer.parseInt(m.group(2)) + (m.group(1).equals("{") ? 1 : 0);
      to =
          m.group(3).equals("*")
              ? QueryNode.MAX_YEAR
              : Integer.parseInt(m.group(3)) - (m.group(4).equals("}") ? 1 : 0);
    } else {
      throw new QueryException("年份写法不对：「" + field + ":" + value + "」，请写成 年份:2019 或 年份:2019..2021");
    }
    if (from < QueryNode.MIN_YEAR || to < QueryNode.MIN_YEAR) {
      throw new QueryException("年份写法不对：「" + field + ":" + value + "」，年份应为四位数字");
    }
    if (from > to) {
      if (v.startsWith("{") || v.endsWith("}")) {
        throw new QueryException("年份范围「" + field + ":" + value + "」中没有任何年份");
      }
      notices.add("年份范围「" + value + "」前后颠倒，已按 " + to + ".." + from + " 检索");
      return new int[] {to, from};
    }
    return new int[] {from, to};
  }
}
