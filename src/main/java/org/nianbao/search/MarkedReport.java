package org.nianbao.search;

import java.util.List;
import java.util.Map;
import org.nianbao.ingest.Report;

/**
 * A whole stored report plus, when a query was given, the ranges of each section's text that match
 * it (keyed by section number).
 */
public record MarkedReport(Report report, Map<Integer, List<Mark>> marks) {}
