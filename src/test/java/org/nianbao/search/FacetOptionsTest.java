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

  /**
   * Pinyin order with a limit equals sorting every kept value (a stable sort by the collator) and
   * cutting after the limit, selected values kept: random names with repeats, selections, search
   * texts and limits.
   */
  @Test
  void pinyin_with_a_limit_equals_the_whole_sort_cut() {
    java.util.Random rnd = new java.util.Random(3);
    String chars = "金乡县阿城区北京高青湖教育局民政司法公安市场监督管理委员会办公室街道镇乡人民政府";
    java.text.Collator chinese = java.text.Collator.getInstance(java.util.Locale.CHINA);
    int compared = 0;
    for (int round = 0; round < 300; round++) {
      List<FacetValue> values = new java.util.ArrayList<>();
      for (int i = 0, n = rnd.nextInt(60); i < n; i++) {
        StringBuilder name = new StringBuilder();
        for (int k = 0, len = 1 + rnd.nextInt(4); k < len; k++) {
          name.append(chars.charAt(rnd.nextInt(rnd.nextBoolean() ? 6 : chars.length())));
        }
        values.add(new FacetValue(name.toString(), rnd.nextInt(4), rnd.nextInt(8) == 0));
      }
      int limit = new int[] {0, 1, 2, 5, 10, 100}[rnd.nextInt(6)];
      String needle = rnd.nextInt(4) == 0 ? "局" : "";
      FacetOptions.Slice got =
          new FacetOptions(limit, true, Map.of(Facet.AGENCY, needle), List.of())
              .slice(Facet.AGENCY, values);
      List<FacetValue> kept = new java.util.ArrayList<>();
      for (FacetValue v : values) {
        if (v.selected() || (v.count() > 0 && v.value().contains(needle))) {
          kept.add(v);
        }
      }
      kept.sort((a, b) -> chinese.compare(a.value(), b.value()));
      List<FacetValue> want = new java.util.ArrayList<>();
      int listed = 0;
      for (FacetValue v : kept) {
        if (v.selected() || listed++ < (limit == 0 ? Integer.MAX_VALUE : limit)) {
          want.add(v);
        }
      }
      assertThat(got.values()).as("round %d", round).isEqualTo(want);
      assertThat(got.matching()).isEqualTo((int) kept.stream().filter(v -> !v.selected()).count());
      compared += want.size();
    }
    assertThat(compared).isGreaterThan(2000);
  }

  @Test
  void sizes_are_keyed_like_the_json() {
    assertThat(FacetOptions.sizes(Map.of(Facet.COUNTY, COUNTIES)))
        .containsExactly(Map.entry("county", 5));
  }
}
