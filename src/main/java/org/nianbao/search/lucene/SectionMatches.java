package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The matches of one section for {@link PhraseOffsetsStrategy}, as Lucene's weight matches would
 * list them: each phrase match from its first term's start offset to its last term's end offset,
 * ordered by start and end position.
 */
final class SectionMatches {
  private final List<int[]> matches = new ArrayList<>(); // start pos, end pos, offsets, order
  private final List<BytesRef> names = new ArrayList<>();
  private int[][] pos = new int[0][];
  private int[][] starts = new int[0][];
  private int[][] ends = new int[0][];
  private int[] freqs = new int[0];

  void clear() {
    matches.clear();
    names.clear();
  }

  int size() {
    return matches.size();
  }

  /**
   * Adds the matches in section {@code doc} of the phrase whose terms (by position, read from
   * {@code ps}) stand at {@code positions}, named {@code name}.
   */
  void add(int[] positions, BytesRef name, PostingsEnum[] ps, int doc) throws IOException {
    int n = ps.length;
    if (n > pos.length) {
      pos = Arrays.copyOf(pos, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      freqs = Arrays.copyOf(freqs, n);
    }
    for (int i = 0; i < n; i++) {
      PostingsEnum p = ps[i];
      if (p == null || (p.docID() < doc ? p.advance(doc) : p.docID()) != doc) {
        return;
      }
    }
    for (int i = 0; i < n; i++) {
      read(i, ps[i]);
    }
    int[] at = new int[n]; // each term's index, moving forward as the phrase's start does
    int last = n - 1;
    for (int a = 0; a < freqs[0]; a++) {
      int start = pos[0][a] - positions[0];
      boolean all = true;
      for (int i = 1; i < n && all; i++) {
        int want = start + positions[i];
        while (at[i] < freqs[i] && pos[i][at[i]] < want) {
          at[i]++;
        }
        all = at[i] < freqs[i] && pos[i][at[i]] == want;
      }
      if (all) {
        int e = last == 0 ? a : at[last];
        matches.add(
            new int[] {pos[0][a], pos[last][e], starts[0][a], ends[last][e], matches.size()});
        names.add(name);
      }
    }
  }

  private void read(int i, PostingsEnum p) throws IOException {
    int f = p.freq();
    if (pos[i] == null || pos[i].length < f) {
      int len = Math.max(f, 16);
      pos[i] = new int[len];
      starts[i] = new int[len];
      ends[i] = new int[len];
    }
    for (int k = 0; k < f; k++) {
      pos[i][k] = p.nextPosition();
      starts[i][k] = p.startOffset();
      ends[i][k] = p.endOffset();
    }
    freqs[i] = f;
  }

  /** The matches by start and end position (a clause's own order kept), as an offsets enum. */
  OffsetsEnum sorted() {
    int n = matches.size();
    int[][] m = matches.toArray(int[][]::new);
    Arrays.sort(
        m,
        (x, y) ->
            x[0] != y[0]
                ? Integer.compare(x[0], y[0])
                : x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[4], y[4]));
    int[] s = new int[n];
    int[] e = new int[n];
    BytesRef[] t = new BytesRef[n];
    for (int i = 0; i < n; i++) {
      s[i] = m[i][2];
      e[i] = m[i][3];
      t[i] = names.get(m[i][4]);
    }
    return new Listed(s, e, t);
  }

  /** Matches listed in advance; every match counts once, as in weight matches. */
  private static final class Listed extends OffsetsEnum {
    private final int[] starts;
    private final int[] ends;
    private final BytesRef[] terms;
    private int at = -1;

    Listed(int[] starts, int[] ends, BytesRef[] terms) {
      this.starts = starts;
      this.ends = ends;
      this.terms = terms;
    }

    @Override
    public boolean nextPosition() {
      return ++at < starts.length;
    }

    @Override
    public int freq() {
      return 1;
    }

    @Override
    public BytesRef getTerm() {
      return terms[at];
    }

    @Override
    public int startOffset() {
      return starts[at];
    }

    @Override
    public int endOffset() {
      return ends[at];
    }
  }
}
