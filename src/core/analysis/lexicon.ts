/**
 * The analyser's words, by class, in folded form (lower case, å/ä → a, ö → o; see
 * normalise-text.ts). "kvinn*" is any word that starts with "kvinn"; "*normer" any word that
 * ends with "normer"; other entries are whole words. Classes ending in "Cue" only say that a
 * sentence may hold one of the phrases in phrases.ts, which is then tested.
 *
 * The words are put in a trie once, when the module loads, and a text is read word by word
 * in one pass (scanWords): the cost does not grow with the number of words listed.
 */
const LEXICON = {
  women: "kvinn* flick* tjej* mammor* mamma modrar* dottrar* gravid*",
  men: "mannen mannens mans manlig* pojk* killar* pappor* pappa fader* fadrar*",
  /** "man" is also the pronoun "one"; "mn" is "män" with the ä lost. Told apart in sentence-facts.ts. */
  ambiguousMan: "man mn",
  bySex: "konsuppdel* konsfordel* konsskillnad*",
  bySexCue: "kon respektive",
  fractionWord: "halften tredjedel tredjedelar fjardedel fjardedelar dubbelt annan tredje fjarde femte tionde",
  source:
    "kalla kallan kallor kallorna enligt scb kolada socialstyrelsen folkhalsomyndigheten register* kvalitetsregist* patientenkat* vardbarometern kpp vantetidsdatabas* journalsystem* besoksstatistik* verksamhetsstatistik* rapport rapporten rapporter rapporterna undersokning* enkat* kartlaggning* personalsystem* lonesystem* ekonomisystem*",
  sourceCue: "statistik* uppgifter* data villkor liv",
  dataWord: "statistik* data uppgifter* underlag* siffror*",
  missingWord: "saknas saknar brist",
  missingDataCue: "finns tillganglig* konsuppdelad*",
  dataPlanCue: "kommer ska tas samlas inhamtas registreras",
  effect:
    "oka* okning* minska* forbattr* forsamr* gynna* missgynna* paverka* positiv* negativ* oforandrad* oforandrat fordel* nackdel* underlatta* forsvara* innebar* medfor* battre samre kortare langre hogre lagre storre mindre fler farre lika samma konsekvens* effekt* risk* nytta gagna* drabba* berors",
  effectCue: "leder",
  zeroAlternative: "nollalternativ*",
  zeroAlternativeCue:
    "utan genomfors fattas antas bifalls beslutas gors infors avstar avslag alternativet behall* dagens fortsatter",
  negationCue: "inte ej icke ingen inga saknar",
  relevant: "relevant* jamstalldhetsrelevan*",
  relevantCue: "beror paverkar galler angar ror berors paverkas omfattas betydelse paverkan inverkan",
  reason: "eftersom da darfor skalet",
  reasonCue: "grund anledning bakgrund genom beroende beror bedomningen",
  resource:
    "resurs* pengar kostnad* budget* medel kronor kr tkr mnkr ersattning* bidrag* tid tiden tider tillganglig* oppettid* oppet* vantetid* vardtid* restid* lokal* utrymme* platser plats service tjanst* insats* behandling* besok* stod* vard varden omsorg* bemanning* lakartid* mottagning* lon* investering* *tid *tider *tiden *tiderna",
  distribution:
    "fordel* andel* mer mindre fler farre lika jamn* ojamn* skillnad* procent hogre lagre storre langre kortare oftare sallan* gynna* prioriter*",
  representation:
    "representation* representera* inflytande delaktig* beslutsfatt* beslutande styrgrupp* arbetsgrupp* referensgrupp* projektgrupp* ledningsgrupp* ledamot* ledamoter chefer politiker fortroendevald* brukarrad* patientrad* pensionarsrad* ungdomsrad* samrad* dialog* fokusgrupp* synpunkter medverka* delta* deltog tillfraga* intervju* makt",
  norms:
    "norm normer normerna normen normens normkritisk* normativ* struktur* forvantning* attityd* vardering* konsroll* stereotyp* traditionell* forestallning* ideal* maskulin* feminin* bemotande* realia *normer *normerna *normen *normens",
  difference: "skillnad* olikhet* ojamlik* ojamn* skev* obalans* overrepresent* underrepresent* konsskillnad*",
  justification: "motiverad* omotiverad* befogad* obefogad* berattigad* oberattigad* skalig* oskalig*",
  justificationCue: "forklar*",
  otherFactors:
    "alder* aldre unga ungdomar* yngre barn barnen barnperspektiv* barnrattsperspektiv* barnkonvention* geografi* glesbygd* landsbygd* inland* kustkommun* kustland* kustnara malmfalt* fjallvarld* tatort* avstand* socioekonomi* inkomst* utbildningsniva* funktionsnedsattning* funktionsvariation* funktionshinder fodelseland etnicitet sprak* nyanland* hbtq* transperson* samer samisk* religion ensamstaende arbetslos* sysselsattning intersektionell*",
  otherFactorsCue: "fodda laggning nationell* minoritet*",
  childPerspective: "barnperspektiv* barnrattsperspektiv* barnkonvention* barnrattslag*",
  intersectional: "intersektionell*",
  intersectionalCue: "samverkar faktorer diskrimineringsgrunder",
  goal: "mal malen malet malsattning* delmal* strategi* policy* handlingsplan* regionplan* verksamhetsplan* vision* deklaration* program*",
  goalCue: "agenda budget",
  goalLink: "bidra* kopplar koppling* kopplat stodjer stoder uppfyll* enligt utifran relaterar ror beror berors",
  goalLinkCue: "linje enlighet knyter",
  genderEquality: "jamstall* jamlik*",
  measure: "atgard* insats* alternativ* riktad* kompensera* motverka* utjamna* forebygga*",
  measureCue: "kommer ska planerar minska motverka utjamna kompensera na oka underlatta sanka",
  negative: "negativ* missgynna* samre forsamr* nackdel* risk* omotiverad*",
  followUp: "uppfolj* utvarder* mats matas mata indikator* nyckeltal* aterrapport* rapportera* redovisa*",
  followUpCue: "folj*",
  when: "arlig* halvar* kvartal* tertial* manad* vecka veckor delarsrapport* arsredovisning* arsbokslut* verksamhetsberattelse* senast",
  whenCue: "varje efter samband utgangen inom",
  toWhomCue: "till aterrapportera*",
  conclusionMarker: "sammantaget sammanfattningsvis slutsats* bedomning* bedoms bedomer sammanvag* darmed",
  conclusionMarkerCue: "totalt",
  subgoalCue:
    "delmal* mal malen malet jamstalldhetspolitisk* jamstalldhetsmal* inflytande ekonomisk utbildning obetalda halsa vald",
  polarityCue:
    "positiv* gynnsam* ogynnsam* negativ* forbattra* oka* okad framja* stark* bidra* minska* utjamna* forsamra* motverka* missgynna* ingen inga inte neutral* paverka* beror* berors samma lika oforandrad* oforandrat blandad* delvis bade",
  groupWord:
    "allmanheten invanare invanaren invanarna invanarnas medborgare medborgaren medborgarna medborgarnas patient patienter patienterna patienternas patienten patientens medarbetare medarbetaren medarbetarna medarbetarnas anstallda personal personalen brukare brukaren brukarna brukarnas elev elever eleverna eleven befolkning befolkningen befolkningens individ individer individerna individen personer personerna manniskor manniskorna besokare besokaren besokarna kunder kunderna deltagare deltagaren deltagarna anvandare anvandaren anvandarna barn barnen ungdomar ungdomarna unga vardnadshavare vardnadshavarna foraldrar foraldrarna resenarer resenarerna klienter klienterna studenter studenterna pensionarer pensionarerna vuxna alla",
} as const;

/** Classes not from the list: a word with a digit, and a year 1900–2099. */
export type WordClass = keyof typeof LEXICON | "digit" | "year";
const CLASSES = [...(Object.keys(LEXICON) as (keyof typeof LEXICON)[]), "digit", "year"] as const;
const BITS_PER_WORD = 30;

/** Which classes a word or sentence has: a bit set in two 30-bit halves. */
export interface ClassMask {
  low: number;
  high: number;
}

const CLASS_BIT = new Map<WordClass, { readonly half: 0 | 1; readonly bit: number }>(
  CLASSES.map((name, index) => [
    name,
    { half: index < BITS_PER_WORD ? 0 : 1, bit: 1 << (index % BITS_PER_WORD) } as const,
  ]),
);
if (CLASSES.length > 2 * BITS_PER_WORD) throw new Error("lexicon: too many word classes");

/** Where a class's bit is: look it up once, then test masks with hasBit. */
export interface ClassBit {
  readonly half: 0 | 1;
  readonly bit: number;
}

export function classBit(name: WordClass): ClassBit {
  return CLASS_BIT.get(name) as ClassBit;
}

export function hasBit(mask: ClassMask, at: ClassBit): boolean {
  return ((at.half === 0 ? mask.low : mask.high) & at.bit) !== 0;
}

const bitOf = classBit;

// The trie: node 1 is the root, 0 means "no node"; 26 children per node (a–z), each link
// 2 × child + (1 if stems end at the child). Built once.
const LETTERS = 26;

interface Trie {
  readonly children: Int32Array;
  /** Two halves per node: classes of stems ending at the node ("kvinn*"). */
  readonly prefixMasks: Int32Array;
  /** Two halves per node: classes of whole words ending at the node. */
  readonly wordMasks: Int32Array;
  /** Suffix entries ("*normer"), by their last letter. */
  readonly suffixes: readonly (readonly { readonly text: string; readonly half: 0 | 1; readonly bit: number }[])[];
}

function buildTrie(): Trie {
  const entries = (Object.keys(LEXICON) as (keyof typeof LEXICON)[]).flatMap((name) =>
    LEXICON[name].split(" ").map((entry) => ({ entry, ...bitOf(name) })),
  );
  const capacity = entries.reduce((sum, { entry }) => sum + entry.length, 2);
  const children = new Int32Array(capacity * LETTERS);
  const prefixMasks = new Int32Array(capacity * 2);
  const wordMasks = new Int32Array(capacity * 2);
  const suffixes: { text: string; half: 0 | 1; bit: number }[][] = Array.from({ length: LETTERS }, () => []);
  let nodes = 2;
  const nodeFor = (word: string): number => {
    let node = 1;
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i) - 97;
      if (letter < 0 || letter >= LETTERS) throw new Error(`lexicon: "${word}" is not folded`);
      let next = children[node * LETTERS + letter] ?? 0;
      if (next === 0) {
        next = nodes++;
        children[node * LETTERS + letter] = next;
      }
      node = next;
    }
    return node;
  };
  for (const { entry, half, bit } of entries) {
    if (entry.startsWith("*")) {
      const text = entry.slice(1);
      suffixes[text.charCodeAt(text.length - 1) - 97]?.push({ text, half, bit });
    } else if (entry.endsWith("*")) {
      const at = nodeFor(entry.slice(0, -1)) * 2 + half;
      prefixMasks[at] = (prefixMasks[at] ?? 0) | bit;
    } else {
      const at = nodeFor(entry) * 2 + half;
      wordMasks[at] = (wordMasks[at] ?? 0) | bit;
    }
  }
  // Each child link carries, in its lowest bit, whether stems end at the child, so that a
  // walk reads the stem classes only where there are some.
  for (let at = 0; at < nodes * LETTERS; at++) {
    const child = children[at] ?? 0;
    if (child !== 0)
      children[at] = 2 * child + ((prefixMasks[2 * child] ?? 0) | (prefixMasks[2 * child + 1] ?? 0) ? 1 : 0);
  }
  return { children, prefixMasks, wordMasks, suffixes };
}

const { children, prefixMasks, wordMasks, suffixes: SUFFIXES } = buildTrie();
const NO_SUFFIXES: readonly { readonly text: string; readonly half: 0 | 1; readonly bit: number }[] = [];

/**
 * The words of a text that have a class, four numbers each in `data`: [start, end) in the
 * text and the classes (low and high halves). Read them with wordStart, wordEnd and wordHas.
 */
export interface Words {
  readonly count: number;
  readonly data: Int32Array;
}

export function wordStart(words: Words, word: number): number {
  return words.data[4 * word] as number;
}

export function wordEnd(words: Words, word: number): number {
  return words.data[4 * word + 1] as number;
}

/** The classes of word `word`. */
export function wordMask(words: Words, word: number): ClassMask {
  return { low: words.data[4 * word + 2] as number, high: words.data[4 * word + 3] as number };
}

export function wordHas(words: Words, word: number, at: ClassBit): boolean {
  return ((words.data[4 * word + 2 + at.half] as number) & at.bit) !== 0;
}

const DIGIT = bitOf("digit");
const YEAR = bitOf("year");

/**
 * Reads folded text word by word (a word is a run of a–z, 0–9 and "_", as \w in a regular
 * expression) and classes each word; words of no class are left out. One pass, linear in the
 * length of the text.
 */
export function scanWords(text: string): Words {
  let data: Int32Array = new Int32Array(4 * ((text.length >> 4) + 16));
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    let node = 1;
    let digits = 0;
    let lowMask = 0;
    let highMask = 0;
    // Down the trie while the word's letters are in it …
    for (; i < n; i++) {
      code = text.charCodeAt(i);
      if (code < 0x61 || code > 0x7a) break;
      const link = children[node * LETTERS + code - 0x61] as number;
      node = link >> 1;
      if (node === 0) break;
      if (link & 1) {
        lowMask |= prefixMasks[node * 2] as number;
        highMask |= prefixMasks[node * 2 + 1] as number;
      }
    }
    // … then to the end of the word.
    for (; i < n; i++) {
      code = text.charCodeAt(i);
      if (code >= 0x61 && code <= 0x7a) continue;
      if (code >= 0x30 && code <= 0x39) digits++;
      else if (code !== 0x5f) break;
      node = 0;
    }
    if (digits > 0) {
      lowMask = DIGIT.half === 0 ? DIGIT.bit : 0;
      highMask = DIGIT.half === 1 ? DIGIT.bit : 0;
      if (i - start === 4 && digits === 4 && isCentury(text, start)) {
        if (YEAR.half === 0) lowMask |= YEAR.bit;
        else highMask |= YEAR.bit;
      }
    } else {
      if (node !== 0) {
        lowMask |= wordMasks[node * 2] as number;
        highMask |= wordMasks[node * 2 + 1] as number;
      }
      const endings = SUFFIXES[text.charCodeAt(i - 1) - 0x61] ?? NO_SUFFIXES;
      for (let k = 0; k < endings.length; k++) {
        const suffix = endings[k] as (typeof endings)[number];
        if (
          i - start > suffix.text.length &&
          text.charCodeAt(i - 2) === suffix.text.charCodeAt(suffix.text.length - 2) &&
          text.endsWith(suffix.text, i)
        ) {
          if (suffix.half === 0) lowMask |= suffix.bit;
          else highMask |= suffix.bit;
        }
      }
    }
    if (lowMask === 0 && highMask === 0) continue; // a word of no class is not kept
    if (4 * count === data.length) {
      const grown = new Int32Array(2 * data.length);
      grown.set(data);
      data = grown;
    }
    data[4 * count] = start;
    data[4 * count + 1] = i;
    data[4 * count + 2] = lowMask;
    data[4 * count + 3] = highMask;
    count++;
  }
  return { count, data };
}

function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

function isCentury(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return (first === 0x31 && second === 0x39) || (first === 0x32 && second === 0x30);
}
