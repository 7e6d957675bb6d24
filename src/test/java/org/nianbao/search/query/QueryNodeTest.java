package org.nianbao.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.search.query.QueryNode.And;
import org.nianbao.search.query.QueryNode.Field;
import org.nianbao.search.query.QueryNode.Near;
import org.nianbao.search.query.QueryNode.Not;
import org.nianbao.search.query.QueryNode.Or;
import org.nianbao.search.query.QueryNode.Phrase;
import org.nianbao.search.query.QueryNode.YearRange;

class QueryNodeTest {
  static Phrase p(String s) {
    return new Phrase(s);
  }

  @Test
  void factories_flatten_deduplicate_and_cancel_double_negation() {
    assertThat(QueryNode.and(p("a"), QueryNode.and(p("b"), p("c")), p("a")))
        .isEqualTo(new And(List.of(p("a"), p("b"), p("c"))));
    assertThat(QueryNode.or(p("a"), QueryNode.or(p("b"), p("a"))))
        .isEqualTo(new Or(List.of(p("a"), p("b"))));
    assertThat(QueryNode.and(p("a"), p("a"))).isEqualTo(p("a"));
    assertThat(QueryNode.not(QueryNode.not(p("a")))).isEqualTo(p("a"));
    assertThat(QueryNode.and(p("a"), QueryNode.or(p("b"), p("c"))))
        .isEqualTo(new And(List.of(p("a"), new Or(List.of(p("b"), p("c"))))));
    assertThatThrownBy(() -> QueryNode.and(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void records_reject_what_cannot_be_written() {
    assertThat(p("  政务 \t 新媒体 ").text()).isEqualTo("政务 新媒体");
    assertThatThrownBy(() -> p(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p("a\"b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Field(Scope.TITLE, new YearRange(2019, 2019)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new YearRange(2021, 2019))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Near(p("a b"), p("c"), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Near(p("a"), p("c"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void positive_phrases_are_those_under_an_even_number_of_negations() {
    QueryNode q =
        QueryNode.and(
            p("微信"),
            QueryNode.not(p("抖音")),
            QueryNode.not(QueryNode.and(p("微博"), QueryNode.not(p("头条")))),
            QueryNode.or(new Near(p("政务"), p("新媒体"), 10), new Field(Scope.TITLE, p("金乡县"))),
            new YearRange(2019, 2021),
            p("微信"));
    assertThat(q.positivePhrases()).containsExactly(p("微信"), p("头条"), p("政务"), p("新媒体"));
    assertThat(q.positivePhrases(Scope.TITLE)).containsExactly(p("金乡县"));
    assertThat(q.positivePhrases(Scope.AGENCY)).isEmpty();
    assertThat(q.isPurelyNegative()).isFalse();
  }

  @Test
  void purely_negative_queries_have_no_positive_leaf() {
    assertThat(QueryNode.not(p("抖音")).isPurelyNegative()).isTrue();
    assertThat(
            QueryNode.and(QueryNode.not(p("a")), QueryNode.not(new Field(Scope.AGENCY, p("b"))))
                .isPurelyNegative())
        .isTrue();
    assertThat(QueryNode.not(QueryNode.or(p("a"), p("b"))).isPurelyNegative()).isTrue();
    assertThat(QueryNode.not(QueryNode.and(p("a"), QueryNode.not(p("b")))).isPurelyNegative())
        .isFalse();
    assertThat(QueryNode.and(new YearRange(2019, 2019), QueryNode.not(p("b"))).isPurelyNegative())
        .isFalse();
    assertThat(QueryNode.not(p("抖音")).positivePhrases()).isEmpty();
  }

  @Test
  void canonical_text_uses_chinese_field_names_and_minimal_parentheses() {
    QueryNode q =
        QueryNode.and(
            QueryNode.or(p("微信"), p("抖音")),
            QueryNode.not(QueryNode.and(p("微博"), p("a b"))),
            QueryNode.or(p("x"), QueryNode.not(p("y")), QueryNode.and(p("u"), p("v"))),
            new Field(Scope.AGENCY, p("财政局")),
            new Field(Scope.TITLE, new Near(p("政务"), p("新媒体"), 20)),
            new YearRange(2019, 2021),
            new YearRange(2020, 2020),
            new YearRange(2019, QueryNode.MAX_YEAR),
            new YearRange(QueryNode.MIN_YEAR, 2021),
            p("-x"),
            p("OR"),
            p("作者:张三"));
    assertThat(q.toString())
        .isEqualTo(
            "(微信 OR 抖音) -(微博 \"a b\") (x OR (-y) OR (u v)) 机构:财政局 标题:\"政务 新媒体\"~20"
                + " 年份:2019..2021 年份:2020 年份:2019.. 年份:..2021 \"-x\" \"OR\" \"作者:张三\"");
    assertThat(new ParsedQuery(null, List.of()).toString()).isEmpty();
    assertThat(new Not(new Not(p("a"))).toString()).isEqualTo("-(-a)");
  }
}
