package org.nianbao.ingest;

/**
 * A simplified-character comparison key for text written in traditional characters: each
 * traditional character that matters in titles, headings, agency and place names is replaced by its
 * simplified form (報→报, 縣→县, 區→区 …), and the Taiwan word 資訊 by 信息. The key always has the same
 * length as the text, so a position found in the key is the same position in the text: rules match
 * on the key, and what they return is cut from the text as written.
 *
 * <p>Deliberately a small table (ICU's Traditional-Simplified transliterator takes about a second
 * to initialise): characters outside it are left as they are. Text without any of them is returned
 * as is, without copying.
 */
final class SimplifiedKey {
  private SimplifiedKey() {}

  /** Pairs of traditional and simplified characters. */
  private static final String PAIRS =
      "報报資资訊讯開开縣县區区體体況况動动處处請请議议訟讼題题進进項项場场務务員员會会產产業业農农發发"
          + "經经濟济園园鄉乡鎮镇門门導导問问與与關关環环衛卫歲岁應应總总復复訴诉費费減减諮咨詢询統统計计"
          + "時时間间據据編编製制綜综聯联繫系係系於于機机單单國国黨党團团稅税級级屬属劃划轄辖礦矿試试驗验"
          + "實实範范護护貿贸內内數数條条結结轉转辦办繼继續续臺台灣湾東东廣广壯壮寧宁維维爾尔陝陕雲云貴贵"
          + "遼辽龍龙蘇苏慶庆無无";

  private static final char FIRST = '\u4E00';
  private static final char LAST = '\u9FFF';

  /** Simplified form by {@code c - FIRST}; 0 when the character is not in the table. */
  private static final char[] TABLE = new char[LAST - FIRST + 1];

  static {
    for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
      TABLE[PAIRS.charAt(i) - FIRST] = PAIRS.charAt(i + 1);
    }
  }

  /** The simplified form of {@code c}, or {@code c}. */
  static char of(char c) {
    if (c < FIRST || c > LAST) {
      return c;
    }
    char s = TABLE[c - FIRST];
    return s == 0 ? c : s;
  }

  /** The key of {@code text}: same length; {@code text} itself when nothing changes. */
  static String of(String text) {
    int first = firstTraditional(text);
    if (first < 0) {
      return text;
    }
    char[] key = text.toCharArray();
    for (int i = first; i < key.length; i++) {
      char c = key[i];
      if (c == '資' && i + 1 < key.length && key[i + 1] == '訊') {
        key[i] = '信';
        key[++i] = '息';
      } else {
        key[i] = of(c);
      }
    }
    return new String(key);
  }

  private static int firstTraditional(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST && c <= LAST && TABLE[c - FIRST] != 0) {
        return i;
      }
    }
    return -1;
  }
}
