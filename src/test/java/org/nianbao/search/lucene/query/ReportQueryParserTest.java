package org.nianbao.search.lucene.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.search.QueryException;
import org.nianbao.search.query.ParsedQuery;
import org.nianbao.search.query.QueryNode;
import org.nianbao.search.query.QueryNode.And;
import org.nianbao.search.query.QueryNode.Field;
import org.nianbao.search.query.QueryNode.Near;
import org.nianbao.search.query.QueryNode.Not;
import org.nianbao.search.query.QueryNode.Or;
import org.nianbao.search.query.QueryNode.Phrase;
import org.nianbao.search.query.QueryNode.YearRange;
import org.nianbao.search.query.RandomQueries;
import org.nianbao.search.query.Scope;

class ReportQueryParserTest {

  /** Input, canonical query text (empty = browse), notices joined by " / ". */
  static Stream<String[]> cases() {
    return Stream.of(
        new String[][] {
          {"微信公众号", "微信公众号", ""},
          {"微信公众号 抖音", "微信公众号 抖音", ""},
          {"抖音 OR 微信号", "抖音 OR 微信号", ""},
          {"抖音|微信号", "抖音 OR 微信号", ""},
          {"抖音｜微博", "抖音 OR 微博", ""},
          {"微信公众号 -抖音", "微信公众号 -抖音", ""},
          {"微信公众号 NOT 抖音", "微信公众号 -抖音", ""},
          {"行政復議", "行政復議", ""},
          {"ＡＢＣ１２３", "ABC123", ""},
          {"「微信 公众号」", "\"微信 公众号\"", ""},
          {"\"政务   新媒体\"", "\"政务 新媒体\"", ""},
          {"a | b c | d", "(a OR b) (c OR d)", ""},
          {"(微信 OR 抖音) -(微博 公众号)", "(微信 OR 抖音) -(微博 公众号)", ""},
          {"（微信　OR　抖音）　－微博", "(微信 OR 抖音) -微博", ""},
          {"x OR (-a)", "x OR (-a)", ""},
          {"a OR -b", "a -b", ""},
          {"-(-a)", "a", ""},
          {"-抖音", "-抖音", ""},
          {"-a -b", "-a -b", ""},
          {"-(a b)", "-(a b)", ""},
          {"a AND b OR c", "a (b OR c)", ""},
          {"标题:微信", "标题:微信", ""},
          {"标题：微信公众号", "标题:微信公众号", ""},
          {"TITLE:微信", "标题:微信", ""},
          {"title:(微信 OR 抖音)", "标题:微信 OR 标题:抖音", ""},
          {"-机构:\"财政 局\"", "-机构:\"财政 局\"", ""},
          {"机构:-财政局", "-机构:财政局", ""},
          {"地区：金乡县", "地区:金乡县", ""},
          {"place:(\"金乡县\" -鱼台县)", "地区:金乡县 -地区:鱼台县", ""},
          {"年份:2019..2021", "年份:2019..2021", ""},
          {"年份:2019-2021", "年份:2019..2021", ""},
          {"年份：2019年", "年份:2019", ""},
          {"年份:2019..", "年份:2019..", ""},
          {"年份:..2021", "年份:..2021", ""},
          {"year:[2019 TO 2021]", "年份:2019..2021", ""},
          {"year:{2018 TO 2022}", "年份:2019..2021", ""},
          {"year:[2019 TO *]", "年份:2019..", ""},
          {"年度:2020", "年份:2020", ""},
          {"-年份:2020", "-年份:2020", ""},
          {"年份:2021..2019", "年份:2019..2021", "年份范围「2021..2019」前后颠倒，已按 2019..2021 检索"},
          {"\"微信 抖音\"~20", "\"微信 抖音\"~20", ""},
          {"“微信 抖音”～20", "\"微信 抖音\"~20", ""},
          {"标题:\"微信 抖音\"~5", "标题:\"微信 抖音\"~5", ""},
          {"\"微信\"~5", "微信", "邻近检索「\"微信\"~5」需要引号里恰好两个词，已按短语检索"},
          {"\"a b c\"~5", "\"a b c\"", "邻近检索「\"a b c\"~5」需要引号里恰好两个词，已按短语检索"},
          {"\"微信 抖音\"~", "\"微信 抖音\"", "「~」后面缺少距离（如 \"微信 抖音\"~20），已忽略"},
          {"标题:微信~2", "标题:微信", "「~2」只能跟在引号短语后面（如 \"微信 抖音\"~20），已忽略"},
          {"\"微信 抖音\"~20年报", "\"微信 抖音\"~20 年报", ""},
          {"微信~2", "微信", "「~2」只能跟在引号短语后面（如 \"微信 抖音\"~20），已忽略"},
          {"作者:张三", "\"作者:张三\"", "「作者:」不是可用的字段（可用：标题、机构、地区、年份），已按普通文字检索"},
          {"http://www.gov.cn", "\"http://www.gov.cn\"", "「http:」不是可用的字段（可用：标题、机构、地区、年份），已按普通文字检索"},
          {"10:30", "\"10:30\"", ""},
          {"NOT", "", "「NOT」后面缺少内容，已忽略"},
          {"a NOT", "a", "「NOT」后面缺少内容，已忽略"},
          {"NOT a", "-a", ""},
          {"NOT -a", "-a", ""},
          {"-", "", "单独的「-」已忽略"},
          {"a - b", "a b", "单独的「-」已忽略"},
          {"+a", "a", ""},
          {"((a b", "a b", "缺少「)」，已在末尾补上"},
          {"a) b", "a b", "多余的「)」已忽略"},
          {"()", "", "空括号已忽略"},
          {"a OR () b", "a OR b", "空括号已忽略"},
          {"(OR)", "", "多余的 OR 已忽略 / 空括号已忽略"},
          {"OR a", "a", "多余的 OR 已忽略"},
          {"a OR", "a", "多余的 OR 已忽略"},
          {"a OR OR b", "a OR b", "多余的 OR 已忽略"},
          {"a AND", "a", "多余的 AND 已忽略"},
          {"标题:", "", "「标题:」后面缺少内容，已忽略"},
          {"a \"b", "a b", "缺少右引号，已把引号后的文字当作一个短语"},
          {"\"\"", "", "空引号已忽略"},
          {"微信 ***", "微信", "「***」中没有可检索的汉字、字母或数字，已忽略"},
          {"0537-8709110", "0537-8709110", ""},
          {"www.gov.cn", "www.gov.cn", ""},
          {"a\\b", "\"a\\b\"", ""},
          {"(a)(b)", "a b", ""},
          {"-(a OR b) c", "-(a OR b) c", ""},
          {"((a OR b) (c OR -d))", "(a OR b) c -d", ""},
          {"微信 微信", "微信", ""}
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parses_to_the_exact_canonical_query_with_its_notices(
      String input, String canonical, String notices) throws Exception {
    ParsedQuery q = ReportQueryParser.parse(input);
    assertThat(q.toString()).isEqualTo(canonical);
    assertThat(String.join(" / ", q.notices())).isEqualTo(notices);
    assertThat(q.isEmpty()).isEqualTo(canonical.isEmpty());
    if (!q.isEmpty()) {
      ParsedQuery again = ReportQueryParser.parse(canonical);
      assertThat(again.root()).isEqualTo(q.root());
      assertThat(again.notices()).isEmpty();
    }
  }

  static Phrase p(String text) {
    return new Phrase(text);
  }

  static QueryNode parse(String s) throws QueryException {
    return ReportQueryParser.parse(s).root();
  }

  @Test
  void the_trees_behind_the_canonical_text_are_the_expected_records() throws Exception {
    assertThat(parse("a | b c | d"))
        .isEqualTo(
            new And(List.of(new Or(List.of(p("a"), p("b"))), new Or(List.of(p("c"), p("d"))))));
    assertThat(parse("x OR (-a)")).isEqualTo(new Or(List.of(p("x"), new Not(p("a")))));
    assertThat(parse("a OR -b c")).isEqualTo(new And(List.of(p("a"), new Not(p("b")), p("c"))));
    assertThat(parse("a AND b OR c"))
        .isEqualTo(new And(List.of(p("a"), new Or(List.of(p("b"), p("c"))))));
    assertThat(parse("-(a b)")).isEqualTo(new Not(new And(List.of(p("a"), p("b")))));
    assertThat(parse("“微信 抖音”～20")).isEqualTo(new Near(p("微信"), p("抖音"), 20));
    assertThat(parse("标题:\"微信 抖音\"~5"))
        .isEqualTo(new Field(Scope.TITLE, new Near(p("微信"), p("抖音"), 5)));
    assertThat(parse("-机构:\"财政 局\"")).isEqualTo(new Not(new Field(Scope.AGENCY, p("财政 局"))));
    assertThat(parse("place:(\"金乡县\" -鱼台县)"))
        .isEqualTo(
            new And(
                List.of(
                    new Field(Scope.PLACE, p("金乡县")), new Not(new Field(Scope.PLACE, p("鱼台县"))))));
    assertThat(parse("year:{2018 TO 2022}")).isEqualTo(new YearRange(2019, 2021));
    assertThat(parse("年份:2019..")).isEqualTo(new YearRange(2019, QueryNode.MAX_YEAR));
    assertThat(parse("年份:..2021")).isEqualTo(new YearRange(QueryNode.MIN_YEAR, 2021));
    assertThat(parse("「微信 公众号」")).isEqualTo(p("微信 公众号"));
  }

  @Test
  void inputs_the_old_parser_handled_give_the_same_phrases_and_exclusions() throws Exception {
    // input, then the old UserQueryParser's clauses and exclusions (recorded before the switch)
    String[][] old = {
      {"微信公众号", "[[微信公众号]]", "[]"},
      {"微信公众号 抖音", "[[微信公众号], [抖音]]", "[]"},
      {"抖音 OR 微信号", "[[抖音, 微信号]]", "[]"},
      {"抖音|微信号", "[[抖音, 微信号]]", "[]"},
      {"抖音｜微博", "[[抖音, 微博]]", "[]"},
      {"微信公众号 -抖音", "[[微信公众号]]", "[抖音]"},
      {"微信公众号 NOT 抖音", "[[微信公众号]]", "[抖音]"},
      {"行政復議", "[[行政復議]]", "[]"},
      {"ａｂｃ", "[[abc]]", "[]"},
      {"“微信公众号”", "[[微信公众号]]", "[]"},
      {"「微信 公众号」", "[[微信 公众号]]", "[]"},
      {"『微信 公众号』", "[[微信 公众号]]", "[]"},
      {"\"政务 新媒体\"", "[[政务 新媒体]]", "[]"},
      {"YIQU", "[[YIQU]]", "[]"},
      {"OR AND NOT", "[]", "[]"},
      {"微信 OR OR -NOT AND 公众号", "[[微信], [公众号]]", "[NOT]"},
      {"a OR -b c", "[[a], [c]]", "[b]"},
      {"a | b c | d", "[[a, b], [c, d]]", "[]"},
      {"a OR b OR c", "[[a, b, c]]", "[]"},
      {"+a -b", "[[a]]", "[b]"},
      {"!a b", "[[b]]", "[a]"},
      {"a -\"b c\"", "[[a]]", "[b c]"},
      {"a \"b", "[[a], [b]]", "[]"},
      {"0537-8709110", "[[0537-8709110]]", "[]"},
      {"a AND b", "[[a], [b]]", "[]"},
      {"a && b || c", "[[a], [b, c]]", "[]"},
      {"a||b", "[[a, b]]", "[]"},
      {"-a", "[]", "[a]"},
      {"--a b", "[[b]]", "[a]"},
      {"\u3000微信\u3000公众号\u3000", "[[微信], [公众号]]", "[]"},
    };
    for (String[] c : old) {
      QueryNode root = parse(c[0]);
      List<List<String>> clauses = new ArrayList<>();
      List<String> excluded = new ArrayList<>();
      List<QueryNode> parts =
          root == null ? List.of() : root instanceof And a ? a.children() : List.of(root);
      for (QueryNode part : parts) {
        switch (part) {
          case Phrase ph -> clauses.add(List.of(ph.text()));
          case Or or -> clauses.add(or.children().stream().map(n -> ((Phrase) n).text()).toList());
          case Not not -> excluded.add(((Phrase) not.child()).text());
          default -> throw new AssertionError(c[0] + " gave " + part);
        }
      }
      assertThat(clauses.toString()).as(c[0]).isEqualTo(c[1]);
      assertThat(excluded.toString()).as(c[0]).isEqualTo(c[2]);
    }
  }

  @Test
  void bad_input_gets_one_chinese_line() {
    assertThatThrownBy(() -> ReportQueryParser.parse("微".repeat(201)))
        .isInstanceOf(QueryException.class)
        .hasMessage("查询太长：最多 200 个字符，请缩短后再试");
    assertThatThrownBy(() -> ReportQueryParser.parse("***"))
        .isInstanceOf(QueryException.class)
        .hasMessage("查询中没有可检索的汉字、字母或数字，请换个说法");
    assertThatThrownBy(() -> ReportQueryParser.parse("\"((((*?~^:+-|!"))
        .isInstanceOf(QueryException.class)
        .hasMessage("查询中没有可检索的汉字、字母或数字，请换个说法");
    assertThatThrownBy(() -> ReportQueryParser.parse("\uFFFD"))
        .isInstanceOf(QueryException.class)
        .hasMessage("查询中没有可检索的汉字、字母或数字，请换个说法");
    assertThatThrownBy(() -> ReportQueryParser.parse("年份:abc"))
        .isInstanceOf(QueryException.class)
        .hasMessage("年份写法不对：「年份:abc」，请写成 年份:2019 或 年份:2019..2021");
    assertThatThrownBy(() -> ReportQueryParser.parse("微信 year:"))
        .isInstanceOf(QueryException.class)
        .hasMessage("年份写法不对：「year:」，请写成 年份:2019 或 年份:2019..2021");
    assertThatThrownBy(() -> ReportQueryParser.parse("year:{2019 TO 2020}"))
        .isInstanceOf(QueryException.class)
        .hasMessage("年份范围「year:{2019 TO 2020}」中没有任何年份");
  }

  @Test
  void empty_and_invisible_input_is_browse() throws Exception {
    for (String s : new String[] {"", "   ", "\u0000", "\uFEFF", "\u200B\u200B", "\uD800", null}) {
      ParsedQuery q = ReportQueryParser.parse(s);
      assertThat(q.isEmpty()).as(String.valueOf(s)).isTrue();
      assertThat(q.notices()).isEmpty();
    }
    assertThat(ReportQueryParser.parse("a".repeat(200)).root()).isEqualTo(p("a".repeat(200)));
  }

  @Test
  void random_garbage_never_crashes_and_always_parses_through_lucene() {
    String alphabet =
        "微信抖音公开 a0\"“”「」()（）|｜-－+＋!:：~～^*?\\[]{}/&@ORANDNOT标题机构年份title year 2019..TO\u3000\uD800";
    Random rnd = new Random(20261129L);
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(30);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      try {
        ParsedQuery q = ReportQueryParser.parse(sb.toString());
        assertThat(q.notices()).as(sb.toString()).noneMatch(n -> n.startsWith("查询结构无法解析"));
        if (!q.isEmpty()) {
          assertThat(ReportQueryParser.parse(q.toString()).root())
              .as(sb.toString())
              .isEqualTo(q.root());
        }
        parsed++;
      } catch (QueryException e) {
        assertThat(e.getMessage()).as(sb.toString()).matches("(查询中没有可检索|年份写法不对|年份范围).*");
      }
    }
    assertThat(parsed).isGreaterThan(15_000);
  }

  @Test
  void canonical_text_of_random_queries_parses_back_to_the_same_tree() throws Exception {
    RandomQueries gen =
        new RandomQueries(
            new Random(7),
            List.of("微信公众号", "抖音", "政务 新媒体", "行政复议", "0537", "www", "年度报告", "a-b", "公开"),
            List.of("金乡县", "财政局", "年度报告", "山东省"),
            List.of(2019, 2020, 2021));
    int checked = 0;
    for (int i = 0; i < 3000; i++) {
      QueryNode q = gen.next(3);
      if (q.toString().length() > ReportQueryParser.MAX_LENGTH) {
        continue;
      }
      checked++;
      ParsedQuery back = ReportQueryParser.parse(q.toString());
      assertThat(back.root()).as(q.toString()).isEqualTo(q);
      assertThat(back.notices()).as(q.toString()).isEmpty();
    }
    assertThat(checked).isGreaterThan(2000);
  }
}
