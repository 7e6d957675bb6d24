package org.nianbao.generate;

import java.util.List;

/**
 * Hand-written templates for what the samples lack: sentences carrying the search terms whose
 * frequency the generator controls, and the parts of the older (pre-2019) report format.
 */
final class Phrases {
  private Phrases() {}

  static final List<Template> WECHAT =
      List.of(
          Template.of("{YEAR}年，通过“{STEM}发布”微信公众号发布政务信息{COUNT}条，及时回应群众关切。"),
          Template.of("充分利用微信公众号平台，全年推送政策文件、工作动态等信息{COUNT}条，进一步拓宽了信息公开渠道。"),
          Template.of("依托{SHORT}微信公众号开设“政策解读”栏目，发布解读材料{COUNT}篇。"));

  static final List<Template> NEW_MEDIA =
      List.of(
          Template.of("加强政务新媒体规范管理，严格落实“三审三校”制度，全年未发生政务新媒体内容安全事件。"),
          Template.of("{YEAR}年，{WE}对所属政务新媒体开展常态化巡查，及时整改发现的问题{COUNT}个。"),
          Template.of("积极运用政务新媒体发布权威信息，增强政务公开的传播力和影响力。"));

  static final List<Template> DOUYIN =
      List.of(
          Template.of("开通“{STEM}{SHORT}”抖音号，以短视频形式发布政策解读{COUNT}条，累计播放量明显提升。"),
          Template.of("探索通过抖音短视频平台开展政策宣传，制作发布宣传视频{COUNT}期。"));

  static final List<Template> BLOCKCHAIN =
      List.of(
          Template.of("探索运用区块链技术开展电子证照共享，提升政务数据的可信度和安全性。"),
          Template.of("依托区块链存证平台对公开文件进行固化留痕，确保公开信息可追溯、防篡改。"));

  static final Template OLD_SOURCE =
      Template.of("本报告是根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{AGENCY}编制。");

  static final Template OLD_PERIOD =
      Template.of(
          "本报告中所列数据的统计期限自{YEAR}年1月1日起至{YEAR}年12月31日止。本报告的电子版可在{COUNTY}人民政府门户网站"
              + "（www.{SLUG}.gov.cn）下载。如对本报告有任何疑问，请与{AGENCY}联系（联系电话：{PHONE}）。");

  static final Template OLD_ACTIVE =
      Template.of("{YEAR}年，{WE}共主动公开政府信息{COUNT}条，其中通过政府门户网站公开{COUNT}条，全文电子化率达100%。");

  static final Template OLD_REQUEST = Template.of("{YEAR}年，{WE}共收到政府信息公开申请{COUNT}件，均已在法定期限内办结答复。");

  static final Template OLD_FEE = Template.of("{YEAR}年，{WE}在政府信息公开工作中未收取任何费用，也未发生减免情况。");

  static final Template OLD_APPEAL = Template.of("{YEAR}年，{WE}未发生因政府信息公开申请行政复议、提起行政诉讼的情况。");

  static final Template NONE = Template.of("无。");
}
