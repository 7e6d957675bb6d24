package org.nianbao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.geo.Gazetteer;
import org.nianbao.geo.Place;
import org.nianbao.geo.PlaceFinder;

/**
 * Finds the title, agency, county and year of a report in its repaired lines.
 *
 * <ul>
 *   <li>Title: the first of the first five lines (before any heading) ending in 报告/年报, else the
 *       first short line that is neither a sentence nor a heading. Duplicated words left by
 *       extraction are removed ({@code 政府信息公开公开工作} → {@code 政府信息公开工作}).
 *   <li>Year: from the title ({@code 2024 年}, {@code 2024年度}, {@code 二〇二四年}), else from the 统计期限
 *       sentence, else from the first {@code 20xx年度} in the preamble.
 *   <li>Agency: the title without the year and the {@code 政府信息公开工作年度报告} part; else the report's
 *       title named in the text ({@code 现公布…报告}), {@code 本报告由…编制}, a page's 发布机构, {@code 请与…联系},
 *       the signature, the opening of 总体情况; written by {@link AgencyName}'s convention.
 *   <li>County: {@link CountyExtractor}.
 * </ul>
 *
 * Text in traditional characters is matched on its {@link SimplifiedKey} (年度報告, 政府資訊公開); title and
 * agency are returned as written.
 */
final class MetadataExtractor {
  private MetadataExtractor() {}

  /**
   * What was found; {@code titleLine} is -1 when no title line was found; the body starts at {@code
   * bodyFrom} (after the title line, or at it when the title is only the start of the line).
   */
  record Metadata(
      String title,
      int titleLine,
      int bodyFrom,
      String agency,
      Place place,
      Integer year,
      List<String> warnings) {
    String county() {
      return place == null ? null : place.county();
    }
  }

  private static final PlaceFinder PLACES = new PlaceFinder(Gazetteer.get());

  private static final int TITLE_SEARCH_LINES = 12;
  private static final String CN_ZEROS = "〇零○OＯ";
  private static final String CN_DIGITS = CN_ZEROS + "一二三四五六七八九";
  private static final Pattern TITLE_END = Pattern.compile("(报告|年报)$");
  private static final Pattern REPORT_TITLE = Pattern.compile("((信息公开|政务公开).*(报告|年报)|年度报告|年报)$");

  /** The words extraction may duplicate come from these phrases. */
  private static final List<String> REPORT_PHRASES =
      List.of("政府信息公开工作年度报告", "政务公开工作年度报告", "信息公开工作报告");

  private static final Pattern DUPLICATE_WORD = Pattern.compile("(\\p{IsHan}{2,6})\\1");

  /** Four year digits: ASCII, Chinese, or mixed by OCR (2O21, 二0二一). */
  private static final String YEAR_DIGITS = "([0-9" + CN_DIGITS + "]{4})";

  /** {@code 2021年}, or a year in brackets: {@code （2021）}. */
  private static final Pattern YEAR =
      Pattern.compile(YEAR_DIGITS + "\\s*年|[（(]\\s*" + YEAR_DIGITS + "\\s*[）)]");

  /** What the title loses with its year: {@code 2021年度}, {@code （2021年）}, {@code 2020-2021年}. */
  private static final Pattern YEAR_TOKEN =
      Pattern.compile(
          "[（(]\\s*"
              + YEAR_DIGITS
              + "\\s*(年度?)?\\s*[）)]"
              + "|([0-9]{4}\\s*[-—–~至到]\\s*)?"
              + YEAR_DIGITS
              + "\\s*年度?");

  private static final Pattern LEADING_JUNK =
      Pattern.compile("^[\\s（）()《》“”〈〉「」【】、，,：:]*(关于)?(年度|年)?");

  /**
   * The 统计期限 sentence: {@code 2024年1月1日起至…}, {@code 2024 年}, {@code 20241月1日} (年 lost), {@code
   * 二〇二四年度}; the year is not part of a longer number.
   */
  private static final Pattern STATISTICS_YEAR =
      Pattern.compile(
          "(?:统计(?:期限|时限|期间|时间|时段|区间|范围)|报告期|数据(?:统计)?(?:期限|时间|区间))[^。]{0,16}?"
              + "(?<![0-9])([0-9]{4}|["
              + CN_DIGITS
              + "]{4})(?:\\s*年|(?=[01]?[0-9]\\s*月))");

  private static final Pattern YEAR_OF_REPORT =
      Pattern.compile("(?<![0-9])([0-9]{4}|[" + CN_DIGITS + "]{4})\\s*年度");

  /** A publication date ({@code 发布日期：2025-01-20}, {@code 发布时间：2025年1月20日}). */
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?:(?:发布|成文|印发|公开|生成)(?:日期|时间)|日期)\\s*[:：|]?\\s*(?<![0-9])([0-9]{4})\\s*[-年/.]\\s*([01]?[0-9])(?![0-9])");

  /** A date line alone, as under a report's signature: {@code 2025年1月20日}. */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:\\p{IsHan}{2,40}\\s*)?(?<![0-9])([0-9]{4}|["
              + CN_DIGITS
              + "]{4})\\s*年\\s*([0-9]{1,2}|[十一二三四五六七八九]{1,3})\\s*月(?:[0-9]{1,2}|[十一二三四五六七八九]{1,3})\\s*日$");

  /** Months of the year after the report year in which reports are published. */
  private static final int LAST_PUBLICATION_MONTH = 6;

  /** Labels and chrome in front of a saved page's title. */
  private static final Pattern TITLE_LABEL =
      Pattern.compile("^(?:返回顶部|当前位置|您的位置|你的位置|位置|标题|正文|题名|名称|文章标题|信息名称|主题)\\s*[:：]?\\s*");

  /**
   * A site header's date (and the site name before it) in front of a title: {@code …2019年12月3日星期二}.
   */
  private static final Pattern HEADER_DATE =
      Pattern.compile("^.{0,40}?[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日星期[一二三四五六日天](?=.)");

  /** Page buttons in front of a title: {@code 【字体:】打印}. */
  private static final Pattern TITLE_CHROME =
      Pattern.compile("^(?:【[^】]{0,12}】|\\[[^\\]]{0,12}\\]|字体|字号|打印|关闭|分享|[大中小]{3}|[:：|])+(?=.)");

  private static final Pattern BREADCRUMB = Pattern.compile(".*[>＞»›→]\\s*");

  /** A saved page's 发布机构 / 发文机关 field. */
  private static final Pattern PUBLISHER_FIELD =
      Pattern.compile(
          "(?:发布机构|发文机关|发布单位|发文单位|信息来源|来源单位|公开主体|责任部门|来源)\\s*[:：|]?\\s*(\\p{IsHan}{2,40})");

  /** Words {@link #PUBLISHER_FIELD} and {@link #PUBLISHING_BODY_FIELD} need one of. */
  private static final List<String> PUBLISHER_WORDS =
      List.of("发布机构", "发文机关", "发布单位", "发文单位", "来源", "公开主体", "责任部门");

  /** A saved page's 发布机构 field, trusted before the other publisher fields (发文机关 may be short). */
  private static final Pattern PUBLISHING_BODY_FIELD =
      Pattern.compile("发布机构\\s*[:：|]?\\s*(\\p{IsHan}{2,40})");

  /** A signature line: an agency name alone (ends like an agency). */
  private static final Pattern SIGNATURE =
      Pattern.compile("^\\p{IsHan}{2,40}(?:政府|办公室|办公厅|局|委员会|委|办事处|中心|厅|院|馆|所|站|队|会|处|部)$");

  private static final int SIGNATURE_LINES = 6;

  /**
   * The report's title named in its text. Every match starts with one of its lead words, so it is
   * tried only at those (公布 starts 4 chars into 特向社会公布, the furthest).
   */
  static final AnchoredPattern AGENCY_OF_TITLE_IN_TEXT =
      new AnchoredPattern(
          "(?:《|现公开|现公布|现发布|特向社会公布|公布|发布|编制了)(\\p{IsHan}{2,30}?)(?:[（(][^）)]{1,12}[）)])?[0-9]{4}\\s*年度?"
              + "(?:本级)?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)(?![编制发布有关事项的通知])",
          4, "《", "现公开", "公布", "发布", "编制了");

  /** A passing mention usable as the agency when nothing better names it. */
  private static final Pattern MENTIONED_AGENCY =
      Pattern.compile("\\p{IsHan}{2,30}(?:人民政府|政府|办事处|局|委员会|中心|镇|乡|街道)");

  private static final Pattern OPENING_AGENCY =
      Pattern.compile(
          "(?m)^(?:[一1][、.．]\\s*总体情况\\s*)?(?:[（(][一1][）)][^。\\n]{0,12}。)?(?:[0-9]{4}\\s*年度?[，,]?\\s*)?"
              + "(?!我|本|全|各)(\\p{IsHan}{2,30}?(?:人民政府|政府|办事处|街道|局|委员会|中心|办公室|镇|乡|县|旗))"
              + "(?=坚持|深入|严格|认真|紧紧|紧扣|围绕|按照|根据|依据|全面|积极|持续|聚焦|以|在|始终|高度|进一步|共|不断)");

  private static final Pattern REPORT_WORDS = Pattern.compile("政府信息公开|政务信息公开|政务公开|信息公开|政府信息");

  /** How an agency name ends. */
  private static final Pattern AGENCY_END =
      Pattern.compile("\\p{IsHan}{2}(?:政府|局|委员会|委|办事处|中心|办公室|办公厅|厅|院|镇|乡|街道|苏木)$");

  /** Words no agency name holds: first person (我镇), report words, a sentence's start. */
  private static final Pattern NOT_AGENCY = Pattern.compile("我|报告|是|^(?:为|对|以|在|全[县市区镇乡省])");

  /** Words no agency name ends with (chrome and report words picked up as an agency). */
  private static final Pattern NOT_AGENCY_END = Pattern.compile("(年报|报告|日期|时间|来源|原创|解读)$");

  /** The report's own title quoted or named in the text: {@code 现公布…2016年政府信息公开工作年度报告}. */
  private static final Pattern TITLE_IN_TEXT =
      Pattern.compile(
          "(?<![0-9])([0-9]{4}|["
              + CN_DIGITS
              + "]{4})\\s*年度?(?:本级)?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)");

  /** The year whose work the preface says it reports: {@code 汇报我镇2023年政府信息公开工作}. */
  private static final Pattern YEAR_OF_WORK_REPORTED =
      Pattern.compile(
          "(?:汇报|报告|总结)(?:我\\p{IsHan}|本\\p{IsHan}{1,3})?(?<![0-9])([0-9]{4})\\s*年度?(?:政府信息公开|政务公开)工作");

  /** The opening of 总体情况: a paragraph starting {@code 2020年，} or {@code 2020年以来}. */
  private static final Pattern YEAR_OPENING =
      Pattern.compile(
          "(?m)^(?:[一1][、.．]\\s*总体情况\\s*)?([0-9]{4})\\s*年度?(?:[，,]|以来|(?=\\p{IsHan}{2,12}?(?:街道|镇|乡|局|政府|委员会|中心|办公室)))");

  /** A title at the start of a line that goes on as a sentence. */
  private static final Pattern TITLE_AT_START =
      Pattern.compile(
          "^([^，。,；;：:！？]{2,50}?(?:信息公开|政务公开|資訊公開|信息公開)[^，。,；;：:]{0,12}?(?:年度报告|年度報告|工作报告|年报))"
              + "(?=[（(，,]|根据|依据|按照)");

  /** Lines searched for the 统计期限 sentence and for passing mentions of the agency. */
  private static final int HEAD_LINES = 60;

  private static final Pattern CHROME =
      Pattern.compile(
          "所在位置|索\\s*引\\s*号|组配分类|主题分类|发布机构|发文机关|来源\\s*[:：]|发布时间|发布日期|浏览次数|访问次数"
              + "|当前位置|您的位置|字体|打印|无障碍|分享到|设为首页|加入收藏|站群导航");
  private static final Pattern YEAR_FIRST = Pattern.compile("[（(]?" + YEAR_DIGITS);
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("(关于)?(本机关|本单位)?(政府信息公开|政务信息公开|政务公开|信息公开|政府信息).*$");
  private static final Pattern LEADING_TWICE = Pattern.compile("^(\\p{IsHan}{2,12})\\1");
  private static final Pattern TRAILING_JUNK = Pattern.compile("[\\s（）()《》“”〈〉「」【】、，,：:]+$");
  private static final Pattern COMPILED_BY =
      Pattern.compile(
          "本(?:年度)?报告(?:是|[^。]{0,90}?[，,])?由(\\p{IsHan}{2,30}?)(?:[（(]以下简称[^）)]{1,15}[）)])?"
              + "(?:按照|根据|依据|依照|编制|综合)"
              + "|(?<![\\p{IsHan}])由(\\p{IsHan}{2,30}?)(?:[（(]以下简称[^）)]{1,15}[）)])?编制(?:本|此)(?:年度)?报告");

  private static final Pattern CONTACT =
      Pattern.compile("请与(\\p{IsHan}{2,30}?)联系|请联系(\\p{IsHan}{2,30}?)[，,。；;：:（(]");

  /** A government's own office, the compiler of the government's report. */
  private static final Pattern GOVERNMENT_OFFICE =
      Pattern.compile("\\p{IsHan}{2,30}(?:县|区|市|旗|省|自治区|州|盟)人民政府办(?:公室|公厅)");

  /** The report speaks for a government (我县, 本级政府), not for an office (我办). */
  private static final Pattern GOVERNMENT_VOICE = Pattern.compile("我[县市区省旗州](?!委)|本级政府");

  private static final Pattern OFFICE_VOICE =
      Pattern.compile("我办|本办|我厅|本机关|政府办(?:公室|公厅)?(?=认真|严格|坚持|始终|围绕|按照|全面|进一步|持续|深入)");

  /** A body of a government, or its office: 吴起县人民政府政务服务中心 → 吴起县人民政府. */
  private static final Pattern GOVERNMENT_PART =
      Pattern.compile("(\\p{IsHan}{1,30}?(?:县|区|市|旗|省|自治区|州|盟)人民政府)\\p{IsHan}+");

  /** A title glued into a saved page's field row: {@code …有效性: |鹰潭市市场监督管理局2024年…年度报告依据…}. */
  private static final Pattern EMBEDDED_TITLE =
      Pattern.compile(
          "(\\p{IsHan}{2,30}?[0-9]{4}\\s*年度?(?:本级)?(?:政府信息公开|政务信息公开|政务公开|信息公开)(?:工作)?"
              + "(?:开展)?(?:年度)?(?:报告|年报)"
              + "|(?<![0-9])[0-9]{4}\\s*年度?[\\p{IsHan}()（）]{2,30}?(?:政府信息公开|政务信息公开|政务公开|信息公开)"
              + "(?:工作)?(?:年度)?(?:报告|年报))");

  /** The labels of a saved page's next field, where a field value ends. */
  private static final Pattern NEXT_FIELD =
      Pattern.compile("公文时效|时效|文号|发文字号|发布日期|成文日期|发布时间|索引号|主题分类|组配分类|有效性|分类|标题");

  /** Where the preamble names its agency in passing: place evidence only, not the agency. */
  static final List<AnchoredPattern> PLACE_IN_TEXT =
      List.of(
          new AnchoredPattern("由(\\p{IsHan}{2,30}?)(?:编制|制作|负责|综合|汇总|按照|根据|依据)", 0, "由"),
          // 政府 and what follows it start after 2-20 Han characters (2 chars each when
          // supplementary), one of 县区市旗 and an optional 人民
          new AnchoredPattern(
              "(\\p{IsHan}{2,20}?(?:县|区|市|旗)(?:人民)?政府)(?:门户网站|网站|[（(]?(?:https?|www))",
              43,
              "政府门户网站",
              "政府网站",
              "政府（http",
              "政府(http",
              "政府http",
              "政府（www",
              "政府(www",
              "政府www"),
          // 乡, 镇 or 街道 starts after 2-8 Han characters
          new AnchoredPattern(
              "(\\p{IsHan}{2,8}?(?:乡|镇|街道))(?:人民政府|政府|办事处)",
              16,
              "乡人民政府",
              "乡政府",
              "乡办事处",
              "镇人民政府",
              "镇政府",
              "镇办事处",
              "街道人民政府",
              "街道政府",
              "街道办事处"),
          new AnchoredPattern(
              "(?:现公开|现将|公布)(\\p{IsHan}{2,30}?)[0-9〇零一二]{4}年", 0, "现公开", "现将", "公布"),
          new AnchoredPattern(
              "(?:请与|请联系|联系)(\\p{IsHan}{2,30}?)(?:联系|[。，,；;（(])", 0, "请与", "请联系", "联系"),
          new AnchoredPattern("(?:登录|在|从|可在|可从)(\\p{IsHan}{2,24}?)(?:门户网站|政府网站|网站)", 52, "网站"),
          new AnchoredPattern(
              "(?<![\\p{IsHan}])(\\p{IsHan}{2,10}?[县区市旗])(?:门户网站|政务微信|政务微博)",
              21,
              "门户网站",
              "政务微信",
              "政务微博"));

  /**
   * The place of an agency named outside the text (a saved page's 发布机构 field), settled against the
   * report's text; {@code null} when it names no place or an ambiguous one.
   */
  static Place placeOfAgency(String agency, List<String> lines) {
    PlaceFinder.Found found =
        PLACES.find(
            List.of(agency), String.join("\n", lines), MetadataExtractor::countyNotInGazetteer);
    return found.place().isEmpty() ? null : found.place();
  }

  /** Sub-offices and labels that follow the publishing body in titles and signatures. */
  private static final Pattern SUB_OFFICE =
      Pattern.compile(
          "(?:党政综合办公室|党政办公室|党政办|综合办公室|综合办|政务公开股|电子政务股|政务公开办公室"
              + "|政府信息公开领导小组办公室|信息公开领导小组办公室"
              + "|(?:发布|发文|成文|生成|公开|更新)?(?:日期|时间))$");

  /** Words every {@link #SUB_OFFICE} match contains one of. */
  private static final List<String> SUB_OFFICE_WORDS =
      List.of("办公室", "党政办", "综合办", "股", "日期", "时间");

  static Metadata extract(List<String> lines, String fallbackTitle) {
    int titleLine = findTitleLine(lines);
    String title = titleLine >= 0 ? cleanTitle(lines.get(titleLine)) : fallbackTitle;
    int bodyFrom = titleLine + 1;
    if (titleLine < 0
        || !SimplifiedKey.of(title).matches(".*(报告|年报).*")) { // 中村乡2020年…年度报告(以下简称年报)根据…
      for (int i = 0; i < Math.min(lines.size(), TITLE_SEARCH_LINES); i++) {
        Matcher m = TITLE_AT_START.matcher(lines.get(i));
        if (m.lookingAt() && !isChrome(SimplifiedKey.of(m.group(1)))) {
          titleLine = i;
          bodyFrom = i;
          title = cleanTitle(m.group(1));
          break;
        }
      }
    }
    if (titleLine > 0 && YEAR_FIRST.matcher(title).lookingAt()) { // agency on the line above
      String above = cleanTitle(lines.get(titleLine - 1));
      if (SIGNATURE.matcher(SimplifiedKey.of(above)).matches() && isPlausibleAgency(above)) {
        title = above + title;
      }
    }
    String preamble = preamble(lines, bodyFrom);
    String preambleKey = SimplifiedKey.of(preamble);
    String headText = String.join("\n", lines.subList(0, Math.min(lines.size(), HEAD_LINES)));
    String head = SimplifiedKey.of(Gazetteer.get().simplify(headText));
    Integer year = titleLine >= 0 ? yearIn(title) : null;
    if (year == null) {
      year = firstYear(STATISTICS_YEAR, preambleKey);
    }
    if (year == null) {
      year = firstYear(TITLE_IN_TEXT, head);
    }
    if (year == null) {
      year = firstYear(YEAR_OF_WORK_REPORTED, head);
    }
    if (year == null) {
      year = firstYear(YEAR_OF_REPORT, preambleKey);
    }
    if (year == null) {
      year = firstYear(YEAR_OPENING, head);
    }
    if (year == null) {
      year = firstYear(STATISTICS_YEAR, head);
    }
    if (year == null) {
      year = publishedYear(lines);
    }
    String titleAgency = titleLine >= 0 ? agencyFromTitle(title) : null;
    if (titleAgency == null) { // a title glued into a saved page's field row
      String embedded = embeddedTitle(lines);
      if (embedded != null) {
        titleAgency = agencyFromTitle(embedded);
        if (titleLine < 0 && titleAgency != null) {
          title = embedded;
        }
      }
    }
    String compiler = agencyFromText(preamble, preambleKey, COMPILED_BY);
    String contact = agencyFromText(preamble, preambleKey, CONTACT);
    String textAgency = compiler != null ? compiler : contact;
    String signature = signature(lines);
    String publisher = publisherField(lines);
    String opening = openingAgency(head);
    String named = agencyOfTitleInText(headText, head);
    String agency = titleAgency;
    boolean ownWords = agency != null || named != null; // the report names its own title
    if (agency == null) {
      agency = named;
    }
    if (agency == null) {
      agency =
          compiler != null
              ? compiler
              : publisher != null ? publisher : contact != null ? contact : signature;
    }
    boolean fromCompiler = agency != null && agency.equals(compiler);
    boolean fromContact = agency != null && agency.equals(contact) && !fromCompiler;
    if (agency == null) {
      agency = opening;
    }
    List<String> mentions = placeMentions(headText, head);
    for (int i = 0; agency == null && i < mentions.size(); i++) {
      String mention = trimSubOffice(PLACES.fromFirstPlace(mentions.get(i)));
      if (MENTIONED_AGENCY.matcher(SimplifiedKey.of(mention)).matches()
          && isPlausibleAgency(mention)) {
        agency = mention; // 可在兴海县人民政府网站下载 → 兴海县人民政府
      }
    }
    List<String> warnings = new ArrayList<>();
    List<String> evidence = new ArrayList<>(); // read with the syntactic fallback for old names
    evidence.add(titleAgency);
    evidence.add(textAgency);
    List<String> passing = new ArrayList<>(); // read from their first gazetteer name
    passing.add(signature);
    passing.add(publisher);
    passing.add(named);
    passing.add(opening);
    passing.addAll(mentions);
    PlaceFinder.Found found =
        PLACES.find(
            evidence, passing, String.join("\n", lines), MetadataExtractor::countyNotInGazetteer);
    warnings.addAll(found.warnings());
    Place place = found.place().isEmpty() ? null : found.place();
    if (agency == null && place != null && found.township() == null) {
      String unit = place.county() != null ? place.county() : place.city();
      if (unit != null
          && head.contains("我" + unit.charAt(unit.length() - 1))
          && !OFFICE_VOICE.matcher(head).find()) {
        agency = unit; // 我区 in a report whose only place is 海棠区 → 海棠区人民政府
        warnings.add("发布机关未写明，按“我" + unit.charAt(unit.length() - 1) + "”和地名推定为" + unit + "人民政府");
      }
    }
    if (agency != null) {
      agency = Gazetteer.get().simplify(agency);
      if (CountyExtractor.county(agency) == null) { // 汝随县司法局 keeps its unknown county
        agency = PLACES.fromFirstPlace(agency); // 点击查看解读下各镇 → 下各镇
      }
      agency = AgencyName.canonical(AgencyName.withoutSubOffice(agency), place);
      Matcher part = GOVERNMENT_PART.matcher(agency);
      boolean office = GOVERNMENT_OFFICE.matcher(agency).matches();
      if (!ownWords
          && part.matches()
          && ((fromCompiler || fromContact) && office || speaksAsGovernment(head))
          && !OFFICE_VOICE.matcher(head).find()) {
        agency = part.group(1); // 本报告由X人民政府办公室编制 → X人民政府
      }
    }
    return new Metadata(title, titleLine, bodyFrom, agency, place, year, warnings);
  }

  /** A county-level name the gazetteer does not know (renamed, merged), from the name's syntax. */
  private static String countyNotInGazetteer(String rest) {
    String county = CountyExtractor.county(SimplifiedKey.of(rest));
    return county == null || county.endsWith("自治区") || county.endsWith("自治州") ? null : county;
  }

  /** The agency of the report's title named in its text: {@code 现发布《银川市兴庆区人民政府2023年…报告》}. */
  private static String agencyOfTitleInText(String text, String key) {
    List<String> found = new ArrayList<>();
    AGENCY_OF_TITLE_IN_TEXT.groupOne(key, text, found);
    for (String named : found) {
      String agency = trimSubOffice(named);
      if (isPlausibleAgency(agency) && !agency.startsWith("本") && !agency.contains("关于")) {
        return agency;
      }
    }
    return null;
  }

  /** The agency opening 总体情况: {@code 2020年，开平市交通运输局严格按照…}. */
  private static String openingAgency(String head) {
    Matcher m = OPENING_AGENCY.matcher(head);
    if (m.find()) {
      String agency = trimSubOffice(m.group(1));
      return isPlausibleAgency(agency) ? agency : null;
    }
    return null;
  }

  private static List<String> placeMentions(String text, String key) {
    List<String> found = new ArrayList<>();
    for (AnchoredPattern p : PLACE_IN_TEXT) {
      p.groupOne(key, text, found);
    }
    return found;
  }

  /** The year before a publication date in the first half of a year (发布日期, or the date line). */
  static Integer publishedYear(List<String> lines) {
    for (String line : lines.subList(0, Math.min(lines.size(), 40))) {
      Matcher m = PUBLISHED.matcher(SimplifiedKey.of(line));
      if (m.find()) {
        return reportYear(m.group(1), m.group(2));
      }
    }
    for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - SIGNATURE_LINES; i--) {
      Matcher m = DATE_LINE.matcher(lines.get(i).replace(" ", ""));
      if (m.find()) {
        return reportYear(m.group(1), m.group(2));
      }
    }
    return null;
  }

  private static Integer reportYear(String yearDigits, String monthDigits) {
    Integer year = parseYear(yearDigits);
    int month =
        monthDigits.chars().allMatch(Character::isDigit)
            ? Integer.parseInt(monthDigits)
            : LinePatterns.chineseNumber(monthDigits);
    return year == null || month < 1 || month > LAST_PUBLICATION_MONTH ? null : year - 1;
  }

  /** The agency signed at the end of the report (the last lines, above or beside its date). */
  private static String signature(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - SIGNATURE_LINES; i--) {
      String line = lines.get(i).replace(" ", "");
      Matcher date = DATE_LINE.matcher(line);
      if (date.find() && date.start(1) > 0) {
        line = line.substring(0, date.start(1));
      }
      line = trimSubOffice(line);
      if (SIGNATURE.matcher(SimplifiedKey.of(line)).matches() && isPlausibleAgency(line)) {
        return line;
      }
    }
    return null;
  }

  /** The 发布机构 field of a saved page, in its first lines. */
  private static String publisherField(List<String> lines) {
    for (Pattern field : List.of(PUBLISHING_BODY_FIELD, PUBLISHER_FIELD)) { // 发布机构 first
      for (String line : lines.subList(0, Math.min(lines.size(), 40))) {
        String compact = line.replace(" ", "");
        String key = SimplifiedKey.of(compact);
        if (!Literals.any(key, PUBLISHER_WORDS)) {
          continue;
        }
        Matcher m = field.matcher(key);
        if (m.find()) {
          String s = compact.substring(m.start(1), m.end(1));
          Matcher next = NEXT_FIELD.matcher(SimplifiedKey.of(s));
          if (next.find()) {
            s = s.substring(0, next.start());
          }
          s = trimSubOffice(s);
          if (isPlausibleAgency(s)) {
            return s;
          }
          break;
        }
      }
    }
    return null;
  }

  /** True when the title reads like an annual report title (not e.g. a 通知). */
  static boolean isReportTitle(String title) {
    return title != null && REPORT_TITLE.matcher(SimplifiedKey.of(title)).find();
  }

  private static int findTitleLine(List<String> lines) {
    int limit = Math.min(lines.size(), TITLE_SEARCH_LINES);
    for (int i = 0; i < limit; i++) {
      String line = lines.get(i);
      if (LineJoiner.isSectionHeading(line) || SectionSplitter.parseHeading(i, line) != null) {
        break;
      }
      String key = SimplifiedKey.of(line);
      if (TITLE_END.matcher(key).find() && LinePatterns.width(line) <= 120 && !isChrome(key)) {
        return i;
      }
    }
    if (!lines.isEmpty()) {
      String first = lines.get(0);
      if (LinePatterns.width(first) <= 80
          && !LinePatterns.isTerminal(first)
          && !LinePatterns.hasSentencePunctuation(first)
          && !LineJoiner.startsBlock(first)) {
        return 0;
      }
    }
    return -1;
  }

  /**
   * The title without spaces and without the words that extraction duplicated across a line break
   * or a space ({@code 政府信息公开 公开工作}). Only words of the report phrase ({@code 政府信息公开工作年度报告}) are
   * collapsed: real repeats such as {@code 聊城市城市管理局} or the year {@code 二〇二〇} are kept.
   */
  static String cleanTitle(String line) {
    String t = line.replace(" ", "").replace("\u3000", "");
    t = t.replaceFirst("^[A-Za-z]+(?=\\p{IsHan})", ""); // a saved page's <title> (Document)
    t = TITLE_CHROME.matcher(t).replaceFirst(""); // 【字体:】打印2022年度…
    t = BREADCRUMB.matcher(t).replaceFirst("");
    t = HEADER_DATE.matcher(t).replaceFirst(""); // 天津市武清区人民政府 2019年12月3日星期二 (site header)
    Matcher label = TITLE_LABEL.matcher(t);
    if (label.lookingAt() && label.end() < t.length()) {
      t = t.substring(label.end());
    }
    Matcher m = DUPLICATE_WORD.matcher(t);
    int from = 0;
    while (from < t.length() && m.find(from)) {
      String word = m.group(1);
      if (isReportPhraseWord(SimplifiedKey.of(word))) {
        t = t.substring(0, m.start()) + word + t.substring(m.end());
        m = DUPLICATE_WORD.matcher(t);
        from = 0;
      } else {
        from = m.start() + 1;
      }
    }
    return t;
  }

  private static boolean isReportPhraseWord(String word) {
    for (String phrase : REPORT_PHRASES) {
      if (phrase.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String preamble(List<String> lines, int from) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i < lines.size() && i < from + 30; i++) {
      if (i > from && SectionSplitter.parseHeading(i, lines.get(i)) != null) {
        break;
      }
      sb.append(lines.get(i)).append('\n');
    }
    return sb.toString();
  }

  static Integer yearIn(String text) {
    Matcher m = YEAR.matcher(SimplifiedKey.of(text));
    while (m.find()) {
      Integer year = parseYear(m.group(1) != null ? m.group(1) : m.group(2));
      if (year != null) {
        return year;
      }
    }
    return null;
  }

  private static Integer firstYear(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Integer year = parseYear(m.group(1));
      if (year != null) {
        return year;
      }
    }
    return null;
  }

  private static Integer parseYear(String digits) {
    StringBuilder sb = new StringBuilder();
    for (char c : digits.toCharArray()) {
      int cn = CN_DIGITS.indexOf(c);
      sb.append(cn < 0 ? c : (char) ('0' + Math.max(0, cn - CN_ZEROS.length() + 1)));
    }
    int year = Integer.parseInt(sb.toString());
    return year >= 1990 && year <= 2100 ? year : null;
  }

  /**
   * The title without its year and report words. Matching runs on the {@link SimplifiedKey} (same
   * length as the title); the agency is cut from the title as written.
   */
  static String agencyFromTitle(String title) {
    String t = title;
    String key = SimplifiedKey.of(title);
    Matcher year = YEAR_TOKEN.matcher(key);
    int yearAt = 0;
    if (year.find()) {
      yearAt = year.start();
      t = t.substring(0, year.start()) + t.substring(year.end());
      key = key.substring(0, year.start()) + key.substring(year.end());
    }
    Matcher suffix = TITLE_SUFFIX.matcher(key);
    boolean found = suffix.find();
    Matcher words = REPORT_WORDS.matcher(key);
    if (found
        && words.find()
        && yearAt > words.end()
        && AGENCY_END.matcher(key.substring(words.end(), yearAt)).find()) {
      found = suffix.find(yearAt); // a column name glued in front: 文件类信息公开柳城县…人民政府2025年…
    }
    if (found) {
      t = t.substring(0, suffix.start());
      key = key.substring(0, suffix.start());
    }
    Matcher leading = LEADING_JUNK.matcher(key); // 《…, 关于…
    if (leading.lookingAt()) {
      t = t.substring(leading.end());
    }
    t = TRAILING_JUNK.matcher(t).replaceFirst("");
    if (t.endsWith("的")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith("人民")) {
      t = t + "政府";
    }
    t = trimSubOffice(t);
    Matcher twice = LEADING_TWICE.matcher(t); // 上海市上海市… left by a page's header and title
    if (twice.lookingAt()) {
      t = t.substring(twice.group(1).length());
    }
    return isPlausibleAgency(t) ? t : null;
  }

  private static String agencyFromText(String text, String key, Pattern p) {
    Matcher m = p.matcher(key);
    if (m.find()) {
      int g = m.start(1) >= 0 ? 1 : 2;
      String agency = trimSubOffice(text.substring(m.start(g), m.end(g)));
      if (isPlausibleAgency(agency)) {
        return agency;
      }
    }
    return null;
  }

  private static boolean speaksAsGovernment(String head) {
    return GOVERNMENT_VOICE.matcher(head).find() && !OFFICE_VOICE.matcher(head).find();
  }

  /** A report title glued into one of the first lines when they are a saved page's field rows. */
  private static String embeddedTitle(List<String> lines) {
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      String line = lines.get(i).replace(" ", "");
      String key = SimplifiedKey.of(line);
      if (!isChrome(key)) {
        continue;
      }
      Matcher m = EMBEDDED_TITLE.matcher(key);
      if (m.find()) {
        String t = line.substring(m.start(1), m.end(1));
        Matcher label = TITLE_LABEL.matcher(t);
        return label.lookingAt() && label.end() < t.length() ? t.substring(label.end()) : t;
      }
    }
    return null;
  }

  static String trimSubOffice(String agency) {
    String key = SimplifiedKey.of(agency);
    if (!Literals.any(key, SUB_OFFICE_WORDS)) {
      return agency;
    }
    Matcher m = SUB_OFFICE.matcher(key);
    return m.find() && m.start() >= 2 ? agency.substring(0, m.start()) : agency;
  }

  /** A saved page's field row or navigation line (索引号, 组配分类, 发布机构 …), never a title. */
  private static boolean isChrome(String key) {
    return CHROME.matcher(key).find();
  }

  private static boolean isPlausibleAgency(String s) {
    return !NOT_AGENCY_END.matcher(s).find()
        && !NOT_AGENCY.matcher(s).find()
        && s.length() >= 2
        && s.length() <= 40
        && s.codePoints().allMatch(c -> LinePatterns.isWide(c) || "()（）".indexOf(c) >= 0);
  }
}
