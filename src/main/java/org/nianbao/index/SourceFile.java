package org.nianbao.index;

import java.nio.file.Path;

/**
 * A file to index.
 *
 * @param path the path as found (relative paths stay relative, as the user gave them)
 * @param key the normalised absolute path identifying the file across runs
 */
public record SourceFile(Path path, String key) {}
