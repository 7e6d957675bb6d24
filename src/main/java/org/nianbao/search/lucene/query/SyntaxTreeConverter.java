package org.nianbao.search.lucene.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.flexible.core.nodes.BooleanQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.GroupQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.ModifierQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.OrQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.SlopQueryNode;
import org.apache.lucene.queryparser.flexible.standard.nodes.TermRangeQueryNode;
import org.nianbao.search.query.QueryNode;
import org.nianbao.search.query.Scope;

/**
 * Turns the syntax tree of Lucene's {@code StandardSyntaxParser} into nianbao's {@link QueryNode}:
 * every text leaf becomes one exact {@link QueryNode.Phrase} (never smartcn's OR of words).
 *
 * <p>Negation follows Lucene's convention for a list of clauses: in {@code A OR -B} the negated
 * clause excludes from the whole list ({@code A} and not {@code B}, as the old parser did); a group
 * holding only negations, {@code A OR (-B)}, is a plain negated operand. In an implicit AND list
 * the order of the clauses is kept.
 */
final class SyntaxTreeConverter {
  private SyntaxTreeConverter() {}

  static QueryNode convert(org.apache.lucene.queryparser.flexible.core.nodes.QueryNode n) {
    return switch (n) {
      case GroupQueryNode g -> convert(g.getChild());
      case OrQueryNode o -> list(o.getChildren(), true);
      case BooleanQueryNode b -> list(b.getChildren(), false); // implicit and explicit AND
      case ModifierQueryNode m ->
          m.getModifier() == ModifierQueryNode.Modifier.MOD_NOT
              ? QueryNode.not(convert(m.getChild()))
              : convert(m.getChild());
      case SlopQueryNode s -> near((FieldQueryNode) s.getChild(), s.getValue());
      case TermRangeQueryNode r -> year(r);
      case FieldQueryNode f ->
          leaf(f.getFieldAsString(), new QueryNode.Phrase(f.getTextAsString()));
      default ->
          throw new IllegalStateException("unexpected syntax node " + n.getClass().getSimpleName());
    };
  }

  private static QueryNode list(
      List<org.apache.lucene.queryparser.flexible.core.nodes.QueryNode> children, boolean or) {
    List<QueryNode> members = new ArrayList<>();
    List<QueryNode> positives = new ArrayList<>();
    List<QueryNode> negatives = new ArrayList<>();
    for (var c : children) {
      QueryNode node = convert(c);
      members.add(node);
      boolean negated =
          c instanceof ModifierQueryNode m && m.getModifier() == ModifierQueryNode.Modifier.MOD_NOT;
      (negated ? negatives : positives).add(node);
    }
    if (!or) {
      return QueryNode.and(members);
    }
    if (positives.isEmpty()) {
      return QueryNode.and(negatives);
    }
    List<QueryNode> all = new ArrayList<>();
    all.add(QueryNode.or(positives));
    all.addAll(negatives);
    return QueryNode.and(all);
  }

  private static QueryNode near(FieldQueryNode quoted, int distance) {
    String[] words = quoted.getTextAsString().strip().split("\\s+");
    QueryNode.Near near =
        new QueryNode.Near(
            new QueryNode.Phrase(words[0]), new QueryNode.Phrase(words[1]), distance);
    return leaf(quoted.getFieldAsString(), near);
  }

  private static QueryNode leaf(String field, QueryNode node) {
    Scope scope = field == null || field.isEmpty() ? null : Scope.named(field);
    return scope == null ? node : new QueryNode.Field(scope, node);
  }

  private static QueryNode year(TermRangeQueryNode r) {
    int from = bound(r.getLowerBound().getTextAsString(), QueryNode.MIN_YEAR);
    int to = bound(r.getUpperBound().getTextAsString(), QueryNode.MAX_YEAR);
    return new QueryNode.YearRange(from, to);
  }

  private static int bound(String text, int open) {
    return text.isEmpty() || text.equals("*") ? open : Integer.parseInt(text);
  }
}
