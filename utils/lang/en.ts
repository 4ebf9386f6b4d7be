import { definePack, words } from './types';

/** English: also the language of wire credits and share bars on pages in every language. */
export const en = definePack({
  code: 'en',
  name: 'English',
  script: 'Latn',
  direction: 'ltr',
  stopWords: words(`a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    no nor not now of off on once only or other our ours out over own said same says she should so some such
    than that the their theirs them then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours mr mrs ms one two new
    told may might must shall us year years`),
  functionWords: words('the and of to is in that it was for with on are this be have from by as at'),
  speechVerbs: ['said', 'says', 'told reporters', 'told', 'added', 'stressed', 'explained', 'noted', 'asked', 'declared', 'announced', 'wrote', 'insisted', 'warned', 'claimed', 'argued', 'replied', 'recalled', 'admitted', 'continued', 'tweeted',
    'charged', 'remembered', 'quoted as saying', 'observed', 'suggested', 'acknowledged', 'conceded', 'responded', 'emphasized', 'pointed out', 'joked', 'quipped',
    'cautioned', 'predicted', 'promised', 'vowed', 'boasted', 'complained', 'countered', 'remarked', 'testified', 'posted', 'wondered', 'urged', 'agreed', 'concluded', 'went on'],
  addresseeVerbs: ['told', 'tells', 'tell'],
  // "is said to be": a rumour, not a statement of the subject.
  speechIdioms: ['is said to', 'are said to', 'was said to', 'were said to', 'be said to', 'been said to',
    // A speech verb said not to have been used reports nothing.
    'did not say', "didn't say", 'declined to say', 'would not say', "wouldn't say", 'refused to say',
    // "The fire claimed the lives of three firefighters": a death, not a claim.
    'claimed the life', 'claimed the lives', 'claimed his life', 'claimed her life', 'claimed their lives', 'claimed a life', 'claimed lives'],
  objectRelatives: ['whom'],
  subjectRelatives: ['who', 'which'],
  accordingTo: ['according to'],
  speakerPronouns: ['he', 'she', 'they'],
  pluralPronouns: ['they'],
  tenseAuxiliaries: ['had', 'has', 'have', 'will', 'would', 'could', 'can', 'should', 'did', 'does', 'may', 'might', 'must', 'was', 'were', 'is', 'are'],
  determiners: ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those'],
  hearingVerbs: ['heard', 'hears', 'hear', 'overheard'],
  complementizers: ['that'],
  // "The measurements were noted by hand", "He was told", "It was announced": a speech verb after a form of "to be" is a passive, not a cue.
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  passiveSpeechVerbs: ['quoted as saying'],
  // "one Cowboys executive joked", "another official said": a person described, not the team named.
  describedSpeakerOpeners: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one of', 'one', 'another'],
  // Not 'that': "said that at the meeting they agreed …" opens what was said; not 'it': "asked it to be fetched".
  saidProForms: ['so', 'this'],
  relativeDays: ['yesterday', 'today', 'tonight', 'tomorrow'],
  titleCues: ['called', 'titled', 'entitled', 'named', 'dubbed', 'so-called', 'nicknamed', 'book', 'film', 'movie', 'song', 'album', 'campaign', 'slogan', 'motto', 'programme', 'program'],
  connectives: ['however', 'meanwhile', 'moreover', 'also', 'but', 'and', 'in addition', 'separately', 'still'],
  honorifics: [String.raw`mr\.?`, String.raw`mrs\.?`, String.raw`ms\.?`, String.raw`dr\.?`],
  roleModifiers: ['vice', 'deputy', 'former', 'retired', 'state', 'acting', 'assistant', 'city', 'county', 'democratic', 'republican', 'gop'],
  roles: [
    'president', 'councillor', 'councilman', 'councilwoman', 'prime minister', 'minister', 'mayor', 'governor', 'senator', String.raw`sen\.`, String.raw`rep\.`, String.raw`gov\.`,
    'secretary', 'chairman', 'chairwoman', 'chief executive', 'ceo', 'director', 'professor', String.raw`prof\.`, 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'judge',
    'police chief', 'chancellor', 'representative', 'attorney general', 'attorney', 'lawyer', 'official', 'analyst', 'economist', 'lawmaker', 'leader',
    'ambassador', 'commissioner', 'officer', 'general', 'founder', 'executive', 'manager', 'adviser', 'advisor', 'strategist', 'candidate', 'speaker', 'chief', 'head',
    'chair', 'researcher', 'scientist', 'expert', 'aide', 'envoy', 'historian', 'pollster', 'consultant', 'treasurer', 'superintendent', 'sheriff',
    // Ranks and titles abbreviated before a name ("Retired Lt. Gen. Michael Flynn", "Del. Stacey Plaskett", "Rev. Al Sharpton").
    String.raw`gen\.`, String.raw`lt\.`, String.raw`col\.`, String.raw`maj\.`, String.raw`sgt\.`, String.raw`capt\.`, String.raw`adm\.`, String.raw`del\.`, String.raw`rev\.`,
    String.raw`supt\.`, String.raw`atty\.`, String.raw`fr\.`, 'congressman', 'congresswoman', 'delegate', 'nominee', 'running mate', 'host', 'pastor', 'reverend',
    'actress', 'actor', 'singer', 'rapper', 'author', 'writer', 'comedian', 'anchor', 'co-anchor', 'journalist', 'reporter', 'columnist', 'activist', 'editor', 'producer',
    // A party written before a name describes the person: "Republican Donald Trump" is Donald Trump.
    'democrat', 'republican',
  ],
  organisationWords: ['the', 'police', 'city', 'state', 'new', 'united'],
  // Words that are also surnames ("Post", "Court", "Church", "Bank") are left out.
  organisationHeads: words(`committee council commission department ministry agency association party university college
    institute corporation company office board senate congress parliament administration authority bureau foundation
    union federation organisation organization service army navy network group club league school hospital museum
    times news journal tribune herald gazette caucus coalition alliance society centre center fund bank campaign court`),
  notNames: words(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december update updated added although which with as while when after before if in on at for but and
    so yet this that these those there here it we they i you our their his her said says asked told
    happy merry thanks thank dear hello welcome congratulations cheers instead meanwhile however moreover furthermore nevertheless
    besides indeed perhaps`),
  prepositions: ['in', 'at', 'of', 'from', 'for', 'with', 'by', 'to', 'on', 'into', 'across', 'against', 'toward', 'towards', 'in the', 'of the', 'at the', 'from the', 'for the'],
  placeNames: [
    'United States', 'U.S.', 'US', 'America', 'China', 'Japan', 'Russia', 'Ukraine', 'Britain', 'United Kingdom', 'UK', 'France', 'Germany', 'Italy', 'Spain', 'Canada',
    'Mexico', 'Brazil', 'India', 'Pakistan', 'Afghanistan', 'Iran', 'Iraq', 'Syria', 'Israel', 'Gaza', 'Lebanon', 'Egypt', 'Turkey', 'Saudi Arabia', 'Qatar', 'Yemen',
    'North Korea', 'South Korea', 'Korea', 'Taiwan', 'Vietnam', 'Australia', 'Europe', 'Africa', 'Asia', 'Washington', 'Moscow', 'Beijing', 'Kyiv', 'Kiev', 'London',
    'Paris', 'Berlin', 'Tokyo', 'Tehran', 'Brussels', 'Congress', 'Capitol Hill', 'Wall Street', 'Iowa', 'New Hampshire', 'South Carolina', 'Nevada', 'Florida', 'Texas',
    'California', 'Ohio', 'Pennsylvania', 'Michigan', 'Wisconsin', 'Virginia', 'Georgia', 'Arizona', 'Colorado', 'New York', 'Illinois', 'Massachusetts', 'Chicago',
  ],
  quotingCues: ['quoting', 'citing'],
  askingWords: ['ask', 'asks', 'asked', 'asking', 'question', 'questions', 'questioned', 'wonder', 'wonders', 'wondered', 'inquired', 'demanded'],
  captionPositions: ['left', 'right', 'center', 'centre', 'second left', 'second right', 'second from left', 'second from right', 'left to right', 'from left', 'pictured'],
  outcomeWords: ['record', 'percent', 'per cent', 'million', 'billion', 'killed', 'died', 'won', 'rose', 'fell', 'increase', 'decrease', 'growth'],
  ordinalWords: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  enumerationHeads: ['the following', 'these', 'three', 'four', 'five', 'several', 'following'],
  monthNames: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  abbreviations: ['Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Dr.', 'Prof.', 'Sr.', 'St.', 'Mt.', 'Ft.', 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Pres.', 'Lt.', 'Col.', 'Capt.', 'Cmdr.', 'Adm.', 'Maj.', 'Sgt.', 'Supt.', 'Hon.', 'No.', 'Nos.', 'Fig.', 'vs.', 'e.g.', 'i.e.', 'approx.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  // Also furniture labels ("comments", "have your say"): here they say where the story ends.
  commentOpeners: [
    'comments', 'reader comments', "readers' comments", 'your comments', 'post a comment', 'post comment', 'post your comment', 'add a comment', 'add your comment', 'leave a comment', 'leave a reply', 'write a comment',
    'have your say', 'tell us what you think', 'join the discussion', 'join the conversation', 'discuss this article', 'discuss this story',
    'comments are closed', 'comments are now closed', 'comments have been closed', 'this feedback is now closed', 'thanks for your comments - this feedback is now closed',
  ],
  furnitureLabels: [
    'follow us', 'follow me',
    'share', 'share this', 'share this article', 'share this story', 'share on', 'share article',
    'read more', 'read also', 'related', 'related articles', 'related stories', 'related posts', 'related post', 'related article', 'related story', 'related content', 'more on this story',
    'more stories', 'see also', 'you may also like', 'recommended',
    'advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content',
    'newsletter', 'subscribe', 'sign up',
    'photo', 'image copyright', 'image caption', 'contents', 'table of contents', 'tags', 'continue reading the main story',
    'skip advertisement', 'story continues below advertisement', 'story continues below', 'report an error', 'report a correction', 'report a typo', 'like this story? share it with a friend', 'next', 'previous', 'next article', 'previous article', 'next story', 'previous story', 'next post', 'previous post', 'older posts', 'newer posts', 'download the app', 'get the app', 'download our app', 'topics', 'sign in', 'log in',
    'about the author', 'comments', 'leave a comment', 'related searches', 'copy link', 'link copied', 'back to top',
    "don't miss", 'most popular', 'most read', 'most-read', 'most read stories', 'most-read stories', 'latest news', 'latest stories', 'most viewed', 'most emailed', 'most shared', 'most commented', 'popular', 'popular stories', 'popular now',
    'trending', 'trending now', 'top stories', 'featured', 'featured posts', 'featured stories', 'featured content', 'photos of the day', 'photo of the day', 'jump to', "editor's picks", "editors' picks", 'you might also like',
    'recommended for you', 'in case you missed it', 'around the web', 'from around the web', 'related topics', 'related coverage', 'related links', 'related news',
    'view full size', 'view larger image', 'click to enlarge', 'enlarge this image', 'enlarge image',
    // A picture's caption toggle ("HIDE CAPTION" under a slide show).
    'hide caption', 'show caption', 'toggle caption',
    'email this', 'e-mail this', 'email to a friend', 'e-mail to a friend', 'email this article', 'e-mail this article', 'send to a friend', 'email article', 'e-mail article',
    'print', 'print this', 'print this article', 'print this page', 'printer friendly', 'printer-friendly', 'printer friendly version', 'printer-friendly version', 'print version', 'print-friendly', 'print friendly',
    'permalink', 'no comments', 'post a comment', 'add a comment', 'add your comment', 'write a comment', 'have your say', 'reader comments', "readers' comments", 'join the discussion', 'join the conversation', 'view comments', 'read comments', 'show comments',
    // A video's labels, left behind when the player is not kept.
    'video', 'videos', 'watch', 'watch video', 'watch the video', 'watch now', 'watch live', 'play video', 'replay video', 'now playing',
    // A story's tool bar and comment box: text size, print, send, comment.
    'font size', 'text size', 'print article', 'email-a-friend', 'e-mail-a-friend', 'email a friend', 'e-mail a friend', 'write comment', 'one comment',
    // A box's toggles and a gallery's buttons, left as lines ('Show more', 'See Gallery'), and the short ad label.
    'show more', 'show less', 'see more', 'see less', 'read less', 'see gallery', 'view gallery', 'see all photos', 'advert',
    // The hint an in-story ad leaves when it is gone ("Scroll to Continue": Sports Illustrated), and its widget's heading.
    'scroll to continue', 'scroll to continue with content', 'article continues below', 'we recommend',
  ],
  // 'read', 'photos': "Read: What to look out for in Apple's results", "Photos: …" as a link to another page.
  toolLabels: ['font', 'decrease', 'increase', 'decrease font size', 'increase font size', 'email', 'e-mail', 'instant message', 'respond', 'send this article', 'save', 'bookmark'],
  readMorePrefixes: ['read', 'photos', 'gallery', 'photo gallery', 'read more', 'read also', 'see also', 'related', 'related topics', 'more', 'also read', 'tags', 'topics', 'next', 'previous', 'next article', 'previous article', 'up next', 'video', 'watch', 'watch video', 'explore related topics'],
  appPrompts: [String.raw`(?:get|download|install)\s+(?:the|our)\s+(?:\S+\s+){0,3}app(?!\p{L})`],
  errorPrompts: ['if you spot an error', 'if you see an error', 'if you notice an error', 'if you find an error', 'spotted an error?', 'spot an error?', 'found an error?', 'spotted a typo?', 'found a typo?', 'see a typo?'],
  rightsPhrases: ['all rights reserved', 'may not be published, broadcast, rewritten or redistributed', 'may not be reproduced', 'may not be republished', 'is not responsible for the content of external'],
  printNotices: [
    // "… appears in print on …", "… appeared July 24, 2012, on page A2 in the U.S. edition of The Wall Street Journal, with the headline: …"
    'a version of this article appears', 'a version of this article appeared', 'a version of this story appears', 'a version of this story appeared',
    'this article appeared in print', 'this article appears in print', 'this article appeared in the print edition', 'this story appeared in the print edition',
    // A syndicated extract: "The full article contains 339 words and appears in Press Association newspaper."
    'the full article contains',
    // A syndicated story's origin: "This article originally appeared on …". Not "Originally published on …" alone: it may open a post's first paragraph.
    'this article originally appeared', 'this story originally appeared', 'this post originally appeared', 'this article first appeared', 'this story first appeared',
    'this article was originally published', 'this story was originally published',
  ],
  subscribeWords: ['subscribe', 'sign up', 'newsletter', 'inbox', 'subscription', 'log in', 'sign in', 'one device', 'unlimited access', 'membership'],
  newsroomRoles: ['writer', 'editor', 'correspondent', 'reporter', 'columnist', 'contributor', 'journalist', 'photographer', 'critic'],
  // A newsroom's pages of its people: "/author/…", "/about/editors/jon-fingas/", "/journalists/howard-schneider", "/staff/nathan-tempey".
  authorPaths: ['author', 'authors', 'writer', 'writers', 'editors', 'contributor', 'contributors', 'journalist', 'journalists', 'reporter', 'reporters', 'columnist', 'columnists', 'staff'],
  tagPaths: ['tag', 'tags', 'topic', 'topics'],
  // PTI and IANS: India's English-language wires.
  bylineLabels: ['authors?', 'writers?'],
  nameJoiners: ['and'],
  creditWith: ['with additional reporting by', 'with reporting by', 'with'],
  postNominals: ['MD', 'M.D.', 'PhD', 'Ph.D.', 'MA', 'M.A.', 'MS', 'MSc', 'MPH', 'MBA', 'RN', 'RD', 'DO', 'DDS', 'PharmD', 'FACS', 'Esq.'],
  authorNoteVerbs: ['is', 'was'],
  creditLines: ['Reuters', 'AP', 'Associated Press', 'Bloomberg', 'UPI', 'PTI', 'IANS'],
  halfDayMarks: { morning: [String.raw`a\.?\s?m\.?`], afternoon: [String.raw`p\.?\s?m\.?`] },
  timeConnectors: ['at'],
  updatedLabels: [String.raw`(?:last\s+)?updated?(?:\s+(?:on|at))?`, String.raw`modified(?:\s+on)?`, String.raw`(?:last\s+)?edited(?:\s+on)?`],
  publishedLabels: [String.raw`(?:first\s+)?published(?:\s+(?:on|date))?`, String.raw`(?:originally\s+)?posted(?:\s+on)?`, String.raw`(?:posted\s+)?by\s+[^\n:|]{1,40}?\s+on`, String.raw`created(?:\s+on)?`, String.raw`(?:article\s+)?launched`, 'released?', 'dated?'],
  sourceLabels: ['source', 'sources', 'article from'],
  weekdayNames: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  otherCreditLabels: [String.raw`photo(?:graph)?s?`, String.raw`images?`, String.raw`pictures?`, String.raw`credits?`, 'video', String.raw`graphics?`, String.raw`illustrations?`, 'editing'],
  // A magazine's credits under a fashion story ("Photographed by …; Styled by …; Makeup by …").
  otherCreditBy: [
    String.raw`photo(?:graph)?(?:ed|s)?\s+by`,
    String.raw`pictures?\s+by`,
    String.raw`illustrat(?:ed|ions?)\s+by`,
    String.raw`styl(?:ed|ing)\s+by`,
    String.raw`hair(?:\s+and\s+make-?up)?\s+by`,
    String.raw`make-?up\s+by`,
    String.raw`nails\s+by`,
    String.raw`modell?ed\s+by`,
    String.raw`video\s+by`,
    String.raw`graphics?\s+by`,
  ],
  pointerPhrases: ['is available on the website', 'are available on the website', 'is available on our website', 'can be found on the website', 'click here', 'read the full transcript', 'read the full story', 'read the full report'],
  contactLabels: ['address', 'phone', 'tel', 'telephone', 'fax', 'email', 'e-mail', 'hotline', 'editor-in-chief', 'publisher'],
  // "Now playing: Watch this: …": a video player's title, whatever follows the colon.
  furnitureOpeners: ['image copyright', 'image source', 'image caption', 'photo credit', 'skip advertisement', 'advertisement', 'now playing:'],
  followPrompts: ['follow', 'like us on', 'find us on', 'join us on'],
  authorBoxLabels: ['about the author', 'about the writer', 'about the authors'],
  sectionWords: ['news', 'latest', 'breaking', 'world', 'uk', 'us', 'national', 'nation', 'local', 'state', 'regional', 'international', 'sport', 'sports', 'business', 'politics', 'opinion', 'comment', 'entertainment', 'technology', 'tech', 'science', 'health', 'lifestyle', 'life', 'culture', 'arts', 'books', 'travel', 'money', 'finance', 'markets', 'football', 'soccer', 'cricket', 'rugby', 'tennis', 'golf', 'summary', 'blog', 'blogs', 'video', 'videos', 'photos', 'gallery', 'editorial', 'editorials', 'columnists', 'features', 'reviews', 'music', 'movies', 'film', 'tv', 'weather', 'education', 'crime', 'environment', 'wire', 'stories', 'headlines', 'top'],
});
