package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.testing.CliRun;

/** A bad option value is one Chinese line naming the option, and exit code 2; nothing runs. */
class OptionErrorsTest {

  static void usageError(String expected, String... args) {
    CliRun r = CliRun.run(args);
    assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(r.err()).as(String.join(" ", args)).isEqualTo(expected + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void integers_ranges_and_choices() {
    usageError("错误：--page 必须是正整数：0", "search", "--page", "0", "微信");
    usageError("错误：--size 必须是正整数：十", "search", "--size", "十", "微信");
    usageError("错误：--year 年度必须是整数：20x1（或“未识别”）", "search", "--year", "20x1");
    usageError("错误：--facet-limit 必须是非负整数：-1", "search", "--facet-limit=-1");
    usageError("错误：--sort 只能是 relevance、newest、oldest 或 measure：best", "search", "--sort", "best");
    usageError("错误：--threads 必须是正整数：0", "index", "--threads", "0", "x");
    usageError("错误：--port 必须是 0 到 65535 之间的端口号：70000", "serve", "--port", "70000");
    usageError("错误：--seed 必须是整数：1.5", "bench", "queries", "--seed", "1.5");
  }

  @Test
  void durations_in_seconds() {
    usageError("错误：--file-timeout 须为 0 到 86400 之间的秒数：0", "index", "--file-timeout", "0", "x");
    usageError("错误：--file-timeout 须为 0 到 86400 之间的秒数：abc", "parse", "--file-timeout", "abc", "x");
    usageError(
        "错误：--file-timeout 须为 0 到 86400 之间的秒数：86401", "parse", "--file-timeout", "86401", "x");
  }

  @Test
  void missing_and_unknown_arguments() {
    usageError("错误：无法识别的参数：--nope（nianbao search --help 查看用法）", "search", "--nope");
    usageError("错误：--page 缺少取值（nianbao search --help 查看用法）", "search", "--page");
    usageError("错误：缺少 PATH（nianbao index --help 查看用法）", "index");
  }

  @Test
  void a_good_duration_is_read_as_milliseconds() {
    assertThat(new OptionTypes.Seconds().convert("0.25").toMillis()).isEqualTo(250);
    assertThat(new OptionTypes.Seconds().convert("86400").toSeconds()).isEqualTo(86_400);
  }
}
