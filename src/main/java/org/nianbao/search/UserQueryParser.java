package org.nianbao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user typed into a {@link UserQuery}, the way a Chinese search box user expects:
 *
 * <ul>
 *   <li>a run of text without spaces is one exact phrase; spaces mean AND;
 *   <li>{@code OR} or {@code |} between terms gives alternatives; {@code -词} (or {@code NOT 词})
 *       excludes; a leading {@code +} and the word {@code AND} are accepted and ignored;
 *   <li>{@code "…"}, {@code “…”}, {@code 「…」}, {@code 『…』} force one phrase including inner spaces;
 *       an unbalanced quote runs to the end of the input;
 *   <li>full-width letters, digits, spaces and operators are folded to half-width; control, format
 *       (zero-width, BOM) and unpaired surrogate characters become spaces.
 * </ul>
 *
 * It never throws on any input except a query longer than {@link #MAX_LENGTH} characters.
 */
public final class UserQueryParser {
  /** The longest query accepted, in characters after folding and trimming. */
  public static final int MAX_LENGTH = 200;

  private UserQueryParser() {}

  /** Parses {@code raw}; throws a {@link QueryException} only when the query is too long. */
  public static UserQuery parse(String raw) throws QueryException {
    String text = normalise(raw == null ? "" : raw).strip();
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      throw new QueryException("查询太长：最多 " + MAX_LENGTH + " 个字符，请缩短后再试");
    }
    List<Item> items = lex(text);
    return build(items);
  }

  /** Folds full-width forms and quotes, and blanks out invisible and control characters. */
  static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFEE0);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
        continue;
      }
      switch (c) {
        case '“', '”', '„', '‟', '「', '」', '『', '』', '〝', '〞', '〟', '″' -> sb.append('"');
        case '¦' -> sb.append('|');
        case '–', '−' -> sb.append('-');
        default -> {
          int type = Character.getType(c);
          boolean invisible =
              type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.SURROGATE
                  || type == Character.UNASSIGNED
                  || type == Character.PRIVATE_USE
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR
                  || type == Character.SPACE_SEPARATOR;
          sb.append(invisible ? ' ' : c);
        }
      }
    }
    return sb.toString();
  }

  private enum Kind {
    PHRASE,
    OR,
    NOT
  }

  private record Item(Kind kind, String text, boolean negated) {}

  private static List<Item> lex(String s) {
    List<Item> items = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '|') {
        items.add(new Item(Kind.OR, "|", false));
        i++;
      } else if (c == '"' || (c == '-' && i + 1 < n && s.charAt(i + 1) == '"')) {
        boolean negated = c == '-';
        int open = negated ? i + 1 : i;
        int close = s.indexOf('"', open + 1);
        int end = close < 0 ? n : close;
        items.add(new Item(Kind.PHRASE, s.substring(open + 1, end), negated));
        i = close < 0 ? n : close + 1;
      } else {
        int end = i;
        while (end < n && s.charAt(end) != ' ' && s.charAt(end) != '|' && s.charAt(end) != '"') {
          end++;
        }
        word(s.substring(i, end), items);
        i = end;
      }
    }
    return items;
  }

  private static void word(String w, List<Item> items) {
    switch (w) {
      case "OR", "||" -> items.add(new Item(Kind.OR, w, false));
      case "AND", "&&", "+", "-" -> {
        // AND is the default; a lone + or - is noise
      }
      case "NOT", "!" -> items.add(new Item(Kind.NOT, w, false));
      default -> {
        int k = 0;
        boolean negated = false;
        while (k < w.length() && (w.charAt(k) == '-' || w.charAt(k) == '+' || w.charAt(k) == '!')) {
          negated |= w.charAt(k) != '+';
          k++;
        }
        items.add(new Item(Kind.PHRASE, w.substring(k), negated));
      }
    }
  }

  private static UserQuery build(List<Item> items) {
    List<List<String>> clauses = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    List<String> group = null;
    boolean orPending = false;
    boolean notPending = false;
    for (Item item : items) {
      switch (item.kind()) {
        case OR -> orPending = group != null;
        case NOT -> notPending = true;
        case PHRASE -> {
          String phrase = item.text().strip();
          boolean negated = item.negated() ^ notPending;
          notPending = false;
          if (phrase.isEmpty()) {
            continue;
          }
          if (negated) {
            excluded.add(phrase);
            orPending = false;
          } else if (orPending) {
            group.add(phrase);
            orPending = false;
          } else {
            group = new ArrayList<>();
            group.add(phrase);
            clauses.add(group);
          }
        }
      }
    }
    return new UserQuery(clauses, excluded);
  }
}
