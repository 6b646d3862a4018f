import "../../../styles/cases.css";
import "./statistics.css";
import { type FormEvent, type RefObject, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../../api/client.js";
import {
  type ColumnMapping,
  type ImportOutcome,
  type ImportPreview,
  type IndicatorRole,
  importIndicatorFile,
  MAX_INDICATOR_FILE_BYTES,
  MEASURE_KINDS,
  type MeasureKind,
  previewIndicatorFile,
  reasonText,
} from "../../../api/statistics-api.js";
import { ErrorAlert, FormAlert } from "../../../components/form-alert.js";
import { PageHeading } from "../../../components/page-heading.js";
import { SelectField } from "../../../components/select-field.js";
import { TextField } from "../../../components/text-field.js";
import { type FormProblems, problemsFromChecks } from "../../../hooks/form-problems.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { can, useMembership } from "../../../session/organisation-context.js";
import { FileField, RadioGroup } from "./file-field.js";
import { type MappingChoice, MappingFields } from "./mapping-fields.js";
import { PreviewTable, RejectedRows } from "./preview-table.js";
import { statisticsPath } from "./statistics-paths.js";

const FIELDS = ["file", "acceptRejected"];
const ACCEPT = ".csv,.txt,.tsv,.xlsx,.json";
const MAX_MB = MAX_INDICATOR_FILE_BYTES / (1024 * 1024);

/**
 * Importera indikatorer: choose a file, see how its columns are read (one select per field,
 * the preview following each change), the first rows as they would be imported and every
 * rejected row with its number and reason; then import, all at once or nothing. A file with
 * rejected rows is imported only when the user chooses to leave them out.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  useDocumentTitle(t("statisticsPages.import.title"), membership.organisation.name);
  return (
    <>
      <p className="case-breadcrumb">
        <Link to={statisticsPath.list(orgId)}>{t("statisticsPages.common.backToStatistics")}</Link>
      </p>
      <PageHeading>{t("statisticsPages.import.title")}</PageHeading>
      {can(membership, "statistics.manage") ? (
        <ImportForm orgId={orgId} />
      ) : (
        <p>{t("statisticsPages.common.notAllowed")}</p>
      )}
    </>
  );
}

type PreviewState =
  | { readonly state: "none" }
  | { readonly state: "loading" }
  | { readonly state: "failed"; readonly message: string }
  | { readonly state: "ready"; readonly preview: ImportPreview };

function ImportForm({ orgId }: { readonly orgId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [role, setRole] = useState<IndicatorRole>("indicator");
  const [measureKind, setMeasureKind] = useState<MeasureKind | "">("");
  const [unit, setUnit] = useState("");
  const [mapping, setMapping] = useState<MappingChoice>({});
  const [preview, setPreview] = useState<PreviewState>({ state: "none" });
  const [acceptRejected, setAcceptRejected] = useState(false);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [importing, setImporting] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const generation = useRef(0);
  // The result's heading takes focus when a result arrives, so reading continues there.
  useEffect(() => {
    if (outcome) resultHeading.current?.focus();
  }, [outcome]);

  const loadPreview = async (chosen: File, choice: MappingChoice) => {
    const mine = ++generation.current;
    setPreview({ state: "loading" });
    try {
      const answer = await previewIndicatorFile(orgId, chosen, mappingOf(choice));
      if (mine === generation.current) setPreview({ state: "ready", preview: answer });
    } catch (error) {
      if (mine === generation.current)
        setPreview({ state: "failed", message: error instanceof ApiError ? error.message : String(error) });
    }
  };

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setMapping({});
    setOutcome(null);
    setAcceptRejected(false);
    setProblems(null);
    if (!chosen) {
      setPreview({ state: "none" });
      return;
    }
    if (chosen.size > MAX_INDICATOR_FILE_BYTES) {
      setPreview({ state: "failed", message: t("statisticsPages.import.tooLarge", { max: MAX_MB }) });
      return;
    }
    void loadPreview(chosen, {});
  };

  const changeMapping = (next: MappingChoice) => {
    setMapping(next);
    setOutcome(null);
    if (file) void loadPreview(file, next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (importing) return;
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      file: file === null && t("statisticsPages.import.fileRequired"),
    });
    setProblems(found);
    if (found || !file) return;
    setImporting(true);
    try {
      const answer = await importIndicatorFile(orgId, file, {
        role,
        // Measure and unit describe indicators; population figures are counts of inhabitants.
        measureKind: role === "population" || measureKind === "" ? undefined : measureKind,
        unit: role === "population" || unit.trim() === "" ? undefined : unit.trim(),
        mapping: isTable(preview) ? mappingOf(mapping) : undefined,
        acceptRejected,
      });
      setOutcome(answer);
    } catch (error) {
      setProblems({ message: error instanceof ApiError ? error.message : String(error), fields: {} });
    } finally {
      setImporting(false);
    }
  };

  const ready = preview.state === "ready" ? preview.preview : null;
  const rejected = ready?.rejected ?? [];
  const mappingProblems = ready && "problems" in ready ? (ready.problems ?? []) : [];

  return (
    <>
      <p>{t("statisticsPages.import.intro")}</p>
      <form
        noValidate
        className="form statistics-form-wide"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="page-heading"
      >
        <FormAlert problems={problems} idPrefix="import" fields={FIELDS} />
        <FileField
          id="import-file"
          label={t("statisticsPages.import.file")}
          hint={t("statisticsPages.import.fileHint", { max: MAX_MB })}
          accept={ACCEPT}
          error={problems?.fields.file}
          onFile={chooseFile}
        />
        <RadioGroup
          id="import-role"
          legend={t("statisticsPages.import.role")}
          value={role}
          options={(["indicator", "population"] as const).map((value) => ({
            value,
            label: t(`statisticsPages.common.roles.${value}`),
          }))}
          onValueChange={setRole}
        />
        {role === "indicator" && (
          <>
            <SelectField
              id="import-measureKind"
              label={t("statisticsPages.import.measureKind")}
              value={measureKind}
              options={[
                { value: "", label: t("statisticsPages.import.measureKindGuess") },
                ...MEASURE_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`statisticsPages.common.measureKinds.${kind}`),
                })),
              ]}
              onValueChange={(value) => setMeasureKind(value as MeasureKind | "")}
            />
            <TextField
              id="import-unit"
              label={t("statisticsPages.import.unit")}
              hint={t("statisticsPages.import.unitHint")}
              value={unit}
              onValueChange={setUnit}
            />
          </>
        )}

        <div role="status" className="import-preview-status">
          {preview.state === "loading" ? t("statisticsPages.import.previewing") : ""}
        </div>
        {preview.state === "failed" && <ErrorAlert message={preview.message} />}
        {ready && (
          <>
            <p>{t(`statisticsPages.import.format.${ready.format}`)}</p>
            {"headers" in ready && (
              <MappingFields
                headers={ready.headers}
                mapping={ready.mapping}
                choice={mapping}
                onChange={changeMapping}
              />
            )}
            {mappingProblems.length > 0 && (
              <div className="alert alert-error">
                <p className="alert-message">{t("statisticsPages.import.problemsHeading")}</p>
                <ul>
                  {mappingProblems.map((problem) => (
                    <li key={reasonText(problem)}>{reasonText(problem)}</li>
                  ))}
                </ul>
              </div>
            )}
            {(ready.warnings ?? []).length > 0 && (
              <div className="notice">
                <p>
                  <strong>{t("statisticsPages.import.warningsHeading")}</strong>
                </p>
                <ul>
                  {(ready.warnings ?? []).map((warning) => (
                    <li key={reasonText(warning)}>{reasonText(warning)}</li>
                  ))}
                </ul>
              </div>
            )}
            <PreviewTable preview={ready} />
            <section aria-labelledby="rejected-heading">
              <h2 id="rejected-heading">{t("statisticsPages.import.rejectedHeading")}</h2>
              <RejectedRows rejected={rejected} />
            </section>
          </>
        )}
        {/* The preview reads the first rows only; a refused import names rejected rows further down. */}
        {ready && (rejected.length > 0 || outcome?.kind === "rejected") && (
          <div className="field">
            <div className="checkbox">
              <input
                type="checkbox"
                id="import-acceptRejected"
                checked={acceptRejected}
                aria-describedby="import-acceptRejected-hint"
                onChange={(event) => setAcceptRejected(event.target.checked)}
              />
              <label htmlFor="import-acceptRejected">{t("statisticsPages.import.acceptRejected")}</label>
            </div>
            <p className="hint" id="import-acceptRejected-hint">
              {t("statisticsPages.import.acceptRejectedHint")}
            </p>
          </div>
        )}
        <div className="actions">
          <button type="submit" aria-disabled={importing || undefined}>
            {importing ? t("statisticsPages.import.importing") : t("statisticsPages.import.submit")}
          </button>
        </div>
      </form>
      <ImportResult orgId={orgId} outcome={outcome} headingRef={resultHeading} />
    </>
  );
}

function isTable(preview: PreviewState): boolean {
  return preview.state === "ready" && "headers" in preview.preview;
}

/** The fields the user chose, sent as the mapping; the API lays them over its guesses. */
function mappingOf(choice: MappingChoice): ColumnMapping | undefined {
  return Object.keys(choice).length === 0 ? undefined : (choice as ColumnMapping);
}

interface ImportResultProps {
  readonly orgId: string;
  readonly outcome: ImportOutcome | null;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** What the import did: nothing (with the rejected rows), or the figures stored and links to the indicators. */
function ImportResult({ orgId, outcome, headingRef }: ImportResultProps) {
  const { t } = useTranslation();
  return (
    // Always in the page (the live region must exist before its text changes); the heading comes with a result.
    <section aria-labelledby={outcome ? "import-result-heading" : undefined} className="statistics-section">
      {outcome && (
        <h2 id="import-result-heading" tabIndex={-1} ref={headingRef}>
          {t("statisticsPages.import.resultHeading")}
        </h2>
      )}
      <div role="status">
        {outcome?.kind === "rejected" && (
          <div className="alert alert-error">
            <p className="alert-message">
              {t("statisticsPages.import.nothingImported", { count: outcome.rejected.length })}
            </p>
          </div>
        )}
        {outcome?.kind === "imported" && (
          <p className="notice notice-success">{t("statisticsPages.import.imported", { count: outcome.imported })}</p>
        )}
      </div>
      {outcome?.kind === "rejected" && <RejectedRows rejected={outcome.rejected} />}
      {outcome?.kind === "imported" && (
        <ul aria-label={t("statisticsPages.import.importedIndicators")}>
          {outcome.indicators.map((indicator) => (
            <li key={indicator.id}>
              <Link to={statisticsPath.indicator(orgId, indicator.id)}>{indicator.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
