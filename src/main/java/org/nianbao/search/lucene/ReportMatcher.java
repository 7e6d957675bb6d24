package org.nianbao.search.lucene;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.Bits;
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
  private final boolean cache;
  private final SectionMasks[] masks;

  ReportMatcher(StatsSearcher searcher, LuceneQueries queries, QueryNode root, boolean cache) {
    this.searcher = searcher;
    this.cache = cache;
    this.queries = queries;
    this.root = root;
    collectPositive(root, true);
    this.positiveDocs = new FixedBitSet[searcher.getIndexReader().leaves().size()];
    this.masks = new SectionMasks[positiveDocs.length];
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
    TextLeafHits[] perSegment = leaves.get(leaf);
    if (perSegment == null) {
      perSegment = TextLeafHits.everySegment(searcher, queries, leaf, cache);
      leaves.put(leaf, perSegment);
    }
    return perSegment[ord];
  }

  private synchronized SectionMasks masks(int ord) {
    if (masks[ord] == null) {
      masks[ord] = new SectionMasks(searcher.columns().leaf(ord));
    }
    return masks[ord];
  }

  /** Section documents of segment {@code ord} holding a positive leaf. */
  synchronized FixedBitSet positiveDocs(int ord) {
    if (positiveDocs[ord] == null) {
      FixedBitSet b =
          new FixedBitSet(
              Math.max(1, searcher.getIndexReader().leaves().get(ord).reader().maxDoc()));
      for (QueryNode leaf : positive) {
        b.or(hits(leaf, ord).docs);
      }
      positiveDocs[ord] = b;
    }
    return positiveDocs[ord];
  }

  /**
   * The reports of segment {@code ord} that match: live, passing the report-level selections of
   * {@code f}, with a section in {@code sections}, and satisfying the tree on that unit.
   */
  FixedBitSet reports(int ord, ResolvedFilter f, SectionUnit sections) {
    ReportColumns.Leaf l = searcher.columns().leaf(ord);
    FixedBitSet universe = universe(ord, l, f, sections);
    FixedBitSet out = eval(root, ord, l, sections, universe);
    out.and(universe);
    return out;
  }

  private FixedBitSet universe(
      int ord, ReportColumns.Leaf l, ResolvedFilter f, SectionUnit sections) {
    Bits live = searcher.getIndexReader().leaves().get(ord).reader().getLiveDocs();
    FixedBitSet u = new FixedBitSet(Math.max(1, l.reports()));
    SectionMasks m = masks(ord);
    for (int r = 0; r < l.reports(); r++) {
      if ((live == null || live.get(l.reportDoc[r])) && f.reportOk(l, r) && m.has(r, sections)) {
        u.set(r);
      }
    }
    return u;
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

  /**
   * The listed sections (positive, in {@code sections}) of report {@code r} of segment {@code ord},
   * as global docs.
   */
  int[] listed(int ord, int r, SectionUnit sections) {
    ReportColumns.Leaf l = searcher.columns().leaf(ord);
    FixedBitSet pos = positiveDocs(ord);
    return java.util.stream.IntStream.range(l.firstDoc(r), l.reportDoc[r])
        .filter(d -> pos.get(d) && sections.ok(l, d))
        .map(d -> l.docBase + d)
        .toArray();
  }

  /** The number of segments. */
  int segments() {
    return positiveDocs.length;
  }

  /** Adds the section numbers (or topic ordinals) present in segment {@code ord} to {@code out}. */
  void present(int ord, boolean topics, Set<Integer> out) {
    if (topics) {
      masks(ord).topics(out);
    } else {
      masks(ord).numbers(out);
    }
  }
}
