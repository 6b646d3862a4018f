import "../../../styles/cases.css";
import "../../../styles/decisions.css";
import "../indicators/statistics.css";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../../api/client.js";
import {
  createPlanGoal,
  deletePlanGoal,
  getStatisticsSettings,
  listPlanGoals,
  type PlanGoal,
  type StatisticsSettings,
  saveStatisticsSettings,
} from "../../../api/statistics-api.js";
import { useFigureFormat } from "../../../components/charts/figure-cell.js";
import { ErrorAlert, FormAlert } from "../../../components/form-alert.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { StatusMessage } from "../../../components/status-message.js";
import { TableRegion } from "../../../components/table-region.js";
import { TextField } from "../../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../../hooks/form-problems.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { useFocusProblems } from "../../../hooks/use-focus-problems.js";
import { useResource } from "../../../hooks/use-resource.js";
import { can, useMembership } from "../../../session/organisation-context.js";
import { statisticsPath } from "../indicators/statistics-paths.js";

const FIELDS = ["minCell", "shareGapPoints", "relativeGapPercent"];

/**
 * Inställningar för statistik: the suppression threshold and the flagging thresholds
 * (administrators change them; others read them), and the goals of the strategic plan
 * (analysts and administrators add and remove them).
 */
export function StatisticsSettingsPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const settings = useResource(`statistics-settings ${orgId}`, (signal) => getStatisticsSettings(orgId, signal));
  const goals = useResource(`plan-goals ${orgId}`, (signal) => listPlanGoals(orgId, signal));
  useDocumentTitle(t("statisticsPages.settings.title"), membership.organisation.name);
  const mayChange = can(membership, "statistics.settings");
  return (
    <>
      <p className="case-breadcrumb">
        <Link to={statisticsPath.list(orgId)}>{t("statisticsPages.common.backToStatistics")}</Link>
      </p>
      <PageHeading>{t("statisticsPages.settings.title")}</PageHeading>
      <p className="lead">{t("statisticsPages.settings.intro")}</p>
      <section aria-labelledby="thresholds-heading" className="statistics-section">
        <h2 id="thresholds-heading">{t("statisticsPages.settings.thresholdsHeading")}</h2>
        {settings.resource.state === "loading" && <Loading />}
        {settings.resource.state === "failed" && <ErrorAlert message={settings.resource.error.message} />}
        {settings.resource.state === "ready" &&
          (mayChange ? (
            <SettingsForm
              orgId={orgId}
              settings={settings.resource.data}
              onSaved={(saved) => settings.update(() => saved)}
              onStale={settings.reload}
            />
          ) : (
            <SettingsView settings={settings.resource.data} />
          ))}
      </section>
      <section aria-labelledby="goals-heading" className="statistics-section">
        <h2 id="goals-heading">{t("statisticsPages.settings.goalsHeading")}</h2>
        <p>{t("statisticsPages.settings.goalsIntro")}</p>
        {goals.resource.state === "loading" && <Loading />}
        {goals.resource.state === "failed" && <ErrorAlert message={goals.resource.error.message} />}
        {goals.resource.state === "ready" && (
          <PlanGoals
            orgId={orgId}
            goals={goals.resource.data}
            manage={can(membership, "statistics.manage")}
            onChange={(change) => goals.update(change)}
          />
        )}
      </section>
    </>
  );
}

function SettingsView({ settings }: { readonly settings: StatisticsSettings }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <>
      <p>{t("statisticsPages.settings.readOnly")}</p>
      <dl className="details statistics-details">
        <dt>{t("statisticsPages.settings.minCell")}</dt>
        <dd>{format(settings.minCell)}</dd>
        <dt>{t("statisticsPages.settings.shareGapPoints")}</dt>
        <dd>{format(settings.shareGapPoints)}</dd>
        <dt>{t("statisticsPages.settings.relativeGapPercent")}</dt>
        <dd>{format(settings.relativeGapPercent)}</dd>
      </dl>
    </>
  );
}

interface SettingsFormProps {
  readonly orgId: string;
  readonly settings: StatisticsSettings;
  readonly onSaved: (saved: StatisticsSettings) => void;
  readonly onStale: () => void;
}

/** Reads a number typed with a decimal comma or point; NaN when it is not one. */
function readNumber(text: string): number {
  const clean = text.trim().replace(/\s/g, "").replace(",", ".");
  return clean === "" ? Number.NaN : Number(clean);
}

function SettingsForm({ orgId, settings, onSaved, onStale }: SettingsFormProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const [minCell, setMinCell] = useState(String(settings.minCell));
  const [shareGap, setShareGap] = useState(format(settings.shareGapPoints));
  const [relativeGap, setRelativeGap] = useState(format(settings.relativeGapPercent));
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useFocusProblems(problems, "settings", FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const cell = readNumber(minCell);
    const share = readNumber(shareGap);
    const relative = readNumber(relativeGap);
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      minCell: !(Number.isInteger(cell) && cell >= 1) && t("statisticsPages.settings.wholeNumber"),
      shareGapPoints: !(share >= 0) && t("statisticsPages.settings.positiveNumber"),
      relativeGapPercent: !(relative >= 0) && t("statisticsPages.settings.positiveNumber"),
    });
    setProblems(found);
    setSaved(null);
    if (found) return;
    setSaving(true);
    try {
      const answer = await saveStatisticsSettings(orgId, {
        minCell: cell,
        shareGapPoints: share,
        relativeGapPercent: relative,
        version: settings.version,
      });
      onSaved(answer);
      setSaved(t("statisticsPages.settings.saved"));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setProblems({ message: t("statisticsPages.settings.stale"), fields: {} });
        onStale();
      } else setProblems(problemsFromError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      className="form statistics-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="thresholds-heading"
    >
      <StatusMessage message={saved} />
      <FormAlert problems={problems} idPrefix="settings" fields={FIELDS} />
      <TextField
        id="settings-minCell"
        label={t("statisticsPages.settings.minCell")}
        hint={t("statisticsPages.settings.minCellHint")}
        inputMode="numeric"
        value={minCell}
        onValueChange={setMinCell}
        error={problems?.fields.minCell}
        autoComplete="off"
      />
      <TextField
        id="settings-shareGapPoints"
        label={t("statisticsPages.settings.shareGapPoints")}
        hint={t("statisticsPages.settings.shareGapPointsHint")}
        inputMode="decimal"
        value={shareGap}
        onValueChange={setShareGap}
        error={problems?.fields.shareGapPoints}
        autoComplete="off"
      />
      <TextField
        id="settings-relativeGapPercent"
        label={t("statisticsPages.settings.relativeGapPercent")}
        hint={t("statisticsPages.settings.relativeGapPercentHint")}
        inputMode="decimal"
        value={relativeGap}
        onValueChange={setRelativeGap}
        error={problems?.fields.relativeGapPercent}
        autoComplete="off"
      />
      <div className="actions">
        <button type="submit" aria-disabled={saving || undefined}>
          {saving ? t("statisticsPages.settings.saving") : t("statisticsPages.settings.save")}
        </button>
      </div>
    </form>
  );
}

interface PlanGoalsProps {
  readonly orgId: string;
  readonly goals: readonly PlanGoal[];
  readonly manage: boolean;
  readonly onChange: (change: (goals: readonly PlanGoal[]) => readonly PlanGoal[]) => void;
}

function PlanGoals({ orgId, goals, manage, onChange }: PlanGoalsProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useFocusProblems(problems, "goal", ["title"]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      title: title.trim() === "" && t("statisticsPages.settings.goalRequired"),
    });
    setProblems(found);
    setStatus(null);
    if (found) return;
    try {
      const goal = await createPlanGoal(orgId, title.trim());
      onChange((current) => [...current, goal]);
      setTitle("");
      setStatus(t("statisticsPages.settings.goalAdded", { title: goal.title }));
    } catch (failure) {
      setProblems(problemsFromError(failure, { duplicate_goal: "title" }));
    }
  };

  const remove = async (goal: PlanGoal) => {
    setError(null);
    setStatus(null);
    try {
      await deletePlanGoal(orgId, goal.id);
      onChange((current) => current.filter((entry) => entry.id !== goal.id));
      setStatus(t("statisticsPages.settings.goalRemoved", { title: goal.title }));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    }
  };

  return (
    <>
      <StatusMessage message={status} />
      {error && <ErrorAlert message={error} />}
      {goals.length === 0 ? (
        <p>{t("statisticsPages.settings.noGoals")}</p>
      ) : (
        <TableRegion labelledBy="goals-caption">
          <table className="statistics-table">
            <caption id="goals-caption">{t("statisticsPages.settings.goalsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("statisticsPages.settings.goal")}</th>
                {manage && (
                  <th scope="col">
                    <span className="visually-hidden">{t("statisticsPages.settings.removeGoal")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {goals.map((goal) => (
                <tr key={goal.id}>
                  <th scope="row">{goal.title}</th>
                  {manage && (
                    <td>
                      <button type="button" className="button-secondary button-small" onClick={() => void remove(goal)}>
                        {t("statisticsPages.settings.removeGoal")}
                        <span className="visually-hidden">: {goal.title}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {manage && (
        <form
          noValidate
          className="form statistics-form"
          onSubmit={(event) => void add(event)}
          aria-label={t("statisticsPages.settings.newGoal")}
        >
          <FormAlert problems={problems} idPrefix="goal" fields={["title"]} />
          <TextField
            id="goal-title"
            label={t("statisticsPages.settings.newGoal")}
            value={title}
            onValueChange={setTitle}
            error={problems?.fields.title}
            autoComplete="off"
          />
          <div className="actions">
            <button type="submit">{t("statisticsPages.settings.addGoal")}</button>
          </div>
        </form>
      )}
    </>
  );
}
