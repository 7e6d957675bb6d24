package org.nianbao.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The fixed list of {@link #COUNT} places reports are generated for: every prefecture-level city
 * of a few provinces (city-level agencies, no county) and county-level units, a few real ones
 * (金乡县, 汶上县, 高青县 …) followed by generated two-character names ending in 县/区/市/旗.
 *
 * <p>Generated names avoid characters the parser's county rule treats specially (units inside the
 * name, 城/园/新… before 区/市, 地/盟, numerals, 年) and county-level cities named like a
 * prefecture. The list does not depend on the generator seed.
 */
public final class Places {

  /** Number of places. */
  public static final int COUNT = 3000;

  private static final String[][] PROVINCES = {
    {"山东省", "济宁 淄博 临沂 潍坊 菏泽 聊城"},
    {"河南省", "郑州 洛阳 南阳 周口"},
    {"河北省", "保定 邯郸 沧州 邢台"},
    {"江苏省", "徐州 盐城 南通 淮安"},
    {"安徽省", "阜阳 滁州 安庆 宿州"},
    {"湖南省", "邵阳 常德 衡阳 怀化"},
    {"湖北省", "黄冈 襄阳 荆州 宜昌"},
    {"四川省", "南充 绵阳 宜宾 达州"},
    {"江西省", "赣州 上饶 吉安 宜春"},
    {"广东省", "湛江 茂名 梅州 清远"},
    {"广西壮族自治区", "桂林 玉林 百色 河池"},
    {"云南省", "曲靖 昭通 保山 临沧"},
    {"贵州省", "遵义 毕节 铜仁 安顺"},
    {"陕西省", "榆林 渭南 汉中 宝鸡"},
    {"甘肃省", "天水 庆阳 平凉 定西"},
    {"内蒙古自治区", "赤峰 通辽 呼伦贝尔 鄂尔多斯"},
    {"浙江省", "温州 金华 台州 丽水"},
    {"福建省", "泉州 漳州 南平 龙岩"},
  };

  /** Real county-level units of the sample reports' cities (name, prefecture stem). */
  private static final String[][] REAL =
      {
        {"金乡县", "济宁"}, {"汶上县", "济宁"}, {"嘉祥县", "济宁"}, {"鱼台县", "济宁"}, {"梁山县", "济宁"},
        {"微山县", "济宁"}, {"泗水县", "济宁"}, {"曲阜市", "济宁"}, {"兖州区", "济宁"}, {"高青县", "淄博"},
        {"桓台县", "淄博"}, {"沂源县", "淄博"}, {"博山区", "淄博"}, {"临淄区", "淄博"}, {"张店区", "淄博"},
        {"周村区", "淄博"}, {"淄川区", "淄博"}
      };

  /** Prefecture-level city names the parser knows (CountyExtractor): never used as county names. */
  private static final Set<String> KNOWN_PREFECTURES =
      Set.of(
          ("石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 "
                  + " 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 "
                  + " 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 "
                  + " 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 吉林 四平 辽源 "
                  + " 通化 白山 松原 白城 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 "
                  + " 七台河 牡丹江 黑河 绥化 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 "
                  + " 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 "
                  + " 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 "
                  + " 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 "
                  + " 龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 "
                  + " 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 "
                  + " 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 "
                  + " 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 武汉 黄石 十堰 宜昌 襄阳 鄂州 "
                  + " 荆门 孝感 荆州 黄冈 咸宁 随州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 "
                  + " 张家界 益阳 郴州 永州 怀化 娄底 广州 韶关 深圳 珠海 汕头 佛山 江门 "
                  + " 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 "
                  + " 云浮 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 "
                  + " 来宾 崇左 海口 三亚 三沙 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 "
                  + " 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 "
                  + " 遵义 安顺 毕节 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 拉萨 "
                  + " 日喀则 昌都 林芝 山南 那曲 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 "
                  + " 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 "
                  + " 陇南 西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 "
                  + " 哈密")
              .split(" +"));

  private static final String NAME_CHARS =
      "安平阳山河江宁昌丰泰兴德武永清和东西南北水云龙华金石福定乐远长宝海嘉庆通荣光明文康顺宜秀峰沙泉溪湖桥岭台丘陵原田"
          + "洛汾沂汶泗邹滕鄄郓曹单成巨莒费蒙郯沭莱栖蓬招寿高青博桓邑夏齐商惠庄鱼微梁聊冠茌莘阿鄢岳湘潭衡邵祁汝颍淮涡亳蒲"
          + "绛晋榆延靖彭沛睢邳灌涟赣吉瑞祥鹤松柏桂兰竹梅凤麟鸿雁望盘屏崇固浦滨汉潞襄樊随枣钟麻蕲浠罗澧攸醴茶桑柘";

  private static final String[] SYLLABLES =
      "an bei chang da dong feng gao he hua jin kang lin long ming nan ning ping qing shan tai wen xi xiang yang yu zhou"
          .split(" ");

  private static final List<Place> ALL = build();

  private Places() {}

  /** All places, in a fixed order. */
  public static List<Place> all() {
    return ALL;
  }

  /** The place with number {@code index} (0 ≤ index < {@link #COUNT}). */
  public static Place get(int index) {
    return ALL.get(index);
  }

  private static List<Place> build() {
    SplittableRandom rng = new SplittableRandom(20_240_601L);
    List<String[]> prefectures = new ArrayList<>(); // {province, stem}
    for (String[] p : PROVINCES) {
      for (String stem : p[1].split(" ")) {
        prefectures.add(new String[] {p[0], stem});
      }
    }
    Set<String> taken = new HashSet<>();
    List<Place> places = new ArrayList<>(COUNT);
    for (String[] p : prefectures) {
      taken.add(p[1]);
      places.add(new Place(p[0], p[1] + "市", null, p[1], "市", slug(rng)));
    }
    for (String[] real : REAL) {
      String[] prefecture = prefectures.stream().filter(p -> p[1].equals(real[1])).findFirst().orElseThrow();
      String stem = real[0].substring(0, real[0].length() - 1);
      taken.add(stem);
      places.add(
          new Place(prefecture[0], prefecture[1] + "市", real[0], stem, real[0].substring(stem.length()), slug(rng)));
    }
    int p = 0;
    while (places.size() < COUNT) {
      String stem = "" + pick(rng) + pick(rng);
      if (stem.charAt(0) == stem.charAt(1) || KNOWN_PREFECTURES.contains(stem) || !taken.add(stem)) {
        continue;
      }
      String[] prefecture = prefectures.get(p++ % prefectures.size());
      String unit = unit(rng, prefecture[0].startsWith("内蒙古"));
      places.add(
          new Place(prefecture[0], prefecture[1] + "市", stem + unit, stem, unit, slug(rng)));
    }
    return List.copyOf(places);
  }

  private static char pick(SplittableRandom rng) {
    return NAME_CHARS.charAt(rng.nextInt(NAME_CHARS.length()));
  }

  private static String unit(SplittableRandom rng, boolean banners) {
    int r = rng.nextInt(100);
    if (banners) {
      return r < 60 ? "旗" : r < 80 ? "县" : r < 90 ? "区" : "市";
    }
    return r < 60 ? "县" : r < 88 ? "区" : "市";
  }

  private static String slug(SplittableRandom rng) {
    return SYLLABLES[rng.nextInt(SYLLABLES.length)] + SYLLABLES[rng.nextInt(SYLLABLES.length)];
  }
}
