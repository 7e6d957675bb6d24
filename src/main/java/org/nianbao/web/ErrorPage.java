package org.nianbao.web;

/** What {@code error.jte} shows for 400/404/500: a heading, one friendly sentence and a way on. */
public record ErrorPage(int status, String heading, String message, String query) {

  static ErrorPage of(int status, String message) {
    String heading =
        switch (status) {
          case 400 -> "请求有误";
          case 404 -> "没有找到这个页面";
          case 503 -> "暂时无法服务";
          default -> "出错了";
        };
    return new ErrorPage(status, heading, message, "");
  }
}
