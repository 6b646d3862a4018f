import { GAVLEBORG, NORRBOTTEN, VASTERBOTTEN } from "./demo-data.js";

/**
 * The demo benchmarking network: SKR (demo) runs the round the three northern regions took
 * part in, with one learning meeting on each of the usual themes, and a later round where
 * Norrbotten, having finished the first, is a mentor. Written for the demo; no real minutes.
 */

export interface DemoLearningMeeting {
  readonly date: string;
  readonly theme: string;
  readonly notes: string;
  readonly participants: ReadonlyArray<{ readonly organisation: string; readonly roles: readonly string[] }>;
  readonly lessons: ReadonlyArray<{ readonly organisation: string; readonly text: string }>;
}

export const DEMO_FIRST_ROUND = {
  name: "Modellregioner 2018–2020",
  startsOn: "2018-09-01",
  endsOn: "2020-02-29",
  group: "Grupp Nord",
  members: [NORRBOTTEN, VASTERBOTTEN, GAVLEBORG],
  sharing: [
    { organisation: NORRBOTTEN, level: "group", includeComments: false },
    { organisation: VASTERBOTTEN, level: "group", includeComments: false },
    { organisation: GAVLEBORG, level: "network", includeComments: true },
  ],
} as const;

const SKR_ROLES = ["processledare", "utredare"];

export const DEMO_FIRST_ROUND_MEETINGS: readonly DemoLearningMeeting[] = [
  {
    date: "2018-10-16",
    theme: "System för styrning och ledning",
    notes:
      "Träff i Luleå. Varje region visade var jämställdhet syns i mål- och budgetprocessen i dag. Gemensam slutsats: målen finns men följs sällan upp med könsuppdelade resultat.",
    participants: [
      { organisation: NORRBOTTEN, roles: ["regionråd", "regiondirektör", "jämställdhetsstrateg"] },
      { organisation: VASTERBOTTEN, roles: ["regionråd", "ekonomidirektör", "jämställdhetsstrateg"] },
      { organisation: GAVLEBORG, roles: ["biträdande regiondirektör", "controller"] },
    ],
    lessons: [
      {
        organisation: NORRBOTTEN,
        text: "Uppdraget måste stå i regionplanen och inte bara i en separat jämställdhetsplan, annars försvinner det när budgeten läggs.",
      },
      {
        organisation: NORRBOTTEN,
        text: "Regiondirektörens ledningsgrupp ska följa arbetet två gånger per år med samma mått som övrig verksamhet.",
      },
      {
        organisation: VASTERBOTTEN,
        text: "Vi behöver en tydlig ägare i förvaltningsledningen; strategen kan stödja men inte bära ansvaret ensam.",
      },
      {
        organisation: GAVLEBORG,
        text: "Gävleborgs ägardirektiv till bolagen saknar krav på jämställdhet, vilket vi tar med till nästa revidering.",
      },
    ],
  },
  {
    date: "2019-02-12",
    theme: "Systematiskt förbättringsarbete",
    notes:
      "Träff i Umeå om hur förbättringsarbete drivs i små steg: välj en verksamhet, mät, pröva en förändring, mät igen. Västerbotten visade sitt arbete med väntetider till ortopedin.",
    participants: [
      { organisation: NORRBOTTEN, roles: ["verksamhetsutvecklare", "jämställdhetsstrateg"] },
      { organisation: VASTERBOTTEN, roles: ["förvaltningschef", "verksamhetsutvecklare", "jämställdhetsstrateg"] },
      { organisation: GAVLEBORG, roles: ["kvalitetschef", "jämställdhetsstrateg"] },
    ],
    lessons: [
      {
        organisation: NORRBOTTEN,
        text: "Börja med en verksamhet där det redan finns könsuppdelad statistik, så att första förbättringen syns snabbt.",
      },
      {
        organisation: VASTERBOTTEN,
        text: "Skillnaden i väntetid mellan kvinnor och män minskade när remisserna bedömdes med samma mall; mallen sprids nu till fler kliniker.",
      },
      {
        organisation: VASTERBOTTEN,
        text: "Förbättringsarbetet fastnar om ingen i linjen får tid avsatt för det.",
      },
      {
        organisation: GAVLEBORG,
        text: "Vi lägger in jämställdhet som en fast fråga i regionens befintliga modell för förbättringsarbete i stället för att bygga en egen.",
      },
    ],
  },
  {
    date: "2019-05-14",
    theme: "Analys och uppföljning",
    notes:
      "Träff i Gävle om att analysera, inte bara redovisa, könsuppdelad statistik. Övning i att gå från siffra till förklaring till åtgärd med regionernas egna delårsrapporter.",
    participants: [
      { organisation: NORRBOTTEN, roles: ["analytiker", "controller", "jämställdhetsstrateg"] },
      { organisation: VASTERBOTTEN, roles: ["analytiker", "controller"] },
      { organisation: GAVLEBORG, roles: ["analytiker", "controller", "jämställdhetsstrateg"] },
    ],
    lessons: [
      {
        organisation: NORRBOTTEN,
        text: "Delårsrapporten redovisar kön i tabellerna men analysen saknas; nästa rapport får en fast rubrik för skillnader och förklaringar.",
      },
      {
        organisation: VASTERBOTTEN,
        text: "Controllerna behöver samma utbildning som strategerna, det är de som skriver uppföljningen.",
      },
      {
        organisation: GAVLEBORG,
        text: "Kostnad per patient uppdelad på kön väckte frågor i ledningen som ingen annan siffra har gjort.",
      },
      {
        organisation: GAVLEBORG,
        text: "Små tal måste hanteras varsamt: vi slår ihop år hellre än att visa enskilda personer.",
      },
    ],
  },
  {
    date: "2019-09-24",
    theme: "Kommunikation",
    notes:
      "Träff hos SKR i Stockholm om att berätta om arbetet så att det blir begripligt för politiker, medarbetare och invånare. Kommunikatörerna övade på att skriva om en verksamhets resultat för kvinnor och män.",
    participants: [
      { organisation: NORRBOTTEN, roles: ["kommunikatör", "jämställdhetsstrateg"] },
      { organisation: VASTERBOTTEN, roles: ["kommunikationschef", "regionråd"] },
      { organisation: GAVLEBORG, roles: ["kommunikatör"] },
    ],
    lessons: [
      {
        organisation: NORRBOTTEN,
        text: "Konkreta exempel från vården säger mer än begreppet jämställdhetsintegrering; vi samlar tre exempel att använda i all kommunikation.",
      },
      {
        organisation: VASTERBOTTEN,
        text: "Politikerna vill kunna svara på frågan ”vad har det gett?” och behöver korta underlag med resultat, inte metodbeskrivningar.",
      },
      {
        organisation: GAVLEBORG,
        text: "Intranätet får en egen sida med checklistans resultat så att medarbetarna ser var regionen står.",
      },
    ],
  },
  {
    date: "2019-12-03",
    theme: "Kultur och hållbart förbättringsarbete",
    notes:
      "Träff i Luleå om hur arbetet överlever personbyten och omorganisationer. Samtal om normer i den egna organisationen och om vad som händer när projektmedlen tar slut.",
    participants: [
      { organisation: NORRBOTTEN, roles: ["regiondirektör", "HR-direktör", "jämställdhetsstrateg"] },
      { organisation: VASTERBOTTEN, roles: ["HR-strateg", "jämställdhetsstrateg"] },
      { organisation: GAVLEBORG, roles: ["regionråd", "jämställdhetsstrateg"] },
    ],
    lessons: [
      {
        organisation: NORRBOTTEN,
        text: "Arbetet är sårbart när det hänger på en person; rutinerna ska stå i ledningssystemet så att de överlever byten.",
      },
      {
        organisation: NORRBOTTEN,
        text: "Chefsintroduktionen får ett pass om jämställda beslut från och med våren.",
      },
      {
        organisation: VASTERBOTTEN,
        text: "Normerna syns i vem som får ordet på möten; vi prövar att följa upp talartid i två ledningsgrupper.",
      },
      {
        organisation: GAVLEBORG,
        text: "Att arbetet finansieras inom ordinarie budget efter omgången är den viktigaste signalen om att det är på riktigt.",
      },
    ],
  },
];

export const DEMO_SKR_ROLES = SKR_ROLES;

export const DEMO_SECOND_ROUND = {
  name: "Jämställd styrning 2026–2027",
  startsOn: "2026-09-01",
  group: "Grupp Nord 2026",
  members: [VASTERBOTTEN, GAVLEBORG],
  mentor: NORRBOTTEN,
  mentorThemes: ["System för styrning och ledning"],
  meeting: {
    date: "2026-10-20",
    theme: "System för styrning och ledning",
    notes:
      "Första träffen i omgången. Region Norrbotten berättar, som mentor, hur jämställdhet fördes in i regionplanen och budgetprocessen under förra omgången och vad som var svårast.",
    participants: [
      { organisation: VASTERBOTTEN, roles: ["regionråd", "jämställdhetsstrateg"] },
      { organisation: GAVLEBORG, roles: ["regiondirektör", "controller"] },
      { organisation: NORRBOTTEN, roles: ["jämställdhetsstrateg (mentor)"] },
    ],
    lessons: [],
  } satisfies DemoLearningMeeting,
} as const;
