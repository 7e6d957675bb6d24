package org.nianbao.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;

/** Every place and every agency kind is read back by the parser with the right county. */
class PlacesTest {

  private final ReportParser parser = new ReportParser();

  private Report parse(String agency) throws Exception {
    return parser.parseText("t", agency + "2021年政府信息公开工作年度报告\n一、总体情况\n无。\n二、主动公开政府信息情况\n无。\n");
  }

  @Test
  void every_place_gives_its_county() throws Exception {
    for (int i = 0; i < Places.COUNT; i++) {
      Place p = Places.get(i);
      String agency = Agencies.name(i % Agencies.COUNT, p);
      Report r = parse(agency);
      assertThat(r.agency()).isEqualTo(agency);
      assertThat(r.county()).as(agency).isEqualTo(p.county());
    }
  }

  @Test
  void every_agency_kind_gives_the_county_or_none_at_city_level() throws Exception {
    for (Place p : Places.all().subList(0, 120)) {
      for (int k = 0; k < Agencies.COUNT; k++) {
        String agency = Agencies.name(k, p);
        Report r = parse(agency);
        assertThat(r.agency()).isEqualTo(agency);
        assertThat(r.county()).as(agency).isEqualTo(p.county());
      }
    }
  }
}
