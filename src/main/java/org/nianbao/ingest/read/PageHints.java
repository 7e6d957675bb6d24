package org.nianbao.ingest.read;

/**
 * What a saved web page says about itself outside the report body: the metadata table above the
 * report ({@code 索引号 / 发布机构 / 发文日期 / 标题}), {@code <meta>} tags and its own URL. Every field may be
 * {@code null}.
 *
 * @param title {@code 标题} row or {@code <meta name="ArticleTitle">}
 * @param agency {@code 发布机构} row or {@code <meta name="ContentSource">}
 * @param date {@code 发文日期}/{@code 成文日期} row or {@code <meta name="PubDate">}, as written
 * @param url {@code <link rel="canonical">} or {@code og:url}
 */
public record PageHints(String title, String agency, String date, String url) {

  /** No hints (every format but HTML). */
  public static final PageHints NONE = new PageHints(null, null, null, null);

  /** The year of {@link #date}, or {@code null}. */
  public Integer year() {
    if (date == null) {
      return null;
    }
    var m = java.util.regex.Pattern.compile("(20\\d\\d)").matcher(date);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
