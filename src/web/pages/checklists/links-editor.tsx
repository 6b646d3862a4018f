import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EvidenceLink } from "../../api/checklist-types.js";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { RadioGroup } from "../meetings/radio-group.js";
import { type CaseOption, linkText } from "./evidence-links.js";

interface LinksEditorProps {
  /** The fieldset's id; its controls get `${id}-kind`, `${id}-case`, `${id}-url`, `${id}-label`. */
  readonly id: string;
  readonly legend: string;
  readonly links: readonly EvidenceLink[];
  readonly onChange: (links: EvidenceLink[]) => void;
  readonly cases: readonly CaseOption[];
  readonly error?: string | undefined;
}

type Kind = "case" | "url";

/** True for an absolute http or https address. */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The links of a piece of evidence, to a case in Jämt (chosen from the organisation's cases)
 * or to a web address with a label. Adding checks the link at once; the list is part of the
 * surrounding form and saved with it.
 */
export function LinksEditor({ id, legend, links, onChange, cases, error }: LinksEditorProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>(cases.length > 0 ? "case" : "url");
  const [caseId, setCaseId] = useState("");
  const [url, setUrl] = useState("");
  const [label, setLabel] = useState("");
  const [problem, setProblem] = useState<{ field: "case" | "url"; message: string } | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  /** Whether the controls for adding a link are shown; they take room, so they start folded. */
  const [adding, setAdding] = useState(false);
  const names = new Map(cases.map((c) => [c.id, c.label]));
  const { describedBy } = fieldMessageIds(id, undefined, error);

  const add = () => {
    setAdded(null);
    if (kind === "case") {
      if (caseId === "") return fail("case", t("checklistPages.links.caseRequired"));
      if (links.some((link) => link.kind === "case" && link.caseId === caseId)) {
        return fail("case", t("checklistPages.links.duplicate"));
      }
      onChange([...links, { kind: "case", caseId }]);
      setAdded(t("checklistPages.links.added", { link: names.get(caseId) ?? "" }));
      setCaseId("");
    } else {
      if (!isWebAddress(url)) return fail("url", t("checklistPages.links.urlInvalid"));
      const address = url.trim();
      if (links.some((link) => link.kind === "url" && link.url === address)) {
        return fail("url", t("checklistPages.links.duplicate"));
      }
      onChange([...links, { kind: "url", url: address, label: label.trim() }]);
      setAdded(t("checklistPages.links.added", { link: label.trim() || address }));
      setUrl("");
      setLabel("");
    }
    setProblem(null);
  };

  const fail = (field: "case" | "url", message: string) => {
    setProblem({ field, message });
    document.getElementById(`${id}-${field}`)?.focus();
  };

  const remove = (index: number) => {
    const removed = links[index];
    onChange(links.filter((_, i) => i !== index));
    setAdded(removed ? t("checklistPages.links.removed", { link: linkText(removed, names, "") }) : null);
    // The button pressed is gone: focus moves to the editor's "add a link" control, which is always there.
    window.setTimeout(() => document.getElementById(`${id}-add`)?.focus(), 0);
  };

  return (
    <fieldset id={id} className={error ? "links-editor field-invalid" : "links-editor"} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldMessages id={id} error={error} />
      {links.length === 0 ? (
        <p className="muted">{t("checklistPages.links.none")}</p>
      ) : (
        <ul className="evidence-links">
          {links.map((link, index) => {
            const text = linkText(link, names, t("checklistPages.links.unknownCase"));
            return (
              <li key={link.kind === "case" ? `case ${link.caseId}` : `url ${link.url}`}>
                <span className="link-kind">
                  {link.kind === "case" ? t("checklistPages.links.caseKind") : t("checklistPages.links.urlKind")}{" "}
                </span>
                {text}
                {link.kind === "url" && link.label.trim() !== "" && <span className="muted"> ({link.url})</span>}{" "}
                <button type="button" className="button-link" onClick={() => remove(index)}>
                  {t("checklistPages.links.remove")}
                  <span className="visually-hidden"> {text}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <details className="link-adder" open={adding} onToggle={(event) => setAdding(event.currentTarget.open)}>
        <summary id={`${id}-add`}>{t("checklistPages.links.addSummary")}</summary>
        <RadioGroup<Kind>
          id={`${id}-kind`}
          className="inline-radios"
          legend={t("checklistPages.links.addKind")}
          options={[
            { value: "case", label: t("checklistPages.links.caseOption") },
            { value: "url", label: t("checklistPages.links.urlOption") },
          ]}
          value={kind}
          onValueChange={(next) => {
            setKind(next);
            setProblem(null);
          }}
        />
        {kind === "case" ? (
          cases.length === 0 ? (
            <p className="muted">{t("checklistPages.links.noCases")}</p>
          ) : (
            <SelectField
              id={`${id}-case`}
              label={t("checklistPages.links.case")}
              value={caseId}
              options={[
                { value: "", label: t("checklistPages.links.chooseCase") },
                ...cases.map((c) => ({ value: c.id, label: c.label })),
              ]}
              onValueChange={setCaseId}
              error={problem?.field === "case" ? problem.message : undefined}
            />
          )
        ) : (
          <>
            <TextField
              id={`${id}-url`}
              type="url"
              inputMode="url"
              autoComplete="url"
              label={t("checklistPages.links.url")}
              hint={t("checklistPages.links.urlHint")}
              value={url}
              onValueChange={setUrl}
              error={problem?.field === "url" ? problem.message : undefined}
            />
            <TextField
              id={`${id}-label`}
              label={t("checklistPages.links.label")}
              hint={t("checklistPages.links.labelHint")}
              autoComplete="off"
              value={label}
              onValueChange={setLabel}
            />
          </>
        )}
        <button
          type="button"
          className="button-secondary"
          onClick={add}
          disabled={kind === "case" && cases.length === 0}
        >
          {t("checklistPages.links.add")}
        </button>
        <p role="status" className="visually-hidden">
          {added}
        </p>
      </details>
    </fieldset>
  );
}
