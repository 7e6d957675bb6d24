package org.nianbao.search.lucene.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.search.QueryException;
import org.nianbao.search.query.Scope;

/**
 * Reads folded search-box text into {@link Item}s, the IME-friendly surface: a run without spaces
 * is one phrase; {@code "…"} quotes a phrase with spaces (an unclosed quote runs to the end);
 * {@code |}, {@code ||} and {@code OR} are alternatives; {@code AND}/{@code &&} are the default;
 * {@code -x}, {@code !x}, {@code NOT x} negate ({@code +x} is accepted); {@code (…)} group; {@code
 * 标题:}/{@code title:}, {@code 机构:}/{@code agency:}, {@code 地区:}/{@code place:} scope a phrase or
 * group; {@code 年份:2019..2021}/{@code year:[2019 TO 2021]} filter by year; {@code "微信 抖音"~20} asks
 * for proximity. Whatever is ignored gets a notice.
 */
final class QueryLexer {
  private static final Pattern FIELD =
      Pattern.compile("(标题|机构|地区|年份|年度|(?i:title|agency|place|year)):(.*)", Pattern.DOTALL);
  private static final Pattern OTHER_FIELD =
      Pattern.compile("([A-Za-z]+|\\p{IsHan}{1,6}):(.*)", Pattern.DOTALL);
  private static final Pattern YEAR_PREFIX = Pattern.compile("[-+!]*(年份|年度|(?i:year)):");
  private static final Pattern TRAILING_TILDE = Pattern.compile("(.*?)(~\\d*)");
  private static final Pattern SLOP = Pattern.compile("~(\\d*)(.*)", Pattern.DOTALL);
  private static final int MAX_SLOP = 9999;

  private enum Kind {
    OPEN,
    CLOSE,
    QUOTE,
    BAR,
    WORD
  }

  private record Tok(Kind kind, String text, boolean closed, int start, int end) {}

  private final List<String> notices;
  private final List<Item> items = new ArrayList<>();
  private boolean droppedText;

  /**
   * Modifiers or a field written right before a quote or parenthesis ({@code -"…"}, {@code
   * 标题:(…)}).
   */
  private boolean gluedNegation;

  private Scope gluedScope;

  /** The quote after {@code 年份:} was read as the year value. */
  private boolean skipNext;

  QueryLexer(List<String> notices) {
    this.notices = notices;
  }

  /** True when some text had nothing searchable in it and was dropped. */
  boolean droppedText() {
    return droppedText;
  }

  List<Item> lex(String s) throws QueryException {
    List<Tok> toks = tokens(s);
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      Tok next = i + 1 < toks.size() ? toks.get(i + 1) : null;
      boolean glued = next != null && next.start() == t.end();
      switch (t.kind()) {
        case OPEN -> items.add(new Item.Open(takeNegation(), takeScope()));
        case CLOSE -> items.add(new Item.Close());
        case BAR -> items.add(new Item.OrOp());
        case QUOTE -> {
          int slop = -1;
          String after = "";
          if (glued && next.kind() == Kind.WORD && next.text().startsWith("~")) {
            Matcher m = SLOP.matcher(next.text());
            m.matches();
            if (m.group(1).isEmpty()) {
              notices.add("「~」后面缺少距离（如 \"微信 抖音\"~20），已忽略");
            } else {
              slop =
                  (int)
                      Math.min(
                          MAX_SLOP,
                          Long.parseLong(m.group(1).length() > 6 ? "999999" : m.group(1)));
            }
            after = m.group(2);
            i++;
          }
          if (!t.closed()) {
            notices.add("缺少右引号，已把引号后的文字当作一个短语");
          }
          term(t.text(), takeNegation(), takeScope(), slop, true);
          if (!after.isEmpty()) {
            word(after, false, null);
          }
        }
        case WORD -> {
          String w = t.text();
          boolean beforeGroupOrQuote =
              glued && (next.kind() == Kind.OPEN || next.kind() == Kind.QUOTE);
          if (w.chars().allMatch(c -> c == '-' || c == '+' || c == '!') && !w.equals("!")) {
            if (beforeGroupOrQuote) {
              gluedNegation |= w.indexOf('-') >= 0 || w.indexOf('!') >= 0;
            } else {
              notices.add("单独的「" + w + "」已忽略");
            }
          } else {
            word(w, beforeGroupOrQuote, next);
            if (skipNext) {
              skipNext = false;
              i++;
            }
          }
        }
      }
    }
    return items;
  }

  private void word(String w, boolean beforeGroupOrQuote, Tok next) throws QueryException {
    switch (w) {
      case "OR", "||" -> items.add(new Item.OrOp());
      case "AND", "&&" -> items.add(new Item.AndOp());
      case "NOT", "!" -> items.add(new Item.NotOp());
      default -> {
        int k = 0;
        boolean negated = false;
        while (k < w.length() && "-+!".indexOf(w.charAt(k)) >= 0) {
          negated |= w.charAt(k) != '+';
          k++;
        }
        String rest = w.substring(k);
        Matcher f = FIELD.matcher(rest);
        if (f.matches()) {
          field(f.group(1), f.group(2), negated, beforeGroupOrQuote, next);
          return;
        }
        Matcher other = OTHER_FIELD.matcher(rest);
        if (other.matches()) {
          notices.add("「" + other.group(1) + ":」不是可用的字段（可用：标题、机构、地区、年份），已按普通文字检索");
        }
        bare(rest, negated, null);
      }
    }
  }

  /** An unquoted phrase; a trailing {@code ~N} (fuzzy in Lucene) is dropped with a notice. */
  private void bare(String text, boolean negated, Scope scope) {
    Matcher tilde = TRAILING_TILDE.matcher(text);
    if (tilde.matches() && !tilde.group(1).isEmpty()) {
      notices.add("「" + tilde.group(2) + "」只能跟在引号短语后面（如 \"微信 抖音\"~20），已忽略");
      text = tilde.group(1);
    }
    term(text, negated, scope, -1, false);
  }

  private void field(
      String name, String value, boolean negated, boolean beforeGroupOrQuote, Tok next)
      throws QueryException {
    Scope scope = Scope.named(name);
    String v = value;
    while (!v.isEmpty() && "-+!".indexOf(v.charAt(0)) >= 0) {
      negated |= v.charAt(0) != '+';
      v = v.substring(1);
    }
    if (scope == null) { // a year
      if (v.isEmpty() && beforeGroupOrQuote && next.kind() == Kind.QUOTE) {
        v = next.text();
        skipNext = true;
      }
      int[] range = YearSyntax.parse(name, v, notices);
      items.add(new Item.Year(range[0], range[1], negated));
    } else if (!v.isEmpty()) {
      bare(v, negated, scope);
    } else if (beforeGroupOrQuote) {
      gluedNegation |= negated;
      gluedScope = scope;
    } else {
      notices.add("「" + name + ":」后面缺少内容，已忽略");
    }
  }

  private void term(String text, boolean negated, Scope scope, int slop, boolean quoted) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      if (quoted) {
        notices.add("空引号已忽略");
      }
      return;
    }
    if (!SearchBoxText.searchable(t)) {
      notices.add("「" + t + "」中没有可检索的汉字、字母或数字，已忽略");
      droppedText = true;
      return;
    }
    if (slop >= 0 && t.split(" ").length != 2) {
      notices.add("邻近检索「\"" + t + "\"~" + slop + "」需要引号里恰好两个词，已按短语检索");
      slop = -1;
    }
    items.add(new Item.Term(t, negated, scope, slop));
  }

  private boolean takeNegation() {
    boolean n = gluedNegation;
    gluedNegation = false;
    return n;
  }

  private Scope takeScope() {
    Scope s = gluedScope;
    gluedScope = null;
    return s;
  }

  private List<Tok> tokens(String s) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(new Tok(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), true, i, i + 1));
        i++;
      } else if (c == '|') {
        int end = i;
        while (end < n && s.charAt(end) == '|') {
          end++;
        }
        out.add(new Tok(Kind.BAR, s.substring(i, end), true, i, end));
        i = end;
      } else if (c == '"') {
        int close = s.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        out.add(
            new Tok(Kind.QUOTE, s.substring(i + 1, end), close >= 0, i, close < 0 ? n : close + 1));
        i = close < 0 ? n : close + 1;
      } else {
        int end = i;
        while (end < n && " ()|\"".indexOf(s.charAt(end)) < 0) {
          char e = s.charAt(end);
          if ((e == '[' || e == '{') && YEAR_PREFIX.matcher(s.substring(i, end)).matches()) {
            int close = indexOfAny(s, end + 1, e == '[' ? "]}" : "}]");
            end = close < 0 ? n : close + 1;
            continue;
          }
          end++;
        }
        out.add(new Tok(Kind.WORD, s.substring(i, end), true, i, end));
        i = end;
      }
    }
    return out;
  }

  private static int indexOfAny(String s, int from, String chars) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
