import type { TFunction } from "i18next";
import { type ChecklistDefinition, definitionProblems } from "../../../core/index.js";
import type { FormProblems } from "../../hooks/form-problems.js";
import { parseDecimal } from "./checklist-format.js";

/**
 * A checklist definition as the administrator types it: numbers as text (in Swedish with a
 * decimal comma), and rows with keys of their own so that adding and removing rows keeps
 * React's and the user's place.
 */
export interface DefinitionDraft {
  readonly nameSv: string;
  readonly nameEn: string;
  readonly min: string;
  readonly max: string;
  readonly step: string;
  readonly anchors: readonly AnchorRow[];
  readonly items: readonly ItemRow[];
}

export interface AnchorRow {
  readonly key: number;
  readonly value: string;
  readonly sv: string;
  readonly en: string;
}

export interface ItemRow {
  readonly key: number;
  readonly sv: string;
  readonly en: string;
}

let nextKey = 1;
/** A key for a new row, unique within the page. */
export function rowKey(): number {
  nextKey += 1;
  return nextKey;
}

export function emptyDraft(): DefinitionDraft {
  return {
    nameSv: "",
    nameEn: "",
    min: "1",
    max: "4",
    step: "1",
    anchors: [{ key: rowKey(), value: "", sv: "", en: "" }],
    items: [{ key: rowKey(), sv: "", en: "" }],
  };
}

/** A saved definition as a draft to change; `typed` writes a number as the user would type it. */
export function draftOfDefinition(definition: ChecklistDefinition, typed: (value: number) => string): DefinitionDraft {
  return {
    nameSv: definition.name.sv,
    nameEn: definition.name.en,
    min: typed(definition.scale.min),
    max: typed(definition.scale.max),
    step: typed(definition.scale.step),
    anchors: definition.anchors.map((anchor) => ({
      key: rowKey(),
      value: typed(anchor.value),
      sv: anchor.text.sv,
      en: anchor.text.en,
    })),
    items: definition.items.map((item) => ({ key: rowKey(), sv: item.text.sv, en: item.text.en })),
  };
}

/** The ids of a draft's fields, relative to the form's prefix, in the order they appear. */
export function draftFields(draft: DefinitionDraft): string[] {
  return [
    "nameSv",
    "nameEn",
    "scaleMin",
    "scaleMax",
    "scaleStep",
    "anchors",
    ...draft.anchors.flatMap((_, index) => [`anchor${index}value`, `anchor${index}sv`]),
    "items",
    ...draft.items.map((_, index) => `item${index + 1}sv`),
  ];
}

function isBlankAnchor(row: AnchorRow): boolean {
  return row.value.trim() === "" && row.sv.trim() === "" && row.en.trim() === "";
}

function isBlankItem(row: ItemRow): boolean {
  return row.sv.trim() === "" && row.en.trim() === "";
}

/** Rows left entirely empty are not part of the definition. */
export function withoutBlankRows(draft: DefinitionDraft): DefinitionDraft {
  return {
    ...draft,
    anchors: draft.anchors.filter((a) => !isBlankAnchor(a)),
    items: draft.items.filter((i) => !isBlankItem(i)),
  };
}

export type ParsedDraft =
  | { readonly kind: "ok"; readonly definition: ChecklistDefinition }
  | { readonly kind: "problems"; readonly problems: FormProblems };

/**
 * Reads a draft (without its blank rows) as a definition, and checks it with the same rules the
 * API applies (definitionProblems), each problem tied to its field.
 */
export function parseDraft(draft: DefinitionDraft, t: TFunction): ParsedDraft {
  const fields: Record<string, string> = {};
  const add = (field: string, message: string) => {
    fields[field] ??= message;
  };
  const number = (field: string, text: string): number => {
    const value = parseDecimal(text);
    if (value === null) add(field, t("checklistPages.definitions.errors.number"));
    return value ?? Number.NaN;
  };
  if (draft.nameSv.trim() === "") add("nameSv", t("checklistPages.definitions.errors.nameSv"));
  const min = number("scaleMin", draft.min);
  const max = number("scaleMax", draft.max);
  const step = number("scaleStep", draft.step);
  const anchors = draft.anchors.map((row, index) => {
    if (row.sv.trim() === "") add(`anchor${index}sv`, t("checklistPages.definitions.errors.anchorText"));
    return { value: number(`anchor${index}value`, row.value), text: { sv: row.sv.trim(), en: row.en.trim() } };
  });
  const items = draft.items.map((row, index) => ({ no: index + 1, text: { sv: row.sv.trim(), en: row.en.trim() } }));
  const definition: ChecklistDefinition = {
    name: { sv: draft.nameSv.trim(), en: draft.nameEn.trim() },
    scale: { min, max, step },
    anchors,
    items,
  };
  if (Object.keys(fields).length === 0) {
    for (const problem of definitionProblems(definition)) {
      switch (problem.kind) {
        case "scale_range":
          add("scaleMax", t("checklistPages.definitions.errors.scaleRange"));
          break;
        case "scale_step":
          add("scaleStep", t("checklistPages.definitions.errors.scaleStep"));
          break;
        case "anchor_off_scale":
          add(
            `anchor${anchors.findIndex((a) => a.value === problem.value)}value`,
            t("checklistPages.definitions.errors.anchorOffScale"),
          );
          break;
        case "anchor_duplicate":
          add(
            `anchor${anchors.findLastIndex((a) => a.value === problem.value)}value`,
            t("checklistPages.definitions.errors.anchorDuplicate"),
          );
          break;
        case "no_items":
          add("items", t("checklistPages.definitions.errors.noItems"));
          break;
        case "item_numbers":
          add("items", t("checklistPages.definitions.errors.noItems"));
          break;
        case "item_text":
          add(`item${problem.no}sv`, t("checklistPages.definitions.errors.itemText", { no: problem.no }));
          break;
      }
    }
  }
  if (Object.keys(fields).length > 0) {
    return { kind: "problems", problems: { message: t("ui.form.errorSummary"), fields } };
  }
  return { kind: "ok", definition };
}
