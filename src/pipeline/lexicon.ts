/**
 * Word lists of news English that several stages need: speech verbs, titles
 * and roles, name particles, calendar words, pronouns. One definition each;
 * every stage imports them from here. General language only: no name of a
 * person, place or outlet of any briefing belongs here (that is `content/`).
 */

/** Speech and report verbs, as lemmas; their forms are made by `verbForms`. */
const SPEECH_LEMMAS = [
  'say',
  'tell',
  'add',
  'state',
  'declare',
  'announce',
  'note',
  'warn',
  'claim',
  'insist',
  'argue',
  'explain',
  'write',
  'ask',
  'reply',
  'respond',
  'vow',
  'pledge',
  'promise',
  'urge',
  'stress',
  'emphasise',
  'emphasize',
  'acknowledge',
  'admit',
  'confirm',
  'deny',
  'report',
  'suggest',
  'predict',
  'caution',
  'complain',
  'allege',
  'accuse',
  'recall',
  'continue',
  'conclude',
  'charge',
  'echo',
  'shout',
  'chant',
  'tweet',
  'post',
  'joke',
  'quip',
  'boast',
  'brag',
  'concede',
  'counter',
  'retort',
  'exclaim',
  'observe',
  'remark',
  'mention',
  'comment',
  'assert',
  'maintain',
  'contend',
  'answer',
  'agree',
  'lament',
  'scoff',
  'snap',
  'yell',
  'scream',
  'whisper',
  'muse',
  'wonder',
  'tout',
  'proclaim',
  'recount',
  'testify',
  'reiterate',
  'repeat',
  'elaborate',
  'interject',
  'interrupt',
  'retaliate',
  'rebut',
  'blast',
  'slam',
  'criticise',
  'criticize',
  'praise',
  'thank',
  'question',
  'challenge',
  'demand',
  'plead',
  'beg',
  'implore',
  'offer',
  'propose',
  'read',
  'email',
  'text',
  'cry',
  'sing',
  'begin',
  'chide',
  'mock',
  'jab',
  'thunder',
  'fume',
  'gush',
  'sigh',
  'laugh',
  'grumble',
  'insinuate',
  'marvel',
  'opine',
  'surmise',
  'estimate',
  'concur',
  'describe',
  'affirm',
  'inform',
  'advise',
  'assure',
  'remind',
  'signal',
  'hint',
  'reveal',
  'disclose',
  'indicate',
  'predict',
  'forecast',
  'threaten',
  'protest',
  'object',
  'plead',
  'stress',
  'underline',
  'underscore',
  'quote',
  'write',
  'declare',
  'pray',
  'preach',
  'huff',
  'shrug',
  'sniff',
  'remember',
  'exhort',
  'riff',
  'boom',
  'speculate',
  'speak',
  'gripe',
  'rail',
  'lash',
  'vent',
  'intone',
  'enthuse',
  'rhapsodize',
  'bark',
  'growl',
  'roar',
  'rant',
  'rave',
  'stammer',
  'stutter',
  'murmur',
  'mutter',
  'squeal',
  'shriek',
  'bellow',
  'holler',
];
const IRREGULAR: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  read: ['read', 'reads', 'reading'],
  begin: ['begin', 'begins', 'began', 'beginning'],
  snap: ['snap', 'snaps', 'snapped', 'snapping'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  jab: ['jab', 'jabs', 'jabbed', 'jabbing'],
  beg: ['beg', 'begs', 'begged', 'begging'],
  text: ['texted', 'texting'],
  email: ['emailed', 'emailing'],
  post: ['posted'],
  cry: ['cry', 'cries', 'cried'],
  sing: ['sing', 'sings', 'sang'],
  shrug: ['shrugged'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  riff: ['riffs', 'riffed', 'riffing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
};

/** The forms of a regular English verb: -s, -ed, -ing, with the usual spelling rules. */
function verbForms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [...irregular];
  const forms = [lemma];
  forms.push(/(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}ing`);
  return forms;
}

/** The forms of `lemmas` in a clause with a subject: third person, past, and for `base` the plain form too. */
function finiteForms(lemmas: readonly string[], base: readonly string[] = []): string[] {
  return lemmas.flatMap((lemma) => verbForms(lemma).filter((form) => !form.endsWith('ing') && (form !== lemma || base.includes(lemma))));
}

/**
 * Verbs that report what someone said, thought or expects: "X has warned that …",
 * "X said the deal was close". A subset of the speech verbs, plus belief.
 */
export const REPORTING_VERB_FORMS: readonly string[] = [
  ...finiteForms(
    [
      'say',
      'tell',
      'warn',
      'announce',
      'state',
      'declare',
      'claim',
      'insist',
      'argue',
      'confirm',
      'deny',
      'dispute',
      'threaten',
      'accuse',
      'allege',
      'estimate',
      'report',
      'note',
      'stress',
      'add',
      'concede',
      'admit',
      'acknowledge',
      'predict',
      'pledge',
      'vow',
      'promise',
      'urge',
      'explain',
      'write',
      'suggest',
      'maintain',
      'contend',
      'recall',
      'believe',
      'fear',
      'expect',
    ],
    ['dispute', 'believe', 'fear', 'expect'],
  ),
  'saying',
];
/** Of those, the ones that report speech without "that": "X said the deal was close". */
export const BARE_REPORTING_VERB_FORMS: readonly string[] = [
  ...finiteForms([
    'say',
    'tell',
    'confirm',
    'deny',
    'estimate',
    'state',
    'add',
    'concede',
    'admit',
    'acknowledge',
    'report',
    'note',
    'insist',
    'claim',
    'pledge',
    'vow',
    'promise',
    'urge',
    'threaten',
    'explain',
    'write',
    'maintain',
    'recall',
  ]),
  'saying',
];
/** Verbs of unnamed sources: "analysts say", "people familiar with the matter said". */
export const UNNAMED_SOURCE_VERB_FORMS: readonly string[] = finiteForms(
  ['say', 'believe', 'think', 'warn', 'tell', 'suggest', 'note', 'estimate', 'expect', 'fear'],
  ['say', 'believe', 'think', 'warn', 'suggest', 'note', 'estimate', 'expect', 'fear'],
);

/** Every form of every speech verb ("said", "tweets", "shot back" is in SPEECH_PHRASES). */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_LEMMAS.flatMap(verbForms));

/** Speech verbs of more than one word, as written. */
export const SPEECH_PHRASES: readonly string[] = [
  'pointed out',
  'points out',
  'pointing out',
  'shot back',
  'shoots back',
  'fired back',
  'fires back',
  'went on',
  'goes on',
  'chimed in',
  'chimes in',
  'spoke up',
  'summed up',
  'sums up',
  'wrote back',
  'was quoted as saying',
  'is quoted as saying',
  'went on to say',
  'goes on to say',
  'weighed in',
  'put it',
  'puts it',
  'spoke of',
  'followed up',
  'cut in',
  'broke in',
  'piped up',
  'chipped in',
  'looked back',
  'according to',
  'took to',
  'takes to',
  'issued a statement',
  'issued the following statement',
  'released a statement',
  'released the following statement',
  'put out a statement',
  'said in a statement',
];

/** Participles that continue a clause whose subject speaks: "Sanders compared himself to Clinton, saying, …". */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([...SPEECH_VERB_FORMS].filter((form) => form.endsWith('ing')));

/** Personal titles and honorifics written before a name. */
export const HONORIFICS = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Prof',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Rev',
  'Hon',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Adm',
  'Cmdr',
  'Supt',
  'Insp',
  'Det',
  'Const',
  'Cpl',
  'Pte',
  'Pvt',
  'Fr',
  'St',
] as const;

/** Honorifics that tell a person's gender. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Sir', 'Lord', 'Fr', 'King', 'Prince', 'Sheikh']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Queen', 'Princess']);

/**
 * Role and title words that may stand before a name, capitalised or not:
 * "Home Secretary Charles Clarke", "spokesperson Adrienne Watson".
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president vice prime minister secretary senator sen representative rep congressman congresswoman congressmember ' +
    'governor gov mayor premier chancellor chairman chairwoman chair chairperson director chief leader head judge justice ' +
    'king queen prince princess pope sheikh emir sultan ayatollah comrade ambassador envoy commissioner councillor councilor ' +
    'alderman spokesman spokeswoman spokesperson officer inspector detective constable sergeant captain colonel major general ' +
    'lieutenant admiral commander marshal professor prof dr doctor sir dame lord lady mr mrs ms miss rev reverend father sister ' +
    'brother bishop archbishop rabbi imam cardinal pastor attorney lawyer prosecutor counsel solicitor barrister advocate ' +
    'superintendent supt deputy acting former interim incumbent new then-prime then-president foreign defence defense finance ' +
    'interior health home justice trade economy culture education environment energy transport treasury state federal ' +
    'provincial regional national local city county district party opposition labour labor conservative liberal democratic ' +
    'republican democrat green chief executive ceo cfo coo founder co-founder owner manager coach player captain star actor ' +
    'actress singer rapper author writer journalist reporter columnist editor anchor host analyst economist strategist ' +
    'pollster adviser advisor aide assistant associate fellow researcher scientist expert physician nurse surgeon psychologist ' +
    'economist activist campaigner organiser organizer candidate nominee challenger contender hopeful frontrunner front-runner ' +
    'mp mpp mla msp mep tánaiste taoiseach speaker whip general-secretary secretary-general treasurer trustee member resident ' +
    'student teacher principal dean rector provost officer official businessman businesswoman billionaire millionaire tycoon ' +
    'mogul entrepreneur investor producer director filmmaker comedian musician veteran widow mother father son daughter wife ' +
    'husband uncle aunt grandmother grandfather rookie defenceman defenseman forward goaltender goalie quarterback pitcher ' +
    'manager coach referee proprietor partner colleague friend neighbour neighbor'
  ).split(' '),
);

/** Role nouns that name one person: "the mayor said", "said the rookie defenceman". */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'president minister secretary senator congressman congresswoman governor mayor premier chancellor chairman chairwoman ' +
    'director leader judge king queen prince princess pope ambassador envoy commissioner councillor councilor spokesman ' +
    'spokeswoman spokesperson officer inspector detective sergeant captain colonel general professor doctor bishop rabbi ' +
    'imam pastor attorney lawyer prosecutor superintendent executive founder owner manager coach player star actor actress ' +
    'singer author writer journalist reporter columnist editor host analyst economist strategist pollster adviser advisor ' +
    'aide researcher scientist physician nurse surgeon activist campaigner organiser organizer candidate nominee challenger ' +
    'frontrunner front-runner mp billionaire businessman businesswoman tycoon mogul entrepreneur veteran widow mother father ' +
    'son daughter wife husband rookie defenceman defenseman forward goaltender goalie quarterback pitcher proprietor ' +
    'resident chief woman man'
  ).split(' '),
);

/** Role words that tell a person's gender. */
export const MALE_ROLES: ReadonlySet<string> = new Set(
  'spokesman congressman chairman businessman king prince father son husband brother uncle grandfather actor sheikh emir sultan councilman alderman'.split(' '),
);
export const FEMALE_ROLES: ReadonlySet<string> = new Set(
  'spokeswoman congresswoman chairwoman businesswoman queen princess mother daughter wife sister aunt grandmother actress widow councilwoman alderwoman'.split(
    ' ',
  ),
);

/** Lower-case words that join the parts of a personal name: "Ursula von der Leyen", "Osama bin Laden". */
export const NAME_PARTICLES: readonly string[] = [
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'da',
  'das',
  'dos',
  'di',
  'del',
  'della',
  'du',
  'le',
  'la',
  'ter',
  'ten',
  'y',
];

export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "Jan", "Feb", … and "Sept": the abbreviations news copy writes with a full stop. */
export const MONTH_ABBREVIATIONS: readonly string[] = [...MONTHS.map((month) => month.slice(0, 3)), 'Sept'];
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Capitalised words that are never part of a personal name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  'Christmas',
  'Easter',
  'Day',
  'Eve',
  'New',
  'Year',
  'Thanksgiving',
  'Ramadan',
  'Eid',
  'Hanukkah',
  'Halloween',
  'It',
  'Its',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'Here',
  'They',
  'We',
  'I',
  'You',
  'He',
  'She',
  'His',
  'Her',
  'Our',
  'Their',
  'My',
  'Your',
  'The',
  'A',
  'An',
  'And',
  'But',
  'Or',
  'So',
  'Yet',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'Until',
  'As',
  'At',
  'In',
  'On',
  'Of',
  'For',
  'From',
  'To',
  'With',
  'By',
  'About',
  'Asked',
  'According',
  'Meanwhile',
  'However',
  'Earlier',
  'Later',
  'Still',
  'Also',
  'Now',
  'Then',
  'Today',
  'Tonight',
  'Yesterday',
  'Tomorrow',
  'Last',
  'Next',
  'This',
  'Every',
  'Some',
  'Many',
  'Most',
  'All',
  'Both',
  'Each',
  'Few',
  'No',
  'Not',
  'Nor',
  'Other',
  'Another',
  'What',
  'Who',
  'Why',
  'How',
  'Where',
  'Which',
  'Whether',
  'Although',
  'Though',
  'Because',
  'Despite',
  'During',
  'Under',
  'Over',
  'Among',
  'Between',
  'Without',
  'Within',
  'Like',
  'Unlike',
  'Instead',
  'Even',
  'Just',
  'Only',
  'Once',
  'Twice',
  'Please',
  'Thank',
  'Thanks',
  'Yes',
  'Oh',
  'Well',
  'Watch',
  'Read',
  'More',
  'Click',
  'Here',
  'Related',
  'Video',
  'Photo',
  'Image',
  'Getty',
  'Images',
  'Reuters',
  'AP',
  'AFP',
  'Breaking',
  'Update',
  'Editor',
  'Note',
  'Transcript',
  'Sources',
  'Source',
  'Full',
  'Text',
  'Abstract',
  'Advertisement',
  'Continued',
  'Page',
  'Section',
  'Chapter',
]);

/**
 * Head nouns of organisations, places, events and things: a capitalised run
 * ending in (or holding) one names no person ("Supreme Court", "Dying with
 * Dignity Canada" is caught by its other words only when listed here).
 */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set(
  (
    'Authority Ministry Department Council Party Union University College School Academy Line Lines News Network Channel ' +
    'Federation Agency Bank Group Company Corporation Corp Inc Ltd LLC Co Port Street St Road Avenue Boulevard Drive Lane ' +
    'City Town Village River Lake Sea Ocean Bay Gulf Island Islands Mountain Mountains Valley Park Republic Kingdom Empire ' +
    'States Nations State Province Territory Territories County District Region Office Service Services Police Army Navy Force ' +
    'Forces Guard Court Commission Committee Institute Museum Festival Times Post Herald Journal Review Tribune Gazette ' +
    'Telegraph Globe Star Mail Express Daily Weekly Magazine Press Radio TV Television Cosmodrome Airport Station Hospital ' +
    'Clinic Centre Center Square House Hall Building Tower Bridge Stadium Arena Alliance Association Coalition Front Movement ' +
    'Greens Trust Fund Foundation Society Club League Conference Summit Forum Assembly Parliament Congress Senate Cabinet ' +
    'Administration Government Treasury Reserve Exchange Market Markets Board Bureau Secretariat Embassy Consulate Mission ' +
    'Church Cathedral Mosque Temple Synagogue Organization Organisation Institution Program Programme Project Plan Act ' +
    'Amendment Agreement Accord Treaty Deal Pact Declaration Constitution Charter Code Law Rule Report Index Survey Poll ' +
    'Prize Award Awards Cup Games Olympics Championship Series Tour Show Festival War Crisis Revolution Day Week Month Year ' +
    'Era Age Inc. Co. Ltd. Airlines Airways Motors Energy Oil Gas Power Pharmaceuticals Labs Technologies Systems Media ' +
    'Studios Records Entertainment Pictures Books Publishing Capital Partners Holdings Industries Solutions Security Defence ' +
    'Defense Health Education Affairs Relations Development Resources Environment Justice Finance Commerce Labor Labour ' +
    'Transport Transportation Agriculture Interior Intelligence Caucus Campaign Initiative Institute Lab Laboratory Research ' +
    'Democrats Republicans Conservatives Liberals Tories Socialists Communists Americans Canadians Britons Europeans ' +
    'Library Libraries Ministries Heights Metro Mobile Airlines Hotel Hotels Restaurant Cafe Bar Church Churches Schools ' +
    'Universities Hospitals Centres Centers Gardens Plaza Mall Island Beach Coast Hills Falls Springs Point Harbour Harbor'
  ).split(' '),
);

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
