package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.geo.Place;
import org.nianbao.ingest.Report;

/** A report read back from the index keeps its whole place: names and codes at every level. */
class StoredPlaceTest {
  @TempDir Path dir;

  @Test
  void province_city_county_and_codes_are_read_back() throws Exception {
    Place jinxiang = new Place("山东省", "37", "济宁市", "3708", "金乡县", "370828");
    Report county = TestReports.report("金乡县教育局", "金乡县", 2022, "正文。");
    county = withPlace(county, jinxiang);
    Report city =
        withPlace(
            TestReports.report("济宁市教育局", null, 2022, "正文。"),
            new Place("山东省", "37", "济宁市", "3708", null, null));
    Report none = TestReports.report("某单位", null, 2021, "正文。");
    TestReports.index(dir, county, city, none);
    try (LuceneSearchService service = LuceneSearchService.open(dir)) {
      assertThat(service.report(county.id(), "").orElseThrow().report().place())
          .isEqualTo(jinxiang);
      assertThat(service.report(city.id(), "").orElseThrow().report().place())
          .isEqualTo(new Place("山东省", "37", "济宁市", "3708", null, null));
      assertThat(service.report(none.id(), "").orElseThrow().report().place()).isNull();
    }
  }

  private static Report withPlace(Report r, Place p) {
    return new Report(
        r.source(), r.id(), r.title(), r.agency(), p, r.year(), r.sections(), List.of());
  }
}
