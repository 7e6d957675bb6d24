package org.nianbao.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.nianbao.ingest.ContentHash;

/**
 * Gives back the original file of an indexed report, only when it is still at the indexed path, a
 * regular file within the size limit, and its SHA-256 equals the indexed one. The path always comes
 * from the index, never from a request.
 */
public final class OriginalFiles {

  /** The bytes of an unchanged original, its content type and a download name. */
  public record Original(byte[] bytes, Format format, String contentType, String fileName) {

    /** PDFs open in the browser (so {@code #page=N} works); other formats are downloaded. */
    public boolean inline() {
      return format == Format.PDF;
    }
  }

  private OriginalFiles() {}

  /** The original of {@code source}, or empty when it is gone, changed, or was never hashed. */
  public static Optional<Original> open(String source, String contentHash) {
    if (source == null || contentHash == null || contentHash.isBlank()) {
      return Optional.empty();
    }
    try {
      Path file = Path.of(source);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      if (Files.size(file) > DocumentReaders.MAX_BINARY_MB * 1024L * 1024) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      if (!ContentHash.sha256(bytes).equals(contentHash)) {
        return Optional.empty();
      }
      Format format = FormatDetector.detect(bytes);
      return Optional.of(new Original(bytes, format, contentType(format), fileName(file)));
    } catch (IOException | InvalidPathException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Cheap check for the report page's link: a hash was indexed and the file still exists. */
  public static boolean present(String source, String contentHash) {
    if (source == null || contentHash == null || contentHash.isBlank()) {
      return false;
    }
    try {
      return Files.isRegularFile(Path.of(source));
    } catch (InvalidPathException | SecurityException e) {
      return false;
    }
  }

  static String contentType(Format format) {
    return switch (format) {
      case PDF -> "application/pdf";
      case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case DOC -> "application/msword";
      case HTML -> "text/html";
      case TEXT -> "text/plain";
    };
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "original" : name.toString();
  }
}
