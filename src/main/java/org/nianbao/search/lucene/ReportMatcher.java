package org.nianbao.search.lucene;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.search.query.QueryNode;

/**
 * Evaluates a report-level query tree (issue 16) exactly, per segment, over report ordinals of
 * {@link ReportColumns}: each distinct text leaf is searched once ({@link TextLeafHits}), then the
 * boolean tree is evaluated as bit-set algebra for a unit (all sections, or the selected ones). See
 * docs/query-semantics.md §2. Not thread-safe; one per search.
 */
final class ReportMatcher {
  private final StatsSearcher searcher;
  private final LuceneQueries queries;
  private final QueryNode root;
  private final Set<QueryNode> positive = new LinkedHashSet<>();
  private final Map<QueryNode, TextLeafHits[]> leaves = new HashMap<>();
  private final FixedBitSet[] positiveDocs;
  private final FixedBitSet[] positiveReports;
  private final boolean cache;
  private final Universes universes;
  private final Map<String, FixedBitSet> matched = new HashMap<>();
  private boolean planned;
  private org.apache.lucene.util.FixedBitSet[] within; // per segment; null: leaves search all

  ReportMatcher(StatsSearcher searcher, LuceneQueries queries, QueryNode root, boolean cache) {
    this.searcher = searcher;
    this.cache = cache;
    this.queries = queries;
    this.root = root;
    collectPositive(root, true);
    this.positiveDocs = new FixedBitSet[searcher.getIndexReader().leaves().size()];
    this.positiveReports = new FixedBitSet[positiveDocs.length];
    this.universes = new Universes(searcher);
  }

  private void collectPositive(QueryNode n, boolean pos) {
    switch (n) {
      case QueryNode.And a -> a.children().forEach(c -> collectPositive(c, pos));
      case QueryNode.Or o -> o.children().forEach(c -> collectPositive(c, pos));
      case QueryNode.Not x -> collectPositive(x.child(), !pos);
      case QueryNode.Phrase p when pos -> positive.add(p);
      case QueryNode.Near p when pos -> positive.add(p);
      default -> {}
    }
  }

  QueryNode root() {
    return root;
  }

  ReportColumns columns() {
    return searcher.columns();
  }

  private synchronized TextLeafHits hits(QueryNode leaf, int ord) {
    if (!planned) {
      planned = true; // the rarest operand of a conjunction first, the others inside its reports
      QueryNode lead = LeafPlan.lead(searcher, queries, root);
      if (lead != null) {
        TextLeafHits[] hits = LeafHitsCache.everySegment(searcher, queries, lead, cache, null);
        leaves.put(lead, hits);
        within = LeafPlan.within(searcher, hits);
      }
    }
    TextLeafHits[] perSegment = leaves.get(leaf);
    if (perSegment == null) {
      perSegment = LeafHitsCache.everySegment(searcher, queries, leaf, cache, within);
      leaves.put(leaf, perSegment);
    }
    return perSegment[ord];
  }

  /** Section documents of segment {@code ord} holding a positive leaf. */
  synchronized FixedBitSet positiveDocs(int ord) {
    if (positiveDocs[ord] == null) {
      FixedBitSet b =
          new FixedBitSet(
              Math.max(1, searcher.getIndexReader().leaves().get(ord).reader().maxDoc()));
      for (QueryNode leaf : positive) {
        hits(leaf, ord).orDocsInto(b);
      }
      positiveDocs[ord] = b;
    }
    return positiveDocs[ord];
  }

  /** The reports of segment {@code ord} with a section in {@link #positiveDocs} (any unit). */
  synchronized FixedBitSet positiveReports(int ord) {
    if (positiveReports[ord] == null) {
      ReportColumns.Leaf l = searcher.columns().leaf(ord);
      FixedBitSet b = new FixedBitSet(Math.max(1, l.reports()));
      for (QueryNode leaf : positive) {
        b.or(hits(leaf, ord).reports(l, null));
      }
      positiveReports[ord] = b;
    }
    return positiveReports[ord];
  }

  /**
   * The hits of {@code phrase} in segment {@code ord} ({@link TextLeafHits#textDocs}: exact inside
   * the matching reports, the ones ranking looks at), or null when {@code phrase} is not a positive
   * leaf of the tree. Never modify the result.
   */
  synchronized TextLeafHits textHits(QueryNode.Phrase phrase, int ord) {
    return isPositiveLeaf(phrase) ? hits(phrase, ord) : null;
  }

  /** Whether {@code phrase} is a positive leaf of the tree (see {@link #textHits}). */
  boolean isPositiveLeaf(QueryNode.Phrase phrase) {
    return positive.contains(phrase);
  }

  /**
   * The reports of segment {@code ord} that match: live, passing the report-level selections of
   * {@code f}, with a section in unit {@code sections}, and satisfying the tree on that unit.
   * Memoized for this search: never modify the result.
   */
  synchronized FixedBitSet reports(int ord, ResolvedFilter f, SectionUnit sections) {
    String key = Universes.key(ord, f, sections);
    FixedBitSet out = matched.get(key);
    if (out == null) {
      ReportColumns.Leaf l = searcher.columns().leaf(ord);
      FixedBitSet universe = universes.of(ord, f, sections);
      out = eval(root, ord, l, sections, universe);
      out.and(universe);
      matched.put(key, out);
    }
    return out;
  }

  private FixedBitSet eval(
      QueryNode n, int ord, ReportColumns.Leaf l, SectionUnit sections, FixedBitSet universe) {
    return switch (n) {
      case QueryNode.And a -> {
        FixedBitSet out = null;
        for (QueryNode c : a.children()) {
          FixedBitSet b = eval(c, ord, l, sections, universe);
          if (out == null) {
            out = b;
          } else {
            out.and(b);
          }
        }
        yield out;
      }
      case QueryNode.Or o -> {
        FixedBitSet out = new FixedBitSet(Math.max(1, l.reports()));
        o.children().forEach(c -> out.or(eval(c, ord, l, sections, universe)));
        yield out;
      }
      case QueryNode.Not x -> {
        FixedBitSet out = universe.clone();
        out.andNot(eval(x.child(), ord, l, sections, universe));
        yield out;
      }
      case QueryNode.YearRange y -> {
        FixedBitSet out = new FixedBitSet(Math.max(1, l.reports()));
        for (int r = 0; r < l.reports(); r++) {
          if (l.year[r] != ReportColumns.NO_YEAR && y.from() <= l.year[r] && l.year[r] <= y.to()) {
            out.set(r);
          }
        }
        yield out;
      }
      case QueryNode.Phrase p -> hits(p, ord).reports(l, sections);
      case QueryNode.Near p -> hits(p, ord).reports(l, sections);
      case QueryNode.Field f -> hits(f, ord).reports(l, null);
    };
  }

  /** The number of segments. */
  int segments() {
    return positiveDocs.length;
  }

  StatsSearcher searcher() {
    return searcher;
  }
}
