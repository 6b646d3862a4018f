import { foldText, isSexDimension } from "./sex-codes.js";

/**
 * What each dimension of an SCB table is, from its id, label and the roles JSON-stat declares:
 * SCB names them `Tid`, `ContentsCode`, `Region`, `Kon`, `Alder` in every table, with Swedish
 * or English labels, but not always with roles, and never in a fixed order.
 */
export type DimensionRole = "time" | "metric" | "sex" | "area" | "age" | "other";

export interface ClassifiedDimension {
  readonly id: string;
  readonly label: string | null;
  readonly role: DimensionRole;
}

/** Roles a JSON-stat dataset declares, by dimension id. */
export interface DeclaredRoles {
  readonly time?: readonly string[] | null;
  readonly geo?: readonly string[] | null;
  readonly metric?: readonly string[] | null;
}

const TIME = new Set(["tid", "time", "ar", "year", "period", "manad", "month", "kvartal", "quarter"]);
const METRIC = new Set(["contentscode", "tabellinnehall", "contents"]);
const AREA = new Set(["region", "kommun", "lan", "omrade", "area", "geo", "municipality", "county"]);
const AGE = new Set(["alder", "age", "aldersgrupp", "aldersklass", "age group", "age class"]);

function named(names: ReadonlySet<string>, id: string, label: string | null): boolean {
  return names.has(foldText(id)) || (label !== null && names.has(foldText(label)));
}

function roleOf(id: string, label: string | null, declared: DeclaredRoles): DimensionRole {
  if (declared.time?.includes(id) || named(TIME, id, label)) return "time";
  if (declared.metric?.includes(id) || named(METRIC, id, label)) return "metric";
  if (isSexDimension(id, label)) return "sex";
  if (declared.geo?.includes(id) || named(AREA, id, label)) return "area";
  if (named(AGE, id, label)) return "age";
  return "other";
}

/**
 * The role of each dimension, in the order given. Each role but "other" goes to the first
 * dimension that has it; a second one (two region dimensions) is kept as "other", so that no
 * breakdown is lost or merged.
 */
export function classifyDimensions(
  dimensions: readonly { readonly id: string; readonly label: string | null }[],
  declared: DeclaredRoles = {},
): ClassifiedDimension[] {
  const taken = new Set<DimensionRole>();
  return dimensions.map(({ id, label }) => {
    const role = roleOf(id, label, declared);
    if (role === "other" || taken.has(role)) return { id, label, role: "other" };
    taken.add(role);
    return { id, label, role };
  });
}
