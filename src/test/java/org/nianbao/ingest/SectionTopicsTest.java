package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical topics of section titles, 2021 and older formats. */
class SectionTopicsTest {

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "0, '', 概述",
    "1, 总体情况, 总体情况",
    "1, 概述, 总体情况",
    "1, 總體情況, 总体情况",
    "2, 主动公开政府信息情况, 主动公开",
    "3, 收到和处理政府信息公开申请情况, 依申请公开",
    "3, 依申请公开政府信息情况, 依申请公开",
    "4, 政府信息公开行政复议、行政诉讼情况, 复议诉讼",
    "4, 因政府信息公开申请行政复议、提起行政诉讼的情况, 复议诉讼",
    "4, 政府信息公开的收费及减免情况, 收费减免",
    "4, 收费及减免情况, 收费减免",
    "5, 存在的主要问题及改进情况, 问题改进",
    "6, 其他需要报告的事项, 其他事项",
  })
  void topic_of_title(int number, String title, String topic) {
    assertThat(SectionTopics.of(number, title)).isEqualTo(topic);
  }

  @ParameterizedTest
  @CsvSource({"2, 加强组织领导"})
  void unknown_title_has_no_topic(int number, String title) {
    assertThat(SectionTopics.of(number, title)).isNull();
  }
}
