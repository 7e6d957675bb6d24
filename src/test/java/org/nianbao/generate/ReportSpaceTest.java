package org.nianbao.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportSpaceTest {

  @Test
  void the_first_200000_indices_give_distinct_place_agency_year() {
    ReportSpace space = new ReportSpace(1);
    BitSet seen = new BitSet(ReportSpace.SIZE);
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      ReportSpace.Slot s = space.slot(i);
      int key =
          (s.place() * Agencies.COUNT + s.kind()) * ReportSpace.YEARS
              + (s.year() - ReportSpace.FIRST_YEAR);
      assertThat(seen.get(key)).as("index %d", i).isFalse();
      seen.set(key);
      years.add(s.year());
    }
    assertThat(years).hasSize(ReportSpace.YEARS);
  }

  @Test
  void agency_names_are_unique_so_ids_cannot_collide() {
    Set<String> names = new HashSet<>();
    for (Place p : Places.all()) {
      for (int k = 0; k < Agencies.COUNT; k++) {
        assertThat(names.add(Agencies.name(k, p))).as(Agencies.name(k, p)).isTrue();
      }
    }
    assertThat(Places.all()).hasSize(Places.COUNT);
    assertThat(ReportSpace.SIZE).isGreaterThanOrEqualTo(1_000_000);
  }

  @Test
  void indices_outside_the_space_are_rejected() {
    ReportSpace space = new ReportSpace(1);
    assertThat(space.slot(ReportSpace.SIZE - 1)).isNotNull();
    assertThatThrownBy(() -> space.slot(ReportSpace.SIZE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
