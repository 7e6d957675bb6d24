package org.nianbao.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed search query, evaluated per report: a report matches when the boolean expression holds
 * over its text unit (title, agency and its sections, or only the selected sections when a section
 * filter is set). Built with {@link #and}, {@link #or} and {@link #not}, which keep trees flat and
 * free of duplicates so equal queries are equal records (usable as cache keys); {@link #toString()}
 * is the canonical query text, which parses back to an equal tree.
 */
public sealed interface QueryNode
    permits QueryNode.Phrase,
        QueryNode.And,
        QueryNode.Or,
        QueryNode.Not,
        QueryNode.Field,
        QueryNode.YearRange,
        QueryNode.Near {

  /** Open bounds of a {@link YearRange}. */
  int MIN_YEAR = 1000;

  int MAX_YEAR = 9999;

  /**
   * An exact phrase: a run without spaces, or a quoted phrase whose inner spaces are kept (one
   * space between words). Matching ignores traditional/simplified, full/half width and case.
   */
  record Phrase(String text) implements QueryNode {
    public Phrase {
      text = text.strip().replaceAll("\\s+", " ");
      if (text.isEmpty() || text.indexOf('"') >= 0) {
        throw new IllegalArgumentException("phrase must be non-blank and without '\"': " + text);
      }
    }

    @Override
    public String toString() {
      return QueryPrinter.print(this);
    }
  }

  /** Every child holds. */
  record And(List<QueryNode> children) implements QueryNode {
    public And {
      children = List.copyOf(children);
    }

    @Override
    public String toString() {
      return QueryPrinter.print(this);
    }
  }

  /** At least one child holds. */
  record Or(List<QueryNode> children) implements QueryNode {
    public Or {
      children = List.copyOf(children);
    }

    @Override
    public String toString() {
      return QueryPrinter.print(this);
    }
  }

  /** The child does not hold (for a phrase: the unit does not contain it). */
  record Not(QueryNode child) implements QueryNode {
    public Not {
      Objects.requireNonNull(child);
    }

    @Override
    public String toString() {
      return QueryPrinter.print(this);
    }
  }

  /** The leaf holds in one metadata field of the report instead of its text unit. */
  record Field(Scope scope, QueryNode child) implements QueryNode {
    public Field {
      Objects.requireNonNull(scope);
      if (!(child instanceof Phrase) && !(child instanceof Near)) {
        throw new IllegalArgumentException(
            "a field scope applies to a phrase or a proximity: " + child);
      }
    }

    @Override
    public String toString() {
      return QueryPrinter.print(this);
    }
  }

  /** The report year lies in {@code [from, to]}; {@link #MIN_YEAR}/{@link #MAX_YEAR} mean open. */
  record YearRange(int from, int to) implements QueryNode {
    public YearRange {
      if (from < MIN_YEAR || to > MAX_YEAR || from > to) {
        throw new IllegalArgumentException("bad year range " + from + ".." + to);
      }
    }

    @Override
    public String toString() {
      return QueryPrinter.print(this);
    }
  }

  /**
   * Both phrases occur in one text (one section, or the title, …) with at most {@code distance}
   * characters between them, in either order. The phrases have no inner spaces.
   */
  record Near(Phrase first, Phrase second, int distance) implements QueryNode {
    public Near {
      Objects.requireNonNull(first);
      Objects.requireNonNull(second);
      if (distance < 0 || first.text().indexOf(' ') >= 0 || second.text().indexOf(' ') >= 0) {
        throw new IllegalArgumentException(
            "bad proximity " + first + " " + second + " ~" + distance);
      }
    }

    @Override
    public String toString() {
      return QueryPrinter.print(this);
    }
  }

  // ---- factories that keep trees canonical ----

  /**
   * The conjunction of {@code nodes}: nested ANDs flattened, duplicates dropped, one node
   * unwrapped.
   */
  static QueryNode and(List<? extends QueryNode> nodes) {
    List<QueryNode> flat = flatten(nodes, And.class);
    return flat.size() == 1 ? flat.get(0) : new And(flat);
  }

  static QueryNode and(QueryNode... nodes) {
    return and(List.of(nodes));
  }

  /**
   * The disjunction of {@code nodes}: nested ORs flattened, duplicates dropped, one node unwrapped.
   */
  static QueryNode or(List<? extends QueryNode> nodes) {
    List<QueryNode> flat = flatten(nodes, Or.class);
    return flat.size() == 1 ? flat.get(0) : new Or(flat);
  }

  static QueryNode or(QueryNode... nodes) {
    return or(List.of(nodes));
  }

  /** The negation of {@code node}; a double negation cancels. */
  static QueryNode not(QueryNode node) {
    return node instanceof Not n ? n.child() : new Not(node);
  }

  private static List<QueryNode> flatten(List<? extends QueryNode> nodes, Class<?> kind) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no operands");
    }
    Set<QueryNode> out = new LinkedHashSet<>();
    for (QueryNode n : nodes) {
      if (kind == And.class && n instanceof And a) {
        out.addAll(a.children());
      } else if (kind == Or.class && n instanceof Or o) {
        out.addAll(o.children());
      } else {
        out.add(n);
      }
    }
    return new ArrayList<>(out);
  }

  // ---- helpers ----

  /**
   * The phrases to highlight in section text and to list sections by: the unscoped phrases (and
   * both phrases of each proximity) under an even number of negations, distinct, in query order.
   */
  default List<Phrase> positivePhrases() {
    Set<Phrase> out = new LinkedHashSet<>();
    Polarity.leaves(
        this,
        (leaf, positive) -> {
          if (positive && leaf instanceof Phrase p) {
            out.add(p);
          } else if (positive && leaf instanceof Near n) {
            out.add(n.first());
            out.add(n.second());
          }
        });
    return List.copyOf(out);
  }

  /** The positive phrases limited to {@code scope} (e.g. to highlight a title). */
  default List<Phrase> positivePhrases(Scope scope) {
    Set<Phrase> out = new LinkedHashSet<>();
    Polarity.leaves(
        this,
        (leaf, positive) -> {
          if (positive && leaf instanceof Field f && f.scope() == scope) {
            if (f.child() instanceof Phrase p) {
              out.add(p);
            } else if (f.child() instanceof Near n) {
              out.add(n.first());
              out.add(n.second());
            }
          }
        });
    return List.copyOf(out);
  }

  /**
   * True when no leaf (phrase, proximity, field or year range) stands under an even number of
   * negations, e.g. {@code -抖音} or {@code -(微信 抖音)}: such a query matches reports by what they
   * lack, so there is nothing to rank, list sections by or highlight.
   */
  default boolean isPurelyNegative() {
    boolean[] positive = {false};
    Polarity.leaves(this, (leaf, p) -> positive[0] |= p);
    return !positive[0];
  }
}
