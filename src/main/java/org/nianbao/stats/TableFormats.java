package org.nianbao.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows and columns of the standard tables in the 2021 format (国办公开办函〔2021〕30号) and the
 * 2019–2020 format (国办公开办函〔2019〕60号), with the official templates' labels.
 */
final class TableFormats {
  private TableFormats() {}

  static final String ACTIVE_TITLE = "二、主动公开政府信息情况";
  static final String REQUESTS_TITLE = "三、收到和处理政府信息公开申请情况";
  static final String REVIEWS_TITLE = "四、政府信息公开行政复议、行政诉讼情况";

  // table 二, 2021
  static final List<String> ISSUED_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数");
  static final List<String> DECISIONS_2021 = List.of("本年处理决定数量");
  static final List<String> FEES_2021 = List.of("本年收费金额（单位：万元）");
  static final List<RowSpec> ACTIVE_2021 =
      List.of(
          new RowSpec("规章", ISSUED_2021, "规章"),
          new RowSpec("行政规范性文件", ISSUED_2021, "规范性文件"),
          new RowSpec("行政许可", DECISIONS_2021, "行政许可"),
          new RowSpec("行政处罚", DECISIONS_2021, "行政处罚"),
          new RowSpec("行政强制", DECISIONS_2021, "行政强制"),
          new RowSpec("行政事业性收费", FEES_2021, List.of("事业性收费"), true));

  // table 二, 2019–2020
  static final List<String> ISSUED_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量");
  static final List<String> ITEMS_2019 = List.of("上一年项目数量", "本年增/减", "处理决定数量");
  static final List<String> FEES_2019 = List.of("上一年项目数量", "本年增/减");
  static final List<String> PURCHASES_2019 = List.of("采购项目数量", "采购总金额");
  static final List<RowSpec> ACTIVE_2019 =
      List.of(
          new RowSpec("规章", ISSUED_2019, "规章"),
          new RowSpec("规范性文件", ISSUED_2019, "规范性文件"),
          new RowSpec("行政许可", ITEMS_2019, "行政许可"),
          new RowSpec("其他对外管理服务事项", ITEMS_2019, "对外管理"),
          new RowSpec("行政处罚", ITEMS_2019, "行政处罚"),
          new RowSpec("行政强制", ITEMS_2019, "行政强制"),
          new RowSpec("行政事业性收费", FEES_2019, "事业性收费"),
          new RowSpec("政府集中采购", PURCHASES_2019, "集中采购"));

  // table 三 (the same in both formats but for （六）其他处理)
  static final String NATURAL = "自然人";
  static final String TOTAL = "总计";
  static final List<String> APPLICANTS =
      List.of(NATURAL, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", TOTAL);
  static final String NEW = "一、本年新收政府信息公开申请数量";
  static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量";
  static final String HANDLED_TOTAL = "（七）总计";
  static final String CARRIED_FORWARD = "四、结转下年度继续办理";
  static final String OTHER_HANDLING = "（六）其他处理";

  private static final List<RowSpec> REQUESTS_HEAD =
      List.of(
          new RowSpec(NEW, APPLICANTS, "本年新收", "新收政府信息"),
          new RowSpec(CARRIED_OVER, APPLICANTS, "上年结转"),
          new RowSpec("（一）予以公开", APPLICANTS, "予以公开"),
          new RowSpec("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", APPLICANTS, "部分公开"),
          new RowSpec("（三）不予公开 1.属于国家秘密", APPLICANTS, "国家秘密"),
          new RowSpec("（三）不予公开 2.其他法律行政法规禁止公开", APPLICANTS, "其他法律", "禁止公开", "止公开"),
          new RowSpec("（三）不予公开 3.危及“三安全一稳定”", APPLICANTS, "三安全", "一稳定", "危及"),
          new RowSpec("（三）不予公开 4.保护第三方合法权益", APPLICANTS, "第三方", "合法权益"),
          new RowSpec("（三）不予公开 5.属于三类内部事务信息", APPLICANTS, "内部事务"),
          new RowSpec("（三）不予公开 6.属于四类过程性信息", APPLICANTS, "过程性"),
          new RowSpec("（三）不予公开 7.属于行政执法案卷", APPLICANTS, "执法案卷"),
          new RowSpec("（三）不予公开 8.属于行政查询事项", APPLICANTS, "查询事项"),
          new RowSpec("（四）无法提供 1.本机关不掌握相关政府信息", APPLICANTS, "不掌握"),
          new RowSpec("（四）无法提供 2.没有现成信息需要另行制作", APPLICANTS, "没有现成", "另行制作"),
          new RowSpec("（四）无法提供 3.补正后申请内容仍不明确", APPLICANTS, "补正后", "不明确"),
          new RowSpec("（五）不予处理 1.信访举报投诉类申请", APPLICANTS, "信访", "举报投诉"),
          new RowSpec("（五）不予处理 2.重复申请", APPLICANTS, "重复申请"),
          new RowSpec("（五）不予处理 3.要求提供公开出版物", APPLICANTS, "出版物"),
          new RowSpec("（五）不予处理 4.无正当理由大量反复申请", APPLICANTS, "大量反复", "反复申请"),
          new RowSpec("（五）不予处理 5.要求行政机关确认或重新出具已获取信息", APPLICANTS, "重新出具", "已获取"));
  private static final List<RowSpec> REQUESTS_OTHER_2021 =
      List.of(
          new RowSpec("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", APPLICANTS, "不补正", "逾期不补"),
          new RowSpec("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", APPLICANTS, "收费通知", "缴纳费用"),
          new RowSpec("（六）其他处理 3.其他", APPLICANTS, "3.其他"));
  private static final List<RowSpec> REQUESTS_OTHER_SINGLE =
      List.of(new RowSpec(OTHER_HANDLING, APPLICANTS, "其他处理"));
  private static final List<RowSpec> REQUESTS_TAIL =
      List.of(
          new RowSpec(HANDLED_TOTAL, APPLICANTS, "总计"),
          new RowSpec(CARRIED_FORWARD, APPLICANTS, "结转下年度", "下年度"));

  /** Table 三's rows: （六）其他处理 has three sub-rows (2021 format) or is one row. */
  static List<RowSpec> requests(boolean otherHandlingSubRows) {
    List<RowSpec> rows = new ArrayList<>(REQUESTS_HEAD);
    rows.addAll(otherHandlingSubRows ? REQUESTS_OTHER_2021 : REQUESTS_OTHER_SINGLE);
    rows.addAll(REQUESTS_TAIL);
    return List.copyOf(rows);
  }

  /** The labels of the rows that add up to （七）总计. */
  static List<String> resultRows(List<RowSpec> rows) {
    List<String> labels = new ArrayList<>();
    for (RowSpec r : rows) {
      String l = r.label();
      if (l.startsWith("（") && !l.equals(HANDLED_TOTAL)) {
        labels.add(l);
      }
    }
    return labels;
  }

  // table 四
  static final String REVIEW = "行政复议";
  static final String LITIGATION_DIRECT = "行政诉讼 未经复议直接起诉";
  static final String LITIGATION_AFTER_REVIEW = "行政诉讼 复议后起诉";
  static final List<String> OUTCOMES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", TOTAL);
  static final List<String> REVIEW_ROWS =
      List.of(REVIEW, LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW);
}
