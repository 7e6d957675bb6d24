package org.nianbao.search.lucene;

import java.io.IOException;

/** The values of a facet by ordinal, in value order (a smaller ordinal is a smaller value). */
interface OrdLookup {
  String lookup(int ord) throws IOException;
}
