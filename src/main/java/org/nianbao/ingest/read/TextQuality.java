package org.nianbao.ingest.read;

/**
 * Counts what kind of characters a text holds, to tell Chinese text from mojibake (fonts without a
 * Unicode map, text decoded with the wrong charset) and from text without Chinese.
 *
 * @param letters letters and ideographs (not digits, spaces or punctuation)
 * @param han CJK ideographs
 * @param garbage U+FFFD, private-use characters, Latin-1 supplement and extended Latin letters, box
 *     drawing, control characters — what broken extraction produces
 */
public record TextQuality(int letters, int han, int garbage) {

  /** Counts the characters of {@code text}. */
  public static TextQuality of(String text) {
    int letters = 0;
    int han = 0;
    int garbage = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
        letters++;
      } else if (isGarbage(c)) {
        garbage++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return new TextQuality(letters, han, garbage);
  }

  private static boolean isGarbage(int c) {
    return c == 0xFFFD
        || (c >= 0xE000 && c <= 0xF8FF)
        || (c >= 0xF0000)
        || (c >= 0x00C0 && c <= 0x024F)
        || (c >= 0x2500 && c <= 0x259F)
        || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
  }

  /** Mostly garbage characters and few ideographs: the text cannot be read. */
  public boolean isMojibake() {
    return letters >= 20 && garbage * 5 > letters && han * 2 < letters;
  }
}
