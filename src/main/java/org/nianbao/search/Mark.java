package org.nianbao.search;

/** A highlighted range {@code [start, end)} of a section's text. */
public record Mark(int start, int end) {}
