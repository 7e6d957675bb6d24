package org.nianbao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.analysis.ChineseFolding;
import org.nianbao.search.ReportLevelOracle.Doc;
import org.nianbao.search.ReportLevelOracle.Expected;
import org.nianbao.search.ReportLevelOracle.Filters;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;
import org.nianbao.search.query.RandomQueries;

/** The brute-force report-level oracle, checked on hand-made reports. */
class ReportLevelOracleTest {

  static Doc doc(
      String id, String agency, String county, String place, Integer year, String... sections) {
    TreeMap<Integer, String> s = new TreeMap<>();
    for (int i = 0; i < sections.length; i++) {
      if (sections[i] != null) {
        s.put(i, sections[i]);
      }
    }
    String title = agency + (year == null ? "" : year + "年") + "政府信息公开工作年度报告";
    return new Doc(id, title, agency, county, place, year, s);
  }

  static final Doc D1 =
      doc(
          "d1",
          "甲县财政局",
          "甲县",
          "山东省济宁市甲县",
          2021,
          "本报告由本局编制。",
          "一年来通过微信公众号发布信息120条。",
          "收到行政复议申请2件。联系电话0537-8709110。",
          "政务新媒体建设稳步推进，抖音号已开通。");
  static final Doc D2 =
      doc(
          "d2",
          "甲县民政局",
          "甲县",
          "山东省济宁市甲县",
          2020,
          "本报告由本局编制。",
          "通过政府网站发布信息。微信 公众号暂未开通。",
          "未收到行政復議申請。");
  static final Doc D3 =
      doc(
          "d3",
          "乙区卫生健康局",
          "乙区",
          "山东省淄博市乙区",
          2019,
          "ＷＷＷ．ＹＩＱＵ．ＧＯＶ．ＣＮ 本年度报告。",
          "抖音账号发布视频30条，微博账号发布信息。",
          "微信和抖音同步发布；新闻发布会4场。",
          null,
          "行政诉讼0件。");
  static final Doc D4 = doc("d4", "丙市统计局", null, "山东省丙市", null, "", "数据发布：统计公报、abc123 和 ABC 资料。");
  static final List<Doc> DOCS = List.of(D1, D2, D3, D4);

  static QueryNode q(String text) throws Exception {
    return ReportQueryParser.parse(text).root();
  }

  static List<String> hits(String query, Set<Integer> sections) throws Exception {
    return ReportLevelOracle.expected(
            DOCS, q(query), new Filters(Set.of(), Set.of(), Set.of(), sections))
        .hits();
  }

  static List<String> hits(String query) throws Exception {
    return hits(query, Set.of());
  }

  @Test
  void phrases_match_after_folding_as_the_index_sees_text() {
    assertThat(ReportLevelOracle.contains("微信公众号", "公众")).isTrue();
    assertThat(ReportLevelOracle.contains("微信 公众号", "微信公众号")).isFalse();
    assertThat(ReportLevelOracle.contains("微信公众号", "微信 公众号")).isTrue();
    assertThat(ReportLevelOracle.contains("微信，公众号", "微信 公众号")).isTrue();
    assertThat(ReportLevelOracle.contains("微信abc", "微信 abc")).isTrue();
    assertThat(ReportLevelOracle.contains("微信 abc", "微信abc")).isTrue();
    assertThat(ReportLevelOracle.contains("WWW.YIQU.GOV.CN", "yiqu")).isTrue();
    assertThat(ReportLevelOracle.contains("www.yiqu.gov.cn", "yiq")).isFalse();
    assertThat(ReportLevelOracle.contains("www.yiqu.gov.cn", "YIQU.gov")).isTrue();
    assertThat(ReportLevelOracle.contains("abc123 和", "abc")).isFalse();
    assertThat(ReportLevelOracle.contains("ＡＢＣ１２３", "abc123")).isTrue();
    assertThat(ReportLevelOracle.contains("未收到行政復議申請", "行政复议")).isTrue();
    assertThat(ReportLevelOracle.contains("行政复议", "行政復議")).isTrue();
    assertThat(ReportLevelOracle.contains("0537-8709110", "0537-8709110")).isTrue();
    assertThat(ReportLevelOracle.contains("05378709110", "0537-8709110")).isFalse();
  }

  @Test
  void near_counts_the_characters_between_the_two_phrases_in_either_order() {
    assertThat(ReportLevelOracle.near("微信和抖音同步", "微信", "抖音", 1)).isTrue();
    assertThat(ReportLevelOracle.near("微信和抖音同步", "微信", "抖音", 0)).isFalse();
    assertThat(ReportLevelOracle.near("微信和抖音同步", "抖音", "微信", 1)).isTrue();
    assertThat(ReportLevelOracle.near("微信公众号", "微信", "公众号", 0)).isTrue();
    assertThat(ReportLevelOracle.near("微信公众号", "微信公众", "公众号", 0)).isTrue(); // overlapping
    assertThat(ReportLevelOracle.near("抖音" + "很".repeat(20) + "微信", "微信", "抖音", 20)).isTrue();
    assertThat(ReportLevelOracle.near("抖音" + "很".repeat(21) + "微信", "微信", "抖音", 20)).isFalse();
  }

  @Test
  void boolean_queries_are_decided_per_report_over_its_whole_unit() throws Exception {
    assertThat(hits("微信 抖音")).containsExactly("d1", "d3"); // d1: in sections 1 and 3
    assertThat(hits("微信 -抖音")).containsExactly("d2");
    assertThat(hits("-抖音")).containsExactly("d2", "d4");
    assertThat(hits("(微信 OR 微博) -行政诉讼")).containsExactly("d1", "d2");
    assertThat(hits("微信公众号")).containsExactly("d1");
    assertThat(hits("\"微信 公众号\"")).containsExactly("d1", "d2");
    assertThat(hits("行政复议")).containsExactly("d1", "d2");
    assertThat(hits("财政局")).containsExactly("d1"); // title and agency are part of the unit
    assertThat(hits("yiqu")).containsExactly("d3");
    assertThat(hits("abc")).containsExactly("d4");
    assertThat(hits("-(微信 -抖音)")).containsExactly("d1", "d3", "d4");
  }

  @Test
  void proximity_needs_both_phrases_in_one_section() throws Exception {
    assertThat(hits("\"微信 抖音\"~1")).containsExactly("d3");
    assertThat(hits("\"微信 抖音\"~0")).isEmpty();
    assertThat(hits("\"微信 抖音\"~100")).containsExactly("d3"); // d1 has them in different sections
  }

  @Test
  void fields_look_at_title_agency_place_and_year_only() throws Exception {
    assertThat(hits("标题:甲县 年份:2021")).containsExactly("d1");
    assertThat(hits("年份:2019..2020")).containsExactly("d2", "d3");
    assertThat(hits("-年份:2019..2020")).containsExactly("d1", "d4"); // d4 has no year
    assertThat(hits("地区:淄博")).containsExactly("d3");
    assertThat(hits("机构:财政局 微信")).containsExactly("d1");
    assertThat(hits("机构:编制")).isEmpty(); // only in the preamble text
    assertThat(hits("标题:财政局", Set.of(2))).containsExactly("d1"); // scopes ignore the section filter
  }

  @Test
  void a_section_filter_narrows_the_unit_to_the_selected_sections() throws Exception {
    assertThat(hits("-抖音", Set.of(1))).containsExactly("d1", "d2", "d4");
    assertThat(hits("微信 抖音", Set.of(1, 3))).containsExactly("d1");
    assertThat(hits("财政局", Set.of(1))).isEmpty(); // the title belongs to section 0
    assertThat(hits("财政局", Set.of(0))).containsExactly("d1");
    assertThat(hits("行政诉讼", Set.of(4))).containsExactly("d3");
    assertThat(hits("-行政诉讼", Set.of(4))).isEmpty(); // only d3 has a section 4
    assertThat(hits("", Set.of(3))).containsExactly("d1"); // browse: reports having section 3
  }

  @Test
  void listed_sections_are_those_holding_a_positive_phrase() throws Exception {
    assertThat(ReportLevelOracle.listedSections(D1, q("微信 抖音"), Set.of())).containsExactly(1, 3);
    assertThat(ReportLevelOracle.listedSections(D3, q("微信 抖音"), Set.of())).containsExactly(1, 2);
    assertThat(ReportLevelOracle.listedSections(D1, q("财政局"), Set.of())).containsExactly(0);
    assertThat(ReportLevelOracle.listedSections(D2, q("-抖音"), Set.of())).isEmpty();
    assertThat(ReportLevelOracle.listedSections(D1, q("-(微信 -抖音)"), Set.of())).containsExactly(3);
    assertThat(ReportLevelOracle.listedSections(D3, q("\"微信 抖音\"~1"), Set.of())).containsExactly(2);
    assertThat(ReportLevelOracle.listedSections(D1, q("标题:财政局"), Set.of())).isEmpty();
    assertThat(ReportLevelOracle.listedSections(D3, q("微信 抖音"), Set.of(2))).containsExactly(2);
  }

  @Test
  void facets_count_reports_and_ignore_their_own_selection() throws Exception {
    Expected all = ReportLevelOracle.expected(DOCS, q("微信"), Filters.none());
    assertThat(all.hits()).containsExactly("d1", "d2", "d3");
    assertThat(all.listedSections()).isEqualTo(3);
    assertThat(all.facets())
        .isEqualTo(
            Map.of(
                "county", Map.of("甲县", 2L, "乙区", 1L),
                "agency", Map.of("甲县财政局", 1L, "甲县民政局", 1L, "乙区卫生健康局", 1L),
                "year", Map.of("2019", 1L, "2020", 1L, "2021", 1L),
                "section", Map.of("1", 2L, "2", 1L),
                "topic", Map.of("未识别", 3L)));

    Expected filtered =
        ReportLevelOracle.expected(
            DOCS, q("微信"), new Filters(Set.of("甲县"), Set.of(), Set.of(), Set.of(1)));
    assertThat(filtered.hits()).containsExactly("d1", "d2");
    assertThat(filtered.facets())
        .isEqualTo(
            Map.of(
                "county", Map.of("甲县", 2L),
                "agency", Map.of("甲县财政局", 1L, "甲县民政局", 1L),
                "year", Map.of("2020", 1L, "2021", 1L),
                "section", Map.of("1", 2L),
                "topic", Map.of("未识别", 2L)));

    Expected negative = ReportLevelOracle.expected(DOCS, q("-抖音"), Filters.none());
    assertThat(negative.hits()).containsExactly("d2", "d4");
    assertThat(negative.listedSections()).isZero();
    assertThat(negative.facets().get("section"))
        .isEqualTo(Map.of("0", 4L, "1", 3L, "2", 2L, "4", 1L));
  }

  /**
   * Properties linking the oracle's parts, over random queries with groups, negations, fields and
   * years.
   */
  @Test
  void random_queries_keep_the_oracle_consistent_with_itself_and_the_parser() throws Exception {
    RandomQueries gen =
        new RandomQueries(
            new Random(20261129L),
            List.of(
                "微信", "抖音", "微信公众号", "微博", "行政复议", "行政復議", "发布", "0537", "yiqu", "abc", "政务 新媒体",
                "公开", "编制"),
            List.of("甲县", "财政局", "民政局", "淄博", "年度报告", "丙市"),
            List.of(2019, 2020, 2021));
    Set<String> all = new TreeSet<>(DOCS.stream().map(Doc::id).toList());
    int nonTrivial = 0;
    for (int i = 0; i < 500; i++) {
      QueryNode q = gen.next(3);
      Expected e = ReportLevelOracle.expected(DOCS, q, Filters.none());
      // negation is the complement
      Set<String> union = new TreeSet<>(e.hits());
      List<String> neg = ReportLevelOracle.expected(DOCS, QueryNode.not(q), Filters.none()).hits();
      union.addAll(neg);
      assertThat(neg.size() + e.hits().size()).as(q.toString()).isEqualTo(union.size());
      assertThat(union).as(q.toString()).isEqualTo(all);
      // the section facet predicts the result of selecting that section alone
      for (int s = 0; s <= 4; s++) {
        long count = e.facets().get("section").getOrDefault(String.valueOf(s), 0L);
        Expected only =
            ReportLevelOracle.expected(
                DOCS, q, new Filters(Set.of(), Set.of(), Set.of(), Set.of(s)));
        assertThat((long) only.hits().size()).as("%s in section %d", q, s).isEqualTo(count);
      }
      // the canonical text means the same
      if (q.toString().length() <= ReportQueryParser.MAX_LENGTH) {
        assertThat(ReportLevelOracle.expected(DOCS, q(q.toString()), Filters.none())).isEqualTo(e);
      }
      if (!e.hits().isEmpty() && e.hits().size() < all.size()) {
        nonTrivial++;
      }
    }
    assertThat(nonTrivial).isGreaterThan(150);
  }

  /** The oracle's own fold table must know every traditional character of the test corpora. */
  @Test
  void the_oracle_fold_covers_the_traditional_characters_of_the_test_corpora() throws Exception {
    List<Character> missing = new ArrayList<>();
    for (Path dir :
        List.of(Path.of("src/main/resources/corpus"), Path.of("src/test/resources/search"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          for (char c : Files.readString(f).toCharArray()) {
            if (c >= 0x3400
                && c < 0xFF00
                && ChineseFolding.fold(c) != c
                && ReportLevelOracle.fold(String.valueOf(c)).charAt(0) != ChineseFolding.fold(c)) {
              missing.add(c);
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
