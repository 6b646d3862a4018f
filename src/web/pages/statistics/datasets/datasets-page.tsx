import "../../../styles/cases.css";
import "../indicators/statistics.css";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ApiError } from "../../../api/client.js";
import { type DatasetView, listDatasets, MAX_DATASET_FILE_BYTES, uploadDataset } from "../../../api/statistics-api.js";
import { useFigureFormat } from "../../../components/charts/figure-cell.js";
import { ErrorAlert, FormAlert } from "../../../components/form-alert.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { SelectField } from "../../../components/select-field.js";
import { StatusMessage } from "../../../components/status-message.js";
import { TableRegion } from "../../../components/table-region.js";
import { TextField } from "../../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../../hooks/form-problems.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { useFocusProblems } from "../../../hooks/use-focus-problems.js";
import { useResource } from "../../../hooks/use-resource.js";
import { can, useMembership } from "../../../session/organisation-context.js";
import { FileField, RadioGroup } from "../indicators/file-field.js";
import { statisticsPath } from "../indicators/statistics-paths.js";
import { csvHeaderOf } from "./csv-header.js";
import { InvalidIdentity } from "./invalid-identity.js";

const FIELDS = ["file", "name", "pnrColumn", "referenceDate", "sexColumn", "ageColumn"];
const ACCEPT = ".csv,.txt,.tsv,.parquet";
const MAX_MB = MAX_DATASET_FILE_BYTES / (1024 * 1024);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the dataset page tells the list after deleting. */
export interface DatasetsState {
  readonly deleted?: string;
}

/**
 * Individdata: the organisation's individual-level files (rows, invalid identity numbers) and
 * the upload: the file, its name, and either the column of identity numbers with the date ages
 * are computed at, or the columns of sex and age. Only analysts and administrators reach it;
 * everyone else is told that the results are read as indicators.
 */
export function DatasetsPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  useDocumentTitle(t("statisticsPages.datasets.title"), membership.organisation.name);
  return (
    <>
      <p className="case-breadcrumb">
        <Link to={statisticsPath.list(orgId)}>{t("statisticsPages.common.backToStatistics")}</Link>
      </p>
      <PageHeading>{t("statisticsPages.datasets.title")}</PageHeading>
      {can(membership, "statistics.manage") ? (
        <DatasetsContent orgId={orgId} />
      ) : (
        <p>{t("statisticsPages.datasets.onlyAnalysts")}</p>
      )}
    </>
  );
}

/** The list and the upload, for those who may see individual-level data (analysts, administrators). */
function DatasetsContent({ orgId }: { readonly orgId: string }) {
  const { t } = useTranslation();
  const { resource, reload } = useResource(`datasets ${orgId}`, (signal) => listDatasets(orgId, signal));
  const deleted = (useLocation().state as DatasetsState | null)?.deleted;
  return (
    <>
      <p className="lead">{t("statisticsPages.datasets.intro")}</p>
      <StatusMessage message={deleted ? t("statisticsPages.dataset.deleted", { name: deleted }) : null} />
      <UploadForm orgId={orgId} onUploaded={reload} />
      <section aria-labelledby="datasets-heading" className="statistics-section">
        <h2 id="datasets-heading">{t("statisticsPages.datasets.listHeading")}</h2>
        {resource.state === "loading" && <Loading />}
        {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
        {resource.state === "ready" &&
          (resource.data.length === 0 ? (
            <p>{t("statisticsPages.datasets.none")}</p>
          ) : (
            <DatasetTable orgId={orgId} datasets={resource.data} />
          ))}
      </section>
    </>
  );
}

function DatasetTable({ orgId, datasets }: { readonly orgId: string; readonly datasets: readonly DatasetView[] }) {
  const { t, i18n } = useTranslation();
  const format = useFigureFormat();
  const date = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "sv-SE", { dateStyle: "short" });
  return (
    <TableRegion labelledBy="datasets-caption">
      <table className="statistics-table">
        <caption id="datasets-caption">{t("statisticsPages.datasets.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("statisticsPages.datasets.name")}</th>
            <th scope="col">{t("statisticsPages.datasets.fileName")}</th>
            <th scope="col" className="figure-column">
              {t("statisticsPages.datasets.rows")}
            </th>
            <th scope="col" className="figure-column">
              {t("statisticsPages.datasets.invalidIdentity")}
            </th>
            <th scope="col">{t("statisticsPages.datasets.created")}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => (
            <tr key={dataset.id}>
              <th scope="row">
                <Link to={statisticsPath.dataset(orgId, dataset.id)}>{dataset.name}</Link>
              </th>
              <td>{dataset.fileName}</td>
              <td className="figure-column">{format(dataset.rowCount)}</td>
              <td className="figure-column">{format(dataset.invalidIdentity.count)}</td>
              <td>{date.format(new Date(dataset.createdAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

type SexSource = "identity" | "columns";

function UploadForm({ orgId, onUploaded }: { readonly orgId: string; readonly onUploaded: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [name, setName] = useState("");
  const [source, setSource] = useState<SexSource>("identity");
  const [pnrColumn, setPnrColumn] = useState("");
  const [referenceDate, setReferenceDate] = useState("");
  const [sexColumn, setSexColumn] = useState("");
  const [ageColumn, setAgeColumn] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState<DatasetView | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const formatCount = useFigureFormat();
  // The result's heading takes focus when a result arrives, so reading continues there.
  useEffect(() => {
    if (uploaded) resultHeading.current?.focus();
  }, [uploaded]);
  useFocusProblems(problems, "upload", FIELDS);

  const chooseFile = async (chosen: File | null) => {
    setFile(chosen);
    setUploaded(null);
    const found = chosen ? await csvHeaderOf(chosen) : null;
    setHeaders(found);
    if (chosen && name.trim() === "") setName(chosen.name.replace(/\.[^.]+$/, ""));
    // Columns named like the usual ones are chosen at once; the user can change them.
    const guess = (pattern: RegExp) => found?.find((header) => pattern.test(header)) ?? "";
    setPnrColumn(guess(/^(personnummer|pnr|personnr|personal_?identity|identity)/i));
    setSexColumn(guess(/^(kon|kön|sex|gender)$/i));
    setAgeColumn(guess(/^(alder|ålder|age)$/i));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (uploading) return;
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      file:
        (file === null && t("statisticsPages.datasets.fileRequired")) ||
        (file !== null &&
          file.size > MAX_DATASET_FILE_BYTES &&
          t("statisticsPages.datasets.tooLarge", { max: MAX_MB })),
      name: name.trim() === "" && t("statisticsPages.datasets.nameRequired"),
      pnrColumn: source === "identity" && pnrColumn.trim() === "" && t("statisticsPages.datasets.columnRequired"),
      referenceDate: source === "identity" && !DATE.test(referenceDate) && t("statisticsPages.datasets.dateRequired"),
      sexColumn: source === "columns" && sexColumn.trim() === "" && t("statisticsPages.datasets.columnRequired"),
    });
    setProblems(found);
    if (found || !file) return;
    setUploading(true);
    setUploaded(null);
    try {
      const view = await uploadDataset(
        orgId,
        file,
        source === "identity"
          ? { name: name.trim(), pnrColumn: pnrColumn.trim(), referenceDate }
          : { name: name.trim(), sexColumn: sexColumn.trim(), ageColumn: ageColumn.trim() || undefined },
      );
      setUploaded(view);
      onUploaded();
    } catch (error) {
      setProblems(
        error instanceof ApiError && error.details.length === 0
          ? { message: error.message, fields: {} }
          : problemsFromError(error),
      );
    } finally {
      setUploading(false);
    }
  };

  const columnField = (
    id: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    optional = false,
  ) =>
    headers ? (
      <SelectField
        id={id}
        label={label}
        value={value}
        options={[
          {
            value: "",
            label: optional ? t("statisticsPages.dataset.noMean") : t("statisticsPages.datasets.chooseColumn"),
          },
          ...headers.map((header) => ({ value: header, label: header })),
        ]}
        onValueChange={onChange}
        error={problems?.fields[id.replace("upload-", "")]}
      />
    ) : (
      <TextField
        id={id}
        label={label}
        hint={t("statisticsPages.datasets.columnText")}
        value={value}
        onValueChange={onChange}
        error={problems?.fields[id.replace("upload-", "")]}
        autoComplete="off"
      />
    );

  return (
    <section aria-labelledby="upload-heading" className="statistics-section">
      <h2 id="upload-heading">{t("statisticsPages.datasets.uploadHeading")}</h2>
      <form
        noValidate
        className="form statistics-form"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="upload-heading"
      >
        <FormAlert problems={problems} idPrefix="upload" fields={FIELDS} />
        <FileField
          id="upload-file"
          label={t("statisticsPages.datasets.file")}
          hint={t("statisticsPages.datasets.fileHint", { max: MAX_MB })}
          accept={ACCEPT}
          error={problems?.fields.file}
          onFile={(chosen) => void chooseFile(chosen)}
        />
        <TextField
          id="upload-name"
          label={t("statisticsPages.datasets.datasetName")}
          hint={t("statisticsPages.datasets.datasetNameHint")}
          value={name}
          onValueChange={setName}
          error={problems?.fields.name}
          autoComplete="off"
        />
        <RadioGroup
          id="upload-source"
          legend={t("statisticsPages.datasets.sexSource")}
          value={source}
          options={[
            {
              value: "identity",
              label: t("statisticsPages.datasets.fromIdentity"),
              hint: t("statisticsPages.datasets.fromIdentityHint"),
            },
            {
              value: "columns",
              label: t("statisticsPages.datasets.fromColumns"),
              hint: t("statisticsPages.datasets.fromColumnsHint"),
            },
          ]}
          onValueChange={setSource}
        />
        {source === "identity" ? (
          <>
            {columnField("upload-pnrColumn", t("statisticsPages.datasets.pnrColumn"), pnrColumn, setPnrColumn)}
            <TextField
              id="upload-referenceDate"
              label={t("statisticsPages.datasets.referenceDate")}
              hint={t("statisticsPages.datasets.referenceDateHint")}
              type="date"
              value={referenceDate}
              onValueChange={setReferenceDate}
              error={problems?.fields.referenceDate}
            />
          </>
        ) : (
          <>
            {columnField("upload-sexColumn", t("statisticsPages.datasets.sexColumn"), sexColumn, setSexColumn)}
            {columnField("upload-ageColumn", t("statisticsPages.datasets.ageColumn"), ageColumn, setAgeColumn, true)}
          </>
        )}
        <div className="actions">
          <button type="submit" aria-disabled={uploading || undefined}>
            {uploading ? t("statisticsPages.datasets.uploading") : t("statisticsPages.datasets.submit")}
          </button>
        </div>
        <div role="status">{uploading ? t("statisticsPages.datasets.uploading") : ""}</div>
      </form>
      {uploaded && (
        <div className="notice notice-success">
          <h3 tabIndex={-1} ref={resultHeading}>
            {t("statisticsPages.datasets.uploaded", {
              name: uploaded.name,
              rows: formatCount(uploaded.rowCount),
            })}
          </h3>
          <InvalidIdentity invalid={uploaded.invalidIdentity} />
          <p>
            <Link to={statisticsPath.dataset(orgId, uploaded.id)}>
              {t("statisticsPages.datasets.open", { name: uploaded.name })}
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}
