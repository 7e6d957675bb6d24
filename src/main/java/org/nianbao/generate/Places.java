package org.nianbao.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nianbao.ingest.Prefectures;

/**
 * The fixed list of {@link #COUNT} places reports are generated for: every prefecture-level city of
 * a few provinces (city-level agencies, no county) and county-level units, a few real ones (金乡县,
 * 汶上县, 高青县 …) followed by generated two-character names ending in 县/区/市/旗.
 *
 * <p>Generated names avoid characters the parser's county rule treats specially (units inside the
 * name, 城/园/新… before 区/市, 地/盟, numerals, 年) and county-level cities named like a prefecture. The
 * list does not depend on the generator seed.
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
  private static final String[][] REAL = {
    {"金乡县", "济宁"}, {"汶上县", "济宁"}, {"嘉祥县", "济宁"}, {"鱼台县", "济宁"}, {"梁山县", "济宁"},
    {"微山县", "济宁"}, {"泗水县", "济宁"}, {"曲阜市", "济宁"}, {"兖州区", "济宁"}, {"高青县", "淄博"},
    {"桓台县", "淄博"}, {"沂源县", "淄博"}, {"博山区", "淄博"}, {"临淄区", "淄博"}, {"张店区", "淄博"},
    {"周村区", "淄博"}, {"淄川区", "淄博"}
  };

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
      String[] prefecture =
          prefectures.stream().filter(p -> p[1].equals(real[1])).findFirst().orElseThrow();
      String stem = real[0].substring(0, real[0].length() - 1);
      taken.add(stem);
      places.add(
          new Place(
              prefecture[0],
              prefecture[1] + "市",
              real[0],
              stem,
              real[0].substring(stem.length()),
              slug(rng)));
    }
    int p = 0;
    while (places.size() < COUNT) {
      String stem = "" + pick(rng) + pick(rng);
      if (stem.charAt(0) == stem.charAt(1) || Prefectures.isPrefecture(stem) || !taken.add(stem)) {
        continue;
      }
      String[] prefecture = prefectures.get(p++ % prefectures.size());
      String unit = unit(rng, prefecture[0].startsWith("内蒙古"));
      places.add(new Place(prefecture[0], prefecture[1] + "市", stem + unit, stem, unit, slug(rng)));
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
