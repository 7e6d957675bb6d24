package org.nianbao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetOptionsTest {
  private static final List<FacetValue> COUNTIES =
      List.of(
          new FacetValue("金乡县", 9, false),
          new FacetValue("高青县", 7, false),
          new FacetValue("阿城区", 5, true),
          new FacetValue("金湖县", 3, false),
          new FacetValue("北京", 1, false));

  private static List<String> names(FacetOptions.Slice s) {
    return s.values().stream().map(FacetValue::value).toList();
  }

  @Test
  void limit_keeps_selected_values_and_size_is_the_true_number_of_values() {
    FacetOptions.Slice s =
        new FacetOptions(2, false, Map.of(), List.of()).slice(Facet.COUNTY, COUNTIES);
    assertThat(names(s)).containsExactly("金乡县", "高青县", "阿城区");
    assertThat(s.size()).isEqualTo(5);
    assertThat(s.matching()).isEqualTo(4);
    assertThat(s.cut()).isTrue();
  }

  @Test
  void zero_lists_every_value_and_so_does_all_for_one_facet() {
    assertThat(names(new FacetOptions(0, false, Map.of(), List.of()).slice(Facet.COUNTY, COUNTIES)))
        .hasSize(5);
    FacetOptions.Slice all =
        new FacetOptions(1, false, Map.of(), List.of(Facet.COUNTY)).slice(Facet.COUNTY, COUNTIES);
    assertThat(names(all)).containsExactly("金乡县", "高青县", "阿城区", "金湖县", "北京");
    assertThat(all.cut()).isFalse();
  }

  @Test
  void search_text_filters_one_facet_but_keeps_the_selection() {
    FacetOptions.Slice s =
        new FacetOptions(100, false, Map.of(Facet.COUNTY, "金"), List.of())
            .slice(Facet.COUNTY, COUNTIES);
    assertThat(names(s)).containsExactly("金乡县", "阿城区", "金湖县");
    assertThat(s.matching()).isEqualTo(2);
    assertThat(s.size()).isEqualTo(5);
  }

  @Test
  void pinyin_orders_names_alphabetically_but_not_years() {
    FacetOptions pinyin = new FacetOptions(0, true, Map.of(), List.of());
    // a-cheng, bei-jing, gao-qing, jin-hu, jin-xiang
    assertThat(names(pinyin.slice(Facet.COUNTY, COUNTIES)))
        .containsExactly("阿城区", "北京", "高青县", "金湖县", "金乡县");
    List<FacetValue> years =
        List.of(new FacetValue("2024", 1, false), new FacetValue("2020", 5, false));
    assertThat(names(pinyin.slice(Facet.YEAR, years))).containsExactly("2024", "2020");
  }

  @Test
  void sizes_are_keyed_like_the_json() {
    assertThat(FacetOptions.sizes(Map.of(Facet.COUNTY, COUNTIES)))
        .containsExactly(Map.entry("county", 5));
  }
}
