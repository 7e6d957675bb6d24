package org.nianbao.generate;

/** What a harvested paragraph or subsection title is about; the generator fills parts by topic. */
enum Topic {
  /** 本报告由…编制. */
  PREAMBLE_SOURCE,
  /** 本报告内容包括…六部分内容. */
  PREAMBLE_SCOPE,
  /** 统计期限…查阅或下载…联系. */
  PREAMBLE_PERIOD,
  /** Paragraphs of 一、总体情况 before its first subsection. */
  OVERVIEW_INTRO,
  OVERVIEW_ACTIVE,
  OVERVIEW_REQUEST,
  OVERVIEW_MANAGEMENT,
  OVERVIEW_PLATFORM,
  OVERVIEW_OVERSIGHT,
  /** 五、 without subsections. */
  PROBLEMS_GENERAL,
  PROBLEMS,
  MEASURES,
  OTHER_FEE,
  OTHER_KEYPOINTS,
  OTHER_PROPOSALS,
  OTHER_INNOVATION,
  OTHER_STATS,
  OTHER_MISC,
  OTHER_DOCS;

  /** The subsection topics of 一、总体情况, in report order. */
  static final Topic[] OVERVIEW = {
    OVERVIEW_ACTIVE, OVERVIEW_REQUEST, OVERVIEW_MANAGEMENT, OVERVIEW_PLATFORM, OVERVIEW_OVERSIGHT
  };

  /** The subsection topics of 六、其他需要报告的事项, in report order. */
  static final Topic[] OTHER = {
    OTHER_FEE,
    OTHER_KEYPOINTS,
    OTHER_PROPOSALS,
    OTHER_INNOVATION,
    OTHER_STATS,
    OTHER_MISC,
    OTHER_DOCS
  };

  /** The topic of a 一、 subsection heading, or {@link #OVERVIEW_INTRO} for others. */
  static Topic ofOverviewHeading(String title) {
    if (title.contains("依申请")) {
      return OVERVIEW_REQUEST;
    }
    if (title.contains("主动")) {
      return OVERVIEW_ACTIVE;
    }
    if (title.contains("平台")) {
      return OVERVIEW_PLATFORM;
    }
    if (title.contains("监督") || title.contains("保障")) {
      return OVERVIEW_OVERSIGHT;
    }
    if (title.contains("管理")) {
      return OVERVIEW_MANAGEMENT;
    }
    return OVERVIEW_INTRO;
  }

  /** The topic of a 五、 subsection heading. */
  static Topic ofProblemsHeading(String title) {
    return title.contains("问题")
        ? PROBLEMS
        : title.contains("改进") || title.contains("措施") ? MEASURES : PROBLEMS_GENERAL;
  }

  /** The topic of a 六、 subsection heading or labelled paragraph, or null. */
  static Topic ofOtherHeading(String title) {
    if (title.contains("其他有关文件")) {
      return OTHER_DOCS;
    }
    if (title.contains("收费") || title.contains("处理费")) {
      return OTHER_FEE;
    }
    if (title.contains("要点") || title.contains("上级")) {
      return OTHER_KEYPOINTS;
    }
    if (title.contains("建议") || title.contains("提案")) {
      return OTHER_PROPOSALS;
    }
    if (title.contains("创新")) {
      return OTHER_INNOVATION;
    }
    if (title.contains("统计")) {
      return OTHER_STATS;
    }
    if (title.contains("认为需要报告") || title.contains("其他事项")) {
      return OTHER_MISC;
    }
    return null;
  }
}
