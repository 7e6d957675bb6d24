package org.nianbao.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence or paragraph harvested from a sample report with its names, years and counts replaced
 * by placeholders ({@link Var}), so it can be re-rendered for any agency and year. Placeholders are
 * single private-use characters inside {@link #text()}.
 */
record Template(String text) {

  /** What a placeholder stands for. */
  enum Var {
    AGENCY,
    SHORT,
    COUNTY,
    STEM,
    PREFECTURE,
    PREFECTURE_STEM,
    PROVINCE,
    PROVINCE_STEM,
    WE,
    SELF,
    YEAR,
    YEAR_BEFORE,
    YEAR_AFTER,
    COUNT,
    CELL,
    PHONE,
    SLUG;

    char code() {
      return (char) (BASE + ordinal());
    }
  }

  private static final char BASE = '\uE000';
  private static final Var[] VARS = Var.values();
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)(?=\\s*年)");
  private static final Pattern COUNT =
      Pattern.compile("(?<![\\d.\\-—第〔:：])\\d{1,5}(?=\\s*余?(?:条|件|篇|次|人|项|期|场))");
  private static final Pattern PHONE = Pattern.compile("0\\d{3}-\\d{7,8}");
  private static final Pattern SLUG = Pattern.compile("(?<=www\\.)[a-z]+(?=\\.gov\\.cn)");
  private static final Pattern CELL = Pattern.compile("(?<=^|[ \\t])\\d{1,5}(?=$|[ \\t])");

  /** Names to replace in a sample text, longest first, with the sample's own values. */
  record Names(
      String agency,
      String shortName,
      String county,
      String stem,
      String prefecture,
      String province,
      int year) {}

  /** Turns prose of a sample report into a template. */
  static Template prose(String text, Names names) {
    String t = text;
    t = replace(t, names.agency(), Var.AGENCY);
    t = replace(t, names.shortName(), Var.SHORT);
    t = replace(t, names.county(), Var.COUNTY);
    t = replace(t, names.prefecture(), Var.PREFECTURE);
    t = replace(t, names.province(), Var.PROVINCE);
    t = replace(t, names.stem(), Var.STEM);
    t = replace(t, stem(names.prefecture()), Var.PREFECTURE_STEM);
    t = replace(t, stem(names.province()), Var.PROVINCE_STEM);
    for (String we : List.of("我局", "我中心")) {
      t = replace(t, we, Var.WE);
    }
    for (String self : List.of("本局", "本中心")) {
      t = replace(t, self, Var.SELF);
    }
    t = replaceYears(t, names.year());
    t = COUNT.matcher(t).replaceAll(String.valueOf(Var.COUNT.code()));
    t = PHONE.matcher(t).replaceAll(String.valueOf(Var.PHONE.code()));
    t = SLUG.matcher(t).replaceAll(String.valueOf(Var.SLUG.code()));
    return new Template(t);
  }

  /** Turns one raw table line into a template: stand-alone numbers become {@link Var#CELL}. */
  static Template tableLine(String line) {
    return new Template(CELL.matcher(line).replaceAll(String.valueOf(Var.CELL.code())));
  }

  /** A hand-written template; {@code {A}}-style markers name the variables. */
  static Template of(String text) {
    String t = text;
    for (Var v : VARS) {
      t = t.replace("{" + v.name() + "}", String.valueOf(v.code()));
    }
    return new Template(t);
  }

  boolean contains(String word) {
    return text.contains(word);
  }

  /** The sentences of this template (split after 。！？；), each a template. */
  List<Template> sentences() {
    List<Template> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '；') {
        int end = i + 1;
        while (end < text.length() && "”）".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        out.add(new Template(text.substring(start, end)));
        start = end;
        i = end - 1;
      }
    }
    if (start < text.length()) {
      out.add(new Template(text.substring(start)));
    }
    return out;
  }

  /**
   * Renders into {@code out} with the values of {@code report}; counts are drawn from {@code rng}.
   */
  void render(StringBuilder out, Values values, SplittableRandom rng) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int v = c - BASE;
      if (v >= 0 && v < VARS.length) {
        out.append(values.value(VARS[v], rng));
      } else {
        out.append(c);
      }
    }
  }

  String render(Values values, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(text.length() + 32);
    render(sb, values, rng);
    return sb.toString();
  }

  /** Supplies the value of a variable for one report. */
  interface Values {
    String value(Var var, SplittableRandom rng);
  }

  private static String replace(String text, String name, Var var) {
    if (name == null || name.isEmpty()) {
      return text;
    }
    return text.replace(name, String.valueOf(var.code()));
  }

  private static String stem(String name) {
    if (name == null || name.length() < 3) {
      return null;
    }
    return name.endsWith("自治区") ? name.substring(0, 2) : name.substring(0, name.length() - 1);
  }

  private static String replaceYears(String text, int year) {
    Matcher m = YEAR.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int delta = Integer.parseInt(m.group(1)) - year;
      String replacement =
          switch (delta) {
            case 0 -> String.valueOf(Var.YEAR.code());
            case -1 -> String.valueOf(Var.YEAR_BEFORE.code());
            case 1 -> String.valueOf(Var.YEAR_AFTER.code());
            default -> m.group(1);
          };
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
