package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;

/**
 * The sections ranking scores ({@link ReportMatchQuery#docs}) are, per matching report, its listed
 * sections, or its first section in the unit when none is listed — whether they are copied report
 * by report or word-wise when most reports match — on several segments with deleted reports.
 */
class ReportMatchQueryTest {
  @TempDir static Path tmp;
  static TestReports.Opened index;
  static DirectoryReader reader;

  @BeforeAll
  static void build() throws Exception {
    index = TestReports.openGenerated(tmp, 31, 1500, 9, false);
    reader = index.reader();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void ranked_sections_are_the_listed_ones_or_the_first_in_the_unit() throws Exception {
    assertThat(reader.numDeletedDocs()).isGreaterThan(500);
    StatsSearcher searcher =
        new StatsSearcher(reader, Searchers.PARENTS, new SearchCache(64L << 20, Runnable::run));
    LuceneQueries queries = new LuceneQueries();
    String county = TestReports.firstCounty(searcher);
    int wordWise = 0;
    int byReport = 0;
    int dropping = 0; // word-wise with reports whose listed sections are taken out
    long compared = 0;
    for (String q :
        List.of(
            "公开",
            "信息公开",
            "政府信息公开",
            "公开 -行政复议",
            "公开 -信息",
            "公开 -微信公众号",
            "信息公开 -抖音",
            "公开 -微博",
            "申请 -抖音",
            "政府 -微信",
            "行政复议 -微博",
            "信息 -微信公众号",
            "行政复议 OR 公开",
            "主动公开 申请",
            "报告 标题:年度",
            "微信公众号",
            "-微信",
            "年度 OR 抖音",
            "\"信息 公开\"~5")) {
      QueryNode root = ReportQueryParser.parse(q).root();
      for (SearchRequest r : TestReports.filterVariants(q, county)) {
        ReportMatcher matcher = new ReportMatcher(searcher, queries, root, false);
        ResolvedFilter resolved = searcher.resolve(FacetFilter.of(r));
        ReportMatchQuery query = new ReportMatchQuery(matcher, resolved);
        for (LeafReaderContext ctx : reader.leaves()) {
          FixedBitSet expected = expected(matcher, resolved, ctx);
          assertThat(bits(query.docs(ctx))).as("%s %s", q, r).isEqualTo(bits(expected));
          compared += expected.cardinality();
          if (resolved.unit().all() && mostMatch(matcher, resolved, ctx.ord)) {
            wordWise++;
            dropping += dropped(matcher, resolved, ctx.ord) > 0 ? 1 : 0;
          } else {
            byReport++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(20_000);
    assertThat(wordWise).isGreaterThan(10);
    assertThat(byReport).isGreaterThan(10);
    // how often depends on how the two indexing threads split the reports into segments
    assertThat(dropping).isPositive();
  }

  /** Per matching report: its listed sections, else its first section in the unit (if any). */
  private static FixedBitSet expected(ReportMatcher m, ResolvedFilter f, LeafReaderContext ctx) {
    ReportColumns.Leaf l = m.columns().leaf(ctx.ord);
    FixedBitSet reports = m.reports(ctx.ord, f, f.unit());
    FixedBitSet out = new FixedBitSet(Math.max(1, ctx.reader().maxDoc()));
    for (int r = 0; r < l.reports(); r++) {
      if (!reports.get(r)) {
        continue;
      }
      int[] listed = ReportQueries.listed(m, ctx.ord, r, f.unit());
      for (int d : listed) {
        out.set(d - ctx.docBase);
      }
      for (int d = l.firstDoc(r); listed.length == 0 && d < l.reportDoc[r]; d++) {
        if (f.unit().ok(l, d)) {
          out.set(d);
          break;
        }
      }
    }
    return out;
  }

  /** Whether the case is one the word-wise copy takes (many matching reports, few dropped). */
  private static boolean mostMatch(ReportMatcher m, ResolvedFilter f, int ord) {
    int n = m.reports(ord, f, f.unit()).cardinality();
    return n >= 256 && dropped(m, f, ord) * 2 <= n;
  }

  /** Reports with a listed section that do not match. */
  private static int dropped(ReportMatcher m, ResolvedFilter f, int ord) {
    FixedBitSet dropped = m.positiveReports(ord).clone();
    dropped.andNot(m.reports(ord, f, f.unit()));
    return dropped.cardinality();
  }

  private static List<Integer> bits(FixedBitSet b) throws java.io.IOException {
    List<Integer> out = new ArrayList<>();
    b.forEach(0, b.length(), 0, out::add);
    return out;
  }
}
