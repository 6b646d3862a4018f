import type { ChecklistDefinition } from "./checklist-definition.js";

/** The stable key of the built-in checklist, so that the demo, the CLI and the tests can find it. */
export const SKR_CHECKLIST_KEY = "skr-2015";

/**
 * SKR's *Checklista för jämställdhetsintegrering* as used in Modellkommuner/Modellregioner
 * 2015–2020: ten items scored 1–3 in half steps. Built in; later editions are added as data.
 */
export const SKR_CHECKLIST: ChecklistDefinition = {
  name: { sv: "Checklista för jämställdhetsintegrering", en: "Checklist for gender mainstreaming" },
  scale: { min: 1, max: 3, step: 0.5 },
  anchors: [
    { value: 1, text: { sv: "Ej påbörjat / finns inte", en: "Not started / does not exist" } },
    { value: 2, text: { sv: "Behöver utvecklas", en: "Needs development" } },
    { value: 3, text: { sv: "Genomfört, det finns / vi gör", en: "Done / exists" } },
  ],
  items: [
    [
      "Den politiska församlingen har tagit beslut om jämställdhetsintegrering.",
      "The political assembly has decided on gender mainstreaming.",
    ],
    [
      "Den politiska ledningen efterfrågar resultat av arbetet med jämställdhetsintegrering.",
      "The political leadership asks for results of the gender-mainstreaming work.",
    ],
    [
      "De högsta cheferna säkerställer att politikernas beslut om jämställdhetsintegrering genomförs i organisationen.",
      "Top managers ensure that the politicians' decisions on gender mainstreaming are carried out in the organisation.",
    ],
    [
      "Ledningen säkerställer organisationens kompetens för att arbeta med jämställdhetsintegrering.",
      "Management ensures the organisation's competence to work with gender mainstreaming.",
    ],
    [
      "Jämställdhetsperspektivet är synligt i mål, budget och andra styrdokument.",
      "The gender-equality perspective is visible in goals, budget and other governing documents.",
    ],
    [
      "All individbaserad statistik redovisas och analyseras med kön som indelningsgrund.",
      "All individual-based statistics are reported and analysed with sex as the dividing line.",
    ],
    [
      "I beslutsunderlag finns en beskrivning av konsekvenser för kvinnor och män, flickor och pojkar.",
      "Decision documents describe the consequences for women and men, girls and boys.",
    ],
    [
      "Verksamheternas resultat för kvinnor och män, flickor och pojkar, kan utläsas ur ordinarie verksamhets- och budgetuppföljning.",
      "Results for women and men, girls and boys can be read from ordinary operational and budget follow-up.",
    ],
    [
      "Jämställdhetsintegreringen har lett till konkreta och hållbara förbättringar i verksamheterna.",
      "Gender mainstreaming has led to concrete and lasting improvements in operations.",
    ],
    [
      "Tillvägagångssättet för jämställdhetsintegrering kan systematiseras och överföras till andra verksamheter.",
      "The approach to gender mainstreaming can be systematised and transferred to other operations.",
    ],
  ].map(([sv, en], index) => ({ no: index + 1, text: { sv: sv as string, en: en as string } })),
};
