package org.nianbao.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Trusted HTML written unescaped by jte. Only built from the highlighter's snippets ({@code
 * SectionHit.snippets()}), which are already escaped except for their {@code <mark>} tags.
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
