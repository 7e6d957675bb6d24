package org.nianbao.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;

class CorpusGeneratorTest {

  static final int SAMPLE = 300;
  static final CorpusGenerator generator = new CorpusGenerator(1);
  static final List<GeneratedReport> reports = new ArrayList<>();
  static final List<Report> parsed = new ArrayList<>();

  @BeforeAll
  static void generateAndParse() throws Exception {
    ReportParser parser = new ReportParser();
    for (int i = 0; i < SAMPLE; i++) {
      GeneratedReport r = generator.generate(i);
      reports.add(r);
      parsed.add(parser.parseBytes(r.path(), r.bytes()));
    }
  }

  @Test
  void same_seed_gives_identical_bytes_and_another_seed_differs() {
    CorpusGenerator again = new CorpusGenerator(1);
    CorpusGenerator other = new CorpusGenerator(2);
    for (long i : new long[] {0, 1, 17, 43, 999, 123_456, 999_999}) {
      GeneratedReport a = generator.generate(i);
      assertThat(again.generate(i).bytes()).isEqualTo(a.bytes());
      assertThat(other.generate(i).bytes()).isNotEqualTo(a.bytes());
    }
  }

  @Test
  void every_report_parses_with_the_generated_metadata() {
    for (int i = 0; i < SAMPLE; i++) {
      GeneratedReport truth = reports.get(i);
      Report r = parsed.get(i);
      String what = "report " + i + " " + truth.damage();
      assertThat(r.agency()).as(what).isEqualTo(truth.agency());
      assertThat(r.county()).as(what).isEqualTo(truth.county());
      assertThat(r.year()).as(what).isEqualTo(truth.year());
      assertThat(r.title()).as(what).contains(truth.agency()).endsWith("报告");
    }
  }

  @Test
  void every_report_has_the_generated_sections_in_order() {
    for (int i = 0; i < SAMPLE; i++) {
      GeneratedReport truth = reports.get(i);
      List<Section> sections = parsed.get(i).sections();
      List<String> titles = sections.stream().skip(1).map(Section::title).toList();
      List<Integer> numbers = sections.stream().map(Section::number).toList();
      assertThat(titles).as("report %d %s", i, truth.damage()).isEqualTo(truth.sectionTitles());
      assertThat(numbers.get(0)).isZero();
      for (int n = 1; n < numbers.size(); n++) {
        assertThat(numbers.get(n)).isEqualTo(n);
      }
      if (truth.format() == GeneratedReport.ReportFormat.STANDARD) {
        assertThat(sections).hasSize(7);
        assertThat(sections.get(4).text()).as("report %d", i).contains("行政复议");
      } else {
        assertThat(sections).hasSizeBetween(6, 8);
      }
    }
  }

  @Test
  void no_page_footer_or_bookmark_survives_parsing() {
    for (Report r : parsed) {
      for (Section s : r.sections()) {
        assertThat(s.text()).doesNotContain("[bookmark");
        for (String line : s.text().split("\n")) {
          assertThat(line).as(r.source()).doesNotMatch("^[-—－]\\s*\\d+\\s*[-—－]$");
        }
      }
    }
  }

  @Test
  void ids_are_unique() {
    Set<String> ids = new HashSet<>();
    for (Report r : parsed) {
      assertThat(ids.add(r.id())).as(r.id()).isTrue();
    }
  }

  @Test
  void the_sample_covers_every_encoding_damage_and_format() {
    Set<DamageKind> damage = EnumSet.noneOf(DamageKind.class);
    Set<ReportEncoding> encodings = EnumSet.noneOf(ReportEncoding.class);
    Set<GeneratedReport.ReportFormat> formats = EnumSet.noneOf(GeneratedReport.ReportFormat.class);
    for (GeneratedReport r : reports) {
      damage.addAll(r.damage());
      encodings.add(r.encoding());
      formats.add(r.format());
    }
    assertThat(damage).containsExactlyInAnyOrder(DamageKind.values());
    assertThat(encodings).containsExactlyInAnyOrder(ReportEncoding.values());
    assertThat(formats).containsExactlyInAnyOrder(GeneratedReport.ReportFormat.values());
    assertThat(reports.stream().filter(r -> r.county() == null)).isNotEmpty();
  }

  @Test
  void raw_text_shows_the_damage_it_claims() {
    for (GeneratedReport r : reports) {
      if (r.damage().contains(DamageKind.BOOKMARK)) {
        assertThat(r.text()).contains("[bookmark: _GoBack]");
      }
      if (r.damage().contains(DamageKind.CRLF)) {
        assertThat(r.text()).contains("\r\n");
      }
      if (r.damage().contains(DamageKind.TITLE_DUPLICATE_WORD)) {
        assertThat(r.text().replaceAll("\\s", "")).contains("政府信息公开公开工作");
      }
    }
  }

  @Test
  void sizes_vary_around_ten_kilobytes() {
    List<Integer> sizes = reports.stream().map(r -> r.bytes().length).sorted().toList();
    assertThat(sizes.get(0)).isGreaterThanOrEqualTo(2_500);
    assertThat(sizes.get(sizes.size() - 1)).isLessThanOrEqualTo(30_000);
    assertThat(sizes.get(sizes.size() / 2)).isBetween(7_000, 12_000);
  }

  @Test
  void controlled_terms_have_their_target_frequencies() {
    CorpusGenerator g = new CorpusGenerator(7);
    int n = 2000;
    int wechat = 0;
    int newMedia = 0;
    int douyin = 0;
    for (int i = 0; i < n; i++) {
      String text = g.generate(i).text();
      wechat += text.contains("微信公众号") ? 1 : 0;
      newMedia += text.contains("政务新媒体") ? 1 : 0;
      douyin += text.contains("抖音") ? 1 : 0;
    }
    assertThat(wechat / (double) n).isBetween(0.35, 0.45);
    assertThat(newMedia / (double) n).isBetween(0.16, 0.24);
    assertThat(douyin / (double) n).isBetween(0.03, 0.07);
  }
}
