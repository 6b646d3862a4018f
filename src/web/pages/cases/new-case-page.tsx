import "../../styles/cases.css";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { createCase, listAssignments } from "../../api/case-api.js";
import type { Assignment } from "../../api/case-types.js";
import { ErrorAlert, FormAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { organisationPath } from "../../session/home-path.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { formatDate } from "./case-format.js";
import { activeUnits, type CaseLookups, loadCaseLookups } from "./case-lookups.js";
import type { CasePageState } from "./case-page.js";

const FIELDS = ["title", "bodyId", "departmentId", "reportsOnAssignmentId"];

interface NewCaseData {
  readonly lookups: CaseLookups;
  /** Assignments not yet reported back on (open or overdue). */
  readonly assignments: readonly Assignment[];
}

async function loadNewCaseData(orgId: string, signal: AbortSignal): Promise<NewCaseData> {
  const [lookups, assignments] = await Promise.all([loadCaseLookups(orgId, signal), listAssignments(orgId, signal)]);
  return { lookups, assignments: assignments.filter((a) => a.state !== "closed") };
}

/**
 * Nytt ärende: title, body, optional department and, for a report-back case, the assignment it
 * reports on. Registering gives the case its diarienummer and opens it in the editor.
 * `?uppdrag=<id>` preselects the assignment (a link from the assignments page).
 */
export function NewCasePage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const { resource } = useResource(`new case ${orgId}`, (signal) => loadNewCaseData(orgId, signal));
  useDocumentTitle(t("casePages.new.title"), membership.organisation.name);
  return (
    <>
      <p className="case-breadcrumb">
        <Link to={organisationPath(orgId, "arenden")}>{t("casePages.case.backToList")}</Link>
      </p>
      <PageHeading>{t("casePages.new.title")}</PageHeading>
      {!can(membership, "cases.write") ? (
        <p>{t("casePages.new.notAllowed")}</p>
      ) : (
        <>
          <p>{t("casePages.new.intro")}</p>
          {resource.state === "loading" && <Loading />}
          {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
          {resource.state === "ready" && <NewCaseForm orgId={orgId} data={resource.data} />}
        </>
      )}
    </>
  );
}

function NewCaseForm({ orgId, data }: { readonly orgId: string; readonly data: NewCaseData }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const preselected = params.get("uppdrag") ?? "";
  const [title, setTitle] = useState("");
  const [bodyId, setBodyId] = useState("");
  const [departmentId, setDepartmentId] = useState("");
  const [assignmentId, setAssignmentId] = useState(
    data.assignments.some((a) => a.id === preselected) ? preselected : "",
  );
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);
  const submitting = useRef(false);
  const bodies = activeUnits(data.lookups.bodies, null, i18n.language);
  const departments = activeUnits(data.lookups.departments, null, i18n.language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      title: title.trim() === "" && t("casePages.new.titleRequired"),
      bodyId: bodyId === "" && t("casePages.new.bodyRequired"),
    });
    setProblems(found);
    if (found) return;
    submitting.current = true;
    setBusy(true);
    try {
      const created = await createCase(orgId, {
        title: title.trim(),
        bodyId,
        departmentId: departmentId === "" ? null : departmentId,
        reportsOnAssignmentId: assignmentId === "" ? null : assignmentId,
      });
      const state: CasePageState = { registered: created.diarienummer ?? "" };
      navigate(organisationPath(orgId, `arenden/${encodeURIComponent(created.id)}`), { state });
    } catch (error) {
      setProblems(
        problemsFromError(error, {
          unknown_body: "bodyId",
          unknown_department: "departmentId",
          unknown_assignment: "reportsOnAssignmentId",
          assignment_closed: "reportsOnAssignmentId",
        }),
      );
      submitting.current = false;
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={(event) => void submit(event)} aria-labelledby="page-heading">
      <FormAlert problems={problems} idPrefix="new-case" fields={FIELDS} />
      <TextField
        id="new-case-title"
        label={t("casePages.fields.title")}
        hint={t("casePages.new.titleHint")}
        value={title}
        required
        autoComplete="off"
        onValueChange={setTitle}
        error={problems?.fields.title}
      />
      <SelectField
        id="new-case-bodyId"
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
        id="new-case-departmentId"
        label={t("casePages.fields.departmentOptional")}
        value={departmentId}
        options={[
          { value: "", label: t("casePages.fields.noDepartment") },
          ...departments.map((department) => ({ value: department.id, label: department.name })),
        ]}
        onValueChange={setDepartmentId}
        error={problems?.fields.departmentId}
      />
      <SelectField
        id="new-case-reportsOnAssignmentId"
        label={t("casePages.new.assignment")}
        value={assignmentId}
        options={[
          { value: "", label: t("casePages.new.noAssignment") },
          ...data.assignments.map((assignment) => ({
            value: assignment.id,
            label: t("casePages.new.assignmentOption", {
              decision: [
                assignment.decision.diarienummer,
                t("casePages.decisions.paragraph", {
                  paragraph: assignment.decision.paragraph,
                  year: assignment.decision.paragraphYear,
                }),
              ]
                .filter(Boolean)
                .join(" "),
              description: assignment.description,
              assignee: assignment.assignee,
              due: formatDate(assignment.dueDate, i18n.language),
            }),
          })),
        ]}
        onValueChange={setAssignmentId}
        error={problems?.fields.reportsOnAssignmentId}
      />
      <p className="hint">
        {data.assignments.length === 0 ? t("casePages.new.noOpenAssignments") : t("casePages.new.assignmentHint")}
      </p>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("casePages.new.submitting") : t("casePages.new.submit")}
        </button>
      </div>
    </form>
  );
}
