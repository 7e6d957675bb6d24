package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetOptions;
import org.nianbao.search.FacetValue;
import org.nianbao.search.LazyFacetList;

/**
 * The lazily built facet lists ({@link OrdFacetList}) against a brute-force list (sorted by count,
 * then value), and {@link FacetOptions}' head-only cut of them against its general cut of the same
 * values in an ordinary list, for random counts, selections and limits; and the place tree's tally
 * ({@link PlaceTally}) against brute-force node counts.
 */
class OrdFacetListTest {
  private static final int VALUES = 900; // sorted values v000 … v899: ordinal i = value i
  private static ByteBuffersDirectory dir;
  private static DirectoryReader reader;
  private static GlobalOrdinals ordinals;

  @BeforeAll
  static void index() throws Exception {
    dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < VALUES; i++) {
        Document d = new Document();
        d.add(new SortedDocValuesField("f", new BytesRef(name(i))));
        w.addDocument(d);
        if (i == VALUES / 3) {
          w.commit(); // two segments: ordinals are mapped
        }
      }
    }
    reader = DirectoryReader.open(dir);
    ordinals = GlobalOrdinals.build(reader, "f");
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  private static String name(int i) {
    return String.format("v%03d", i);
  }

  @Test
  void random_lists_match_brute_force_and_cut_like_ordinary_lists() throws Exception {
    Random rnd = new Random(16);
    int checkedCuts = 0;
    for (int round = 0; round < 300; round++) {
      int distinct = rnd.nextInt(4) == 0 ? rnd.nextInt(10) : rnd.nextInt(VALUES);
      Map<Integer, Integer> counts = new HashMap<>();
      OrdCounts oc = new OrdCounts(ordinals);
      long unknown = rnd.nextInt(3) == 0 ? rnd.nextInt(5) : 0;
      for (int i = 0; i < unknown; i++) {
        oc.incrementUnknown();
      }
      for (int i = 0; i < distinct; i++) {
        int ord = rnd.nextInt(VALUES);
        int times = 1 + (rnd.nextBoolean() ? rnd.nextInt(3) : rnd.nextInt(200));
        for (int t = 0; t < times; t++) {
          oc.increment(ord);
        }
        counts.merge(ord, times, Integer::sum);
      }
      Set<String> selected = new LinkedHashSet<>();
      for (int i = rnd.nextInt(4); i > 0; i--) {
        int pick = rnd.nextInt(10);
        selected.add(
            pick == 0
                ? FacetValue.UNKNOWN
                : pick == 1 ? "不存在的值" : name(rnd.nextInt(VALUES))); // counted, at 0, or absent
      }
      List<FacetValue> lazy = oc.top(FacetLists.LIMIT, selected);
      assertThat(lazy).isInstanceOf(LazyFacetList.class);
      List<FacetValue> expected = bruteForce(counts, unknown, selected);
      // read in a random order first: the list orders itself as positions are read
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < expected.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, rnd);
      for (int i : order.subList(0, Math.min(order.size(), rnd.nextInt(5)))) {
        assertThat(lazy.get(i)).as("round %d position %d", round, i).isEqualTo(expected.get(i));
      }
      for (int limit : new int[] {1, 3, 100, 0}) {
        List<FacetValue> fresh = oc.top(FacetLists.LIMIT, selected); // unread: the head path
        FacetOptions options = new FacetOptions(limit, false, Map.of(), List.of());
        assertThat(options.slice(Facet.AGENCY, fresh))
            .as("round %d limit %d", round, limit)
            .isEqualTo(options.slice(Facet.AGENCY, List.copyOf(expected)));
        assertThat(FacetOptions.sizes(Map.of(Facet.AGENCY, fresh)))
            .isEqualTo(FacetOptions.sizes(Map.of(Facet.AGENCY, List.copyOf(expected))));
        checkedCuts++;
      }
      assertThat(List.copyOf(lazy)).as("round %d", round).isEqualTo(expected);
    }
    assertThat(checkedCuts).isEqualTo(1200);
  }

  @Test
  void place_tally_counts_each_node_like_brute_force_also_when_a_county_has_two_parents()
      throws Exception {
    FacetOrdinals ords = new FacetOrdinals(ordinals, ordinals, ordinals, ordinals, ordinals);
    Random rnd = new Random(12);
    for (int round = 0; round < 100; round++) {
      List<Long> added = new ArrayList<>(); // the triples of the matching reports, in order
      List<Map<String, Long>> levels = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
      Map<String, Long> expected = new HashMap<>();
      Map<String, String> levelOf = new HashMap<>();
      java.util.Set<Long> triples = new java.util.HashSet<>();
      for (int i = rnd.nextInt(400); i > 0; i--) {
        int k = rnd.nextInt(6) == 0 ? -1 : rnd.nextInt(30);
        // mostly one parent per county; sometimes another province or city, or none
        int p = rnd.nextInt(8) == 0 ? rnd.nextInt(3) - 1 : k < 0 ? 5 : k % 4;
        int c = rnd.nextInt(8) == 0 ? rnd.nextInt(3) - 1 : k < 0 ? 7 : 10 + k % 7;
        added.add(Packed.place(p, c, k));
        triples.add(Packed.place(p, c, k));
        int[] ofLevel = {p, c, k};
        for (int level = 0; level < 3; level++) {
          int o = ofLevel[level];
          levels.get(level).merge(o < 0 ? FacetValue.UNKNOWN : name(o), 1L, Long::sum);
        }
        String province = p < 0 ? FacetValue.UNKNOWN : name(p);
        expected.merge(province, 1L, Long::sum);
        levelOf.put(province, "province:" + province);
        if (p >= 0 && c >= 0) {
          expected.merge(province + Facet.PATH + name(c), 1L, Long::sum);
          levelOf.put(province + Facet.PATH + name(c), "city:" + name(c));
        }
        if (p >= 0 && k >= 0) {
          String city = c < 0 ? "" : name(c);
          expected.merge(province + Facet.PATH + city + Facet.PATH + name(k), 1L, Long::sum);
          levelOf.put(province + Facet.PATH + city + Facet.PATH + name(k), "county:" + name(k));
        }
      }
      // the reader's nodes: every triple of its reports, here those added and a few more
      for (int i = 0; i < 5; i++) {
        triples.add(Packed.place(rnd.nextInt(8), 10 + rnd.nextInt(7), rnd.nextInt(30)));
      }
      KeyIds ids = new KeyIds(); // the reader's places, numbered as ReportColumns does
      triples.forEach(ids::id);
      PlaceNodes nodes = PlaceNodes.of(ords, ids.keys());
      PlaceTally tally = new PlaceTally(ords, ids.keys());
      added.forEach(t -> tally.add(ids.id(t)));
      Set<String> selected = new java.util.HashSet<>();
      for (String level : levelOf.values()) {
        if (rnd.nextInt(10) == 0) {
          selected.add(level);
        }
      }
      selected.add("county:" + name(29 - round % 3)); // perhaps not counted: not listed
      List<FacetValue> expectedList = new ArrayList<>();
      expected.entrySet().stream()
          .sorted(
              Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                  .thenComparing(Map.Entry::getKey))
          .forEach(
              e ->
                  expectedList.add(
                      new FacetValue(
                          e.getKey(), e.getValue(), selected.contains(levelOf.get(e.getKey())))));
      List<FacetValue> got = tally.list(nodes, selected);
      assertThat(new ArrayList<>(got)).as("round %d", round).isEqualTo(expectedList);
      LazyFacetList lazy = (LazyFacetList) got;
      assertThat(lazy.positive()).isEqualTo(expectedList.size());
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < expectedList.size(); i++) {
        if (expectedList.get(i).selected()) {
          positions.add(i);
        }
      }
      OrdCounts[] perLevel = {tally.provinces(), tally.cities(), tally.counties()};
      for (int level = 0; level < 3; level++) {
        Map<String, Long> counted = new HashMap<>();
        for (FacetValue v : perLevel[level].top(Integer.MAX_VALUE, Set.of())) {
          counted.put(v.value(), v.count());
        }
        assertThat(counted).as("round %d level %d", round, level).isEqualTo(levels.get(level));
      }
      assertThat(lazy.selectedPositions())
          .containsExactly(positions.stream().mapToInt(i -> i).toArray());
    }
  }

  /** Counted values by count (desc), then value; then 未识别; then selected values not counted. */
  private static List<FacetValue> bruteForce(
      Map<Integer, Integer> counts, long unknown, Set<String> selected) {
    List<FacetValue> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<Integer, Integer>>comparingInt(e -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e ->
                out.add(
                    new FacetValue(
                        name(e.getKey()), e.getValue(), selected.contains(name(e.getKey())))));
    if (unknown > 0 || selected.contains(FacetValue.UNKNOWN)) {
      out.add(new FacetValue(FacetValue.UNKNOWN, unknown, selected.contains(FacetValue.UNKNOWN)));
    }
    for (String s : selected) {
      if (out.stream().noneMatch(v -> v.value().equals(s))) {
        out.add(new FacetValue(s, 0, true));
      }
    }
    return out;
  }
}
