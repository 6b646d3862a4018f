import "../../../styles/decisions.css";
import "../../../styles/checklists.css";
import "./differences.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import {
  DIFFERENCE_STATUSES,
  type DifferenceReport,
  differenceReportUrl,
  getDifferenceReport,
  listDifferences,
  type ReportDepartment,
} from "../../../api/difference-api.js";
import { ErrorAlert } from "../../../components/form-alert.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { SelectApplyForm } from "../../../components/select-apply-form.js";
import { TableRegion } from "../../../components/table-region.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { useResource } from "../../../hooks/use-resource.js";
import { currentLanguage } from "../../../i18n.js";
import { organisationPath } from "../../../session/home-path.js";
import { useMembership } from "../../../session/organisation-context.js";
import { DifferencesTable } from "./differences-table.js";

const PERIOD = "period";

/**
 * Uppföljning av skillnader: for one follow-up period (the latest unless chosen, kept in the
 * URL), per department, the flagged differences and their status with counts, an overview
 * table of the counts, and the report as XLSX and CSV.
 */
export function DifferenceReportPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [searchParams, setSearchParams] = useSearchParams();
  const chosen = searchParams.get(PERIOD) ?? "";
  const report = useResource(`difference-report ${orgId} ${chosen}`, (signal) =>
    getDifferenceReport(orgId, chosen, signal),
  );
  const periods = useResource(`difference-periods ${orgId}`, (signal) =>
    listDifferences(orgId, { period: "", status: "", departmentId: "" }, signal).then((answer) => answer.periods),
  );
  useDocumentTitle(t("differencePages.report.title"), membership.organisation.name);
  const data = report.resource.state === "ready" ? report.resource.data : null;
  const period = data?.period ?? chosen;
  const periodList = periods.resource.state === "ready" ? periods.resource.data : [];
  const lang = currentLanguage();

  return (
    <>
      <PageHeading>{t("differencePages.report.title")}</PageHeading>
      <p>{t("differencePages.report.intro")}</p>
      <p>
        <Link to={organisationPath(orgId, "statistik/skillnader")}>{t("differencePages.common.toList")}</Link>
      </p>
      {periodList.length > 0 && (
        <SelectApplyForm
          id="report-period"
          formLabel={t("differencePages.report.pickPeriod")}
          label={t("differencePages.report.period")}
          value={chosen}
          options={[
            { value: "", label: t("differencePages.report.latest") },
            ...periodList.map((value) => ({ value, label: value })),
          ]}
          buttonLabel={t("differencePages.report.apply")}
          onApply={(next) => setSearchParams(next === "" ? {} : { [PERIOD]: next })}
        />
      )}
      {report.resource.state === "loading" && <Loading />}
      {report.resource.state === "failed" && <ErrorAlert message={report.resource.error.message} />}
      {data &&
        (data.period === null || data.departments.length === 0 ? (
          <p>{t("differencePages.report.noPeriod")}</p>
        ) : (
          <>
            <h2>{t("differencePages.report.heading", { period })}</h2>
            <ul className="downloads" aria-label={t("differencePages.report.downloads")}>
              <li>
                <a href={differenceReportUrl(orgId, data.period, "xlsx", lang)} download>
                  {t("differencePages.report.downloadXlsx")}
                </a>
              </li>
              <li>
                <a href={differenceReportUrl(orgId, data.period, "csv", lang)} download>
                  {t("differencePages.report.downloadCsv")}
                </a>
              </li>
            </ul>
            <ReportOverview report={data} period={data.period} />
            {data.departments.map((department) => (
              <DepartmentSection key={department.departmentId ?? "none"} orgId={orgId} department={department} />
            ))}
          </>
        ))}
    </>
  );
}

function departmentName(department: ReportDepartment, none: string): string {
  return department.name ?? none;
}

const countOf = (department: ReportDepartment, status: (typeof DIFFERENCE_STATUSES)[number]) =>
  department.counts[status] ?? department.differences.filter((d) => d.status === status).length;

/** The counts per department and status in one table, with a total row. */
function ReportOverview({ report, period }: { readonly report: DifferenceReport; readonly period: string }) {
  const { t } = useTranslation();
  const none = t("differencePages.common.noDepartment");
  const total = (status: (typeof DIFFERENCE_STATUSES)[number]) =>
    report.departments.reduce((sum, department) => sum + countOf(department, status), 0);
  return (
    <section aria-labelledby="report-overview-heading">
      <h3 id="report-overview-heading">{t("differencePages.report.overview")}</h3>
      <TableRegion labelledBy="report-overview-caption" className="scroll-contained">
        <table className="figures-table report-overview">
          <caption id="report-overview-caption">{t("differencePages.report.overviewCaption", { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("differencePages.common.department")}</th>
              {DIFFERENCE_STATUSES.map((status) => (
                <th scope="col" key={status} className="numeric">
                  {t(`differencePages.statuses.${status}`)}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t("differencePages.report.sum")}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.departments.map((department) => (
              <tr key={department.departmentId ?? "none"}>
                <th scope="row">
                  <a href={`#department-${department.departmentId ?? "none"}`}>{departmentName(department, none)}</a>
                </th>
                {DIFFERENCE_STATUSES.map((status) => (
                  <td key={status} className="numeric">
                    {countOf(department, status)}
                  </td>
                ))}
                <td className="numeric">{department.differences.length}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("differencePages.report.sum")}</th>
              {DIFFERENCE_STATUSES.map((status) => (
                <td key={status} className="numeric">
                  {total(status)}
                </td>
              ))}
              <td className="numeric">
                {report.departments.reduce((sum, department) => sum + department.differences.length, 0)}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableRegion>
    </section>
  );
}

/** One department: its counts in words and its flagged differences. */
function DepartmentSection({ orgId, department }: { readonly orgId: string; readonly department: ReportDepartment }) {
  const { t } = useTranslation();
  const name = departmentName(department, t("differencePages.common.noDepartment"));
  const id = `department-${department.departmentId ?? "none"}`;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="report-department">
      <h3 id={`${id}-heading`}>{name}</h3>
      <p>{t("differencePages.report.total", { count: department.differences.length })}</p>
      <ul className="status-counts" aria-label={t("differencePages.report.counts")}>
        {DIFFERENCE_STATUSES.filter((status) => countOf(department, status) > 0).map((status) => (
          <li key={status}>
            {t(`differencePages.statuses.${status}`)}: {countOf(department, status)}
          </li>
        ))}
      </ul>
      {department.differences.length === 0 ? (
        <p>{t("differencePages.report.noDifferences")}</p>
      ) : (
        <DifferencesTable
          orgId={orgId}
          caption={t("differencePages.report.caption", { department: name })}
          differences={department.differences}
          showPeriod={false}
          showDepartment={false}
        />
      )}
    </section>
  );
}
