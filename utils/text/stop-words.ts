import { baseLanguage } from './tokens';

/**
 * Small stop word lists, written for the outline's scoring: the function words that say
 * nothing about what an article is about. Vietnamese lists syllables, its units of
 * writing, with their diacritics ("các" is a stop word, "cạc" is not).
 */
const LISTS: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    no nor not now of off on once only or other our ours out over own said same says she should so some such
    than that the their theirs them then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours mr mrs ms one two new
    told also would could may might must shall us year years`,
  vi: `và là của có các những một được cho trong với để đã đang sẽ không này đó khi thì mà như từ theo tại
    về ra vào lên đến nên cũng vẫn rất nhiều người ông bà anh chị họ chúng tôi ta nó hay hoặc nhưng nếu vì do
    bị bởi sau trước trên dưới giữa qua lại còn chỉ đều mỗi cả hơn nhất việc điều sự cái này kia ấy nào gì
    thế vậy rằng năm ngày tháng làm đi thêm cùng nhau đây kể cách lần nữa mới vừa nay luôn đồng thời`,
  fr: `le la les un une des du de d l et ou mais donc or ni car à au aux en dans par pour sur avec sans sous
    ce cet cette ces il elle ils elles on nous vous je tu me te se sa son ses leur leurs qui que quoi dont où
    ne pas plus est sont été être a ont avait avoir fait comme aussi très tout tous toute toutes y lui même
    selon entre après avant encore`,
  de: `der die das den dem des ein eine einer einem einen eines und oder aber doch sondern in im an am auf
    aus bei mit nach von vom zu zum zur für über unter vor durch gegen ohne um ist sind war waren wird werden
    wurde wurden hat haben hatte sein ich du er sie es wir ihr nicht auch noch nur schon sich als wie so dass
    da wenn man mehr sehr dies diese dieser dieses laut sagte`,
  es: `el la los las un una unos unas de del y o pero en con por para sin sobre entre a al que quien cual
    cuyo donde como cuando se su sus lo le les me te nos es son fue fueron ser ha han había haber está están
    estar muy más también ya no sí este esta estos estas ese esa eso según dijo`,
  zh: `的 了 和 是 在 也 有 就 都 而 及 与 或 这 那 之 其 于 以 为 被 把 对 从 向 到 上 下 中 他 她 它 们
    我 你 说 表示 一个 没有 我们 他们 这个 那个 因为 所以 但是 如果 已经 可以 还 又 并 等 将 会`,
  ja: `の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない
    この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より
    による ず なり られる において ば なかっ なく しかし について せ だっ その後 できる それ う ので なお`,
};

const cache = new Map<string, ReadonlySet<string>>();

/** The stop words of a language; an empty set for a language we have no list for. */
export function stopWordsFor(lang: string | null): ReadonlySet<string> {
  const base = baseLanguage(lang) ?? '';
  let set = cache.get(base);
  if (!set) {
    set = new Set((LISTS[base] ?? '').split(/\s+/u).filter((word) => word !== ''));
    cache.set(base, set);
  }
  return set;
}

const CJK_START = 0x2e80;

function isDigits(term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Content words: folded terms that are neither stop words nor bare numbers nor single
 * letters (a single CJK character is a word). Char codes, not a regex per term: this runs
 * on every word of the article.
 */
export function contentTerms(terms: readonly string[], stop: ReadonlySet<string>): string[] {
  return terms.filter((term) => !stop.has(term) && !isDigits(term) && (term.length > 1 || term.charCodeAt(0) >= CJK_START));
}
