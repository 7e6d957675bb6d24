package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.search.Mark;
import org.nianbao.search.Snippet;

class HtmlTest {

  @Test
  void snippets_are_escaped_and_marked() {
    Snippet s = new Snippet("没有<script>alert(1)</script>的信息。", List.of(new Mark(10, 15)));
    assertThat(Html.snippet(s))
        .isEqualTo("没有&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;的信息。");
    assertThat(Html.snippet(new Snippet("通过微信公众号发布信息。", List.of(new Mark(2, 7)))))
        .isEqualTo("通过<mark>微信公众号</mark>发布信息。");
    assertThat(Html.snippet(new Snippet("a&b\"'\nc", List.of()))).isEqualTo("a&amp;b&quot;&#39; c");
  }

  @Test
  void report_and_section_urls_have_one_home() {
    assertThat(ApiResults.reportUrl("2022-甲县卫生健康局") + "#s2")
        .isEqualTo(
            "/reports/2022-%E7%94%B2%E5%8E%BF%E5%8D%AB%E7%94%9F%E5%81%A5%E5%BA%B7%E5%B1%80#s2");
  }
}
