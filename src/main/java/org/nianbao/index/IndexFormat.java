package org.nianbao.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The index format, recorded in each commit's user data ({@value #KEY}). An index without the key
 * was built before the marker existed (format 1: no {@link Fields#BODY_GRAMS}); format 2 means
 * every document of the index has run-grams; format 3, that they also carry frequencies and length
 * norms, so a three- or four-character phrase is scored as one term; format 4, that the title and
 * agency have such run-grams too (the title boost of that phrase is one term); format 5, that the
 * index is sorted by year. A writer keeps the format of the index it opened, so adding reports to
 * an older index never claims what its documents lack (and never changes a field's options, which
 * Lucene refuses).
 */
public final class IndexFormat {
  /** The commit user-data key. */
  public static final String KEY = "nianbao.format";

  /** Indexes without the marker. */
  public static final int WITHOUT_GRAMS = 1;

  /** Every document has run-grams ({@link Fields#BODY_GRAMS}). */
  public static final int RUN_GRAMS = 2;

  /**
   * Run-grams with frequencies and norms ({@link Fields#BODY_GRAMS}): a phrase of three or four Han
   * characters scores by its own occurrences.
   */
  public static final int SCORED_GRAMS = 3;

  /**
   * Also run-grams of the title and agency with frequencies and norms ({@link Fields#META_GRAMS}):
   * the title boost of such a phrase is one term, no positions read.
   */
  public static final int TITLE_GRAMS = 4;

  /**
   * Also sorted by year (Lucene index sorting, newest first; each report's block kept whole by the
   * parent field {@link Fields#REPORT_PARENT}): the reports of one year are a run of documents in
   * every segment, so a year filter's ranking reads only that run of the postings.
   */
  public static final int YEAR_SORTED = 5;

  /** The format new indexes are created with. */
  public static final int CURRENT = YEAR_SORTED;

  private IndexFormat() {}

  /** The format of the commit {@code reader} reads (1 for a reader not opened on a commit). */
  public static int of(IndexReader reader) throws IOException {
    if (reader instanceof DirectoryReader d) {
      return parse(d.getIndexCommit().getUserData());
    }
    return WITHOUT_GRAMS;
  }

  /** The format of the latest commit in {@code dir}. */
  static int latest(Directory dir) throws IOException {
    return parse(SegmentInfos.readLatestCommit(dir).getUserData());
  }

  /** The user data that records {@code format}. */
  static Map<String, String> userData(int format) {
    return Map.of(KEY, Integer.toString(format));
  }

  private static int parse(Map<String, String> data) {
    String v = data.get(KEY);
    try {
      return v == null ? WITHOUT_GRAMS : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return WITHOUT_GRAMS;
    }
  }
}
