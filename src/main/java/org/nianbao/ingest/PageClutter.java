package org.nianbao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the clutter of saved web pages from text lines (before repair): breadcrumbs ({@code 首页 >
 * 政务公开 > …}, {@code 当前位置：}), the page metadata rows ({@code 索引号：…}, {@code 发布机构：…}), widget lines
 * ({@code 字号：大 中 小}, {@code 【打印】【关闭】}, {@code 登录 注册}, {@code 分享到}), site footers ({@code 版权所有},
 * {@code ICP备}, {@code 网站标识码}) and a navigation line of short menu items before the title. Applied
 * to every format; report text never looks like this.
 */
final class PageClutter {

  private static final Pattern BREADCRUMB =
      Pattern.compile("^(当前位置|您的位置|您现在的位置|所在位置|现在位置)\\s*[:：].*|^.{0,20}首页\\s*[>＞»›/].*");
  private static final Pattern META_ROW =
      Pattern.compile(
          "^(索引号|发布机构|发文机关|发文日期|成文日期|发布日期|主题分类|主\\s*题\\s*词|文\\s*号|信息来源|来源|浏览次数|访问量|点击数|发布时间)\\s*[:：].*");
  private static final Pattern WIDGET =
      Pattern.compile(
          "字号\\s*[:：]?\\s*[【\\[]?\\s*大\\s*[】\\]]?\\s*[【\\[]?\\s*中\\s*[】\\]]?\\s*[【\\[]?\\s*小\\s*[】\\]]?"
              + "|[【\\[]\\s*(打印|关闭|关闭窗口|打印本页|收藏|返回顶部|我要纠错)\\s*[】\\]]"
              + "|打印本页|关闭窗口|打印|关闭|登录|注册|收藏|返回顶部|无障碍|长者模式");
  private static final Pattern SHARE = Pattern.compile("^(分享到|分享)\\s*[:：].*");
  private static final Pattern FOOTER =
      Pattern.compile(
          "版权所有|ICP\\s*备|网站标识码|公网安备|政府网站找错|网站地图|主办单位\\s*[:：]|承办单位\\s*[:：]|技术支持\\s*[:：]");

  /** Words that each of {@link #BREADCRUMB}, {@link #FOOTER}, {@link #WIDGET} needs one of. */
  private static final List<String> BREADCRUMB_WORDS = List.of("位置", "首页");

  private static final List<String> FOOTER_WORDS =
      List.of("版权所有", "ICP", "网站标识码", "公网安备", "政府网站找错", "网站地图", "主办单位", "承办单位", "技术支持");
  private static final List<String> WIDGET_WORDS =
      List.of("字号", "打印", "关闭", "收藏", "返回顶部", "我要纠错", "登录", "注册", "无障碍", "长者模式");
  private static final Pattern NAV_ITEM = Pattern.compile("\\p{IsHan}{2,6}");
  private static final java.util.Set<String> NAV_WORDS =
      java.util.Set.of(
          "首页", "网站首页", "政务公开", "信息公开", "政府信息公开", "政务服务", "办事服务", "互动交流", "政民互动", "新闻中心", "新闻动态",
          "走进", "概况", "专题专栏", "公众参与", "无障碍");
  private static final int MAX_WIDTH = 120;
  private static final int NAV_LINES = 12;

  private PageClutter() {}

  /** {@code text} without clutter lines. */
  /** A breadcrumb whose last crumb is the report's title (首页 > 年报 > 济宁市教育局2022年…年度报告): kept. */
  private static final java.util.regex.Pattern TITLE_CRUMB =
      java.util.regex.Pattern.compile(
          "[>＞»›→]\\s*[^>＞»›→]*[0-9〇零一二三四五六七八九]{4}\\s*年[^>＞»›→]*(报告|年报|報告)\\s*$");

  static String remove(String text) {
    String[] lines = text.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      if (!isClutter(lines[i], i < NAV_LINES)) {
        out.add(lines[i]);
      }
    }
    return String.join("\n", out);
  }

  static boolean isClutter(String line, boolean nearTop) {
    String t = line.replace('\u3000', ' ').replace('\t', ' ').strip();
    if (t.isEmpty() || LinePatterns.width(t) > MAX_WIDTH) {
      return false;
    }
    if (Literals.any(t, BREADCRUMB_WORDS)
        && BREADCRUMB.matcher(t).matches()
        && !TITLE_CRUMB.matcher(t).find()) {
      return true;
    }
    if ((t.indexOf(':') >= 0 || t.indexOf('：') >= 0) && META_ROW.matcher(t).matches()) {
      return true;
    }
    if (Literals.any(t, FOOTER_WORDS) && FOOTER.matcher(t).find()) {
      return true;
    }
    if (t.contains("分享") && SHARE.matcher(t).matches()) {
      return true;
    }
    if (Literals.any(t, WIDGET_WORDS) && WIDGET.matcher(t).find()) {
      // only widgets and separators: "【打印】【关闭】", "登录 | 注册", "字号：大 中 小"
      String rest = WIDGET.matcher(t).replaceAll("").replaceAll("[\\s|｜/、:：【】\\[\\]()（）·•]", "");
      if (rest.isEmpty()) {
        return true;
      }
    }
    return nearTop && isNavigation(t);
  }

  /**
   * Four or more short menu items separated by spaces or bars, nothing else, one of them a usual
   * site menu entry (a table header row has short cells too, but not these).
   */
  private static boolean isNavigation(String t) {
    String[] items = t.split("[\\s|｜·•]+");
    if (items.length < 4) {
      return false;
    }
    boolean menu = false;
    for (String item : items) {
      if (!NAV_ITEM.matcher(item).matches()) {
        return false;
      }
      menu |= NAV_WORDS.contains(item);
    }
    return menu;
  }
}
