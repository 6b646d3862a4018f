import { foldedLetters, foldedPrefixKey, prefixKeyOf } from "../analysis/fold-letters.js";
import type { CaseSectionKey } from "./case-sections.js";

/**
 * A line folded for comparing headings: lower case, letters only, å/ä → a, ö → o, "&" → a
 * (OCR's "Ä"), so that stray spaces ("Jäm ställdhet"), numbering ("4. Ärendet"), colons and
 * mojibake (UTF-8 read as Latin-1 or Windows-1251: "fÃ¶rslag", "pГҐverkan") do not matter.
 * Letters lost by OCR (å, ä, ö dropped) are allowed for by the patterns ("pa?verkan").
 */
export function foldHeading(line: string): string {
  return foldedLetters(line);
}

const EQUALITY = "ja?msta?ll?dhet(?:s|en|ens)?(?:perspektiv(?:et)?)?(?:mellankvinnorochma?n)?";
const IMPACT = "(?:pa?verkan|konsekvens(?:er|analys)?|effekt(?:er)?|inverkan)";
const WHOSE = "(?:beslutsfo?rslagets|fo?rslagets|beslutets|a?rendets)?";
const ON = "(?:avseende|fo?r|pa?|ur|utifra?n|medavseendepa?|ga?llande|ur)?(?:ett)?";

/**
 * The template's headings and their evident variants, folded (see foldHeading), with the
 * letters their folded forms can start with. Only whole lines match: "Jämställdhetsintegrering
 * i regionen" as a sub-heading of Ärendet is not the gender impact section; neither is a bare
 * "Jämställdhet", which is a common sub-heading.
 */
const HEADINGS: readonly { readonly key: CaseSectionKey; readonly initials: string; readonly pattern: RegExp }[] = [
  { key: "proposal", initials: "fb", pattern: /^(?:fo?rslag(?:till|om)beslut|beslutsfo?rslag(?:et)?)$/ },
  { key: "statement", initials: "y", pattern: /^yttrande(?:(?:till|over)beslutsfo?rslaget)?$/ },
  { key: "summary", initials: "sk", pattern: /^(?:sammanfattning(?:ava?rendet)?|kortsammanfattning)$/ },
  { key: "matter", initials: "arb", pattern: /^(?:a?rendet|a?rendebeskrivning|beskrivningava?rendet)$/ },
  {
    key: "genderImpact",
    initials: "bfarpkeij",
    pattern: new RegExp(
      `^(?:${WHOSE}${IMPACT}${ON}${EQUALITY}|${WHOSE}${IMPACT}${ON}(?:kvinnorochma?n|ma?nochkvinnor)|ja?msta?ll?dhets(?:analys|konsekvens(?:er|analys)?|bedo?mning|pa?verkan))$`,
    ),
  },
  { key: "basis", initials: "b", pattern: /^beslutsunderlag(?:et)?$/ },
  { key: "attachments", initials: "b", pattern: /^(?:bilagor|bilaga|bilagorna)$/ },
  {
    key: "recipients",
    initials: "pbes",
    pattern:
      /^(?:protokollsutdrag(?:et)?(?:ska)?(?:skickas|sands|expedieras)?(?:till)?|beslutet(?:skickas|expedieras)till|expedieras(?:till)?|sa?ndlista)$/,
  },
];

/** The template's own wording of each heading, folded (OCR's lost letters allowed). */
const TEMPLATE_WORDING: Readonly<Record<CaseSectionKey, RegExp>> = {
  proposal: /^fo?rslagtillbeslut$/,
  statement: /^yttrandetillbeslutsfo?rslaget$/,
  summary: /^sammanfattning$/,
  matter: /^a?rendet$/,
  genderImpact: /^beslutsfo?rslagetspa?verkanavseendeja?msta?ll?dhet$/,
  basis: /^beslutsunderlag$/,
  attachments: /^bilagor$/,
  recipients: /^protokollsutdragskickastill$/,
};

/**
 * Whether a folded heading is in the template's own words, not a variant: a variant seen
 * earlier ("Jämställdhetsanalys" as a sub-heading of Ärendet) gives way to it.
 */
export function isTemplateWording(folded: string, key: CaseSectionKey): boolean {
  return TEMPLATE_WORDING[key].test(folded);
}

/** Longest folded heading worth testing; longer lines are text. */
const MAX_FOLDED = 80;

/** The headings by the first letter of their folded form, so that a line is tested only against those it could be. */
const BY_INITIAL = new Map<string, (typeof HEADINGS)[number][]>();
for (const heading of HEADINGS) {
  for (const initial of heading.initials) BY_INITIAL.set(initial, [...(BY_INITIAL.get(initial) ?? []), heading]);
}

/**
 * The first four folded letters a heading or variant can start with, also with OCR's lost
 * å/ä/ö ("frsl", "pver", "jmst", "rend", "sndl"). Keep in step with HEADINGS: a line is only
 * folded and matched when it starts like one of these.
 */
const HEADING_PREFIXES =
  "fors frsl besl besk bila yttr samm kort aren rend pave pver kons effe inve jams jmst prot expe sand sndl";
const PREFIX_KEYS: ReadonlySet<number> = new Set(HEADING_PREFIXES.split(" ").map(prefixKeyOf));

/** Whether `line` starts (after numbering and spaces) like a template heading or variant. */
export function mayBeHeading(line: string): boolean {
  return PREFIX_KEYS.has(foldedPrefixKey(line, 4));
}

/** The section a folded line is the heading of, or null. */
export function headingKeyOf(folded: string): CaseSectionKey | null {
  if (folded.length < 5 || folded.length > MAX_FOLDED) return null;
  for (const { key, pattern } of BY_INITIAL.get(folded.charAt(0)) ?? []) if (pattern.test(folded)) return key;
  return null;
}

/** Starts of headings long enough to wrap onto a second line in text from PDF. */
export const WRAPPING_HEADING_START =
  /^(?:beslutsfo?rslag|fo?rslag|beslutets|pa?verkan|konsekvens|protokollsutdrag|beslutet|ja?msta?ll?dhets)/;
