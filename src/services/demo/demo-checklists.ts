import type { ItemScore, MeasureStatus } from "../../core/index.js";
import { GAVLEBORG, NORRBOTTEN, VASTERBOTTEN } from "./demo-data.js";

/** One demo assessment on the SKR checklist: ten scores in item order and comments on some items. */
export interface DemoAssessment {
  readonly occasion: string;
  readonly date: string;
  readonly participants: readonly string[];
  readonly scores: readonly ItemScore[];
  /** Comment (and evidence text) by item number. */
  readonly comments: Readonly<Record<number, { readonly comment: string; readonly evidence?: string }>>;
}

export interface DemoSeries {
  readonly organisation: string;
  /** The account that records the assessments; null for a region without demo accounts. */
  readonly recordedBy: string | null;
  readonly assessments: readonly DemoAssessment[];
}

const LEADERSHIP = ["Regiondirektör", "Jämställdhetsstrateg", "Ekonomidirektör", "Controller", "Kommunikatör"];
const WITH_POLITICIANS = ["Regionstyrelsens ordförande", "Oppositionsråd", ...LEADERSHIP];

/**
 * Region Norrbotten's real series from Modellregioner 2018–2020 (sums 18, 18, 20 and 24, as in
 * its result report), and series of their own, made up but plausible, for Västerbotten and
 * Gävleborg on the same occasions, plus their start of the second round in 2026.
 */
export const DEMO_SERIES: readonly DemoSeries[] = [
  {
    organisation: NORRBOTTEN,
    recordedBy: "granskare@norrbotten.demo",
    assessments: [
      {
        occasion: "Uppstart",
        date: "2018-09-20",
        participants: LEADERSHIP,
        scores: [3, 2, 2, 1, 2, 2, 1, 1, 2, 2],
        comments: {
          1: {
            comment: "Regionfullmäktige har beslutat att all verksamhet ska jämställdhetsintegreras.",
            evidence: "Fullmäktiges beslut om strategisk plan med jämställdhetsmål.",
          },
          4: { comment: "Ingen samlad kompetensplan; utbildning sker när enskilda chefer tar initiativ." },
          7: { comment: "Konsekvenser för kvinnor och män beskrivs sällan i tjänsteskrivelserna." },
          8: { comment: "Uppföljningen redovisar få resultat per kön." },
        },
      },
      {
        occasion: "BM1",
        date: "2018-11-27",
        participants: LEADERSHIP,
        scores: [3, 2, 2, 1, 2, 2, 1, 1, 2, 2],
        comments: {
          7: { comment: "Arbetet med en mall för jämställdhetsanalys i ärenden har påbörjats." },
        },
      },
      {
        occasion: "BM3",
        date: "2019-06-11",
        participants: WITH_POLITICIANS,
        scores: [3, 2, 2, 2, 2, 2, 1, 2, 2, 2],
        comments: {
          4: {
            comment: "Regionstyrelsen (en halvdag) och ett trettiotal handläggare har utbildats.",
            evidence: "Deltagarlistor från utbildningarna våren 2019.",
          },
          7: { comment: "Mallen finns men används ännu inte i alla ärenden." },
          8: { comment: "Delårsrapporten redovisar nu flera mål per kön." },
        },
      },
      {
        occasion: "BM5",
        date: "2020-02-11",
        participants: WITH_POLITICIANS,
        scores: [3, 2.5, 1.5, 2, 2.5, 2, 3, 2, 2.5, 3],
        comments: {
          2: { comment: "Styrelsen efterfrågar jämställdhetsanalysen när ärenden föredras." },
          3: { comment: "Ansvaret för att besluten genomförs blev otydligt efter omorganisationen." },
          7: {
            comment: "Alla ärenden till regionstyrelsen har ett avsnitt om påverkan avseende jämställdhet.",
            evidence: "Utvärderingen av jämställd ärendeberedning.",
          },
          10: { comment: "Arbetssättet med jämställda beslut har förts över till nämnderna." },
        },
      },
    ],
  },
  {
    organisation: VASTERBOTTEN,
    recordedBy: "admin@vasterbotten.demo",
    assessments: [
      {
        occasion: "Uppstart",
        date: "2018-09-20",
        participants: LEADERSHIP,
        scores: [2, 2, 1, 1, 2, 1, 1, 1, 1, 1],
        comments: {
          1: {
            comment: "Jämställdhet nämns i den regionala utvecklingsstrategin men inget beslut om integrering finns.",
          },
          6: { comment: "Statistiken är könsuppdelad i vården men sällan i regional utveckling." },
        },
      },
      {
        occasion: "BM1",
        date: "2018-11-27",
        participants: LEADERSHIP,
        scores: [2, 2, 1.5, 1, 2, 1.5, 1, 1, 1, 1],
        comments: {},
      },
      {
        occasion: "BM3",
        date: "2019-06-11",
        participants: LEADERSHIP,
        scores: [2.5, 2, 2, 1.5, 2, 2, 1.5, 1.5, 1.5, 1.5],
        comments: {
          4: { comment: "En webbutbildning för chefer är upphandlad." },
        },
      },
      {
        occasion: "BM5",
        date: "2020-02-11",
        participants: WITH_POLITICIANS,
        scores: [3, 2.5, 2, 2, 2.5, 2.5, 2, 2, 2, 2],
        comments: {
          1: { comment: "Regionfullmäktige beslutade hösten 2019 om jämställdhetsintegrering." },
          9: { comment: "Kollektivtrafikens hållplatser har setts över med trygghetsvandringar." },
        },
      },
      {
        // The start of the second round, Jämställd styrning 2026–2027: a new name, since names are unique.
        occasion: "Uppstart 2026",
        date: "2026-09-15",
        participants: WITH_POLITICIANS,
        scores: [3, 3, 2.5, 2.5, 2.5, 3, 2.5, 2, 2.5, 2],
        comments: {
          8: { comment: "Delårsrapporten redovisar nu resultat per kön för de flesta mål." },
        },
      },
    ],
  },
  {
    organisation: GAVLEBORG,
    recordedBy: null,
    assessments: [
      {
        occasion: "Uppstart",
        date: "2018-09-20",
        participants: LEADERSHIP,
        scores: [2, 1, 1, 1, 1, 2, 1, 1, 1, 1],
        comments: {
          2: { comment: "Politiken har inte efterfrågat resultat av arbetet." },
          6: { comment: "Könsuppdelad statistik finns i de flesta verksamhetssystem." },
        },
      },
      {
        occasion: "BM1",
        date: "2018-11-27",
        participants: LEADERSHIP,
        scores: [2, 1.5, 1, 1, 1.5, 2, 1, 1, 1, 1],
        comments: {
          5: { comment: "Budgetanvisningarna för 2020 ska ha ett avsnitt om jämställdhet." },
        },
      },
      {
        occasion: "BM3",
        date: "2019-06-11",
        participants: WITH_POLITICIANS,
        scores: [2, 2, 1.5, 2, 2, 2, 1.5, 1.5, 1, 1.5],
        comments: {
          4: { comment: "Alla chefer har gått en halvdags utbildning i jämställdhetsintegrering." },
          9: { comment: "Inga konkreta förbättringar i verksamheterna kan ännu visas." },
        },
      },
      {
        occasion: "BM5",
        date: "2020-02-11",
        participants: WITH_POLITICIANS,
        scores: [3, 2, 2, 2.5, 2.5, 2.5, 2, 2, 1.5, 2],
        comments: {
          1: { comment: "Regionfullmäktige har antagit en plan för jämställdhetsintegrering." },
          9: { comment: "Väntetiderna i ortopedin har analyserats per kön; åtgärder planeras." },
        },
      },
      {
        occasion: "Uppstart 2026",
        date: "2026-09-15",
        participants: LEADERSHIP,
        scores: [3, 2.5, 2.5, 2.5, 3, 2.5, 2, 2, 2, 2.5],
        comments: {
          7: { comment: "Mallen för tjänsteskrivelser har fått ett obligatoriskt avsnitt om jämställdhet." },
        },
      },
    ],
  },
];

export interface DemoMeasure {
  readonly itemNo: number;
  /** The occasion whose score raised it. */
  readonly raisedAt: string;
  readonly title: string;
  readonly owner: string;
  readonly dueDate: string;
  readonly status: MeasureStatus;
  /** For a measure done: the day it was done. */
  readonly doneOn?: string;
}

/** Norrbotten's improvement agenda: measures done after BM3, one after BM5, and some still open. */
export const DEMO_MEASURES: readonly DemoMeasure[] = [
  {
    itemNo: 2,
    raisedAt: "BM3",
    title: "Regionstyrelsen begär återrapportering av jämställdhetsarbetet i delårsrapporten.",
    owner: "Regiondirektör",
    dueDate: "2019-09-30",
    status: "done",
    doneOn: "2019-09-24",
  },
  {
    itemNo: 7,
    raisedAt: "BM3",
    title: "Gör avsnittet om påverkan avseende jämställdhet obligatoriskt i mallen för tjänsteskrivelse.",
    owner: "Kanslichef",
    dueDate: "2019-10-31",
    status: "done",
    doneOn: "2019-10-15",
  },
  {
    itemNo: 10,
    raisedAt: "BM3",
    title: "Skriv en metodbeskrivning för jämställda beslut som nämnderna kan använda.",
    owner: "Jämställdhetsstrateg",
    dueDate: "2019-12-31",
    status: "done",
    doneOn: "2019-12-10",
  },
  {
    itemNo: 6,
    raisedAt: "BM5",
    title: "Se till att all individbaserad statistik i uppföljningssystemet kan delas upp på kön.",
    owner: "Analyschef",
    dueDate: "2020-09-30",
    status: "done",
    doneOn: "2020-09-15",
  },
  {
    itemNo: 3,
    raisedAt: "BM5",
    title:
      "Förtydliga i uppdragsdialogerna att cheferna ansvarar för att besluten om jämställdhetsintegrering genomförs.",
    owner: "Regiondirektör",
    dueDate: "2027-03-31",
    status: "in_progress",
  },
  {
    itemNo: 4,
    raisedAt: "BM5",
    title: "Introduktionsutbildning i jämställdhetsintegrering för alla nya chefer.",
    owner: "HR-direktör",
    dueDate: "2027-06-30",
    status: "planned",
  },
  {
    itemNo: 8,
    raisedAt: "BM5",
    title: "Redovisa verksamheternas resultat för kvinnor och män i årsredovisningen.",
    owner: "Ekonomidirektör",
    dueDate: "2027-02-28",
    status: "planned",
  },
];
