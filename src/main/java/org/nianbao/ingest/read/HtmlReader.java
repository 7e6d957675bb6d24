package org.nianbao.ingest.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.ingest.ReportFileException;

/**
 * Reads a saved government web page with jsoup: decodes it ({@link HtmlCharset}), takes the page
 * metadata ({@link PageHints}: the {@code 索引号 / 发布机构 / 发文日期} table, {@code <meta>} tags, the
 * canonical URL) out of the text, drops the site chrome (navigation, breadcrumbs, font-size and
 * print widgets, login, share buttons, footers), finds the report body and renders it with {@link
 * HtmlText} (tables one row per line).
 */
public final class HtmlReader implements DocumentReader {

  private static final List<String> BODY_SELECTORS =
      List.of(
          ".TRS_Editor",
          "#ivs_content",
          ".TRS_UEDITOR",
          "#zoom",
          ".article_content",
          "#UCAP-CONTENT",
          ".pages_content",
          ".article-content",
          "#content",
          ".content");
  private static final String CHROME_TAGS =
      "script, style, noscript, iframe, nav, footer, form, button, select, input, object, embed,"
          + " link, meta";
  private static final Pattern CHROME_NAME =
      Pattern.compile(
          "(?i)(^|[-_\\s])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|foot"
              + "|share|bdshare|login|print|fontsize|font-size|copyright|sidebar|toolbar)([-_\\s\\d]|$)");
  private static final List<String> HEADINGS =
      List.of("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议", "存在的主要问题及改进情况", "其他需要报告的事项");
  private static final Pattern META_ROW =
      Pattern.compile("(索引号|发布机构|发文机关|发文日期|成文日期|发布日期|标\\s*题|文\\s*号|主题分类|主\\s*题\\s*词)[：:]");
  private static final int MIN_BODY_HAN = 100;

  @Override
  public Extracted read(String source, byte[] bytes) throws ReportFileException {
    try {
      Document doc = Jsoup.parse(HtmlCharset.decode(bytes));
      String url =
          firstNonBlank(
              doc.select("link[rel=canonical]").attr("href"),
              doc.select("meta[property=og:url]").attr("content"));
      String metaTitle = doc.select("meta[name=ArticleTitle]").attr("content");
      String metaAgency = doc.select("meta[name=ContentSource]").attr("content");
      String metaDate = doc.select("meta[name=PubDate]").attr("content");
      String pageTitle = withoutSiteName(doc.title());
      doc.select(CHROME_TAGS).remove();
      removeChromeByName(doc.body());
      PageHints table = metadataTable(doc.body());
      Element body = body(doc.body());
      String text = HtmlText.render(body);
      String title = firstNonBlank(table.title(), metaTitle, heading(doc.body()), pageTitle);
      if (title != null && !body.text().contains(title.strip())) {
        text = title.strip() + "\n" + text;
      }
      PageHints hints =
          new PageHints(
              firstNonBlank(table.title(), metaTitle),
              firstNonBlank(table.agency(), metaAgency),
              firstNonBlank(table.date(), metaDate),
              url);
      return new Extracted(Format.HTML, text, List.of(), hints, List.of());
    } catch (RuntimeException | StackOverflowError e) {
      throw new ReportFileException(source, "无法读取的网页（" + WordText.oneLine(e) + "）", e);
    }
  }

  private static void removeChromeByName(Element root) {
    for (Element e : root.getAllElements()) {
      if (e == root || e.parent() == null) {
        continue;
      }
      String names = e.id() + " " + e.className();
      if (CHROME_NAME.matcher(names).find() && !isBodyContainer(e)) {
        e.remove();
      }
    }
  }

  private static boolean isBodyContainer(Element e) {
    return BODY_SELECTORS.stream().anyMatch(e::is) || han(e.text()) > 300;
  }

  /** Takes the 索引号/发布机构/发文日期 block out of the page and returns what it says. */
  private static PageHints metadataTable(Element root) {
    Element best = null;
    int bestLabels = 0;
    for (Element e : root.select("table, ul, dl, div")) {
      String t = e.text();
      if (!t.contains("索引号") || t.length() > 800) {
        continue;
      }
      int labels = labels(t);
      if (labels > bestLabels
          || labels == bestLabels && best != null && t.length() < best.text().length()) {
        best = e;
        bestLabels = labels;
      }
    }
    if (bestLabels < 2) {
      best = null;
    }
    if (best == null) {
      return PageHints.NONE;
    }
    String t = HtmlText.render(best).replace('\t', ' ');
    PageHints hints =
        new PageHints(
            field(t, "标\\s*题"), field(t, "(?:发布机构|发文机关)"), field(t, "(?:发文日期|成文日期|发布日期)"), null);
    best.remove();
    return hints;
  }

  private static int labels(String t) {
    int n = 0;
    for (String label : List.of("索引号", "发布机构", "发文日期", "成文日期", "标题", "文号")) {
      if (t.replaceAll("\\s", "").contains(label)) {
        n++;
      }
    }
    return n;
  }

  private static String field(String text, String label) {
    Matcher m =
        Pattern.compile(label + "[：:]\\s*(.+?)(?=\\s*(?:" + META_ROW.pattern() + ")|\\n|$)")
            .matcher(text);
    if (!m.find()) {
      return null;
    }
    String v = m.group(1).strip();
    return v.isEmpty() ? null : v;
  }

  /** The report body: a known CMS container, else the smallest element with most headings. */
  private static Element body(Element root) {
    for (String selector : BODY_SELECTORS) {
      for (Element e : root.select(selector)) {
        if (han(e.text()) >= MIN_BODY_HAN) {
          return e;
        }
      }
    }
    int most = headingCount(root);
    Element best = root;
    if (most >= 2) {
      for (Element e : root.getAllElements()) {
        if (headingCount(e) == most && e.text().length() < best.text().length()) {
          best = e;
        }
      }
    }
    return best;
  }

  private static int headingCount(Element e) {
    String t = e.text();
    int n = 0;
    for (String h : HEADINGS) {
      if (t.contains(h)) {
        n++;
      }
    }
    return n;
  }

  private static String heading(Element root) {
    for (Element h : root.select("h1, h2, .title, .article-title")) {
      String t = h.text().strip();
      if (t.contains("报告") && t.length() <= 80) {
        return t;
      }
    }
    return null;
  }

  /** {@code 某某报告_某某市人民政府} → {@code 某某报告}: page titles end with the site's name. */
  static String withoutSiteName(String title) {
    String[] parts = title.split("\\s*[_|｜]\\s*|\\s+[-—–]\\s+");
    return parts.length > 1 && !parts[0].isBlank() ? parts[0].strip() : title.strip();
  }

  private static int han(String s) {
    return (int)
        s.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .count();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
