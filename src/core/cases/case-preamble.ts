import type { CaseLine } from "./case-outline.js";

/** A labelled diarienummer: "Dnr 1206-2019", "Diarienummer: RS 1206-2019", "Vårt dnr: 1206-2019". */
const LABELLED =
  /(?:dnr|diarienummer|diarienr|diarie nr|ärendenummer|arendenummer|beteckning)\.?\s*:?\s*(?:[A-ZÅÄÖa-zåäö]{1,6}\s*)?(\d{1,6})\s*[-–]\s*((?:19|20)\d{2})\b/i;
/** An unlabelled one, as printed alone at the top: "1206-2019" (not a period such as "2021-2023"). */
const BARE = /(?:^|[^\d-])(\d{1,6})\s?[-–]\s?((?:19|20)\d{2})(?![\d-])/;
const YEAR = /^(?:19|20)\d{2}$/;

function labelled(text: string): string | null {
  const match = LABELLED.exec(text);
  return match ? `${match[1]}-${match[2]}` : null;
}

function bare(text: string): string | null {
  const match = BARE.exec(text);
  return match?.[1] && !YEAR.test(match[1]) ? `${match[1]}-${match[2]}` : null;
}

/**
 * The case's diarienummer as "NNNN-YYYY" (as written, e.g. "1206-2019"): a labelled one at
 * the top (before the first heading); else one in a page header or footer; else a labelled
 * one anywhere; else an unlabelled one at the top. Null when there is none.
 */
export function findDiarienummer(lines: readonly CaseLine[], furniture: Uint8Array, topEnd: number): string | null {
  const first = (from: number, to: number, find: (text: string) => string | null, onlyFurniture = false) => {
    for (let i = from; i < to; i++) {
      if (onlyFurniture && !furniture[i]) continue;
      const found = find((lines[i] as CaseLine).text);
      if (found) return found;
    }
    return null;
  };
  return (
    first(0, topEnd, labelled) ??
    first(topEnd, lines.length, labelled, true) ??
    first(topEnd, lines.length, labelled) ??
    first(0, topEnd, bare)
  );
}

const DATE_LINE =
  /^(?:datum:?\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\s+\d{4})$/i;
/** Lines of the letterhead: organisation, body, document type, labelled fields, contact details. */
const LETTERHEAD =
  /^(?:(?:region|kommun|landsting)\b.{0,40}$|regionstyrelsen|regionfullmäktige|kommunstyrelsen|kommunfullmäktige|tjänsteskrivelse|tjansteskrivelse|handläggare|handlaggare|datum|sida|till:|från:|fran:|dnr|diarienummer|vårt dnr|ert dnr|beteckning|beslutsinstans|mottagare|kopia)/i;
const ORGANISATION_END =
  /(?:styrelsen|nämnden|namnden|nämnd|fullmäktige|förvaltningen|forvaltningen|kommun|utskottet|staben|avdelningen|enheten|divisionen)$/i;
const CONTACT = /@|\b(?:tfn|tel|telefon|e-post|epost)\b|\d{2,4}[- ]\d{2,3}\s?\d{2}\s?\d{2}/i;
/** "Ärende: Utökade öppettider …": the title after a label. */
const TITLE_LABEL = /^(?:ärende|arende|rubrik|titel|angående|angaende|ang\.)\s*:\s*(.+)$/i;

/**
 * The title: the first substantial line at the top (before the proposal's heading, else the
 * first heading) that is not a diarienummer, a date, the letterhead or contact details.
 * Null when there is none.
 */
export function findTitle(lines: readonly CaseLine[], furniture: Uint8Array, topEnd: number): string | null {
  for (let i = 0; i < topEnd; i++) {
    if (furniture[i]) continue;
    const text = (lines[i] as CaseLine).text.trim().replace(/\s+/g, " ");
    const afterLabel = TITLE_LABEL.exec(text)?.[1];
    if (afterLabel) return afterLabel.trim();
    if ((text.match(/\p{L}/gu)?.length ?? 0) < 6) continue;
    if (labelled(text) || bare(text) || DATE_LINE.test(text) || CONTACT.test(text)) continue;
    if (LETTERHEAD.test(text)) continue;
    if (text.split(" ").length <= 4 && ORGANISATION_END.test(text)) continue;
    return text;
  }
  return null;
}
