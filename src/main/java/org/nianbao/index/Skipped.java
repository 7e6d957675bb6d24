package org.nianbao.index;

/** A file that was not indexed, with a one-line reason. */
public record Skipped(String source, String reason) {}
