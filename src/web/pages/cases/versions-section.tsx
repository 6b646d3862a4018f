import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { getVersion, listVersions } from "../../api/case-api.js";
import type { VersionDetail, VersionSummary } from "../../api/case-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { SelectField } from "../../components/select-field.js";
import { problemsFromError } from "../../hooks/form-problems.js";
import { useResource } from "../../hooks/use-resource.js";
import { formatDateTime } from "./case-format.js";
import { VersionDiff } from "./version-diff.js";

interface VersionsSectionProps {
  readonly orgId: string;
  readonly caseId: string;
  /** The newest version; the list is read again when it grows while shown. */
  readonly currentVersion: number;
}

/** The saved versions of the case, shown on request, and a comparison of any two. */
export function VersionsSection({ orgId, caseId, currentVersion }: VersionsSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="case-versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t("casePages.versions.heading")}</h2>
      <p>{t("casePages.versions.intro", { count: currentVersion })}</p>
      <button
        type="button"
        className="button-secondary"
        aria-expanded={open}
        aria-controls="versions-content"
        onClick={() => setOpen(!open)}
      >
        {open ? t("casePages.versions.hide") : t("casePages.versions.show")}
      </button>
      <div id="versions-content">
        {open && <VersionList orgId={orgId} caseId={caseId} currentVersion={currentVersion} />}
      </div>
    </section>
  );
}

function VersionList({ orgId, caseId, currentVersion }: VersionsSectionProps) {
  const { t, i18n } = useTranslation();
  const { resource } = useResource(`${caseId} ${currentVersion}`, (signal) => listVersions(orgId, caseId, signal));
  // While a newer list loads (the officer saved meanwhile), the older one stays, and so does a comparison.
  const shown = useRef<readonly VersionSummary[] | null>(null);
  if (resource.state === "ready") shown.current = resource.data;
  const versions = shown.current;
  if (resource.state === "failed") return <ErrorAlert message={resource.error.message} />;
  if (!versions) return <Loading />;
  return (
    <>
      <div className="table-wrapper">
        <table>
          <caption>{t("casePages.versions.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("casePages.versions.version")}</th>
              <th scope="col">{t("casePages.versions.savedAt")}</th>
              <th scope="col">{t("casePages.versions.savedBy")}</th>
              <th scope="col">{t("casePages.versions.verdict")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>
                  <time dateTime={version.savedAt}>{formatDateTime(version.savedAt, i18n.language)}</time>
                </td>
                <td>{version.savedByName ?? t("casePages.unknown")}</td>
                <td>
                  {t("casePages.verdictWithScore", {
                    verdict: t(`analysis.verdicts.${version.verdict}`),
                    score: version.score,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.length < 2 ? (
        <p>{t("casePages.versions.onlyOne")}</p>
      ) : (
        <CompareForm orgId={orgId} caseId={caseId} versions={versions} />
      )}
    </>
  );
}

function CompareForm({
  orgId,
  caseId,
  versions,
}: {
  readonly orgId: string;
  readonly caseId: string;
  readonly versions: readonly VersionSummary[];
}) {
  const { t } = useTranslation();
  const numbers = versions.map((v) => v.version).sort((a, b) => a - b);
  const [from, setFrom] = useState(String(numbers.at(-2) ?? 1));
  const [to, setTo] = useState(String(numbers.at(-1) ?? 1));
  const [result, setResult] = useState<{ from: VersionDetail; to: VersionDetail } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = numbers.map((n) => ({ value: String(n), label: t("casePages.versions.option", { version: n }) }));

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setResult(null);
    if (from === to) {
      setFailure(t("casePages.versions.sameVersion"));
      return;
    }
    setBusy(true);
    try {
      const [a, b] = await Promise.all([
        getVersion(orgId, caseId, Number(from)),
        getVersion(orgId, caseId, Number(to)),
      ]);
      setResult(a.version < b.version ? { from: a, to: b } : { from: b, to: a });
    } catch (error) {
      setFailure(problemsFromError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form noValidate className="form filters" onSubmit={(event) => void compare(event)}>
        <fieldset>
          <legend>{t("casePages.versions.compare")}</legend>
          <div className="filter-grid">
            <SelectField
              id="compare-from"
              label={t("casePages.versions.from")}
              value={from}
              options={options}
              onValueChange={setFrom}
            />
            <SelectField
              id="compare-to"
              label={t("casePages.versions.to")}
              value={to}
              options={options}
              onValueChange={setTo}
            />
          </div>
          <button type="submit" disabled={busy}>
            {busy ? t("ui.loading") : t("casePages.versions.compareButton")}
          </button>
        </fieldset>
      </form>
      {failure && <ErrorAlert message={failure} />}
      {result && <VersionDiff key={`${result.from.version}-${result.to.version}`} from={result.from} to={result.to} />}
    </>
  );
}
