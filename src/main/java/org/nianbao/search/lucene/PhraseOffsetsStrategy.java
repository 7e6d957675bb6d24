package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * The highlighter's offsets for an OR of exact phrases (term and phrase queries: what {@link
 * ReportQueries#highlight} builds) read from one postings enum per term and segment, advanced from
 * section to section, instead of new postings per section behind a weight's matches. The matches
 * are Lucene's weight matches, in their order: a term query matches at each of its positions; a
 * phrase is one match from its first term's start offset to its last term's end offset, named by
 * its terms joined by spaces; all ordered by start and end position; every match counts once. Any
 * other query is left to Lucene's own strategy (a weight per section).
 */
final class PhraseOffsetsStrategy extends PostingsOffsetStrategy {
  /** An exact phrase: its terms by position (a term query: one term), and its match's name. */
  private record Clause(Term[] terms, int[] positions, BytesRef name) {}

  private final List<Clause> clauses;
  private LeafReader segment;
  private int lastDoc = -1;
  private PostingsEnum[][] postings;
  private final SectionMatches found = new SectionMatches();

  PhraseOffsetsStrategy(UHComponents components) {
    super(components);
    this.clauses = clauses(components.query(), components.field());
  }

  /** Whether {@code q}'s offsets on {@code field} are read here (else by Lucene's strategy). */
  static boolean reads(Query q, String field) {
    return clauses(q, field) != null;
  }

  /**
   * The distinct exact phrases of {@code q} on {@code field}, or null when it is not only those.
   */
  private static List<Clause> clauses(Query q, String field) {
    Set<Query> leaves = new LinkedHashSet<>(); // a repeated clause matches once (as rewritten)
    if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0) {
      for (BooleanClause c : b.clauses()) {
        if (c.occur() != BooleanClause.Occur.SHOULD) {
          return null;
        }
        leaves.add(c.query());
      }
    } else {
      leaves.add(q);
    }
    List<Clause> out = new ArrayList<>();
    for (Query leaf : leaves) {
      Clause c = clause(leaf, field);
      if (c == null) {
        return null;
      }
      out.add(c);
    }
    return out;
  }

  private static Clause clause(Query q, String field) {
    Term[] terms;
    int[] positions;
    if (q instanceof TermQuery t) {
      terms = new Term[] {t.getTerm()};
      positions = new int[] {0};
    } else if (q instanceof PhraseQuery p && p.getSlop() == 0 && p.getTerms().length > 0) {
      Integer[] order = new Integer[p.getTerms().length];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, (a, b) -> Integer.compare(p.getPositions()[a], p.getPositions()[b]));
      terms = new Term[order.length];
      positions = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        terms[i] = p.getTerms()[order[i]];
        positions[i] = p.getPositions()[order[i]];
        if (i > 0 && positions[i] == positions[i - 1]) {
          return null; // two terms at one position: not a plain phrase
        }
      }
    } else {
      return null;
    }
    for (Term t : terms) {
      if (!t.field().equals(field)) {
        return null;
      }
    }
    return new Clause(terms, positions, name(q));
  }

  /** The match's term as the highlighter names a query's matches: its terms joined by spaces. */
  private static BytesRef name(Query q) {
    BytesRefBuilder b = new BytesRefBuilder();
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
              if (b.length() > 0) {
                b.append((byte) ' ');
              }
              b.append(t.bytes());
            }
          }
        });
    return b.toBytesRef();
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(
      LeafReader reader, int doc, List<OffsetsEnum> results) throws IOException {
    if (clauses == null) {
      super.createOffsetsEnumsWeightMatcher(reader, doc, results);
      return;
    }
    if (reader != segment || doc <= lastDoc) { // back or again: read positions afresh
      open(reader);
    }
    lastDoc = doc;
    found.clear();
    for (int c = 0; c < clauses.size(); c++) {
      found.add(clauses.get(c).positions(), clauses.get(c).name(), postings[c], doc);
    }
    if (found.size() > 0) {
      results.add(found.sorted());
    }
  }

  /** One postings enum with offsets per term of each clause (null where the segment lacks it). */
  private void open(LeafReader reader) throws IOException {
    segment = reader;
    Terms terms = reader.terms(components.field());
    TermsEnum te = terms == null ? null : terms.iterator();
    postings = new PostingsEnum[clauses.size()][];
    for (int c = 0; c < clauses.size(); c++) {
      Term[] ts = clauses.get(c).terms();
      postings[c] = new PostingsEnum[ts.length];
      for (int i = 0; i < ts.length; i++) {
        if (te != null && te.seekExact(ts[i].bytes())) {
          postings[c][i] = te.postings(null, PostingsEnum.OFFSETS);
        }
      }
    }
  }
}
