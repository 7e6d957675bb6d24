package org.nianbao.search.lucene;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query bound to one search's state (a matcher, a resolved filter): a leaf that equals only
 * itself, so no cache can mistake one search's query for another's.
 */
abstract class SearchBoundQuery extends Query {
  @Override
  public final void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public final boolean equals(Object other) {
    return this == other;
  }

  @Override
  public final int hashCode() {
    return System.identityHashCode(this);
  }
}
