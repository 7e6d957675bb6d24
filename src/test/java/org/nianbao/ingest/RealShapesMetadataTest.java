package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metadata rules for the shapes of real reports (issue 12): year, agency, place. */
class RealShapesMetadataTest {
  private static final String BODY =
      "\n一、总体情况\n本单位主动公开信息 18 条。\n二、主动公开政府信息情况\n见下表。" + "\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n";

  private static Report parse(String head) throws ReportFileException {
    return Fixtures.PARSER.parseText("t.txt", head + BODY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。| 2024",
        "现结合我镇实际,主要从六个方面汇报我镇2023年政府信息公开工作。| 2023",
        "本报告所列数据的统计期限为20241月1日至2024年12月31日。| 2024",
        "本报告统计期限为 2023 年 1 月 1 日至 12 月 31 日。| 2023",
        "本报告为二〇二二年度政府信息公开工作报告。| 2022",
        "发布日期：2025-01-20| 2024",
        "咨询电话：0537-20241234，网址 http://www.x.gov.cn/2024/art_2024.html。|",
      })
  void year_without_a_title(String preamble, Integer year) throws Exception {
    Report r = parse("政府信息公开工作年度报告\n" + preamble);
    assertThat(r.year()).isEqualTo(year);
  }

  @Test
  void labels_breadcrumbs_and_repeated_words_are_not_part_of_the_agency() throws Exception {
    assertThat(parse("正文上海市长宁区周家桥街道办事处2023年政府信息公开工作年度报告").agency()).isEqualTo("长宁区周家桥街道办事处");
    assertThat(parse("首页 > 政务公开 > 年报 > 济宁市教育局2022年政府信息公开工作年度报告").agency()).isEqualTo("济宁市教育局");
    assertThat(parse("返回顶部乌兰察布市交通运输局2020年政府信息公开工作年度报告").agency()).isEqualTo("乌兰察布市交通运输局");
    assertThat(parse("文件类信息公开柳城县古砦仫佬族乡人民政府2025年政府信息公开工作年度报告").agency()).isEqualTo("柳城县古砦仫佬族乡人民政府");
    assertThat(parse("上海市上海市长宁区人民政府2023年政府信息公开工作年度报告").agency()).isEqualTo("长宁区人民政府");
  }

  @Test
  void agency_starts_at_its_own_unit_and_a_township_carries_its_county() throws Exception {
    assertThat(parse("哈尔滨市道里区经纬街道办事处2022年政府信息公开工作年度报告").agency()).isEqualTo("道里区经纬街道办事处");
    assertThat(parse("北京市东城区人民政府体育馆路街道办事处2021年政府信息公开工作年度报告").agency()).isEqualTo("东城区体育馆路街道办事处");
    assertThat(parse("临夏回族自治州永靖县2024年政府信息公开工作年度报告").agency()).isEqualTo("永靖县人民政府");
    assertThat(parse("晋城市城区2022年政府信息公开工作年度报告").agency()).isEqualTo("晋城市城区人民政府");
    assertThat(parse("江苏省人民政府2022年政府信息公开工作年度报告").agency()).isEqualTo("江苏省人民政府");
    assertThat(parse("阿里地区2022年度政府信息公开工作年度报告").agency()).isEqualTo("阿里地区行政公署");
    // 武山镇 exists in one county only (湖口县)
    assertThat(parse("武山镇2024年政府信息公开工作年度报告").agency()).isEqualTo("湖口县武山镇人民政府");
    // 城关镇 exists in dozens of counties: no county, none prefixed
    assertThat(parse("城关镇2024年政府信息公开工作年度报告").agency()).isEqualTo("城关镇人民政府");
  }

  @Test
  void a_report_speaking_for_its_only_named_place_is_that_governments() throws Exception {
    Report r = parse("2021年政府信息公开工作年度报告\n2021年,我区严格落实条例。三亚市海棠区政务微信平台共发布信息20条。");
    assertThat(r.agency()).isEqualTo("海棠区人民政府");
    assertThat(r.county()).isEqualTo("海棠区");
    assertThat(r.warnings()).contains("发布机关未写明，按“我区”和地名推定为海棠区人民政府");
    // 我局 is not the district's voice: no agency guessed
    assertThat(parse("2021年政府信息公开工作年度报告\n2021年,我局严格落实条例。三亚市海棠区政务微信平台共发布信息。").agency()).isNull();
  }

  @Test
  void level_words_sub_offices_and_a_governments_office_give_the_body() throws Exception {
    assertThat(parse("县政府办2022年度政府信息公开工作年度报告\n2022年,府谷县人民政府办公室严格落实。").agency())
        .isEqualTo("府谷县人民政府办公室");
    assertThat(parse("政府信息公开工作年度报告\n2020年,我局认真贯彻落实。如有疑问,请联系珙县交通运输局办公室,联系电话:0831—4313679。").agency())
        .isEqualTo("珙县交通运输局");
    assertThat(parse("政府信息公开工作年度报告\n本报告由闽清县人民政府办公室编制。").agency()).isEqualTo("闽清县人民政府");
    assertThat(parse("政府信息公开工作年度报告\n2021年,我县坚持公开。如对本报告有任何疑问,请与铜鼓县政府办联系。").agency())
        .isEqualTo("铜鼓县人民政府");
    assertThat(parse("政府信息公开工作年度报告\n2021年,我办坚持公开。如对本报告有任何疑问,请与铜鼓县政府办联系。").agency())
        .isEqualTo("铜鼓县人民政府办公室");
  }

  @Test
  void bare_place_names_and_sub_offices_give_the_body() throws Exception {
    assertThat(parse("正定县2022年政府信息公开工作年度报告").agency()).isEqualTo("正定县人民政府");
    assertThat(parse("龙游县横山镇2023年政府信息公开工作年度报告").agency()).isEqualTo("龙游县横山镇人民政府");
    assertThat(parse("建章路街道2022年政府信息公开工作年度报告").agency()).isEqualTo("未央区建章路街道办事处");
    assertThat(parse("石狮市鸿山镇党政办2021年政府信息公开工作年度报告").agency()).isEqualTo("石狮市鸿山镇人民政府");
  }

  @Test
  void township_report_takes_its_county_from_the_preface() throws Exception {
    Report r = parse("河东乡人民政府2022年政府信息公开工作年度报告\n本报告由德安县河东乡人民政府编制。");
    assertThat(r.agency()).isEqualTo("德安县河东乡人民政府");
    assertThat(r.place())
        .isEqualTo(new org.nianbao.geo.Place("江西省", "36", "九江市", "3604", "德安县", "360426"));
  }

  @Test
  void traditional_report_gives_simplified_facet_values() throws Exception {
    Report r = parse("寧強縣教育局2022年政府資訊公開工作年度報告");
    assertThat(r.agency()).isEqualTo("宁强县教育局");
    assertThat(r.county()).isEqualTo("宁强县");
    assertThat(r.place().city()).isEqualTo("汉中市");
  }

  @Test
  void report_without_title_takes_its_place_from_the_preface() throws Exception {
    Report r = parse("本报告根据《条例》要求，由交口县人民政府办公室编制。本年报所列数据的统计期限自2023年1月1日起至12月31日止。");
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.place())
        .isEqualTo(new org.nianbao.geo.Place("山西省", "14", "吕梁市", "1411", "交口县", "141130"));
  }
}
