package org.nianbao.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the paths given to {@code index} into the files to read: folders recursively (following
 * symbolic links, reporting loops), hidden files and folders skipped, each file once, in a stable
 * order.
 */
public final class SourceFiles {

  /** The files found and the inputs that could not be used. */
  public record Listing(List<SourceFile> files, List<Skipped> skipped) {}

  private SourceFiles() {}

  /** Lists the files under {@code inputs}. */
  public static Listing list(List<Path> inputs) {
    Map<String, SourceFile> files = new LinkedHashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
        skipped.add(new Skipped(input.toString(), "路径不存在"));
      } else if (!Files.exists(input)) {
        skipped.add(new Skipped(input.toString(), "符号链接指向的文件不存在"));
      } else if (Files.isDirectory(input)) {
        walk(input, files, skipped);
      } else {
        add(input, null, files);
      }
    }
    List<SourceFile> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(f -> f.path().toString()));
    return new Listing(sorted, skipped);
  }

  private static void add(Path file, Path root, Map<String, SourceFile> files) {
    String key = key(file);
    files.putIfAbsent(
        key,
        root == null ? new SourceFile(file, key) : new SourceFile(file, key, shown(root, file)));
  }

  /** {@code file} relative to {@code root}, led by the root folder's name, with {@code /}. */
  static String shown(Path root, Path file) {
    Path base = root.toAbsolutePath().normalize();
    Path rel = base.relativize(file.toAbsolutePath().normalize());
    Path name = base.getFileName();
    Path shown = name == null ? rel : name.resolve(rel);
    return shown.toString().replace('\\', '/');
  }

  /** The identity of a file: its absolute, normalised path (symbolic links not resolved). */
  public static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  private static void walk(Path root, Map<String, SourceFile> files, List<Skipped> skipped) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!hidden(file) && !attrs.isDirectory()) {
                add(file, root, files);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              skipped.add(new Skipped(file.toString(), reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      skipped.add(new Skipped(root.toString(), reason(e)));
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static String reason(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "符号链接形成循环，已跳过";
    }
    if (e instanceof AccessDeniedException) {
      return "没有读取权限";
    }
    if (e instanceof NoSuchFileException) {
      return "文件不存在（可能是失效的符号链接）";
    }
    if (e instanceof FileSystemException fs
        && fs.getReason() != null
        && fs.getReason().contains("symbolic links")) {
      return "符号链接形成循环，已跳过"; // ELOOP: "Too many levels of symbolic links"
    }
    return "无法读取（" + e.getClass().getSimpleName() + "）";
  }
}
