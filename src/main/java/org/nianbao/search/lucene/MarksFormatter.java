package org.nianbao.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.nianbao.search.Mark;

/** Formats highlighter passages as data: the merged match ranges, a {@code List<Mark>}. */
final class MarksFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<Mark> marks = new ArrayList<>();
    for (Passage p : passages) {
      for (int i = 0; i < p.getNumMatches(); i++) {
        int s = p.getMatchStarts()[i];
        int e = p.getMatchEnds()[i];
        if (!marks.isEmpty() && s <= marks.getLast().end()) {
          Mark last = marks.removeLast();
          marks.add(new Mark(last.start(), Math.max(last.end(), e)));
        } else {
          marks.add(new Mark(s, e));
        }
      }
    }
    return marks;
  }
}
