package org.nianbao.search.lucene;

import java.util.ArrayList;
import java.util.List;

/** Texts of tables 三 and 四 with chosen numbers (all in the 自然人 column), for statistics tests. */
final class StatTexts {
  private StatTexts() {}

  private static final List<String> MIDDLE =
      List.of(
          "（二）部分公开",
          "（三）不予公开 1.属于国家秘密",
          "2.其他法律行政法规禁止公开",
          "3.危及“三安全一稳定”",
          "4.保护第三方合法权益",
          "5.属于三类内部事务信息",
          "6.属于四类过程性信息",
          "7.属于行政执法案卷",
          "8.属于行政查询事项",
          "（四）无法提供 1.本机关不掌握相关政府信息",
          "2.没有现成信息需要另行制作",
          "3.补正后申请内容仍不明确",
          "（五）不予处理 1.信访举报投诉类申请",
          "2.重复申请",
          "3.要求提供公开出版物",
          "4.无正当理由大量反复申请",
          "5.要求行政机关确认或重新出具已获取信息",
          "（六）其他处理");

  private static String row(String label, int v) {
    return label + " " + v + " 0 0 0 0 0 " + v;
  }

  /** Table 三: {@code granted} 予以公开, {@code secret} 不予公开（国家秘密）; all handled, none carried. */
  static String requests(int granted, int secret) {
    List<String> lines = new ArrayList<>();
    lines.add("申请人情况");
    lines.add("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计");
    lines.add(row("一、本年新收政府信息公开申请数量", granted + secret));
    lines.add(row("二、上年结转政府信息公开申请数量", 0));
    lines.add(row("（一）予以公开", granted));
    for (String label : MIDDLE) {
      lines.add(row(label, label.contains("国家秘密") ? secret : 0));
    }
    lines.add(row("（七）总计", granted + secret));
    lines.add(row("四、结转下年度继续办理", 0));
    return String.join("\n", lines);
  }

  /** Table 四: {@code reviews} 复议 of which {@code corrected} 纠正; {@code direct} 直接起诉 (维持). */
  static String reviews(int reviews, int corrected, int direct) {
    return "行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
        + (reviews - corrected)
        + " "
        + corrected
        + " 0 0 "
        + reviews
        + " "
        + direct
        + " 0 0 0 "
        + direct
        + " 0 0 0 0 0";
  }
}
