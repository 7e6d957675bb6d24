package org.nianbao.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Place resolution on the bundled gazetteer: exact names and codes, never a guess. */
class PlaceFinderTest {
  private static final PlaceFinder FINDER = new PlaceFinder(Gazetteer.get());

  private static PlaceFinder.Found find(String text, String... agencies) {
    return FINDER.find(
        Arrays.asList(agencies), text, rest -> rest.startsWith("洪泽县") ? "洪泽县" : null);
  }

  @Test
  void gazetteer_holds_every_level() {
    Gazetteer g = Gazetteer.get();
    assertThat(g.unit("37").name()).isEqualTo("山东省");
    assertThat(g.unit("3708").name()).isEqualTo("济宁市");
    assertThat(g.unit("370828").name()).isEqualTo("金乡县");
    assertThat(g.named(4, "鸡黍镇")).extracting(Unit::code).containsExactly("370828104");
    assertThat(g.simplify("寧強縣")).isEqualTo("宁强县");
    assertThat(g.simplify("乾縣")).isEqualTo("乾县");
  }

  @Test
  void county_department_gets_province_city_and_county_with_codes() {
    assertThat(find("", "金乡县民政局").place())
        .isEqualTo(new Place("山东省", "37", "济宁市", "3708", "金乡县", "370828"));
  }

  @Test
  void traditional_script_gives_canonical_simplified_names() {
    assertThat(find("", "寧強縣教育局").place())
        .isEqualTo(new Place("陕西省", "61", "汉中市", "6107", "宁强县", "610726"));
  }

  @Test
  void city_department_has_no_county_even_when_its_text_names_one() {
    PlaceFinder.Found f = find("地址：济宁市任城区共青团路1号", "济宁市生态环境局");
    assertThat(f.place()).isEqualTo(new Place("山东省", "37", "济宁市", "3708", null, null));
  }

  @Test
  void provincial_department_has_the_province_only() {
    assertThat(find("", "河南省发展和改革委员会").place())
        .isEqualTo(new Place("河南省", "41", null, null, null, null));
  }

  @Test
  void municipality_is_its_own_city() {
    assertThat(find("", "北京市东城区人民政府体育馆路街道办事处").place())
        .isEqualTo(new Place("北京市", "11", "北京市", "1101", "东城区", "110101"));
    assertThat(find("", "上海市人民政府").place())
        .isEqualTo(new Place("上海市", "31", "上海市", "3101", null, null));
  }

  @Test
  void full_canonical_name_of_autonomous_units() {
    assertThat(find("", "三都水族自治县人民政府").place().county()).isEqualTo("三都水族自治县");
    assertThat(find("", "三都水族自治县人民政府").place().city()).isEqualTo("黔南布依族苗族自治州");
  }

  @Test
  void township_is_settled_by_its_county_named_in_the_text() {
    PlaceFinder.Found f = find("本报告由河东乡人民政府编制。地址：德安县河东乡政府大楼", "河东乡人民政府");
    assertThat(f.place()).isEqualTo(new Place("江西省", "36", "九江市", "3604", "德安县", "360426"));
    assertThat(f.township()).isEqualTo("河东乡");
    assertThat(f.warnings()).isEmpty();
  }

  @Test
  void ambiguous_township_gives_no_county_and_a_warning() {
    PlaceFinder.Found f = find("本镇坚持公开。", "城关镇人民政府");
    assertThat(f.place().county()).isNull();
    assertThat(f.place().countyCode()).isNull();
    assertThat(f.warnings()).hasSize(1);
    assertThat(f.warnings().get(0)).startsWith("乡镇（街道）“城关镇”在 ").endsWith("个县区中都有，无法确定所属县区");
  }

  @Test
  void township_in_one_county_only_is_placed() {
    assertThat(find("", "鸡黍镇人民政府").place().county()).isEqualTo("金乡县");
  }

  @Test
  void county_name_in_several_cities_needs_a_city_named_elsewhere() {
    PlaceFinder.Found none = find("", "鼓楼区人民政府");
    assertThat(none.place()).isEqualTo(new Place(null, null, null, null, "鼓楼区", null));
    assertThat(none.warnings()).containsExactly("县区名“鼓楼区”在多个地市中都有，无法确定所属地市");
    PlaceFinder.Found settled = find("福州市鼓楼区人民政府门户网站", "鼓楼区人民政府");
    assertThat(settled.place()).isEqualTo(new Place("福建省", "35", "福州市", "3501", "鼓楼区", "350102"));
  }

  @Test
  void county_not_in_the_2022_gazetteer_is_kept_as_written() {
    assertThat(find("", "淮安市洪泽县人民政府").place())
        .isEqualTo(new Place("江苏省", "32", "淮安市", "3208", "洪泽县", null));
  }

  @Test
  void one_character_off_a_known_county_is_not_taken() {
    PlaceFinder.Found f =
        FINDER.find(
            java.util.List.of("沐阳县人民政府"), "", rest -> rest.startsWith("沐阳县") ? "沐阳县" : null);
    assert f.place().county() == null;
    assertThat(f.place()).isEqualTo(Place.NONE);
    assertThat(f.warnings()).containsExactly("县区名“沐阳县”不在 2022 年区划中，且与已有县区名仅一字之差，未采用");
  }

  @Test
  void first_agency_naming_a_place_decides() {
    assertThat(find("", null, "", "金乡县人民政府", "济宁市人民政府").place().county()).isEqualTo("金乡县");
    assertThat(find("", List.of("财政局").toArray(String[]::new)).place()).isEqualTo(Place.NONE);
  }

  @Test
  void generic_district_names_need_their_city() {
    assertThat(find("", "城区街道办事处").place().county()).isNull();
    assertThat(find("", "阳泉市城区人民政府").place().county()).isEqualTo("城区");
  }
}
