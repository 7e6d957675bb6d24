package org.nianbao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Look-ups of what the index held when an indexing run started (thread-safe). */
final class ExistingReports {
  private static final Set<String> LOOKUP_FIELDS =
      Set.of(Fields.REPORT_ID, Fields.BASE_ID, Fields.FINGERPRINT, Fields.SOURCE_KEY);

  /** What is stored about one indexed file. */
  record Entry(String id, String baseId, String fingerprint) {}

  private final IndexSearcher searcher;

  ExistingReports(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The report indexed from {@code key}, or null. */
  Entry lookup(String key) throws IOException {
    Document d = reportDoc(Fields.SOURCE_KEY, key);
    return d == null
        ? null
        : new Entry(d.get(Fields.REPORT_ID), d.get(Fields.BASE_ID), d.get(Fields.FINGERPRINT));
  }

  /** Whether {@code id} belongs to a report from another file than {@code key}. */
  boolean idTakenByOther(String id, String key) throws IOException {
    Document d = reportDoc(Fields.REPORT_ID, id);
    return d != null && !key.equals(d.get(Fields.SOURCE_KEY));
  }

  /** Source keys of every indexed report. */
  List<String> allKeys() throws IOException {
    TermQuery reports = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT));
    TopDocs all = searcher.search(reports, Math.max(1, searcher.count(reports)));
    List<String> keys = new ArrayList<>(all.scoreDocs.length);
    var stored = searcher.storedFields();
    for (ScoreDoc sd : all.scoreDocs) {
      keys.add(stored.document(sd.doc, Set.of(Fields.SOURCE_KEY)).get(Fields.SOURCE_KEY));
    }
    return keys;
  }

  private Document reportDoc(String field, String value) throws IOException {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)),
                BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(q, 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return searcher.storedFields().document(top.scoreDocs[0].doc, LOOKUP_FIELDS);
  }
}
