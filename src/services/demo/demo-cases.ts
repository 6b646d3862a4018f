import type { CaseSections, DecisionOutcome } from "../../core/index.js";

/**
 * Demo cases for Region Norrbotten (demo), written for Jämt: a few in each step of the
 * workflow, and historical cases from before the region introduced gender impact
 * analyses, so that the follow-up has a before and an after.
 */

export interface DemoCase {
  readonly title: string;
  readonly body: string;
  readonly department: string;
  readonly sections: CaseSections;
  /** How far the demo takes the case. */
  readonly stage: "draft" | "submitted" | "returned" | "scheduled" | "decided";
  readonly reviewComment?: { readonly section: "genderImpact"; readonly text: string };
  readonly decision?: {
    readonly outcome: DecisionOutcome;
    readonly considered: boolean;
    readonly comment: string;
    readonly assignments: readonly { assignee: string; description: string; dueDate: string }[];
  };
}

const HEALTH = "Hälso- och sjukvårdsnämnden";
const DEVELOPMENT = "Regionala utvecklingsnämnden";
const BOARD = "Regionstyrelsen";

export const DEMO_MEETINGS = {
  past: { body: HEALTH, date: "2026-10-15" },
  pastDevelopment: { body: DEVELOPMENT, date: "2026-09-24" },
  upcoming: { body: DEVELOPMENT, date: "2026-12-10" },
} as const;

export const DEMO_CASES: readonly DemoCase[] = [
  {
    title: "Kvällsöppet på Kiruna hälsocentral",
    body: HEALTH,
    department: "Hälso- och sjukvård",
    stage: "decided",
    decision: {
      outcome: "approved",
      considered: true,
      comment: "Nämnden konstaterar att förslaget kan minska skillnaden i vårdsökande mellan kvinnor och män.",
      assignments: [
        {
          assignee: "Hälso- och sjukvårdsdirektören",
          description: "Utvärdera kvällsmottagningen med besök och väntetider uppdelade på kön och ålder.",
          dueDate: "2027-09-30",
        },
      ],
    },
    sections: {
      proposal: [
        "Hälso- och sjukvårdsnämnden beslutar att Kiruna hälsocentral håller öppet till klockan 20 på tisdagar och torsdagar från den 1 februari 2027.",
        "Kostnaden, 1,4 miljoner kronor per år, ryms inom hälso- och sjukvårdens ram.",
      ],
      statement: "",
      summary:
        "Många som arbetar dagtid har svårt att besöka hälsocentralen. Förvaltningen föreslår kvällsöppet två dagar i veckan under ett försöksår.",
      matter: [
        {
          heading: "Bakgrund",
          text: "Hälsocentralen har i dag öppet vardagar 8–17. I patientenkäten 2025 angav var fjärde svarande att öppettiderna gjorde det svårt att söka vård.",
        },
        {
          heading: "Förvaltningens bedömning",
          text: "Två kvällar i veckan kan bemannas med befintlig personal genom schemaförändringar och två nya tjänster som undersköterska.",
        },
      ],
      genderImpact: [
        "Förslaget berör kvinnor och män i Kiruna som listar sig på hälsocentralen, och de medarbetare – till 85 procent kvinnor – som ska arbeta kvällstid.",
        "Enligt regionens vårdstatistik 2025 gjordes 62 procent av besöken av kvinnor och 38 procent av män. Män i åldern 25–54 år söker vård senare och oftare akut.",
        "Kvällsöppet bedöms förbättra tillgängligheten mest för män i skiftarbete inom gruvnäringen, men också för kvinnor med omsorgsansvar för barn. Utan beslut kvarstår dagens skillnad i när kvinnor och män söker vård.",
        "Resurserna fördelas i dag efter vem som kommer på dagtid; det gynnar grupper med flexibla arbetstider. Skillnaden i vårdsökande förklaras delvis av normer om att män ska klara sig själva och är inte motiverad.",
        "För medarbetarna, mest kvinnor, innebär kvällsarbete svårare att få ihop arbete och familj. Schemat läggs därför så att ingen arbetar mer än en kväll per vecka.",
        "Förslaget bidrar till det jämställdhetspolitiska delmålet jämställd hälsa (delmål 5). Sammantaget bedöms påverkan som positiv.",
        "Uppföljning: besök per kön och åldersgrupp redovisas i delårsrapporten till nämnden i september 2027.",
      ].join("\n\n"),
      basis: "Tjänsteskrivelse 2026-09-20. Patientenkät 2025.",
      attachments: "Bilaga 1. Schemaförslag.",
      recipients: ["Hälso- och sjukvårdsdirektören", "Kiruna hälsocentral", "Ekonomiavdelningen"],
    },
  },
  {
    title: "Regional cykelstrategi 2027–2030",
    body: DEVELOPMENT,
    department: "Regional utveckling",
    stage: "decided",
    decision: {
      outcome: "amended",
      considered: true,
      comment: "Nämnden ger i uppdrag att komplettera strategin med resvanor för flickor och pojkar.",
      assignments: [
        {
          assignee: "Regional utvecklingsdirektör",
          description: "Komplettera strategin med en resvaneundersökning uppdelad på kön och ålder.",
          dueDate: "2026-11-15",
        },
      ],
    },
    sections: {
      proposal: ["Regionala utvecklingsnämnden beslutar att anta Regional cykelstrategi 2027–2030."],
      statement: "",
      summary: "Strategin pekar ut hur regionen ska verka för fler och säkrare cykelresor.",
      matter: [
        { heading: "Bakgrund", text: "Strategin har tagits fram tillsammans med länets kommuner och Trafikverket." },
      ],
      genderImpact: [
        "Kvinnor gör fler resor till fots och med kollektivtrafik än män, som oftare kör bil (resvaneundersökningen 2023). Strategin kan därför bidra till att investeringar i infrastruktur fördelas jämnare mellan kvinnor och män.",
        "Det saknas statistik om flickors och pojkars cykelresor till skolan. Den tas fram i en resvaneundersökning 2027.",
        "Slutsatsen är att strategin har en positiv påverkan på jämställdheten.",
      ].join("\n\n"),
      basis: "Remissammanställning 2026-06-30.",
      attachments: "Bilaga 1. Regional cykelstrategi 2027–2030.",
      recipients: ["Länets kommuner", "Trafikverket region Nord"],
    },
  },
  {
    title: "Bidrag till föreningslivet 2027",
    body: DEVELOPMENT,
    department: "Regional utveckling",
    stage: "scheduled",
    sections: {
      proposal: [
        "Regionala utvecklingsnämnden beslutar att fördela 12 miljoner kronor i verksamhetsbidrag enligt bilaga 1.",
      ],
      statement: "",
      summary: "Förslaget fördelar regionens verksamhetsbidrag till länsövergripande föreningar.",
      matter: [],
      genderImpact: [
        "Bidragen når flickor och pojkar, kvinnor och män genom föreningarnas verksamhet. Av deltagartillfällena 2025 var 41 procent flickors och 59 procent pojkars (föreningarnas redovisningar).",
        "Att pojkar får större del av bidragen beror på att idrottsföreningar med fler pojkar får mer. Skillnaden är inte motiverad.",
        "Som åtgärd införs från 2027 krav på att föreningarna redovisar deltagare per kön. Påverkan bedöms som blandad: fördelningen är ojämn men kraven ger underlag för förändring.",
      ].join("\n\n"),
      basis: "Ansökningar 2027.",
      attachments: "Bilaga 1. Fördelning per förening.",
      recipients: ["Föreningarna", "Ekonomiavdelningen"],
    },
  },
  {
    title: "Ny rutin för tolk i vården",
    body: HEALTH,
    department: "Hälso- och sjukvård",
    stage: "submitted",
    sections: {
      proposal: ["Hälso- och sjukvårdsnämnden beslutar att anta rutinen för tolk i vården."],
      statement: "",
      summary:
        "Rutinen gör det enklare att boka tolk och ställer krav på att tolk erbjuds vid varje besök där det behövs.",
      matter: [],
      genderImpact: [
        "Rutinen berör patienter som inte talar svenska. Av de tolkbokningar som gjordes 2025 gällde 58 procent kvinnor och 42 procent män (tolkcentralens statistik).",
        "Kvinnor födda utomlands besöker mödra- och barnhälsovården och får därför oftare tolk. Män söker oftare akut, där tolk sällan bokas i förväg. Rutinen kan därför förbättra vården för män födda utomlands.",
        "Slutsats: förslaget bedöms ha en positiv påverkan.",
      ].join("\n\n"),
      basis: "",
      attachments: "",
      recipients: ["Tolkcentralen"],
    },
  },
  {
    title: "Upphandling av företagshälsovård",
    body: BOARD,
    department: "HR-avdelningen",
    stage: "returned",
    reviewComment: {
      section: "genderImpact",
      text: "Beskriv vilka medarbetare, kvinnor och män, som använder företagshälsovården i dag, och vad sjukskrivningsstatistiken per kön säger.",
    },
    sections: {
      proposal: ["Regionstyrelsen beslutar att upphandla företagshälsovård för perioden 2027–2030."],
      statement: "",
      summary: "Nuvarande avtal löper ut i juni 2027.",
      matter: [],
      genderImpact:
        "Beslutet bedöms inte ha någon påverkan avseende jämställdhet. Alla medarbetare behandlas lika oavsett kön.",
      basis: "",
      attachments: "",
      recipients: ["HR-direktören"],
    },
  },
  {
    title: "Digitala vårdbesök för unga",
    body: HEALTH,
    department: "Hälso- och sjukvård",
    stage: "draft",
    sections: {
      proposal: ["Hälso- och sjukvårdsnämnden beslutar att erbjuda digitala besök på ungdomsmottagningarna."],
      statement: "",
      summary: "",
      matter: [],
      genderImpact: "Förslaget berör alla unga i länet.",
      basis: "",
      attachments: "",
      recipients: [],
    },
  },
];

/** Historical cases, imported as the text they were written in, decided before the analyses began. */
export const DEMO_HISTORICAL_CASES: readonly {
  readonly body: string;
  readonly decidedOn: string;
  readonly text: string;
}[] = [
  {
    body: HEALTH,
    decidedOn: "2018-03-14",
    text: "Dnr 0231-2018\nNy ambulansstation i Pajala\n\nFörslag till beslut\n1. Hälso- och sjukvårdsnämnden beslutar att bygga en ny ambulansstation i Pajala.\n\nSammanfattning\nDen nuvarande stationen är för liten.\n\nBeslutsunderlag\nTjänsteskrivelse 2018-02-01.",
  },
  {
    body: DEVELOPMENT,
    decidedOn: "2018-06-07",
    text: "Dnr 0544-2018\nStöd till besöksnäringen\n\nFörslag till beslut\n1. Regionala utvecklingsnämnden beslutar att avsätta 3 miljoner kronor till besöksnäringen.\n\nSammanfattning\nBesöksnäringen växer i länet.\n\nBeslutsunderlag\nTjänsteskrivelse 2018-05-02.",
  },
  {
    body: BOARD,
    decidedOn: "2018-11-21",
    text: "Dnr 1012-2018\nRiktlinje för representation\n\nFörslag till beslut\n1. Regionstyrelsen beslutar att anta riktlinjen.\n\nBeslutsförslagets påverkan avseende jämställdhet\nBeslutet bedöms inte ha någon påverkan avseende jämställdhet.\n\nBeslutsunderlag\nRiktlinje för representation.",
  },
  {
    body: HEALTH,
    decidedOn: "2019-04-10",
    text: "Dnr 0388-2019\nUtökad screening för bukaortaaneurysm\n\nFörslag till beslut\n1. Hälso- och sjukvårdsnämnden beslutar att erbjuda screening till alla 65-åringar.\n\nBeslutsförslagets påverkan avseende jämställdhet\nScreeningen erbjuds i dag bara män, eftersom sjukdomen är vanligare hos män. Kvinnor som röker har också förhöjd risk. Förslaget innebär att kvinnor och män erbjuds screening på samma villkor. Påverkan bedöms som positiv.\n\nBeslutsunderlag\nSocialstyrelsens rekommendation.",
  },
  {
    body: DEVELOPMENT,
    decidedOn: "2019-09-26",
    text: "Dnr 0870-2019\nLänstrafikens sommarkort för unga\n\nFörslag till beslut\n1. Regionala utvecklingsnämnden beslutar att införa sommarkort för unga 13–19 år.\n\nBeslutsförslagets påverkan avseende jämställdhet\nAlla ungdomar behandlas lika oavsett kön.\n\nBeslutsunderlag\nTjänsteskrivelse 2019-08-15.",
  },
];
