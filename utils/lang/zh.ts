import { definePack, words } from './types';

/** Chinese: words are not separated by spaces, so its verbs and cues match without letter boundaries. */
export const zh = definePack({
  code: 'zh',
  name: 'Chinese',
  script: 'Hani',
  direction: 'ltr',
  // China, Taiwan, Hong Kong, Macau and Singapore all keep UTC+8, without summer time.
  impliedZone: '+08:00',
  // Terms are characters, and most words are two of them ("文化", "国际").
  termsPerWord: 2,
  stopWords: words(`的 了 和 是 在 也 有 就 都 而 及 与 或 这 那 之 其 于 以 为 被 把 对 从 向 到 上 下 中 他 她 它 们
    我 你 说 表示 一个 没有 我们 他们 这个 那个 因为 所以 但是 如果 已经 可以 还 又 并 等 将 会
    问题 情况 方面 时候 事情 什么 这些 那些 一些 进行 通过 可能 需要 这样 成为 以及 而且 得`),
  speechVerbs: ['表示', '指出', '强调', '说道', '说', '称', '介绍', '透露', '告诉', '宣布', '坦言', '直言', '认为', '回应', '提到'],
  askingWords: ['问', '询问', '反问', '质问', '提问', '追问', '疑问'],
  // Offices written before the name ("外交部发言人毛宁", "副司长姚建廷").
  roles: [
    '发言人', '副司长', '司长', '副部长', '部长', '副主任', '主任', '副主席', '主席', '总统', '副总理', '总理', '副局长', '局长', '大使', '教授', '总裁', '董事长', '首相', '外长',
    '院长', '副市长', '市长', '省长', '总书记', '书记', '总经理', '经理', '研究员', '专家', '负责人', '秘书长', '国务卿', '会长', '理事长', '校长', '所长', '处长', '分析师',
    '首席执行官', '官员', '人士', '主编', '记者', '医生', '博士', '创始人', '总监', '队长', '教练', '主任医师',
  ],
  // "换句话说" (in other words), "对他来说" (for him), "小说" (a novel), "听说"/"据说" (it is said): no one named speaks.
  speechIdioms: ['换句话说', '也就是说', '比如说', '可以说', '不用说', '虽说', '再说', '来说', '小说', '传说', '听说', '据说', '说法', '说不定', '说实话'],
  accordingTo: ['据'],
  speakerPronouns: ['他', '她'],
  exampleFrames: ['像…这样的', '像…那样的', '像…一样的', '如…这样的'],
  titleCues: ['题为', '名为', '称为', '口号'],
  // "第一", "一是": Japanese writes the same digits ("第一に").
  numberWords: ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'],
  // "这项研究", "每位记者", "两名官员": a measure word after one of these, or after a number.
  counterOpeners: ['这', '那', '该', '每', '各', '某', '此', '几', '两', '首'],
  // "编译/林靖东" (translated and compiled by) and "文/张三" sign the article as its writer does.
  bylineLabels: ['作者', '记者', '编译', '文'],
  // "记者张三", "本报记者 张三", "新华社记者 张三 李四": the reporter's title, then the name, with no colon.
  bylinePrefixes: [String.raw`\p{Script=Han}{0,4}?(?:记者|記者)`, '通讯员', '通訊員'],
  // The desk editor, producer, photographer: named on the page, never the author.
  otherCreditLabels: ['责任编辑', '编辑', '出品', '摄影', '图'],
  // "新华社记者 李明 摄", "（李明/摄）": the photographer's name, then "photographed".
  creditSuffixes: ['摄', '摄影'],
  creditLines: ['Xinhua', '新华社', '新華社', '中新社'],
  // The portal's disclaimer too ("声明：本文仅代表作者观点，不代表本站立场。", "…本平台仅提供信息存储服务。").
  rightsPhrases: ['未经授权', '不得转载', '版权所有', '禁止转载', '转载请注明', '仅代表作者观点', '不代表本站立场', '仅提供信息存储服务'],
  // "[责任编辑：alonliu]", "（责编：王珂园、白宇）": the desk editors, in simplified and traditional writing.
  editorLabels: ['责任编辑', '責任編輯', '责编', '責編', '编辑', '編輯', '值班编辑', '值班編輯'],
  readMorePrefixes: ['相关阅读', '相关新闻', '延伸阅读', '推荐阅读', '相关报道'],
  // Paywalls' lines ('订阅后阅读全文', '登录').
  subscribeWords: ['订阅', '訂閱', '登录', '登入', '付费会员'],
  furnitureLabels: ['分享', '分享到', '相关阅读', '相关新闻', '广告', '目录', '标签', '评论', '更多评论', '精彩视频推荐', '视频推荐', '精彩推荐', '热门推荐', '推荐阅读', '延伸阅读', '相关推荐', '点击查看更多', '查看更多', '打开app阅读全文', '举报/反馈', '（完）', '(完)'],
  // "转播到腾讯微博", "分享到微信": a prompt to share on a network the line names (boilerplate.ts).
  followPrompts: ['转播到', '分享到', '关注我们'],
  // A prompt to scan a QR code ("扫一扫在手机打开当前页"), the report-an-error link ("【纠错】", "【我要纠错】 责任编辑：…") and the title the portal's source gave the story ("原标题：…").
  furnitureOpeners: ['扫一扫', '【纠错】', '【我要纠错】', '原标题', '原標題'],
  // A portal's channels, set after a headline ("…_教育频道_中国青年网"), simplified and traditional.
  sectionWords: ['新闻', '频道', '教育', '体育', '财经', '科技', '娱乐', '国际', '国内', '社会', '军事', '评论', '文化', '健康', '汽车', '房产', '旅游', '图片', '视频', '滚动', '专题', '资讯', '综合', '正文', '首页', '新聞', '頻道', '國際', '國內', '體育', '財經', '娛樂', '社會', '軍事', '評論', '圖片', '視頻', '要聞', '專題', '資訊', '首頁', '时政', '時政', '要闻', '政治', '观点', '觀點'],
  halfDayMarks: { morning: ['上午'], afternoon: ['下午'] },
  updatedLabels: ['更新'],
  publishedLabels: [String.raw`(?:发布|發布|發佈|发表|發表|发稿|發稿)(?:时间|時間|日期)\s*：?`, String.raw`(?:时间|時間|日期)\s*：`],
  // "来源：新华网": the site the story was taken from.
  sourceLabels: ['来源', '來源', '稿源', '出处', '本文来源', '文章来源', '稿件来源'],
});
