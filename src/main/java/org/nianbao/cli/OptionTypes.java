package org.nianbao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import org.nianbao.search.SortOrder;
import org.nianbao.web.StatsJson;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The types of the command-line options: picocli converters (registered for every int, long and
 * path; named by the options that need a range or a choice) whose errors are the reason and the
 * value in Chinese; {@link UsageErrors} puts the option's name in front, e.g. {@code --page
 * 必须是正整数：0}.
 */
final class OptionTypes {
  private OptionTypes() {}

  /** Registers the converters of plain ints, longs and paths on {@code cl} and its sub-commands. */
  static CommandLine register(CommandLine cl) {
    cl.registerConverter(Integer.class, OptionTypes::integer);
    cl.registerConverter(Integer.TYPE, OptionTypes::integer);
    cl.registerConverter(Long.class, OptionTypes::longInteger);
    cl.registerConverter(Long.TYPE, OptionTypes::longInteger);
    cl.registerConverter(Path.class, OptionTypes::path);
    return cl;
  }

  static int integer(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("必须是整数：" + s);
    }
  }

  static long longInteger(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("必须是整数：" + s);
    }
  }

  static Path path(String s) {
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("不是有效的路径：" + s);
    }
  }

  /** An integer in {@code [min, max]}, else {@code reason：value}. */
  private static int within(String s, int min, int max, String reason) {
    long n;
    try {
      n = Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE;
    }
    if (n < min || n > max) {
      throw new TypeConversionException(reason + "：" + s);
    }
    return (int) n;
  }

  /** 1, 2, 3 … (pages, sizes, runs, threads). */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      return within(s, 1, Integer.MAX_VALUE, "必须是正整数");
    }
  }

  /** 0, 1, 2 … (counts where 0 means "all" or "none"). */
  static final class NonNegative implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      return within(s, 0, Integer.MAX_VALUE, "必须是非负整数");
    }
  }

  /** A TCP port; 0 picks a free one. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      return within(s, 0, 65_535, "必须是 0 到 65535 之间的端口号");
    }
  }

  /** The number of reports {@code generate} writes. */
  static final class ReportCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      return within(
          s, 1, GenerateCommand.MAX_REPORTS, "必须是 1 到 " + GenerateCommand.MAX_REPORTS + " 之间的整数");
    }
  }

  /** A time limit in seconds (decimals allowed), more than 0 and at most a day. */
  static final class Seconds implements ITypeConverter<Duration> {
    static final int MAX = 86_400;

    @Override
    public Duration convert(String s) {
      double seconds;
      try {
        seconds = Double.parseDouble(s.strip());
      } catch (NumberFormatException e) {
        seconds = Double.NaN;
      }
      if (!(seconds > 0) || seconds > MAX) {
        throw new TypeConversionException("须为 0 到 " + MAX + " 之间的秒数：" + s);
      }
      return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }
  }

  /** {@code relevance}, {@code newest} or {@code oldest} (any case). */
  static final class Sort implements ITypeConverter<SortOrder> {
    @Override
    public SortOrder convert(String s) {
      return SortOrder.parse(s)
          .orElseThrow(
              () -> new TypeConversionException("只能是 relevance、newest、oldest 或 measure：" + s));
    }
  }

  /** The direction of a measure sort: {@code desc} or {@code asc}. */
  static final class Direction implements ITypeConverter<String> {
    @Override
    public String convert(String s) {
      if (!s.equals("asc") && !s.equals("desc")) {
        throw new TypeConversionException("只能是 desc 或 asc：" + s);
      }
      return s;
    }
  }

  /** A statistics measure key ({@link StatsJson#measureKeys()}). */
  static final class Measure implements ITypeConverter<String> {
    @Override
    public String convert(String s) {
      if (!StatsJson.measureKeys().contains(s)) {
        throw new TypeConversionException(
            "不是已知的统计项：" + s + "（可选：" + String.join("、", StatsJson.measureKeys()) + "）");
      }
      return s;
    }
  }
}
