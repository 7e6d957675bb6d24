package org.nianbao.search.lucene.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.standard.parser.StandardSyntaxParser;
import org.nianbao.search.QueryException;
import org.nianbao.search.query.ParsedQuery;
import org.nianbao.search.query.QueryNode;

/**
 * Parses what a user typed into a report-level {@link ParsedQuery}: an IME-friendly front ({@link
 * SearchBoxText}, {@link QueryLexer}, {@link QueryRepair}) rewrites the text into Lucene's standard
 * query syntax, Lucene's {@link StandardSyntaxParser} decides the structure (groups, {@code OR}
 * binding tighter than juxtaposition, modifiers, fields, ranges, slop), and {@link
 * SyntaxTreeConverter} turns every text leaf into an exact phrase.
 *
 * <p>Any input gives a query (possibly empty: browse) plus notices naming what was ignored, or a
 * {@link QueryException} with one Chinese line: the query is too long, a year is malformed, or
 * nothing in it can be searched.
 */
public final class ReportQueryParser {
  /** The longest query accepted, in characters after folding and trimming. */
  public static final int MAX_LENGTH = 200;

  private ReportQueryParser() {}

  public static ParsedQuery parse(String raw) throws QueryException {
    String text = SearchBoxText.fold(raw == null ? "" : raw).strip();
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      throw new QueryException("查询太长：最多 " + MAX_LENGTH + " 个字符，请缩短后再试");
    }
    List<String> notices = new ArrayList<>();
    QueryLexer lexer = new QueryLexer(notices);
    List<Item> items = QueryRepair.repair(lexer.lex(text), notices);
    if (items.isEmpty()) {
      if (lexer.droppedText()) {
        throw new QueryException("查询中没有可检索的汉字、字母或数字，请换个说法");
      }
      return new ParsedQuery(null, dedupe(notices));
    }
    QueryNode root;
    try {
      root =
          SyntaxTreeConverter.convert(
              new StandardSyntaxParser().parse(QueryRepair.luceneSyntax(items), ""));
    } catch (QueryNodeParseException | RuntimeException e) {
      // QueryRepair only writes well-formed syntax; should that ever fail, still answer
      root = allTerms(items);
      notices.add("查询结构无法解析，已按所有词语同时出现检索");
    }
    return new ParsedQuery(root, dedupe(notices));
  }

  private static QueryNode allTerms(List<Item> items) {
    List<QueryNode> nodes = new ArrayList<>();
    for (Item i : items) {
      if (i instanceof Item.Term t) {
        QueryNode p = new QueryNode.Phrase(t.text());
        nodes.add(t.negated() ? QueryNode.not(p) : p);
      } else if (i instanceof Item.Year y) {
        QueryNode r = new QueryNode.YearRange(y.from(), y.to());
        nodes.add(y.negated() ? QueryNode.not(r) : r);
      }
    }
    return QueryNode.and(nodes);
  }

  private static List<String> dedupe(List<String> notices) {
    return List.copyOf(new LinkedHashSet<>(notices));
  }
}
