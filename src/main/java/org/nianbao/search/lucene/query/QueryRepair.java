package org.nianbao.search.lucene.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes a list of {@link Item}s well formed, with a notice for each repair: {@code NOT} is folded
 * into the operand it precedes, unbalanced parentheses are dropped or closed, empty groups are
 * removed, and {@code OR}/{@code AND} survive only between two operands ({@code AND}, being the
 * default, is then dropped). Then writes the items in Lucene's standard query syntax, every phrase
 * quoted, for {@code StandardSyntaxParser}.
 */
final class QueryRepair {
  private QueryRepair() {}

  static List<Item> repair(List<Item> input, List<String> notices) {
    List<Item> items = resolveNot(input, notices);
    items = balance(items, notices);
    boolean changed;
    do {
      changed = dropMisplacedOperators(items, notices) | dropEmptyGroups(items, notices);
    } while (changed);
    items.removeIf(i -> i instanceof Item.AndOp);
    return items;
  }

  private static List<Item> resolveNot(List<Item> input, List<String> notices) {
    List<Item> out = new ArrayList<>();
    boolean pending = false;
    for (Item item : input) {
      if (item instanceof Item.NotOp) {
        pending = true;
      } else if (item.startsOperand()) {
        out.add(pending ? item.negate() : item);
        pending = false;
      } else {
        if (pending) {
          notices.add("「NOT」后面缺少内容，已忽略");
          pending = false;
        }
        out.add(item);
      }
    }
    if (pending) {
      notices.add("「NOT」后面缺少内容，已忽略");
    }
    return out;
  }

  private static List<Item> balance(List<Item> input, List<String> notices) {
    List<Item> out = new ArrayList<>();
    int depth = 0;
    for (Item item : input) {
      if (item instanceof Item.Open) {
        depth++;
      } else if (item instanceof Item.Close) {
        if (depth == 0) {
          notices.add("多余的「)」已忽略");
          continue;
        }
        depth--;
      }
      out.add(item);
    }
    if (depth > 0) {
      notices.add("缺少「)」，已在末尾补上");
      for (; depth > 0; depth--) {
        out.add(new Item.Close());
      }
    }
    return out;
  }

  private static boolean dropMisplacedOperators(List<Item> items, List<String> notices) {
    boolean changed = false;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item instanceof Item.OrOp || item instanceof Item.AndOp) {
        boolean ok =
            i > 0
                && items.get(i - 1).endsOperand()
                && i + 1 < items.size()
                && items.get(i + 1).startsOperand();
        if (!ok) {
          notices.add(item instanceof Item.OrOp ? "多余的 OR 已忽略" : "多余的 AND 已忽略");
          items.remove(i--);
          changed = true;
        }
      }
    }
    return changed;
  }

  private static boolean dropEmptyGroups(List<Item> items, List<String> notices) {
    boolean changed = false;
    for (int i = 0; i + 1 < items.size(); i++) {
      if (items.get(i) instanceof Item.Open && items.get(i + 1) instanceof Item.Close) {
        notices.add("空括号已忽略");
        items.remove(i + 1);
        items.remove(i);
        i = Math.max(-1, i - 2);
        changed = true;
      }
    }
    return changed;
  }

  /** The items in Lucene's standard syntax; parses with {@code StandardSyntaxParser}. */
  static String luceneSyntax(List<Item> items) {
    return items.stream().map(QueryRepair::lucene).collect(Collectors.joining(" "));
  }

  private static String lucene(Item item) {
    return switch (item) {
      case Item.Term t ->
          (t.negated() ? "-" : "")
              + (t.scope() == null ? "" : t.scope().english() + ":")
              + quote(t.text())
              + (t.slop() >= 0 ? "~" + t.slop() : "");
      case Item.Year y -> (y.negated() ? "-" : "") + "year:[" + y.from() + " TO " + y.to() + "]";
      case Item.Open o ->
          (o.negated() ? "-" : "") + (o.scope() == null ? "" : o.scope().english() + ":") + "(";
      case Item.Close c -> ")";
      case Item.OrOp o -> "OR";
      case Item.AndOp a -> "AND";
      case Item.NotOp n -> "NOT";
    };
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
