package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parsing stage is linear in its input: pathological files (very many short unfinished lines,
 * one huge line, deep runs of headings and labels, long runs of numbers, brackets, spaces) of
 * 100,000 lines parse within a bound that quadratic work cannot meet (the first case took over two
 * minutes before line joining was made linear). An integration test (failsafe, in {@code verify}):
 * it parses 42 files of 100,000 lines.
 */
class ParsingTimeIT {
  private static final String TITLE = "某县人民政府2023年政府信息公开工作年度报告\n";
  private static final int N = 100_000;

  /**
   * Generous: each case parses in well under a second on a laptop; quadratic work takes minutes.
   */
  private static final long BOUND_MILLIS = 30_000;

  static Stream<Arguments> worstCases() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("many short unfinished lines", "政府\n".repeat(N));
    cases.put("short lines under a title", TITLE + "政府\n".repeat(N));
    cases.put("one huge line", TITLE + "政府".repeat(2 * N));
    cases.put("one huge line with spaces", TITLE + "政府 ".repeat(2 * N));
    cases.put("a run of section headings", TITLE + "一、总体情况\n".repeat(N));
    cases.put("a run of subsection labels", TITLE + "（一）政府\n".repeat(N));
    cases.put("deeply nested labels", TITLE + "一、政府\n（一）政府\n1.政府\n（1）政府\n①政府\n".repeat(N / 5));
    cases.put("a label then short fragments", TITLE + "一、" + "政府\n".repeat(N));
    cases.put("a row label then many number rows", TITLE + "政府\n" + "0 0 0\n".repeat(N));
    cases.put("prose ending in a number", TITLE + "政府， 1\n".repeat(N));
    cases.put("a heading then number-ended lines", TITLE + "一、 " + "政府 1\n".repeat(N));
    cases.put("table header rows", TITLE + "信息内容 本年 新制\n".repeat(N));
    cases.put("tab rows", TITLE + "a\tb\tc\n".repeat(N));
    cases.put("unbalanced brackets", TITLE + "（".repeat(2 * N) + "\n" + "(政府".repeat(N));
    cases.put("a long run of spaces", TITLE + "a" + " ".repeat(4 * N) + "b\n");
    cases.put("traditional characters", TITLE + "報告縣區\n".repeat(N));
    cases.put("closing brackets", TITLE + "政府" + "）".repeat(4 * N) + "\n政府\n");
    cases.put("digits and dots", TITLE + "1.".repeat(2 * N) + "\n" + "1".repeat(4 * N) + "\n");
    cases.put("parts, anchors and numbers", TITLE + "第一部分 总体情况\n政府信息公开\n0 0\n信息内容\n".repeat(N / 4));
    cases.put(
        "look-alike headings before a standard one", TITLE + "一、政府工作\n".repeat(N) + "一、总体情况\n");
    cases.put(
        "look-alike parts before a standard one", TITLE + "第一部分 政府工作\n".repeat(N) + "第一部分 总体情况\n");
    return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("worstCases")
  void pathological_text_parses_in_linear_time(String name, String text) {
    ReportParser parser = new ReportParser();
    long start = System.nanoTime();
    try {
      parser.parseText(name, text);
    } catch (ReportFileException e) {
      // rejected is fine (the first case is no report): what counts is that it came back
      assertThat(e.reason()).doesNotContain("\n");
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("%s: %d lines parsed in %d ms", name, N, millis).isLessThan(BOUND_MILLIS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("worstCases")
  void line_joining_keeps_every_character(String name, String text) {
    // the bounded checks of long lines must not lose text: the joined lines hold every non-space
    // character of the input pieces
    var pieces =
        text.lines()
            .filter(l -> !l.isBlank())
            .map(l -> new LineJoiner.Piece(l, LineJoiner.Kind.TEXT))
            .toList();
    long before = pieces.stream().mapToLong(p -> nonSpace(p.text())).sum();
    long after = LineJoiner.join(pieces).stream().mapToLong(p -> nonSpace(p.text())).sum();
    assertThat(after).isEqualTo(before);
  }

  private static long nonSpace(String s) {
    return s.chars().filter(c -> !Character.isWhitespace(c)).count();
  }
}
