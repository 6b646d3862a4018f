/**
 * The parts of a case document (tjänsteskrivelse), in the order of the template.
 * Diarienummer and title are properties of the case, not sections.
 */
export const CASE_SECTION_KEYS = [
  "proposal", // Förslag till beslut: numbered points
  "statement", // Yttrande till beslutsförslaget (optional)
  "summary", // Sammanfattning
  "matter", // Ärendet: free sub-headings
  "genderImpact", // Beslutsförslagets påverkan avseende jämställdhet (required)
  "basis", // Beslutsunderlag
  "attachments", // Bilagor
  "recipients", // Protokollsutdrag skickas till
] as const;

export type CaseSectionKey = (typeof CASE_SECTION_KEYS)[number];

/** One sub-heading of "Ärendet" with its text; the heading is free ("Bakgrund", …). */
export interface MatterPart {
  readonly heading: string;
  readonly text: string;
}

/** The sections of a case as the editor, the database and the exports hold them. */
export interface CaseSections {
  /** Each point of the proposed decision, without its number ("Regionstyrelsen beslutar att …"). */
  readonly proposal: readonly string[];
  readonly statement: string;
  readonly summary: string;
  readonly matter: readonly MatterPart[];
  readonly genderImpact: string;
  readonly basis: string;
  readonly attachments: string;
  /** Who receives the extract of the minutes, one per entry. */
  readonly recipients: readonly string[];
}

export const EMPTY_CASE_SECTIONS: CaseSections = {
  proposal: [],
  statement: "",
  summary: "",
  matter: [],
  genderImpact: "",
  basis: "",
  attachments: "",
  recipients: [],
};
