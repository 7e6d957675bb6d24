package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Section;
import org.nianbao.search.Mark;
import org.nianbao.web.ReportPage.Block;
import org.nianbao.web.ReportPage.Match;
import org.nianbao.web.ReportPage.SectionView;
import org.nianbao.web.ReportPage.Segment;

class MatchNumbersTest {
  private static SectionView section(int n, String text, List<Mark> marks) {
    List<Block> blocks =
        ReportText.blocks(new Section(n, null, "节" + n, text, List.of()), marks, new ArrayList<>());
    return new SectionView(n, "s" + n, "节" + n, 99, blocks, null, null);
  }

  private static List<Match> matches(SectionView s) {
    List<Match> out = new ArrayList<>();
    for (Block b : s.blocks()) {
      b.segments().stream().map(Segment::match).filter(m -> m != null).forEach(out::add);
      b.rows()
          .forEach(
              row ->
                  row.forEach(
                      c ->
                          c.segments().stream()
                              .map(Segment::match)
                              .filter(m -> m != null)
                              .forEach(out::add)));
    }
    return out;
  }

  @Test
  void matches_are_numbered_in_reading_order_across_sections_and_counted_per_section() {
    // section 1: one match cut by a line break (counts once) and one in a table cell
    String one = "通过微信\n公众号发布。\n渠道 微信 12";
    SectionView s1 = section(1, one, List.of(new Mark(2, 8), new Mark(15, 17)));
    SectionView s2 = section(2, "没有匹配。", List.of());
    SectionView s3 = section(3, "微信，微信。", List.of(new Mark(0, 2), new Mark(3, 5)));

    List<SectionView> numbered = MatchNumbers.number(List.of(s1, s2, s3));

    assertThat(numbered).extracting(SectionView::markCount).containsExactly(2, 0, 2);
    assertThat(matches(numbered.get(0)))
        .containsExactly(new Match(1, 4, "s1-m"), new Match(2, 4, null));
    assertThat(matches(numbered.get(1))).isEmpty();
    assertThat(matches(numbered.get(2)))
        .containsExactly(new Match(3, 4, "s3-m"), new Match(4, 4, null));
    // the continuation of the first match is marked but carries no number
    assertThat(numbered.get(0).blocks().get(1).segments().getFirst())
        .isEqualTo(new Segment("公众号", true, false, null));
    Match first = matches(numbered.get(0)).getFirst();
    assertThat(first.id()).isEqualTo("m1");
    assertThat(first.prevUrl()).isNull();
    assertThat(first.nextUrl()).isEqualTo("#m2");
    Match last = matches(numbered.get(2)).getLast();
    assertThat(last.prevUrl()).isEqualTo("#m3");
    assertThat(last.nextUrl()).isNull();
    assertThat(numbered.get(1).firstMatchAnchor()).isEqualTo("s2-m");
  }

  @Test
  void without_marks_nothing_is_numbered() {
    List<SectionView> numbered = MatchNumbers.number(List.of(section(1, "正文。", List.of())));
    assertThat(numbered.getFirst().markCount()).isZero();
    assertThat(matches(numbered.getFirst())).isEmpty();
  }
}
