package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The county rule over many agency names; an empty second column means "no county". */
class CountyExtractorTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "金乡县投资促进服务中心, 金乡县",
    "高青县投资促进中心, 高青县",
    "金乡县民政局, 金乡县",
    "金乡县人民政府办公室, 金乡县",
    "金乡县鸡黍镇人民政府, 金乡县",
    "中共金乡县委宣传部, 金乡县",
    "济宁市任城区司法局, 任城区",
    "山东省济宁市任城区教育和体育局, 任城区",
    "济南市市中区财政局, 市中区",
    "曲阜市文化和旅游局, 曲阜市",
    "曲阜市民政局, 曲阜市",
    "邹城市市场监督管理局, 邹城市",
    "北京市海淀区教育委员会, 海淀区",
    "内蒙古自治区鄂尔多斯市准格尔旗林业和草原局, 准格尔旗",
    "恩施土家族苗族自治州利川市财政局, 利川市",
    "长阳土家族自治县交通运输局, 长阳土家族自治县",
    "济宁市发展和改革委员会, ",
    "济宁市市场监督管理局, ",
    "济宁市城市管理局, ",
    "济宁市民政局, ",
    "山东省财政厅, ",
    "北京市教育委员会, ",
    "国家税务总局金乡县税务局, ",
    "中国人民银行济宁市中心支行, ",
    "区域发展服务中心, ",
    "县级融媒体中心, ",
  })
  void county_is_the_first_county_level_unit_after_province_and_city_prefixes(
      String agency, String county) {
    assertThat(CountyExtractor.county(agency)).isEqualTo(county);
  }

  @ParameterizedTest
  @CsvSource({"''", "' '"})
  void no_agency_means_no_county(String agency) {
    assertThat(CountyExtractor.county(agency)).isNull();
    assertThat(CountyExtractor.county(null)).isNull();
  }
}
