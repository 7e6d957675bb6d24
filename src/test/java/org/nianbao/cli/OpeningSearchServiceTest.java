package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.lucene.LuceneSearchService;

/** What {@code serve} uses while the index opens must pass every call on, numbers() included. */
class OpeningSearchServiceTest {
  @TempDir Path index;

  @Test
  void numbers_are_passed_on_to_the_opened_service() throws Exception {
    BundledIndex.ensure(index);
    try (OpeningSearchService s =
        OpeningSearchService.start(() -> LuceneSearchService.open(index))) {
      assertThat(s.numbers(SearchRequest.of("")).stream().map(ReportNumbers::year).toList())
          .containsExactly(2021, 2021, 2020, 2024, 2022);
    }
  }
}
