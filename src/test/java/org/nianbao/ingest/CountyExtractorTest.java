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
    "中国人民银行济宁市中心支行, ",
    "区域发展服务中心, ",
    "县级融媒体中心, ",
  })
  void county_is_the_first_county_level_unit_after_province_and_city_prefixes(
      String agency, String county) {
    assertThat(CountyExtractor.county(agency)).isEqualTo(county);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // what follows a complete unit name never matters (民政, 政务, 市场, 县级 …)
    "金乡县民政局, 金乡县",
    "金乡县政务服务管理局, 金乡县",
    "汶上县市场监督管理局, 汶上县",
    "曲阜市市场监督管理局, 曲阜市",
    "曲阜市政务服务管理局, 曲阜市",
    "曲阜市人民政府, 曲阜市",
    "曲阜市政府办公室, 曲阜市",
    "邹城市政务服务管理局, 邹城市",
    "诸城市民政局, 诸城市",
    "宁阳县级融媒体中心, 宁阳县",
    "金乡县域经济发展服务中心, 金乡县",
    "任城区区域发展服务中心, 任城区",
    "济宁市任城区市政工程管理处, 任城区",
    // county-level cities and districts whose names end in 城市/城区
    "邹城市教育局, 邹城市",
    "任城区教育局, 任城区",
    "兖州区民政局, 兖州区",
    "济宁市任城区民政局, 任城区",
    "山东省济宁市金乡县民政局, 金乡县",
    "大同市平城区民政局, 平城区",
    "莆田市城厢区教育局, 城厢区",
    "西安市新城区民政局, 新城区",
    "洛阳市老城区人民政府, 老城区",
    "枣庄市市中区人民政府, 市中区",
    "济南市市中区, 市中区",
    "青岛市市南区教育局, 市南区",
    "青岛市城阳区教育局, 城阳区",
    // districts literally named 城区/郊区/矿区 count only after their own city
    "阳泉市城区人民政府, 城区",
    "山西省晋城市城区民政局, 城区",
    "铜陵市郊区人民政府, 郊区",
    "济宁市城区管理办公室, ",
    "城区街道办事处, ",
    // banners, long and autonomous names, municipalities
    "鄂托克旗教育局, 鄂托克旗",
    "鄂尔多斯市鄂托克前旗民政局, 鄂托克前旗",
    "通辽市科尔沁左翼中旗民政局, 科尔沁左翼中旗",
    "科尔沁左翼中旗教育局, 科尔沁左翼中旗",
    "包头市达尔罕茂明安联合旗财政局, 达尔罕茂明安联合旗",
    "莫力达瓦达斡尔族自治旗民政局, 莫力达瓦达斡尔族自治旗",
    "积石山保安族东乡族撒拉族自治县民政局, 积石山保安族东乡族撒拉族自治县",
    "长阳土家族自治县民政局, 长阳土家族自治县",
    "北京市朝阳区民政局, 朝阳区",
    "上海市浦东新区民政局, 浦东新区",
    "天津市滨海新区教育局, 滨海新区",
    "重庆市万州区民政局, 万州区",
    "神农架林区民政局, 神农架林区",
    // party, vertical administrations, townships
    "中共金乡县委办公室, 金乡县",
    "中国共产党金乡县委员会宣传部, 金乡县",
    "国家税务总局金乡县税务局, 金乡县",
    "国家税务总局济宁市税务局, ",
    "国家税务总局山东省税务局, ",
    "中国人民银行金乡县支行, 金乡县",
    "金乡县人民政府办公室, 金乡县",
    "金乡县鸡黍镇人民政府, 金乡县",
    // above county level, zones and look-alikes
    "济宁市发展和改革委员会, ",
    "济宁市人民政府, ",
    "聊城市城市管理局, ",
    "济宁高新区管委会, ",
    "济宁市高新区管委会, ",
    "济宁经济技术开发区管理委员会, ",
    "重庆市两江新区管理委员会, ",
    "县市场监督管理局, ",
    "市场监督管理局, ",
    "城市管理局, ",
    "社区服务中心, ",
  })
  void real_agency_names(String agency, String county) {
    assertThat(CountyExtractor.county(agency)).isEqualTo(county);
  }

  @ParameterizedTest
  @CsvSource({"''", "' '"})
  void no_agency_means_no_county(String agency) {
    assertThat(CountyExtractor.county(agency)).isNull();
    assertThat(CountyExtractor.county(null)).isNull();
  }
}
