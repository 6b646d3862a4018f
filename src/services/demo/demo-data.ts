import type { BodyKind, OrganisationKind, Role } from "../../core/index.js";

/** The password of every demo account. Demo accounts exist only in the demo data. */
export const DEMO_PASSWORD = "jamt-demo-2026";

export interface DemoOrganisation {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly bodies: ReadonlyArray<{ readonly name: string; readonly kind: BodyKind }>;
  readonly departments: readonly string[];
}

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly roles: ReadonlyArray<{ readonly organisation: string; readonly role: Role }>;
}

export const NORRBOTTEN = "Region Norrbotten (demo)";
export const VASTERBOTTEN = "Region Västerbotten (demo)";
/** A third region with no accounts, so that a benchmarking group of three can be shown. */
export const GAVLEBORG = "Region Gävleborg (demo)";
/** The organiser of the demo benchmarking network. */
export const SKR = "SKR (demo)";

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    name: NORRBOTTEN,
    kind: "region",
    bodies: [
      { name: "Regionfullmäktige", kind: "council" },
      { name: "Regionstyrelsen", kind: "board" },
      { name: "Regionala utvecklingsnämnden", kind: "committee" },
      { name: "Hälso- och sjukvårdsnämnden", kind: "committee" },
      { name: "Patientnämnden", kind: "committee" },
    ],
    departments: [
      "Regiondirektörens stab",
      "Kansliavdelningen",
      "Ekonomiavdelningen",
      "HR-avdelningen",
      "Regional utveckling",
      "Hälso- och sjukvård",
      "Kommunikationsavdelningen",
    ],
  },
  {
    name: VASTERBOTTEN,
    kind: "region",
    bodies: [
      { name: "Regionfullmäktige", kind: "council" },
      { name: "Regionstyrelsen", kind: "board" },
      { name: "Regionala utvecklingsnämnden", kind: "committee" },
    ],
    departments: ["Regionledningsstaben", "Hälso- och sjukvård", "Regional utveckling"],
  },
  {
    name: GAVLEBORG,
    kind: "region",
    bodies: [
      { name: "Regionfullmäktige", kind: "council" },
      { name: "Regionstyrelsen", kind: "board" },
    ],
    departments: ["Regionstaben"],
  },
  { name: SKR, kind: "network_organiser", bodies: [], departments: ["Avdelningen för ekonomi och styrning"] },
];

/** One account per role in Norrbotten, and two in Västerbotten so that separation can be seen. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "handlaggare@norrbotten.demo",
    displayName: "Hanna Lind",
    roles: [{ organisation: NORRBOTTEN, role: "case_officer" }],
  },
  {
    email: "granskare@norrbotten.demo",
    displayName: "Greta Nilsson",
    roles: [{ organisation: NORRBOTTEN, role: "reviewer" }],
  },
  {
    email: "sekreterare@norrbotten.demo",
    displayName: "Sören Berg",
    roles: [{ organisation: NORRBOTTEN, role: "secretary" }],
  },
  {
    email: "fortroendevald@norrbotten.demo",
    displayName: "Fredrik Åström",
    roles: [{ organisation: NORRBOTTEN, role: "elected_member" }],
  },
  {
    email: "analytiker@norrbotten.demo",
    displayName: "Amina Johansson",
    roles: [
      { organisation: NORRBOTTEN, role: "analyst" },
      { organisation: VASTERBOTTEN, role: "analyst" },
    ],
  },
  { email: "chef@norrbotten.demo", displayName: "Karin Öberg", roles: [{ organisation: NORRBOTTEN, role: "manager" }] },
  {
    email: "admin@norrbotten.demo",
    displayName: "Ali Persson",
    roles: [{ organisation: NORRBOTTEN, role: "administrator" }],
  },
  {
    email: "koordinator@norrbotten.demo",
    displayName: "Nora Sundberg",
    roles: [
      { organisation: SKR, role: "network_coordinator" },
      { organisation: NORRBOTTEN, role: "network_coordinator" },
    ],
  },
  {
    email: "admin@vasterbotten.demo",
    displayName: "Vera Holm",
    roles: [{ organisation: VASTERBOTTEN, role: "administrator" }],
  },
  {
    email: "handlaggare@vasterbotten.demo",
    displayName: "Viktor Eriksson",
    roles: [{ organisation: VASTERBOTTEN, role: "case_officer" }],
  },
];
