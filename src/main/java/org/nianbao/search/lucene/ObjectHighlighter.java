package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.nianbao.index.Fields;

/** Exposes the highlighter's per-document objects (our formatters return lists, not strings). */
final class ObjectHighlighter extends UnifiedHighlighter {

  /** Where the offsets of matches come from (the same matches each way). */
  enum Offsets {
    /** Lucene's own strategy: a new weight per section. */
    WEIGHT_PER_SECTION,
    /** {@link PhraseOffsetsStrategy}: postings per segment, phrases matched here. */
    POSTINGS_PER_SEGMENT
  }

  private final Offsets offsets;

  /** Stored fields read by this highlighter (one page, one thread), opened on first use. */
  private StoredFields stored;

  ObjectHighlighter(UnifiedHighlighter.Builder builder, IndexSearcher searcher, Offsets offsets) {
    super(builder);
    this.offsets = offsets;
    if (searcher instanceof StatsSearcher s) { // merged once per reader, not once per page
      MergedFieldInfos m = s.cached(KEY);
      if (m == null) {
        m = new MergedFieldInfos(FieldInfos.getMergedFieldInfos(s.getIndexReader()));
        s.cache(KEY, m);
      }
      this.fieldInfos = m.infos();
    }
  }

  private static final Object KEY = new Object();

  private record MergedFieldInfos(FieldInfos infos) implements SearchCache.Weighed {
    @Override
    public long bytes() {
      return 1024 + 512L * infos.size();
    }
  }

  /**
   * The stored section text has no postings of its own (indexes since issue 16's last round): its
   * marks come from the masked bigram field's offsets, which the default choice would not see (it
   * would re-analyse the text with the body's analyzer and find no bigram).
   */
  @Override
  protected OffsetSource getOffsetSource(String field) {
    return Fields.BODY.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
  }

  /** Postings offsets as {@link #offsets} says. */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(
      OffsetSource offsetSource, UHComponents components) {
    return offsets == Offsets.POSTINGS_PER_SEGMENT
            && offsetSource == OffsetSource.POSTINGS
            && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
        ? new PhraseOffsetsStrategy(components)
        : super.getOffsetStrategy(offsetSource, components);
  }

  /** A section's stored text as the highlighter loads it, cached per reader. */
  private record TextKey(String field, int doc, int maxLength) {}

  private record Text(CharSequence value) implements SearchCache.Weighed {
    @Override
    public long bytes() {
      return 64 + (value == null ? 0 : 2L * value.length());
    }
  }

  /**
   * The section text from the reader's cache (result pages show the same sections again and again:
   * boilerplate scores alike), loaded as the highlighter would otherwise load it.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    if (!(searcher instanceof StatsSearcher s) || fields.length != 1) {
      return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    }
    List<CharSequence[]> out = new ArrayList<>();
    long chars = 0;
    do { // as the highlighter does: one document, or until the threshold is passed
      int doc = docIter.nextDoc();
      if (doc == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      TextKey key = new TextKey(fields[0], doc, getMaxLength());
      Text text = s.cached(key);
      if (text == null) {
        text = new Text(load(fields, doc));
        s.cache(key, text);
      }
      out.add(new CharSequence[] {text.value()});
      chars += text.value() == null ? 0 : text.value().length();
    } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
    return out;
  }

  /**
   * The field's value in {@code doc} as {@link UnifiedHighlighter#loadFieldValues} reads it, with
   * one stored-fields reader for the whole page: its documents are read in order, so sections of
   * one report (neighbours) are decompressed from a block already read, with buffers reused.
   */
  private CharSequence load(String[] fields, int doc) throws IOException {
    if (stored == null) {
      stored = searcher.storedFields();
    }
    Visitor visitor = new Visitor(fields, getMaxLength());
    stored.document(doc, visitor);
    return visitor.values()[0];
  }

  /** The highlighter's own visitor (values joined and cut as it does), made fresh per document. */
  private static final class Visitor extends LimitedStoredFieldVisitor {
    Visitor(String[] fields, int maxLength) {
      super(fields, MULTIVAL_SEP_CHAR, maxLength);
      values = new CharSequence[fields.length];
      currentField = -1;
    }

    CharSequence[] values() {
      return values;
    }
  }

  /** The formatter's object for each of {@code docIds} (in the same order), null when none. */
  Object[] highlight(String field, Query query, int[] docIds, int maxPassages) throws IOException {
    return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {maxPassages})
        .get(field);
  }
}
