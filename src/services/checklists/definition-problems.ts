import {
  type ChecklistDefinition,
  type DefinitionProblem,
  definitionProblems,
  type ErrorDetail,
  InvalidInputError,
  MAX_SCALE_POINTS,
} from "../../core/index.js";

/** Where a problem lies in the request (`definition.…`) and how to say it. */
export function problemDetail(problem: DefinitionProblem): ErrorDetail {
  switch (problem.kind) {
    case "scale_range":
      return { path: "definition.scale", messageKey: "checklists.problems.scaleRange" };
    case "scale_step":
      return {
        path: "definition.scale.step",
        messageKey: "checklists.problems.scaleStep",
        params: { points: MAX_SCALE_POINTS },
      };
    case "anchor_off_scale":
      return {
        path: "definition.anchors",
        messageKey: "checklists.problems.anchorOffScale",
        params: { value: problem.value },
      };
    case "anchor_duplicate":
      return {
        path: "definition.anchors",
        messageKey: "checklists.problems.anchorDuplicate",
        params: { value: problem.value },
      };
    case "no_items":
      return { path: "definition.items", messageKey: "checklists.problems.noItems" };
    case "item_numbers":
      return { path: "definition.items", messageKey: "checklists.problems.itemNumbers" };
    case "item_text":
      return {
        path: `definition.items.${problem.no - 1}.text.sv`,
        messageKey: "checklists.problems.itemText",
        params: { no: problem.no },
      };
  }
}

/** Texts trimmed, so that "  " counts as no text and stray spaces are not kept. */
export function tidyDefinition(definition: ChecklistDefinition): ChecklistDefinition {
  const text = (value: { sv: string; en: string }) => ({ sv: value.sv.trim(), en: value.en.trim() });
  return {
    name: text(definition.name),
    scale: { ...definition.scale },
    anchors: definition.anchors.map((anchor) => ({ value: anchor.value, text: text(anchor.text) })),
    items: definition.items.map((item) => ({ no: item.no, text: text(item.text) })),
  };
}

/** Refuses a definition with problems, naming every one of them (400 `invalid_checklist`). */
export function assertValidDefinition(definition: ChecklistDefinition): void {
  const problems = definitionProblems(definition);
  if (problems.length > 0) {
    throw new InvalidInputError("checklists.errors.invalidChecklist", {}, problems.map(problemDetail));
  }
}
