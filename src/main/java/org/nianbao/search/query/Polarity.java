package org.nianbao.search.query;

/** Walks the leaves of a query with their polarity (positive under an even number of negations). */
final class Polarity {
  private Polarity() {}

  interface LeafVisitor {
    void leaf(QueryNode leaf, boolean positive);
  }

  /** Calls {@code visitor} for every leaf: phrases, proximities, fields and year ranges. */
  static void leaves(QueryNode node, LeafVisitor visitor) {
    walk(node, true, visitor);
  }

  private static void walk(QueryNode node, boolean positive, LeafVisitor visitor) {
    switch (node) {
      case QueryNode.And a -> a.children().forEach(c -> walk(c, positive, visitor));
      case QueryNode.Or o -> o.children().forEach(c -> walk(c, positive, visitor));
      case QueryNode.Not n -> walk(n.child(), !positive, visitor);
      case QueryNode.Phrase p -> visitor.leaf(p, positive);
      case QueryNode.Near n -> visitor.leaf(n, positive);
      case QueryNode.Field f -> visitor.leaf(f, positive);
      case QueryNode.YearRange y -> visitor.leaf(y, positive);
    }
  }
}
