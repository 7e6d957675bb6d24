package org.nianbao.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a generated report file is encoded: UTF-8 (most), GB18030 (2%), UTF-8 with a BOM (1%). */
public enum ReportEncoding {
  UTF_8,
  UTF_8_BOM,
  GB18030;

  private static final Charset GB = Charset.forName("GB18030");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The encoding of report {@code index}: fixed residues modulo 100, so exactly 2% and 1%. */
  static ReportEncoding of(long index) {
    int r = (int) (index % 100);
    return r == 17 || r == 61 ? GB18030 : r == 43 ? UTF_8_BOM : UTF_8;
  }

  byte[] encode(String text) {
    return switch (this) {
      case UTF_8 -> text.getBytes(StandardCharsets.UTF_8);
      case GB18030 -> text.getBytes(GB);
      case UTF_8_BOM -> {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + BOM.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        yield bytes;
      }
    };
  }
}
