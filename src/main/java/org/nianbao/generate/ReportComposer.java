package org.nianbao.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Composes the content of one report (a {@link Draft}) from the {@link SentenceBank}: title,
 * preamble, the six parts of the 2021 format (or the 5–7 parts of the older format) with paragraphs
 * recombined from the samples and rendered for this agency and year, then grown with more
 * paragraphs until a target size drawn from a log-normal distribution (median ≈ 9 KB, 3–25 KB) is
 * reached. Search terms whose frequency matters ({@link Terms}) are kept or removed sentence by
 * sentence. One instance per report; not thread-safe.
 */
final class ReportComposer {

  private static final int MIN_BYTES = 3_000;
  private static final int MAX_BYTES = 25_000;
  private static final double MEDIAN_BYTES = 8_400;
  private static final double SIGMA = 0.45;

  /** A place in the draft that can take more paragraphs of one topic. */
  private record Slot(int afterBlock, Topic topic) {}

  private final SentenceBank bank;
  private final SplittableRandom rng;
  private final Template.Values values;
  private final Terms terms;
  private final int year;
  private final Draft draft = new Draft();
  private final List<Slot> slots = new ArrayList<>();
  private final Map<Topic, int[]> decks = new EnumMap<>(Topic.class);
  private final Map<Topic, Integer> dealt = new EnumMap<>(Topic.class);

  ReportComposer(
      SentenceBank bank, SplittableRandom rng, Template.Values values, Terms terms, int year) {
    this.bank = bank;
    this.year = year;
    this.rng = rng;
    this.values = values;
    this.terms = terms;
  }

  /** Composes a report in the 2021 (or 2019) format: 一 to 六 with the statistics tables. */
  Draft standard(Draft.Title title) {
    draft.title(title);
    preamble(Topic.PREAMBLE_SOURCE, Topic.PREAMBLE_SCOPE, Topic.PREAMBLE_PERIOD);
    draft.heading("总体情况");
    if (rng.nextInt(10) < 6) {
      slot(Topic.OVERVIEW_INTRO);
    }
    int n = 1;
    for (Topic topic : Topic.OVERVIEW) {
      draft.subheading(n++, pickTitle(topic, defaultTitle(topic)));
      slot(topic);
    }
    SentenceBank.Tables tables = pickTables();
    draft.layout(tables.layout());
    draft.heading("主动公开政府信息情况");
    draft.table(render(tables.active()), tables.layout());
    draft.heading("收到和处理政府信息公开申请情况");
    draft.table(render(tables.requests()), tables.layout());
    draft.heading(rng.nextInt(5) == 0 ? "政府信息公开行政复议和行政诉讼情况" : "政府信息公开行政复议、行政诉讼情况");
    draft.table(render(tables.appeals()), tables.layout());
    draft.heading("存在的主要问题及改进情况");
    problems();
    draft.heading("其他需要报告的事项");
    if (rng.nextInt(100) < 15) {
      draft.paragraph(Phrases.NONE.render(values, rng));
    } else {
      int count = 2 + rng.nextInt(Topic.OTHER.length - 1);
      for (int i = 0; i < count; i++) {
        Topic topic = Topic.OTHER[i];
        draft.subheading(i + 1, pickTitle(topic, null));
        if (bank.paragraphs(topic).isEmpty() || (i >= 4 && rng.nextBoolean())) {
          draft.paragraph(Phrases.NONE.render(values, rng));
        } else {
          slot(topic);
        }
      }
    }
    return finish(Topic.OVERVIEW_PLATFORM);
  }

  /**
   * Composes a report in the older format, 5–7 parts: 概述, 主动公开, 依申请公开, [收费], [复议] (at least one of
   * the two), 问题, [其他].
   */
  Draft older(Draft.Title title) {
    draft.title(title);
    int style = rng.nextInt(20);
    draft.layout(
        style < 9
            ? SentenceBank.Layout.PDF
            : style < 16 ? SentenceBank.Layout.TAB_ROWS : SentenceBank.Layout.CELLS);
    draft.paragraph(Phrases.OLD_SOURCE.render(values, rng));
    draft.paragraph(Phrases.OLD_PERIOD.render(values, rng));
    draft.heading("概述");
    slot(Topic.OVERVIEW_INTRO);
    slot(rng.nextBoolean() ? Topic.OVERVIEW_MANAGEMENT : Topic.OVERVIEW_OVERSIGHT);
    draft.heading("主动公开政府信息情况");
    draft.paragraph(Phrases.OLD_ACTIVE.render(values, rng));
    slot(Topic.OVERVIEW_ACTIVE);
    draft.heading(rng.nextBoolean() ? "依申请公开情况" : "依申请公开政府信息情况");
    draft.paragraph(Phrases.OLD_REQUEST.render(values, rng));
    boolean fees = rng.nextInt(10) < 7;
    if (fees) {
      draft.heading("收费及减免情况");
      draft.paragraph(Phrases.OLD_FEE.render(values, rng));
    }
    if (!fees || rng.nextInt(10) < 7) {
      draft.heading("行政复议和行政诉讼情况");
      draft.paragraph(Phrases.OLD_APPEAL.render(values, rng));
    }
    draft.heading("存在的主要问题及改进措施");
    slot(Topic.PROBLEMS_GENERAL);
    slot(Topic.MEASURES);
    if (rng.nextInt(10) < 6) {
      draft.heading("其他需要报告的事项");
      draft.paragraph(Phrases.NONE.render(values, rng));
    }
    return finish(Topic.OVERVIEW_ACTIVE);
  }

  private void preamble(Topic... topics) {
    for (Topic t : topics) {
      String p = paragraph(t);
      if (p != null) {
        draft.paragraph(p);
      }
    }
  }

  /**
   * 五、: under （一）问题 （二）措施 headings, or (PDF layout only) flat paragraphs. In files without hard
   * wrapping the parser may take the heading for a wrapped line and join the paragraph onto it,
   * because it estimates the wrap width from headings too; a subsection label prevents that.
   */
  private void problems() {
    boolean structured = draft.layout() != SentenceBank.Layout.PDF || rng.nextBoolean();
    if (structured && !bank.paragraphs(Topic.PROBLEMS).isEmpty()) {
      draft.subheading(1, pickTitle(Topic.PROBLEMS, "存在的主要问题"));
      slot(Topic.PROBLEMS);
      draft.subheading(2, pickTitle(Topic.MEASURES, "改进措施"));
      slot(Topic.MEASURES);
    } else {
      slot(Topic.PROBLEMS_GENERAL);
      if (rng.nextBoolean()) {
        slot(Topic.MEASURES);
      }
    }
  }

  /** Adds one paragraph of {@code topic} and remembers the place for growing. */
  private void slot(Topic topic) {
    String p = paragraph(topic);
    if (p != null) {
      draft.paragraph(p);
    }
    slots.add(new Slot(draft.blocks().size() - 1, topic));
  }

  /** Grows the draft to its target size, then makes sure flagged terms occur. */
  private Draft finish(Topic termTopic) {
    int target = targetBytes();
    int size = draft.utf8Size() + 200;
    for (int guard = 0; size < target && guard < 500 && !slots.isEmpty(); guard++) {
      int s = rng.nextInt(slots.size());
      Slot slot = slots.get(s);
      String p = paragraph(slot.topic());
      if (p == null) {
        continue;
      }
      insertAfter(s, p);
      size += Draft.utf8(p) + 2;
    }
    for (String term : terms.required()) {
      if (!mentions(term)) {
        String sentence = terms.sentence(term, rng).render(values, rng);
        int s = slotIndex(termTopic);
        if (s >= 0) {
          insertAfter(s, sentence);
        } else {
          draft.paragraph(sentence);
        }
      }
    }
    return draft;
  }

  private void insertAfter(int slotIndex, String paragraph) {
    Slot slot = slots.get(slotIndex);
    int at = slot.afterBlock() + 1;
    draft.paragraph(at, paragraph);
    for (int i = 0; i < slots.size(); i++) {
      Slot other = slots.get(i);
      if (other.afterBlock() >= slot.afterBlock()) {
        slots.set(i, new Slot(other.afterBlock() + 1, other.topic()));
      }
    }
  }

  private int slotIndex(Topic topic) {
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i).topic() == topic) {
        return i;
      }
    }
    return slots.isEmpty() ? -1 : 0;
  }

  private boolean mentions(String term) {
    return draft.blocks().stream().anyMatch(b -> b.text().contains(term));
  }

  private int targetBytes() {
    double bytes = MEDIAN_BYTES * Math.exp(SIGMA * rng.nextGaussian());
    return (int) Math.max(MIN_BYTES, Math.min(MAX_BYTES, bytes));
  }

  /**
   * A paragraph of {@code topic}. The topic's sample paragraphs are dealt in a shuffled order (one
   * time in four spliced with the end of another one); once all are used, new paragraphs are mixed
   * from 2–4 of the topic's sentences. Sentences with terms this report must not mention are
   * dropped.
   */
  private String paragraph(Topic topic) {
    List<Template> pool = bank.paragraphs(topic);
    if (pool.isEmpty()) {
      return null;
    }
    for (int attempt = 0; attempt < 6; attempt++) {
      List<Template> sentences = nextSentences(topic, pool);
      sentences.removeIf(terms::forbids);
      if (sentences.isEmpty()) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (Template t : sentences) {
        t.render(sb, values, rng);
      }
      return sb.toString();
    }
    return null;
  }

  private List<Template> nextSentences(Topic topic, List<Template> pool) {
    int[] deck = decks.computeIfAbsent(topic, t -> shuffled(pool.size()));
    int used = dealt.merge(topic, 1, Integer::sum) - 1;
    if (used < deck.length) {
      int a = deck[used];
      List<Template> sentences = new ArrayList<>(pool.get(a).sentences());
      if (sentences.size() > 1 && pool.size() > 1 && rng.nextInt(4) == 0) {
        int b = (a + 1 + rng.nextInt(pool.size() - 1)) % pool.size();
        List<Template> other = pool.get(b).sentences();
        sentences = new ArrayList<>(sentences.subList(0, 1 + rng.nextInt(sentences.size() - 1)));
        sentences.addAll(other.subList(rng.nextInt(other.size()), other.size()));
      }
      return sentences;
    }
    List<Template> all = bank.sentences(topic);
    List<Template> mixed = new ArrayList<>();
    int n = Math.min(all.size(), 2 + rng.nextInt(3));
    for (int i = 0; i < n * 3 && mixed.size() < n; i++) {
      Template t = all.get(rng.nextInt(all.size()));
      if (!mixed.contains(t)) {
        mixed.add(t);
      }
    }
    return mixed;
  }

  private int[] shuffled(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private String pickTitle(Topic topic, String fallback) {
    List<Template> titles = bank.titles(topic);
    if (titles.isEmpty()) {
      return fallback != null ? fallback : defaultTitle(topic);
    }
    return titles.get(rng.nextInt(titles.size())).render(values, rng);
  }

  /** Tables of a sample; reports before 2021 mostly get the 2019 format's tables when available. */
  private SentenceBank.Tables pickTables() {
    List<SentenceBank.Tables> all = bank.tables();
    if (year <= 2020 && rng.nextInt(10) < 7) {
      List<SentenceBank.Tables> older = all.stream().filter(t -> t.year() <= 2020).toList();
      if (!older.isEmpty()) {
        return older.get(rng.nextInt(older.size()));
      }
    }
    return all.get(rng.nextInt(all.size()));
  }

  private List<String> render(List<Template> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (Template t : lines) {
      out.add(t.render(values, rng));
    }
    return out;
  }

  private static String defaultTitle(Topic topic) {
    return switch (topic) {
      case OVERVIEW_ACTIVE -> "主动公开情况";
      case OVERVIEW_REQUEST -> "依申请公开情况";
      case OVERVIEW_MANAGEMENT -> "政府信息管理情况";
      case OVERVIEW_PLATFORM -> "政府信息公开平台建设情况";
      case OVERVIEW_OVERSIGHT -> "监督保障情况";
      case OTHER_FEE -> "政府信息公开申请收费情况";
      case OTHER_KEYPOINTS -> "落实上级年度政务公开工作要点情况";
      case OTHER_PROPOSALS -> "人大代表建议和政协提案办理结果公开情况";
      case OTHER_INNOVATION -> "本行政机关年度政务公开工作创新情况";
      case OTHER_STATS -> "年度报告数据统计需要说明的事项";
      case OTHER_MISC -> "本行政机关认为需要报告的其他事项";
      case OTHER_DOCS -> "其他有关文件专门要求通过政府信息公开工作年度报告予以报告的事项";
      default -> "其他情况";
    };
  }
}
