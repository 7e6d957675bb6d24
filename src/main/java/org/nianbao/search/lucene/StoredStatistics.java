package org.nianbao.search.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.nianbao.index.Fields;
import org.nianbao.index.Json;
import org.nianbao.stats.Statistics;

/**
 * A report's statistics tables as stored at indexing time ({@link Fields#STATISTICS}), so showing a
 * report never extracts its tables again.
 */
final class StoredStatistics {
  /** Decimals (amounts in 万元) read exactly, as the extractor made them. */
  private static final ObjectReader READER =
      Json.mapper().readerFor(Map.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private StoredStatistics() {}

  /** The stored statistics of {@code reportDoc}, or {@code null} when none are stored. */
  static Statistics read(StoredFields stored, int reportDoc) throws IOException {
    String json =
        stored.document(reportDoc, java.util.Set.of(Fields.STATISTICS)).get(Fields.STATISTICS);
    if (json == null) {
      return null;
    }
    try {
      Map<String, ?> map = READER.readValue(json);
      return Statistics.fromJson(map);
    } catch (JsonProcessingException | RuntimeException e) {
      return null; // unreadable: the caller extracts the tables from the text
    }
  }
}
