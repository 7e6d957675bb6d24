package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.Subsection;
import org.nianbao.web.ReportPage.Block;
import org.nianbao.web.ReportPage.SectionView;

class TableCaptionsTest {
  private static SectionView section(int n, String label, String text, List<Subsection> subs) {
    List<Block> blocks =
        ReportText.blocks(new Section(n, null, label, text, subs), List.of(), new ArrayList<>());
    return new SectionView(n, "s" + n, label, 0, blocks, null, null);
  }

  @Test
  void each_plain_table_gets_a_numbered_caption_from_the_heading_it_stands_under() {
    String one = "导语。\n甲 乙 丙\n1 2 3\n（一）分项\n说明。\n丁 戊 己\n4 5 6\n";
    SectionView s1 =
        section(1, "一、总体情况", one, List.of(new Subsection("（一）", "分项", one.indexOf("（一）"))));
    SectionView s5 = section(5, "五、存在的主要问题", "庚 辛 壬\n7 8 9\n", List.of());

    List<SectionView> captioned = TableCaptions.caption(List.of(s1, s5));

    List<String> captions = new ArrayList<>();
    List<String> anchors = new ArrayList<>();
    for (SectionView s : captioned) {
      s.blocks().stream()
          .filter(Block::table)
          .forEach(
              b -> {
                captions.add(b.caption());
                anchors.add(b.anchor());
              });
    }
    assertThat(captions).containsExactly("表格 1：一、总体情况", "表格 2：（一）分项", "表格 3：五、存在的主要问题");
    assertThat(anchors).containsExactly("t1", "t2", "t3");
    // other blocks are left as they were
    assertThat(captioned.getFirst().blocks().stream().filter(b -> !b.table()))
        .allSatisfy(b -> assertThat(b.caption()).isNull())
        .extracting(Block::anchor)
        .filteredOn(Objects::nonNull)
        .containsExactly("s1-1");
  }
}
