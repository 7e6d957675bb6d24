package org.nianbao.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Trusted HTML written unescaped by jte. Only built by {@link Html#snippet} from search snippets:
 * their text escaped, with {@code <mark>} tags around the match ranges.
 */
public record SafeHtml(String html) implements Content {

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(html);
  }

  @Override
  public boolean isEmptyContent() {
    return html == null || html.isEmpty();
  }
}
