import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { createMeeting } from "../../api/decision-api.js";
import type { Body } from "../../api/types.js";
import { FormAlert } from "../../components/form-alert.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { organisationPath } from "../../session/home-path.js";

const FIELDS = ["bodyId", "date"];

/** What the meeting page is told when it was just created, so it can say so. */
export interface MeetingPageState {
  readonly created?: boolean;
}

interface NewMeetingFormProps {
  readonly orgId: string;
  /** The bodies a meeting can be held by (not archived). */
  readonly bodies: readonly Body[];
  readonly initialBodyId: string;
  readonly labelledBy: string;
}

/** Nämnd and datum of a new meeting; on success the secretary goes on to the meeting's agenda. */
export function NewMeetingForm({ orgId, bodies, initialBodyId, labelledBy }: NewMeetingFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [bodyId, setBodyId] = useState(bodies.some((body) => body.id === initialBodyId) ? initialBodyId : "");
  const [date, setDate] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);

  if (bodies.length === 0) return <p>{t("decisionPages.meetings.noBodies")}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      bodyId: bodyId === "" && t("decisionPages.meetings.bodyRequired"),
      date: !/^\d{4}-\d{2}-\d{2}$/.test(date) && t("decisionPages.meetings.dateRequired"),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      const meeting = await createMeeting(orgId, { bodyId, date });
      const state: MeetingPageState = { created: true };
      navigate(organisationPath(orgId, `sammantraden/${encodeURIComponent(meeting.id)}`), { state });
    } catch (error) {
      setProblems(problemsFromError(error, { unknown_body: "bodyId" }));
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby={labelledBy}>
      <p>{t("decisionPages.meetings.createIntro")}</p>
      <FormAlert problems={problems} idPrefix="new-meeting" fields={FIELDS} />
      <SelectField
        id="new-meeting-bodyId"
        label={t("decisionPages.meetings.body")}
        value={bodyId}
        options={[
          { value: "", label: t("decisionPages.meetings.chooseBody") },
          ...bodies.map((body) => ({ value: body.id, label: body.name })),
        ]}
        onValueChange={setBodyId}
        error={problems?.fields.bodyId}
      />
      <TextField
        id="new-meeting-date"
        type="date"
        label={t("decisionPages.meetings.date")}
        hint={t("decisionPages.common.dateHint")}
        required
        value={date}
        onValueChange={setDate}
        error={problems?.fields.date}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("decisionPages.meetings.create")}
        </button>
      </div>
    </form>
  );
}
