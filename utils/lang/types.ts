/**
 * What Lede knows about one language, in one shape for every language. The analyzers keep
 * their logic and read their words from here; a list a language does not have is empty, and
 * an empty list means "nothing of this language" (the analyzers then use every language's).
 * Lists of `PatternPiece` hold regular expression source (matched case-insensitively, inside
 * a larger pattern); the others hold plain words, written as pages write them.
 */

export type Direction = 'ltr' | 'rtl';

/** Regular expression source for one alternative, e.g. `mr\\.?`; never a whole pattern. */
export type PatternPiece = string;

/** The twelve months, January first; each entry lists the spellings of one month. */
export type MonthNames = readonly (readonly string[])[];

export interface LanguagePack {
  /** The language subtag of a BCP 47 tag: "vi", "en", "ckb". */
  code: string;
  /** Other subtags that mean the same language ("iw", Hebrew's withdrawn code). */
  aliases: readonly string[];
  /** English name, for tests and messages to maintainers. */
  name: string;
  /** ISO 15924 script the language is normally written in; Japanese counts as Han (kana and kanji are scored together). */
  script: string;
  direction: Direction;
  /** UTC offset of the one zone the language's pages state local times in ("+07:00" for Vietnamese); empty when it spans zones. */
  impliedZone: string;
  /** Letters that, among the languages sharing its script, only this one uses (Vietnamese ơ, ư, ạ…; Urdu ے). */
  distinctiveLetters: string;
  /**
   * Terms (syllables, characters) one word of the language is mostly written in, where a term is
   * less than a word: 2 in Vietnamese ("hoạt động"), Chinese and Japanese ("文化"); 1 where
   * spaces part words. A key phrase no longer than this may be one word, and one word is no
   * part's label (utils/outline/key-phrases.ts).
   */
  termsPerWord: number;
  /** Words that say nothing about what an article is about, folded (NFC, lower case). */
  stopWords: readonly string[];
  /** Very frequent words of running text that the guesser counts to tell Latin-script languages apart. */
  functionWords: readonly string[];
  /** Verbs and verb phrases that introduce reported speech ("said", "cho biết", "sagte"). */
  speechVerbs: readonly string[];
  /**
   * Speech verbs whose addressee may stand between them and what was said, with no word to mark
   * where it ends ("told the BBC it appeared …", "told Reuters the plan …"): a capitalised name
   * there, after at most one stop word, is who was told, not what.
   */
  addresseeVerbs: readonly string[];
  /** Set phrases that hold a speech verb but report no one's words ("nói chung", "换句话说", "autrement dit"): the verb in them is no cue. */
  speechIdioms: readonly string[];
  /** Forms of "to be" that make the participle after them passive or future ("sera confié", "a été annoncé", "fue anunciado"): a speech verb right after one is no cue. */
  passiveAuxiliaries: readonly string[];
  /** Speech verbs written in the passive that still report the subject's words ("is quoted as saying"): the passive guard lets them through. */
  passiveSpeechVerbs: readonly string[];
  /** Words that open a relative clause with a subject of its own ("người mà Mỹ …", "whom the police …", "que la police …"): the verb after it is that subject's. */
  objectRelatives: readonly string[];
  /**
   * Words that open a relative clause about the word before them ("who", "qui", "quien"): after a
   * source ("According to X, who made a film about it, …") the clause up to its comma says who X
   * is, and what X says begins after it.
   */
  subjectRelatives: readonly string[];
  /** "according to" and its equivalents, followed by the source. */
  accordingTo: readonly string[];
  /** Pronouns that point back to the last speaker ("he", "ông", "sie"). */
  speakerPronouns: readonly string[];
  /** The plural ones among speakerPronouns ("they", "ont-ils"): they point back to a group or an organisation, never to one person. */
  pluralPronouns: readonly string[];
  /**
   * Auxiliaries only a finite verb takes ("had", "will", "could"): words between a speech verb and
   * the complementizer that hold one are a clause of their own ("said investigators had found no
   * indication that …"), and that "that" is not the verb's.
   */
  tenseAuxiliaries: readonly string[];
  /**
   * Speech verbs that cue only right after a comma or a closing quotation mark (German "…, so der
   * Minister"); anywhere else they are another word ("so gut wie", "so genannt").
   */
  commaCues: readonly string[];
  /** Determiners: a speech verb right after one is an adjective ("a promised five films", "the announced plan"), not a cue. */
  determiners: readonly string[];
  /** Verbs of hearing ("heard", "a entendu"): "X heard an officer yell: “…”" quotes the officer, not X. */
  hearingVerbs: readonly string[];
  /** The word that introduces reported speech after a verb ("that", "rằng", "que", "dass"). */
  complementizers: readonly string[];
  /** Words that open a speaker described, not named ("the mayor", "un porte-parole", "vị lãnh đạo"). */
  describedSpeakerOpeners: readonly string[];
  /**
   * Words, lower case, whose last part is a stop word on its own ("hàng không", aviation: "không"
   * is "not"). A speaker is trimmed of trailing stop words, and must not lose that part ("Theo
   * Cục Hàng không,").
   */
  stopWordCompounds: readonly string[];
  /**
   * Words, lower case, that stand for what was said right after the speech verb ("said so",
   * "khẳng định như vậy", "a dit cela"): with nothing but where and when after them, the sentence
   * tells who said the words before it, and says nothing itself.
   */
  saidProForms: readonly string[];
  /**
   * Days named from the day of writing, lower case ("yesterday", "hôm qua"): right after who
   * spoke, they say when ("A spokesman for the zoo yesterday said …"), and are not part of the speaker.
   */
  relativeDays: readonly string[];
  /** Words before a quoted phrase that make it a title or a name, not a statement ("called", "khẩu hiệu"). */
  titleCues: readonly string[];
  /** Openers that carry no topic ("however", "tuy nhiên"): a part is labelled from what follows them. */
  connectives: readonly string[];
  /** Titles of address written before a person's name ("ông", `mr\\.?`, "frau"). */
  honorifics: readonly PatternPiece[];
  /** Words written before a role that qualify it ("deputy", "phó"). */
  roleModifiers: readonly PatternPiece[];
  /** Offices and professions written before or after a name ("bí thư", "mayor", "ministre"). */
  roles: readonly PatternPiece[];
  /** Lower-case particles inside personal names ("van", "de", "bin"). */
  nameParticles: readonly string[];
  /** Words or terms of several words, lower case, that open the name of an organisation or a place, not of a person ("bộ", "city", "công an"; utils/text/leading-term.ts). */
  organisationWords: readonly string[];
  /** Nouns that end an organisation's name, lower case ("committee" of "Government Reform Committee"): a capitalised run ending in one names a body, not a person. */
  organisationHeads: readonly string[];
  /** Capitalised words that are never a name on their own: days, months, sentence openers. */
  notNames: readonly string[];
  /** Prepositions ("tại", "với", "in", "de la"): a capitalised phrase after one is a place or an object, never a speaker. */
  prepositions: readonly string[];
  /** Words that open the name of a place ("tỉnh", "huyện", "TP."): a capitalised phrase after one is that place, never a speaker. */
  placeWords: readonly string[];
  /** Countries, regions and cities that pages write before a name as part of a role ("Ngoại trưởng Italy Antonio Tajani"). */
  placeNames: readonly string[];
  /** Family names written first ("Nguyễn", "Trần"): where one starts inside a capitalised run, what is before it is not the name. */
  surnames: readonly string[];
  /** Words after which a news outlet names the person it quotes ("dẫn lời", "quoted"): that person is the speaker. */
  quotingCues: readonly string[];
  /** Verbs and nouns of asking ("asked", "hỏi", "问"): a question reported after one was asked; after another verb it is the writer's own turn. */
  askingWords: readonly string[];
  /** Particles between a quotation and its speech verb in verb-final languages (Japanese 「…」と). */
  quoteParticles: readonly string[];
  /** Particles that close the subject before the verb in verb-final languages (Japanese は, が). */
  subjectMarkers: readonly string[];
  /**
   * Lower-case words that, written with a capital right after a word with no stop between, open a
   * sentence glued to a subhead before it ("… ở mức cao nhất Mở đầu phần trao đổi …"): only where a
   * capital inside a sentence marks a name (Vietnamese), never where nouns or "Sie" take one.
   */
  gluedSentenceOpeners: readonly string[];
  /** A frame around a name that makes it an example of a class, its two parts joined by "…" ("像…这样的" of "像汉森这样的专家"): the name speaks for it. */
  exampleFrames: readonly string[];
  /** Where a person stands in a photo, written in parentheses after the name ("(trái)", "(left)"): a sentence holding one is a caption. */
  captionPositions: readonly string[];
  /** Words that carry an outcome (results, changes, records, large figures): they lift a sentence as a key point. */
  outcomeWords: readonly string[];
  /** The numbers one to ten as words, in order ("một", "hai"…; "一", "二"…): "Một là …, Hai là …" enumerate. */
  numberWords: readonly string[];
  /** Ordinal markers that open the items of an enumeration, in order ("first", "erstens"; Vietnamese "thứ nhất" → "nhất"). */
  ordinalWords: readonly string[];
  /** Words that open the noun phrase naming what an enumeration lists ("the following", "những"). */
  enumerationHeads: readonly string[];
  /** Month names and abbreviations, lower case; empty when the language writes months as numbers. */
  monthNames: MonthNames;
  /** Abbreviations that never end a sentence, as written with their dots ("Dr.", "TP.", "z. B.", "M."): the sentence splitter does not cut after them. */
  abbreviations: readonly string[];
  /** Whole texts of page furniture: share, related, advertisement and newsletter labels. */
  furnitureLabels: readonly string[];
  /**
   * Whole lines, lower case, that open the readers' comments under a story ("Have your say",
   * "Bình luận", "Thanks for your comments - this feedback is now closed"): what follows such a
   * line in the story's closing half is the thread and its form, not the story.
   */
  commentOpeners: readonly string[];
  /**
   * Words of a story's tool bar that are furniture only beside another tool ("Font size: Decrease
   * Increase", "Email · Print"): alone, "Email:" may open the writer's address.
   */
  toolLabels: readonly string[];
  /** Openers of a "read more" pointer ("xem thêm", "lire aussi"), before a colon or an arrow. */
  readMorePrefixes: readonly string[];
  /** Words of newsletter and subscription pitches. */
  subscribeWords: readonly string[];
  /** Openers of a short furniture line whose end varies: a picture credit or an ad ("image copyright …", "[PR] …"). */
  furnitureOpeners: readonly string[];
  /** Openers of a prompt to follow the site on a social network ("follow", "theo dõi", "suivez"): furniture when the line names one. */
  followPrompts: readonly string[];
  /**
   * Openers of a print-edition notice ("a version of this article appears in print on", "dieser
   * artikel erschien in der"), lower case: what the paper printed, where, under which headline; or
   * where the story is published ("bạn đang xem bài viết trên …").
   */
  printNotices: readonly string[];
  /**
   * Phrases of a rights notice, lower case, found anywhere in a short line near the end ("all
   * rights reserved", "未经授权，不得转载", "tous droits réservés"): the publisher's terms, not the story.
   */
  rightsPhrases: readonly string[];
  /**
   * Phrases of the site's request to report a mistake in the story, addressed to the reader, lower
   * case ("if you spot an error", "fehler entdeckt?", "zaznamenali chybu"): a short block in the
   * story's tail that holds one is the site's, not the story's.
   */
  errorPrompts: readonly string[];
  /**
   * Labels of the desk editor's credit that closes a story ("责任编辑", "责编"), as written: the line
   * "[责任编辑：alonliu]" credits the page's staff, not the story's writer, and is not the story.
   * A picture's or a reporter's label never belongs here.
   */
  editorLabels: readonly string[];
  /**
   * The newsroom's job titles, lower case, as the last word of a title written after the writer's
   * name ("By Jane Doe, Staff Writer", "Anna Müller, Redakteurin"): that part names the job, not a
   * second writer. Titles a surname can be ("Head", "Chief") never belong here.
   */
  newsroomRoles: readonly string[];
  /**
   * Demonstratives and quantity words a measure word follows ("这项", "每位", "两名"), one character
   * each; with numberWords they tell "项研究", cut from "一项研究" and "这项研究", from a phrase.
   */
  counterOpeners: readonly string[];
  /**
   * Prompts to install the publisher's app ("get the … app", "téléchargez l'application"), as
   * regex source matched at the start of a short line: the app's name may sit between the words.
   */
  appPrompts: readonly PatternPiece[];
  /** Labels of the box about the writer ("About the author", "Über den Autor"): the short note after one goes with it. */
  authorBoxLabels: readonly string[];
  /** Signatures that close an article on their own, as written (case counts): reporter abbreviations ("PV") and the press's news agencies ("TTXVN", "AFP"). */
  creditLines: readonly PatternPiece[];
  /**
   * A desk's or a team's signature closing a story, as written (case counts), whole: "Nhóm PV Thời sự",
   * "Ban Thời sự", "Tổ PV". It signs the story as a name does.
   */
  deskSignatures: readonly PatternPiece[];
  /** Labels a byline opens with before a colon ("Author:", "Tác giả:", "记者："): unambiguous on any page. */
  bylineLabels: readonly PatternPiece[];
  /** The word for "and" between two authors' names ("and", "và", "und"). */
  nameJoiners: readonly string[];
  /**
   * The word for "with", lower case, that credits a contributor or an agency on a line of its own
   * ("With AP", "(Avec AFP)", "mit dpa", "With Joe Neumaier"): the credit names them, not "With AP".
   * A longer credit comes before the word it opens with ("mit Material von", then "mit"): the first that matches is read.
   */
  creditWith: readonly string[];
  /** Verbs that open an author's note after the author's name ("is", "es", "est", "là"): "Andrés Malamud es politólogo …" ending an opinion piece names its author. */
  authorNoteVerbs: readonly string[];
  /** Words a byline opens with on pages in this language only ("par ", `von\\s+`): elsewhere they are names. */
  bylinePrefixes: readonly PatternPiece[];
  /** Titles written after the writer's name on pages in this language ("홍길동 기자", "山田太郎記者"): "reporter", "correspondent". */
  bylineSuffixes: readonly PatternPiece[];
  /** The folder of a writer's own page in this language's site addresses ("author", "tac-gia", "autor"): a link there in a byline block is the writer's name. */
  authorPaths: readonly string[];
  /** Folder names of a site's tag and topic pages ("/tag/", "/chu-de/"): a link there names a subject, never the writer. */
  tagPaths: readonly string[];
  /** Words of a date written out with numbers ("ngày 26 tháng 1 năm 2024"): before the day, before the month's number, before the year. */
  dateWords: { day: readonly string[]; month: readonly string[]; year: readonly string[] };
  /** Half-day marks of a 12-hour clock, as regex source: morning ones (`a\\.?m\\.?`, "SA", "上午") and afternoon or evening ones ("CH", "chiều", "下午"). */
  halfDayMarks: { morning: readonly PatternPiece[]; afternoon: readonly PatternPiece[] };
  /** Words between a date and its time ("at", "lúc", "um", `a\\s+las`), as regex source. */
  timeConnectors: readonly PatternPiece[];
  /** Words written after a year's number ("2023 г.", "2023 года", "2023 r."), as regex source: the time after them is the date's. */
  yearSuffixes: readonly PatternPiece[];
  /** Words written after a clock time ("Uhr"). */
  clockSuffixes: readonly string[];
  /** Words of a clock time written out ("16 giờ 45 phút"): after the hour, after the minutes. */
  clockWords: { hour: readonly string[]; minute: readonly string[] };
  /** Labels of an update date ("updated", "cập nhật", "aktualisiert"), with the preposition that may follow, as regex source. */
  updatedLabels: readonly PatternPiece[];
  /**
   * Labels of a publication date ("published", "posted by … on", "veröffentlicht am", "publié le"),
   * with the preposition that may follow, as regex source: read anywhere on a page whose dateline
   * by the headline is not found.
   */
  publishedLabels: readonly PatternPiece[];
  /** Labels of a source credit before a colon ("Nguồn:", "Source:", "Quelle:"): the publication the article was taken from, never its author. */
  sourceLabels: readonly string[];
  /** The days of the week as pages write them before a date ("thứ năm", "monday"), lower case: never a name. */
  weekdayNames: readonly string[];
  /** Labels of credits that are not the author's, before a colon ("Ảnh:", "Đồ họa:", "Photo:"), as regex source: a byline stops there. */
  otherCreditLabels: readonly PatternPiece[];
  /**
   * Credits that are not the author's, written before the name with the language's "by" ("Photographed by",
   * "Styled by", "Fotos von"), as regex source, the "by" included: the name after them is not the writer's.
   */
  otherCreditBy: readonly PatternPiece[];
  /** Words a picture's credit ends with, after the photographer's name ("新华社记者 李明 摄"): "photographed". */
  creditSuffixes: readonly string[];
  /** Phrases of a sentence that sends the reader elsewhere ("est disponible sur le site", "xem chi tiết tại"): a pointer, never a key point. */
  pointerPhrases: readonly string[];
  /** Labels of a publisher's contact line before a colon ("Địa chỉ:", "Cơ quan chủ quản:", "Phone:"): a site footer, never a key point. */
  contactLabels: readonly string[];
  /** Degrees and titles written after a name in a byline, as written ("MD", "PhD", "MA"): never a second author ("Brenda Goodman, MA"). */
  postNominals: readonly string[];
  /**
   * Names of a news site's sections as its <title> prints them around a headline ("News", "Sport",
   * "Thế giới", "Politik"), lower case: a title part made only of their words is a section, not the story.
   */
  sectionWords: readonly string[];
}

type PackFields = Omit<LanguagePack, 'code' | 'name' | 'script' | 'direction'>;

const EMPTY: PackFields = {
  aliases: [],
  impliedZone: '',
  distinctiveLetters: '',
  termsPerWord: 1,
  stopWords: [],
  functionWords: [],
  speechVerbs: [],
  addresseeVerbs: [],
  speechIdioms: [],
  passiveAuxiliaries: [],
  passiveSpeechVerbs: [],
  objectRelatives: [],
  subjectRelatives: [],
  accordingTo: [],
  speakerPronouns: [],
  pluralPronouns: [],
  tenseAuxiliaries: [],
  hearingVerbs: [],
  determiners: [],
  commaCues: [],
  complementizers: [],
  describedSpeakerOpeners: [],
  stopWordCompounds: [],
  saidProForms: [],
  relativeDays: [],
  titleCues: [],
  connectives: [],
  honorifics: [],
  roleModifiers: [],
  roles: [],
  nameParticles: [],
  organisationWords: [],
  organisationHeads: [],
  notNames: [],
  outcomeWords: [],
  numberWords: [],
  ordinalWords: [],
  enumerationHeads: [],
  monthNames: [],
  abbreviations: [],
  furnitureLabels: [],
  commentOpeners: [],
  toolLabels: [],
  readMorePrefixes: [],
  subscribeWords: [],
  furnitureOpeners: [],
  followPrompts: [],
  printNotices: [],
  rightsPhrases: [],
  errorPrompts: [],
  editorLabels: [],
  newsroomRoles: [],
  counterOpeners: [],
  appPrompts: [],
  authorBoxLabels: [],
  creditLines: [],
  deskSignatures: [],
  prepositions: [],
  placeWords: [],
  placeNames: [],
  surnames: [],
  quotingCues: [],
  askingWords: [],
  quoteParticles: [],
  subjectMarkers: [],
  gluedSentenceOpeners: [],
  exampleFrames: [],
  captionPositions: [],
  bylineLabels: [],
  nameJoiners: [],
  creditWith: [],
  authorNoteVerbs: [],
  bylinePrefixes: [],
  bylineSuffixes: [],
  authorPaths: [],
  tagPaths: [],
  dateWords: { day: [], month: [], year: [] },
  halfDayMarks: { morning: [], afternoon: [] },
  timeConnectors: [],
  yearSuffixes: [],
  clockSuffixes: [],
  clockWords: { hour: [], minute: [] },
  updatedLabels: [],
  publishedLabels: [],
  sourceLabels: [],
  weekdayNames: [],
  otherCreditLabels: [],
  otherCreditBy: [],
  creditSuffixes: [],
  pointerPhrases: [],
  contactLabels: [],
  postNominals: [],
  sectionWords: [],
};

/** A pack from what the language has; every list it does not give is empty. */
export function definePack(pack: Pick<LanguagePack, 'code' | 'name' | 'script' | 'direction'> & Partial<PackFields>): LanguagePack {
  return { ...EMPTY, ...pack };
}

/** A word list written as text: words separated by white space. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}
