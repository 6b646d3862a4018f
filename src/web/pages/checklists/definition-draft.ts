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

/** Whether two drafts hold the same texts and rows (the rows' keys aside): nothing to lose between them. */
export function sameDraftContent(a: DefinitionDraft, b: DefinitionDraft): boolean {
  const content = (draft: DefinitionDraft) =>
    JSON.stringify([
      draft.nameSv,
      draft.nameEn,
      draft.min,
      draft.max,
      draft.step,
      draft.anchors.map((row) => [row.value, row.sv, row.en]),
      draft.items.map((row) => [row.sv, row.en]),
    ]);
  return content(a) === content(b);
}

export type ParsedDraft =
  | { readonly kind: "ok"; readonly definition: ChecklistDefinition }
  | { readonly kind: "problems"; readonly problems: FormProblems };

/**
 * Reads a draft as a definition, leaving out rows that are entirely empty, and checks it with
 * the same rules the API applies (definitionProblems) together with the form's own (a Swedish
 * name, numbers that are numbers): every problem at once, each tied to its field. Field ids
 * follow the rows as shown, blank ones included, so that the draft can stay as the user left it.
 */
export function parseDraft(draft: DefinitionDraft, t: TFunction): ParsedDraft {
  const fields: Record<string, string> = {};
  const add = (field: string, message: string) => {
    fields[field] ??= message;
  };
  const number = (field: string, text: string): number | null => {
    const value = parseDecimal(text);
    if (value === null) add(field, t("checklistPages.definitions.errors.number"));
    return value;
  };
  if (draft.nameSv.trim() === "") add("nameSv", t("checklistPages.definitions.errors.nameSv"));
  const min = number("scaleMin", draft.min);
  const max = number("scaleMax", draft.max);
  const step = number("scaleStep", draft.step);
  const scaleTyped = min !== null && max !== null && step !== null;
  const anchorRows = draft.anchors
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !isBlankAnchor(row))
    .map(({ row, index }) => {
      if (row.sv.trim() === "") add(`anchor${index}sv`, t("checklistPages.definitions.errors.anchorText"));
      return { index, value: number(`anchor${index}value`, row.value), text: { sv: row.sv.trim(), en: row.en.trim() } };
    });
  const itemRows = draft.items.map((row, index) => ({ row, index })).filter(({ row }) => !isBlankItem(row));
  const definition: ChecklistDefinition = {
    name: { sv: draft.nameSv.trim(), en: draft.nameEn.trim() },
    scale: { min: min ?? Number.NaN, max: max ?? Number.NaN, step: step ?? Number.NaN },
    anchors: anchorRows.map((anchor) => ({ value: anchor.value ?? Number.NaN, text: anchor.text })),
    items: itemRows.map(({ row }, position) => ({
      no: position + 1,
      text: { sv: row.sv.trim(), en: row.en.trim() },
    })),
  };
  const problems = definitionProblems(definition);
  // Where the scale itself is wrong or untyped, whether an anchor lies on it says nothing.
  const scaleWrong = !scaleTyped || problems.some((p) => p.kind === "scale_range" || p.kind === "scale_step");
  const anchorField = (value: number, last: boolean) => {
    const typed = anchorRows.filter((anchor) => anchor.value === value);
    const anchor = last ? typed.at(-1) : typed[0];
    return anchor ? `anchor${anchor.index}value` : "anchors";
  };
  for (const problem of problems) {
    switch (problem.kind) {
      case "scale_range":
        if (scaleTyped) add("scaleMax", t("checklistPages.definitions.errors.scaleRange"));
        break;
      case "scale_step":
        if (scaleTyped) add("scaleStep", t("checklistPages.definitions.errors.scaleStep"));
        break;
      case "anchor_off_scale":
        // An anchor whose value is no number already has its own message.
        if (!scaleWrong && Number.isFinite(problem.value)) {
          add(anchorField(problem.value, false), t("checklistPages.definitions.errors.anchorOffScale"));
        }
        break;
      case "anchor_duplicate":
        add(anchorField(problem.value, true), t("checklistPages.definitions.errors.anchorDuplicate"));
        break;
      case "no_items":
      case "item_numbers":
        add("items", t("checklistPages.definitions.errors.noItems"));
        break;
      case "item_text": {
        const shown = itemRows[problem.no - 1]?.index ?? problem.no - 1;
        add(`item${shown + 1}sv`, t("checklistPages.definitions.errors.itemText", { no: shown + 1 }));
        break;
      }
    }
  }
  if (Object.keys(fields).length > 0) {
    return { kind: "problems", problems: { message: t("ui.form.errorSummary"), fields } };
  }
  return { kind: "ok", definition };
}
