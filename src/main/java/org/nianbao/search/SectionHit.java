package org.nianbao.search;

import java.util.List;

/**
 * A matching section of a report.
 *
 * @param snippets HTML-escaped text with {@code <mark>} around matches (trusted HTML)
 */
public record SectionHit(int number, String title, String url, List<String> snippets) {}
