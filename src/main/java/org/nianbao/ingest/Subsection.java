package org.nianbao.ingest;

/**
 * A numbered subsection heading such as （一）主动公开情况 inside a section.
 *
 * @param label the label as normalised, e.g. （一）
 * @param title the heading text after the label
 * @param offset char offset of the heading line's start within {@link Section#text()}
 */
public record Subsection(String label, String title, int offset) {}
