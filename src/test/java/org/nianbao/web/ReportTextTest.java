package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.Subsection;
import org.nianbao.search.Mark;
import org.nianbao.web.ReportPage.Block;
import org.nianbao.web.ReportPage.Kind;
import org.nianbao.web.ReportPage.Segment;

class ReportTextTest {

  private static List<Block> blocks(String text, List<Subsection> subs, List<Mark> marks) {
    return ReportText.blocks(new Section(2, null, "t", text, subs), marks, new ArrayList<>());
  }

  private static List<Segment> plain(String s) {
    return List.of(new Segment(s, false));
  }

  @Test
  void subsection_heading_lines_get_anchors_counted_from_one() {
    String text = "导语。\n（一）主动公开\n正文一。\n（二）依申请公开\n正文二。";
    List<String> anchors = new ArrayList<>();
    List<Block> b =
        ReportText.blocks(
            new Section(
                2,
                null,
                "t",
                text,
                List.of(
                    new Subsection("（一）", "主动公开", 4),
                    new Subsection("（二）", "依申请公开", text.indexOf("（二）")))),
            List.of(),
            anchors);
    assertThat(b)
        .containsExactly(
            new Block(Kind.PARAGRAPH, null, plain("导语。"), List.of()),
            new Block(Kind.HEADING, "s2-1", plain("（一）主动公开"), List.of()),
            new Block(Kind.PARAGRAPH, null, plain("正文一。"), List.of()),
            new Block(Kind.HEADING, "s2-2", plain("（二）依申请公开"), List.of()),
            new Block(Kind.PARAGRAPH, null, plain("正文二。"), List.of()));
    assertThat(anchors).containsExactly("s2-1", "s2-2");
  }

  @Test
  void marks_become_segments_clipped_merged_and_split_across_lines() {
    String text = "通过微信公众号公开。\n微信公众号";
    int a = text.indexOf("微信");
    List<Block> b =
        blocks(
            text,
            List.of(),
            List.of(
                new Mark(a, a + 2),
                new Mark(a + 1, a + 5),
                new Mark(text.length() - 2, text.length() + 9),
                new Mark(5, 3)));
    assertThat(b.get(0).segments())
        .containsExactly(
            new Segment("通过", false), new Segment("微信公众号", true), new Segment("公开。", false));
    assertThat(b.get(1).segments())
        .containsExactly(new Segment("微信公", false), new Segment("众号", true));
  }

  @Test
  void a_mark_spanning_a_line_break_marks_both_lines() {
    String text = "甲乙\n丙丁";
    List<Block> b = blocks(text, List.of(), List.of(new Mark(1, 4)));
    assertThat(b.get(0).segments())
        .containsExactly(new Segment("甲", false), new Segment("乙", true));
    assertThat(b.get(1).segments())
        .containsExactly(new Segment("丙", true, false, null), new Segment("丁", false));
  }

  @Test
  void table_rows_are_grouped_into_one_table_and_prose_with_spaces_is_not() {
    String text =
        "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政许可 12\n"
            + "本报告所列数据的统计期限自 2021年 1月 1日起至 2021年 12月 31日止。\n总计\t5";
    List<Block> b = blocks(text, List.of(), List.of());
    assertThat(b).extracting(Block::kind).containsExactly(Kind.TABLE, Kind.PARAGRAPH, Kind.TABLE);
    assertThat(b.get(0).rows()).hasSize(3);
    assertThat(b.get(0).rows().get(1))
        .extracting(ReportPage.Cell::numeric)
        .containsExactly(false, true, true, true);
    assertThat(b.get(0).rows().get(2).get(1).segments()).containsExactly(new Segment("12", false));
    assertThat(b.get(2).rows().getFirst()).hasSize(2);
  }

  @Test
  void two_words_without_a_number_stay_a_paragraph() {
    assertThat(blocks("联系 我们", List.of(), List.of()))
        .extracting(Block::kind)
        .containsExactly(Kind.PARAGRAPH);
  }

  @Test
  void blank_lines_are_dropped_and_lines_trimmed() {
    assertThat(blocks("  甲。 \n\n\u3000乙。", List.of(), List.of()))
        .extracting(Block::segments)
        .containsExactly(plain("甲。"), plain("乙。"));
  }
}
