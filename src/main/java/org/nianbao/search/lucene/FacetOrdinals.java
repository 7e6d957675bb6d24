package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.nianbao.index.Fields;

/** The global ordinals of the string facets of one reader (topic: of the section documents). */
record FacetOrdinals(
    GlobalOrdinals counties,
    GlobalOrdinals agencies,
    GlobalOrdinals provinces,
    GlobalOrdinals cities,
    GlobalOrdinals topics) {

  static FacetOrdinals build(IndexReader reader) throws IOException {
    return new FacetOrdinals(
        GlobalOrdinals.build(reader, Fields.COUNTY),
        GlobalOrdinals.build(reader, Fields.AGENCY),
        GlobalOrdinals.build(reader, Fields.PROVINCE),
        GlobalOrdinals.build(reader, Fields.CITY),
        GlobalOrdinals.build(reader, Fields.SECTION_TOPIC));
  }
}
