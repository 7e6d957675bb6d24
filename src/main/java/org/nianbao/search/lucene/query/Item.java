package org.nianbao.search.lucene.query;

import org.nianbao.search.query.Scope;

/**
 * One piece of a search-box query after lexing, before the structure is checked: an operand (a
 * phrase, possibly negated, field-scoped or with a proximity distance; or a year range), a
 * parenthesis, or an operator word.
 */
sealed interface Item {
  /** A phrase; {@code slop} is the proximity distance or -1. */
  record Term(String text, boolean negated, Scope scope, int slop) implements Item {}

  /** {@code 年份:from..to} (inclusive). */
  record Year(int from, int to, boolean negated) implements Item {}

  record Open(boolean negated, Scope scope) implements Item {}

  record Close() implements Item {}

  /** {@code OR}, {@code |}, {@code ||}. */
  record OrOp() implements Item {}

  /** {@code AND}, {@code &&}: the default, dropped after its place is checked. */
  record AndOp() implements Item {}

  /** {@code NOT}, {@code !}: negates the next operand. */
  record NotOp() implements Item {}

  default boolean startsOperand() {
    return this instanceof Term || this instanceof Year || this instanceof Open;
  }

  default boolean endsOperand() {
    return this instanceof Term || this instanceof Year || this instanceof Close;
  }

  /** The same operand negated (for a preceding {@code NOT}). */
  default Item negate() {
    return switch (this) {
      case Term t -> new Term(t.text(), true, t.scope(), t.slop());
      case Year y -> new Year(y.from(), y.to(), true);
      case Open o -> new Open(true, o.scope());
      default -> this;
    };
  }
}
