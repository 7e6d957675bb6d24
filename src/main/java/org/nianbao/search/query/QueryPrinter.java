package org.nianbao.search.query;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The canonical text of a query: Chinese field names, {@code OR} between alternatives, a space
 * between required parts, {@code -} for negation, parentheses only where needed, phrases quoted
 * only when they hold spaces or operator characters. Parsing it gives back an equal tree.
 */
final class QueryPrinter {
  private QueryPrinter() {}

  /** A phrase is printed bare when re-reading it cannot turn any of its characters into syntax. */
  private static final Pattern BARE = Pattern.compile("[^\\s\"()|:\\[\\]{}~&\\\\]+");

  private static final List<String> KEYWORDS = List.of("OR", "AND", "NOT");

  static String print(QueryNode node) {
    return switch (node) {
      case QueryNode.Phrase p -> phrase(p);
      case QueryNode.Near n ->
          "\"" + n.first().text() + " " + n.second().text() + "\"~" + n.distance();
      case QueryNode.Field f -> f.scope().chinese() + ":" + print(f.child());
      case QueryNode.YearRange y -> year(y);
      case QueryNode.Not n ->
          "-" + (isAtom(n.child()) ? print(n.child()) : "(" + print(n.child()) + ")");
      case QueryNode.And a ->
          a.children().stream()
              .map(
                  c ->
                      c instanceof QueryNode.And || c instanceof QueryNode.Or
                          ? "(" + print(c) + ")"
                          : print(c))
              .collect(Collectors.joining(" "));
      case QueryNode.Or o ->
          o.children().stream()
              .map(c -> isAtom(c) ? print(c) : "(" + print(c) + ")")
              .collect(Collectors.joining(" OR "));
    };
  }

  private static boolean isAtom(QueryNode n) {
    return n instanceof QueryNode.Phrase
        || n instanceof QueryNode.Near
        || n instanceof QueryNode.Field
        || n instanceof QueryNode.YearRange;
  }

  private static String phrase(QueryNode.Phrase p) {
    String t = p.text();
    boolean bare =
        BARE.matcher(t).matches() && "-+!".indexOf(t.charAt(0)) < 0 && !KEYWORDS.contains(t);
    return bare ? t : "\"" + t + "\"";
  }

  private static String year(QueryNode.YearRange y) {
    if (y.from() == y.to()) {
      return "年份:" + y.from();
    }
    String from = y.from() == QueryNode.MIN_YEAR ? "" : String.valueOf(y.from());
    String to = y.to() == QueryNode.MAX_YEAR ? "" : String.valueOf(y.to());
    return "年份:" + from + ".." + to;
  }
}
