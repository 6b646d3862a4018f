/**
 * Invented statistics for Region Norrbotten (demo), written for Jämt: three indicators by sex,
 * area and year, built so that some differences between women and men are flagged and some
 * are not (too small, not statistically clear, or resting on too few patients), and one
 * documented analysis with a measure. No real patient figures.
 */

export interface DemoArea {
  readonly code: string;
  readonly name: string;
}

/** The county as a whole and five of its municipalities (SCB codes). */
export const DEMO_AREAS: readonly DemoArea[] = [
  { code: "25", name: "Norrbottens län" },
  { code: "2580", name: "Luleå" },
  { code: "2581", name: "Piteå" },
  { code: "2582", name: "Boden" },
  { code: "2584", name: "Kiruna" },
  { code: "2523", name: "Gällivare" },
];

export const DEMO_YEARS = ["2022", "2023", "2024", "2025"] as const;

/** Women's and men's figure in one area and year, with the number of patients behind each where known. */
export interface DemoFigure {
  readonly area: string;
  readonly year: string;
  readonly women: number;
  readonly men: number;
  readonly womenCount?: number;
  readonly menCount?: number;
}

export interface DemoIndicator {
  readonly key: string;
  readonly name: string;
  readonly measureKind: "share" | "value";
  readonly unit: string;
  readonly description: string;
  readonly figures: readonly DemoFigure[];
}

/**
 * Share of patients with a follow-up visit within 30 days after a heart attack (per cent of
 * patients). Women fall behind in the county and in Luleå (clear and flagged from 2024); Piteå's
 * gap is under the threshold; Kiruna's is above it but rests on too few patients to be clear;
 * Gällivare's women are fewer than the suppression threshold, so nothing is said of them.
 */
const FOLLOW_UP_VISIT: readonly DemoFigure[] = [
  ...series("25", [
    ["2022", 80.2, 83.1, 1180, 1350],
    ["2023", 78.4, 84.0, 1205, 1372],
    ["2024", 74.6, 85.2, 1222, 1390],
    ["2025", 71.0, 86.0, 1240, 1410],
  ]),
  ...series("2580", [
    ["2022", 81.0, 82.5, 398, 431],
    ["2023", 79.5, 83.0, 405, 440],
    ["2024", 73.8, 84.6, 412, 447],
    ["2025", 70.2, 84.4, 420, 455],
  ]),
  ...series("2581", [
    ["2022", 82.0, 83.5, 150, 160],
    ["2023", 81.4, 83.1, 155, 166],
    ["2024", 80.6, 83.0, 158, 168],
    ["2025", 80.0, 83.0, 160, 170],
  ]),
  ...series("2582", [
    ["2022", 79.0, 80.0, 92, 101],
    ["2023", 78.2, 81.0, 95, 104],
    ["2024", 77.9, 81.5, 96, 105],
    ["2025", 77.0, 81.0, 98, 108],
  ]),
  ...series("2584", [
    ["2022", 75.0, 80.0, 36, 40],
    ["2023", 73.5, 80.5, 37, 41],
    ["2024", 72.9, 81.0, 37, 42],
    ["2025", 72.0, 81.0, 38, 41],
  ]),
  ...series("2523", [
    ["2022", 66.7, 82.0, 3, 28],
    ["2023", 75.0, 81.0, 4, 30],
    ["2024", 50.0, 80.0, 2, 31],
    ["2025", 66.7, 80.6, 3, 31],
  ]),
];

/**
 * Cost per patient in primary care (kronor, from the cost-per-patient system): no counts or
 * spread behind the figures, so differences cannot be tested statistically; they are flagged
 * where women's and men's costs differ by 10 % or more (Kiruna and Gällivare from 2024).
 */
const COST_PER_PATIENT: readonly DemoFigure[] = DEMO_AREAS.flatMap((area, areaIndex) =>
  DEMO_YEARS.map((year, yearIndex) => {
    const base = 4200 + areaIndex * 180 + yearIndex * 140;
    const inland = area.code === "2584" || area.code === "2523";
    const gap = inland && yearIndex >= 2 ? 0.13 : 0.03 + yearIndex * 0.005;
    return figure(area.code, year, Math.round(base * (1 + gap)), Math.round(base), null, null);
  }),
);

/**
 * Median waiting time in days from referral to a first visit in specialist care (days). The
 * county's men wait longer for orthopaedics-heavy referrals in 2025 (flagged, not testable);
 * elsewhere the gap stays under the threshold.
 */
const WAITING_TIME: readonly DemoFigure[] = DEMO_AREAS.flatMap((area, areaIndex) =>
  DEMO_YEARS.map((year, yearIndex) => {
    const women = 42 + areaIndex * 3 + yearIndex * 2;
    const gap = area.code === "25" && year === "2025" ? 0.18 : 0.04;
    return figure(area.code, year, women, Math.round(women * (1 + gap)), null, null);
  }),
);

export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  {
    key: "JAMT-DEMO-ATERBESOK",
    name: "Andel patienter med återbesök inom 30 dagar efter hjärtinfarkt",
    measureKind: "share",
    unit: "%",
    description:
      "Andel av patienterna som vårdats för hjärtinfarkt som fått ett återbesök hos läkare eller sjuksköterska inom 30 dagar efter utskrivning. Påhittade siffror för demonstration.",
    figures: FOLLOW_UP_VISIT,
  },
  {
    key: "JAMT-DEMO-KPP-PRIMARVARD",
    name: "Kostnad per patient i primärvården",
    measureKind: "value",
    unit: "kr",
    description: "Genomsnittlig kostnad per patient och år i primärvården. Påhittade siffror för demonstration.",
    figures: COST_PER_PATIENT,
  },
  {
    key: "JAMT-DEMO-VANTETID",
    name: "Väntetid till första besök i specialistvården, median",
    measureKind: "value",
    unit: "dagar",
    description:
      "Median av antal dagar från remiss till första besök i den specialiserade vården. Påhittade siffror för demonstration.",
    figures: WAITING_TIME,
  },
];

/** The department the follow-up visits belong to, and the goal of the strategic plan they measure. */
export const DEMO_DEPARTMENT = "Hälso- och sjukvård";
export const DEMO_PLAN_GOAL = "En god och jämlik vård för kvinnor och män i hela länet";
/** National sub-goal 5, gender-equal health. */
export const DEMO_SUBGOALS: readonly number[] = [5];

/** The documented analysis of the county's follow-up visits in 2025, judged unjustified, with a measure. */
export const DEMO_ANALYSIS = {
  indicatorKey: "JAMT-DEMO-ATERBESOK",
  areaCode: "25",
  period: "2025",
  analyst: "analytiker@norrbotten.demo",
  problem:
    "Kvinnor som vårdats för hjärtinfarkt får återbesök inom 30 dagar mer sällan än män (71 mot 86 procent), och skillnaden har vuxit sedan 2022. Kvinnor riskerar sämre uppföljning av läkemedel och rehabilitering.",
  goalsAndMethods:
    "Målet är att lika stor andel kvinnor som män får återbesök inom 30 dagar. Kallelsen bokas före utskrivning för alla, och andelen följs upp per kön varje kvartal.",
  explanation:
    "Kvinnor har oftare atypiska symtom och diagnosen ställs senare; de skrivs oftare ut till kommunal omsorg där kallelsen inte följer med. Rutinen bygger på att patienten själv hör av sig, vilket män med en anhörig som bokar gör oftare.",
  judgment: "unjustified" as const,
  judgmentReason:
    "Kvinnor och män har samma medicinska behov av återbesök efter hjärtinfarkt. Skillnaden förklaras av rutiner och normer, inte av behov.",
  subgoals: [5],
  dimensionsConsidered: ["age", "geography"],
  measure: {
    description:
      "Boka återbesök före utskrivning för alla patienter med hjärtinfarkt, och följ upp andelen per kön varje kvartal.",
    owner: "Verksamhetschef, hjärtkliniken",
    /** Due half a year after the demo is loaded, so that it is under way, not overdue. */
    monthsAhead: 6,
    status: "in_progress" as const,
  },
};

/** One area's years: [year, women, men, women's count, men's count]. */
function series(area: string, years: readonly (readonly [string, number, number, number, number])[]): DemoFigure[] {
  return years.map(([year, women, men, womenCount, menCount]) => figure(area, year, women, men, womenCount, menCount));
}

/** The three rows (K, M, T) of one area and year; T's value is the patient-weighted mean where counts are known. */
function figure(
  area: string | number,
  year: string | number,
  women: string | number,
  men: string | number,
  womenCount: string | number | null,
  menCount: string | number | null,
): DemoFigure {
  return {
    area: String(area),
    year: String(year),
    women: Number(women),
    men: Number(men),
    ...(womenCount === null ? {} : { womenCount: Number(womenCount) }),
    ...(menCount === null ? {} : { menCount: Number(menCount) }),
  };
}

/**
 * The indicator as the CSV file an analyst would import (Swedish headers, `;`, decimal comma):
 * one row per area, year and sex (K, M, and T where the counts give the total).
 */
export function demoIndicatorCsv(indicator: DemoIndicator): string {
  const names = new Map(DEMO_AREAS.map((area) => [area.code, area.name]));
  const number = (value: number) => String(Math.round(value * 10) / 10).replace(".", ",");
  const counted = indicator.figures.some((f) => f.womenCount !== undefined);
  const header = [
    "Indikator",
    "Indikatornamn",
    "År",
    "Områdeskod",
    "Område",
    "Kön",
    "Värde",
    ...(counted ? ["Antal"] : []),
    "Enhet",
  ];
  const lines = [header.join(";")];
  for (const f of indicator.figures) {
    // A total only where the counts give it: the mean of women's and men's medians or averages is not one.
    const hasCounts = f.womenCount !== undefined && f.menCount !== undefined;
    const totals = hasCounts
      ? [
          [
            "T",
            (f.women * f.womenCount + f.men * f.menCount) / (f.womenCount + f.menCount),
            f.womenCount + f.menCount,
          ] as const,
        ]
      : [];
    for (const [sex, value, count] of [
      ["K", f.women, f.womenCount] as const,
      ["M", f.men, f.menCount] as const,
      ...totals,
    ]) {
      lines.push(
        [
          indicator.key,
          indicator.name,
          f.year,
          f.area,
          names.get(f.area) ?? f.area,
          sex,
          number(value),
          ...(counted ? [count === undefined ? "" : String(count)] : []),
          indicator.unit,
        ].join(";"),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
