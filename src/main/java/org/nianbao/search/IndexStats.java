package org.nianbao.search;

import java.util.List;

/** What the index holds, for the home page and {@code /healthz}. */
public record IndexStats(
    long reports, long sections, long counties, long agencies, List<Integer> years) {}
