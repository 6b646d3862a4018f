import { findGenderSection } from "../cases/recognise-sections.js";
import { DEFAULT_LOCALE } from "../i18n/index.js";
import { type AnalysisOptions, analyseSectionText } from "./analyse-gender-section.js";
import type { GenderImpactAnalysis } from "./types.js";

/**
 * Analyses a whole case document given as plain text (possibly OCR-damaged text from PDF).
 * Finds the section "Beslutsförslagets påverkan avseende jämställdhet" (or an evident
 * variant of its heading: "Jämställdhetsanalys", "Konsekvenser för jämställdheten", …) and
 * analyses its text, up to the next template heading. Nothing outside the section counts:
 * a case about gender-equality work without the section is "missing".
 *
 * genderSection.text is the section's lines as written, without page furniture, the same
 * text recogniseSections() puts in sections.genderImpact; offsets and quotes refer to it.
 */
export function analyseCaseText(text: string, options: AnalysisOptions = {}): GenderImpactAnalysis {
  const section = findGenderSection(text);
  return analyseSectionText(section?.text ?? "", section?.heading ?? null, options.locale ?? DEFAULT_LOCALE);
}
