import "../../styles/cases.css";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { importCaseFile, MAX_IMPORT_BYTES } from "../../api/case-api.js";
import type { ImportTarget } from "../../api/case-types.js";
import { ApiError } from "../../api/client.js";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";
import { ErrorAlert, FormAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromChecks } from "../../hooks/form-problems.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { organisationPath } from "../../session/home-path.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { activeUnits, type CaseLookups, loadCaseLookups } from "./case-lookups.js";
import { type FileResult, ImportResults } from "./import-results.js";

const FIELDS = ["files", "bodyId", "departmentId", "mode", "decidedOn"];
const ACCEPT = ".docx,.pdf,.txt,.md";

type Mode = "draft" | "archived";

/**
 * Importera ärenden: existing documents become drafts (case officers) or archived historical
 * cases (secretaries, with the decision date). Files go up one at a time, each with its own
 * result, so one bad file does not stop the others.
 */
export function CaseImportPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const modes: Mode[] = [
    ...(can(membership, "cases.write") ? (["draft"] as const) : []),
    ...(can(membership, "cases.decide") ? (["archived"] as const) : []),
  ];
  const { resource } = useResource(`import ${orgId}`, (signal) => loadCaseLookups(orgId, signal));
  useDocumentTitle(t("casePages.import.title"), membership.organisation.name);
  return (
    <>
      <p className="case-breadcrumb">
        <Link to={organisationPath(orgId, "arenden")}>{t("casePages.case.backToList")}</Link>
      </p>
      <PageHeading>{t("casePages.import.title")}</PageHeading>
      {modes.length === 0 ? (
        <p>{t("casePages.import.notAllowed")}</p>
      ) : (
        <>
          <p>{t("casePages.import.intro")}</p>
          {resource.state === "loading" && <Loading />}
          {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
          {resource.state === "ready" && <ImportForm orgId={orgId} lookups={resource.data} modes={modes} />}
        </>
      )}
    </>
  );
}

interface ImportFormProps {
  readonly orgId: string;
  readonly lookups: CaseLookups;
  /** The modes the user may use, at least one. */
  readonly modes: readonly Mode[];
}

function ImportForm({ orgId, lookups, modes }: ImportFormProps) {
  const { t, i18n } = useTranslation();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [bodyId, setBodyId] = useState("");
  const [departmentId, setDepartmentId] = useState("");
  const [mode, setMode] = useState<Mode>(modes[0] ?? "draft");
  const [decidedOn, setDecidedOn] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [results, setResults] = useState<readonly FileResult[]>([]);
  const [progress, setProgress] = useState("");
  const [running, setRunning] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const bodies = activeUnits(lookups.bodies, null, i18n.language);
  const departments = activeUnits(lookups.departments, null, i18n.language);
  const filesMessages = fieldMessageIds("import-files", t("casePages.import.filesHint"), problems?.fields.files);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      files: files.length === 0 && t("casePages.import.filesRequired"),
      bodyId: bodyId === "" && t("casePages.import.bodyRequired"),
      decidedOn: mode === "archived" && decidedOn === "" && t("casePages.import.decidedOnRequired"),
    });
    setProblems(found);
    if (found) return;
    const target: ImportTarget =
      mode === "draft"
        ? { kind: "draft", bodyId, departmentId: departmentId || null }
        : { kind: "archived", bodyId, departmentId: departmentId || null, decidedOn };
    const queue = [...files];
    setRunning(true);
    setResults(queue.map((file) => ({ kind: "waiting", fileName: file.name })));
    setProgress(t("casePages.import.started", { total: queue.length }));
    // The results heading takes focus, so that the progress below it is where reading continues.
    window.setTimeout(() => resultsHeading.current?.focus(), 0);
    let succeeded = 0;
    for (const [index, file] of queue.entries()) {
      setProgress(t("casePages.import.progress", { number: index + 1, total: queue.length, file: file.name }));
      const result = await importOne(orgId, file, target, t("documents.unreadable.tooLarge"));
      if (result.kind === "created") succeeded += 1;
      setResults((current) => current.map((r, i) => (i === index ? result : r)));
    }
    setProgress(t("casePages.import.done", { succeeded, failed: queue.length - succeeded, total: queue.length }));
    setRunning(false);
  };

  return (
    <>
      <form
        noValidate
        className="form case-import-form"
        onSubmit={(event) => void start(event)}
        aria-labelledby="page-heading"
      >
        <FormAlert problems={problems} idPrefix="import" fields={FIELDS} />
        <div className={problems?.fields.files ? "field field-invalid" : "field"}>
          <label htmlFor="import-files">{t("casePages.import.files")}</label>
          <FieldMessages id="import-files" hint={t("casePages.import.filesHint")} error={problems?.fields.files} />
          <input
            type="file"
            id="import-files"
            className="case-file-input"
            multiple
            accept={ACCEPT}
            aria-describedby={filesMessages.describedBy}
            aria-invalid={problems?.fields.files ? true : undefined}
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
          />
        </div>
        <SelectField
          id="import-bodyId"
          label={t("casePages.fields.body")}
          value={bodyId}
          options={[
            { value: "", label: t("casePages.new.chooseBody") },
            ...bodies.map((body) => ({ value: body.id, label: body.name })),
          ]}
          onValueChange={setBodyId}
          error={problems?.fields.bodyId}
        />
        <SelectField
          id="import-departmentId"
          label={t("casePages.fields.departmentOptional")}
          value={departmentId}
          options={[
            { value: "", label: t("casePages.fields.noDepartment") },
            ...departments.map((department) => ({ value: department.id, label: department.name })),
          ]}
          onValueChange={setDepartmentId}
        />
        {modes.length > 1 ? (
          <fieldset id="import-mode" className="case-radio-group">
            <legend>{t("casePages.import.mode")}</legend>
            {modes.map((option) => (
              <div className="case-radio" key={option}>
                <input
                  type="radio"
                  id={`import-mode-${option}`}
                  name="import-mode"
                  checked={mode === option}
                  aria-describedby={`import-mode-${option}-hint`}
                  onChange={() => setMode(option)}
                />
                <label htmlFor={`import-mode-${option}`}>{t(`casePages.import.modes.${option}`)}</label>
                <p className="hint case-radio-hint" id={`import-mode-${option}-hint`}>
                  {t(`casePages.import.modeHints.${option}`)}
                </p>
              </div>
            ))}
          </fieldset>
        ) : (
          <p>
            <strong>{t("casePages.import.mode")}:</strong> {t(`casePages.import.modes.${mode}`)}.{" "}
            {t(`casePages.import.modeHints.${mode}`)}
          </p>
        )}
        {mode === "archived" && (
          <TextField
            id="import-decidedOn"
            label={t("casePages.import.decidedOn")}
            hint={t("casePages.import.decidedOnHint")}
            type="date"
            value={decidedOn}
            onValueChange={setDecidedOn}
            error={problems?.fields.decidedOn}
          />
        )}
        <div className="actions">
          <button type="submit" aria-disabled={running || undefined}>
            {running ? t("casePages.import.running") : t("casePages.import.submit")}
          </button>
        </div>
      </form>
      <section aria-labelledby="import-results-heading" className="import-results">
        <h2 id="import-results-heading" tabIndex={-1} ref={resultsHeading}>
          {t("casePages.import.resultsHeading")}
        </h2>
        <p role="status">{progress}</p>
        <ImportResults orgId={orgId} results={results} />
      </section>
    </>
  );
}

/** Uploads one file; a refusal becomes that file's result, never an exception. */
async function importOne(orgId: string, file: File, target: ImportTarget, tooLarge: string): Promise<FileResult> {
  if (file.size > MAX_IMPORT_BYTES) return { kind: "failed", fileName: file.name, message: tooLarge };
  try {
    const created = await importCaseFile(orgId, file, target);
    return { kind: "created", fileName: file.name, view: created };
  } catch (error) {
    const message = error instanceof ApiError ? error.message : String(error);
    return { kind: "failed", fileName: file.name, message };
  }
}
