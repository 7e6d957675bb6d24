package org.nianbao.ingest;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the county-level unit (县/区/县级市/旗 …) an agency belongs to, from its name.
 *
 * <p>Rule: strip a leading party prefix (中共, 中国共产党, 共青团), then a province-level prefix
 * (…省, …自治区, 北京/天津/上海/重庆市), then a prefecture-level prefix (a known 地级市 name + 市, or
 * …自治州/地区/盟). The county is then the unit the remaining name starts with: 1–8 characters
 * ending in 县, 区, 市, 旗 (or 自治县/自治旗/林区/特区). A {@code …市} that is not a known
 * prefecture-level city is county-level (曲阜市). The place name before the unit has 1–4
 * characters (up to 8 before 自治县/自治旗). Words that only look like units do not count:
 * 市场, 市政, 市级, 市民, 区域, 区划, 县级, 县域, 城市, 城区, 园区, 社区 …. When a prefecture or
 * province prefix was stripped and no unit follows, the agency is above county level: {@code null}.
 * Agencies starting with something else (e.g. 国家税务总局金乡县税务局) also give {@code null}.
 */
final class CountyExtractor {
  private CountyExtractor() {}

  private static final Pattern PARTY_PREFIX = Pattern.compile("^(中共|中国共产党|共青团|中国)");
  private static final Pattern PROVINCE =
      Pattern.compile(
          "^(北京市|天津市|上海市|重庆市|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区"
              + "|(河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
              + "|云南|陕西|甘肃|青海|台湾)省)");
  private static final Pattern PREFECTURE_OTHER =
      Pattern.compile("^[^县区市旗]{2,10}?(自治州|地区|盟)");
  private static final Pattern UNIT =
      Pattern.compile(
          "^(\\p{IsHan}{1,8}?(?:自治县|自治旗)|\\p{IsHan}{1,4}?(?:林区|特区|县|区|市|旗))(.?)");
  /** Characters that turn a unit character into another word: 市场, 区域, 县级 …. */
  private static final Map<Character, String> NOT_AFTER_UNIT =
      Map.of('市', "场政级容貌况", '区', "域划级间", '县', "级域");
  private static final Set<String> NOT_COUNTIES =
      Set.of("城市", "都市", "城区", "市区", "园区", "景区", "社区", "辖区", "小区", "郊区", "街区", "片区", "新区",
          "开发区", "经济开发区", "高新区", "经开区", "试验区", "示范区", "保护区", "功能区", "自贸区", "管理区", "工业区", "商务区", "服务区");

  /** Prefecture-level cities (地级市), without 市. */
  private static final Set<String> PREFECTURES =
      Set.of(
          ("石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁"
                  + " 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州"
                  + " 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 吉林 四平 辽源 通化 白山 松原 白城 哈尔滨 齐齐哈尔 鸡西"
                  + " 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城"
                  + " 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南"
                  + " 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平"
                  + " 龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台"
                  + " 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳"
                  + " 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁"
                  + " 随州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 广州 韶关 深圳 珠海 汕头"
                  + " 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 南宁 柳州 桂林"
                  + " 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 儋州 成都 自贡 攀枝花 泸州"
                  + " 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 遵义 安顺 毕节"
                  + " 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 拉萨 日喀则 昌都 林芝 山南 那曲 西安 铜川 宝鸡 咸阳"
                  + " 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 西宁"
                  + " 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密")
              .split(" "));

  /** The county-level unit of {@code agency}, or {@code null}. */
  static String county(String agency) {
    if (agency == null || agency.isBlank()) {
      return null;
    }
    String rest = PARTY_PREFIX.matcher(agency.strip()).replaceFirst("");
    boolean stripped = false;
    Matcher province = PROVINCE.matcher(rest);
    if (province.find()) {
      rest = rest.substring(province.end());
      stripped = true;
    }
    String prefecture = prefecturePrefix(rest);
    if (prefecture != null) {
      rest = rest.substring(prefecture.length());
      stripped = true;
    }
    String unit = leadingUnit(rest);
    if (unit == null && !stripped) {
      return null;
    }
    return unit;
  }

  private static String prefecturePrefix(String name) {
    for (int len = 2; len <= 4 && len < name.length(); len++) {
      if (name.charAt(len) == '市' && PREFECTURES.contains(name.substring(0, len))) {
        return name.substring(0, len + 1);
      }
    }
    Matcher other = PREFECTURE_OTHER.matcher(name);
    return other.find() ? other.group() : null;
  }

  private static String leadingUnit(String name) {
    Matcher m = UNIT.matcher(name);
    if (!m.find()) {
      return null;
    }
    String unit = m.group(1);
    String after = m.group(2);
    String forbidden = NOT_AFTER_UNIT.getOrDefault(unit.charAt(unit.length() - 1), "");
    if (!after.isEmpty() && forbidden.indexOf(after.charAt(0)) >= 0) {
      return null;
    }
    return NOT_COUNTIES.contains(unit) ? null : unit;
  }
}
