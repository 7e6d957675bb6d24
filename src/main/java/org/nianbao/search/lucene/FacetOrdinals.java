package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.nianbao.index.Fields;

/** The global ordinals of the report-level string facets of one reader. */
record FacetOrdinals(
    GlobalOrdinals counties,
    GlobalOrdinals agencies,
    GlobalOrdinals provinces,
    GlobalOrdinals cities) {

  static FacetOrdinals build(IndexReader reader) throws IOException {
    return new FacetOrdinals(
        GlobalOrdinals.build(reader, Fields.COUNTY), GlobalOrdinals.build(reader, Fields.AGENCY),
        GlobalOrdinals.build(reader, Fields.PROVINCE), GlobalOrdinals.build(reader, Fields.CITY));
  }
}
