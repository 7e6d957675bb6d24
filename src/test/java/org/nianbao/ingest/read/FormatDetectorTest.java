package org.nianbao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Formats come from the bytes, never from the file name. */
class FormatDetectorTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void formats_are_detected_from_content() throws Exception {
    assertThat(FormatDetector.detect(b("%PDF-1.7\n"))).isEqualTo(Format.PDF);
    assertThat(FormatDetector.detect(b("\n\n%PDF-1.4\n"))).isEqualTo(Format.PDF);
    assertThat(FormatDetector.detect(WordReadersTest.docxWithMergedCells())).isEqualTo(Format.DOCX);
    assertThat(FormatDetector.detect(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo(Format.TEXT);
    assertThat(
            FormatDetector.detect(
                new byte[] {
                  (byte) 0xD0,
                  (byte) 0xCF,
                  0x11,
                  (byte) 0xE0,
                  (byte) 0xA1,
                  (byte) 0xB1,
                  0x1A,
                  (byte) 0xE1
                }))
        .isEqualTo(Format.DOC);
    assertThat(FormatDetector.detect(b("\uFEFF<!DOCTYPE html><html>"))).isEqualTo(Format.HTML);
    assertThat(FormatDetector.detect(b("  <meta charset=\"gbk\"><title>x</title>")))
        .isEqualTo(Format.HTML);
    assertThat(FormatDetector.detect(b("某某局2021年政府信息公开工作年度报告\n<html>"))).isEqualTo(Format.TEXT);
    assertThat(FormatDetector.detect(new byte[0])).isEqualTo(Format.TEXT);
  }
}
