import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseDay, usualTheme } from "../../../core/index.js";
import { createLearningMeeting, updateLearningMeeting } from "../../api/network-api.js";
import type { LearningMeeting, LearningMeetingInput } from "../../api/network-types.js";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";
import { FormAlert } from "../../components/form-alert.js";
import { TextField } from "../../components/text-field.js";
import { problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { currentLanguage } from "../../i18n.js";
import { RadioGroup } from "../meetings/radio-group.js";
import { TextAreaField } from "../meetings/text-area-field.js";
import type { RoundScope } from "./round-page.js";
import { isUsualTheme, LEARNING_MEETING_THEMES } from "./themes.js";
import { usePageProblems } from "./use-page-problems.js";

const FIELDS = ["date", "theme", "otherTheme", "participants", "notes"];
/** The theme choice that means "a theme of our own", written in the text field. */
const OTHER = "other";

interface LearningMeetingFormProps {
  readonly scope: RoundScope;
  /** The meeting to change; a new meeting when absent. */
  readonly meeting?: LearningMeeting;
  readonly onSaved: (meeting: LearningMeeting) => void;
  readonly onCancel?: () => void;
}

/** The organisations that can take part in a meeting: the coordinator, the members and the mentors. */
export function meetingOrganisations(scope: RoundScope): readonly { readonly id: string; readonly name: string }[] {
  const { round } = scope;
  const all = [
    { id: round.coordinator.id, name: round.coordinator.name },
    ...round.members.map((member) => ({ id: member.organisationId, name: member.name })),
    ...round.mentors.map((mentor) => ({ id: mentor.organisationId, name: mentor.name })),
  ];
  return all.filter((entry, index) => all.findIndex((other) => other.id === entry.id) === index);
}

/**
 * A learning meeting (lärandeträff): date, theme (one of the usual five or one's own), which
 * organisations took part and in which roles, and notes. Creates a meeting or changes one.
 */
export function LearningMeetingForm({ scope, meeting, onSaved, onCancel }: LearningMeetingFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const prefix = `meeting-form-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [date, setDate] = useState(meeting?.date ?? "");
  const [themeChoice, setThemeChoice] = useState<string>(meeting ? (usualTheme(meeting.theme)?.key ?? OTHER) : "");
  const [otherTheme, setOtherTheme] = useState(meeting && !isUsualTheme(meeting.theme) ? meeting.theme : "");
  const [notes, setNotes] = useState(meeting?.notes ?? "");
  const [roles, setRoles] = useState<ReadonlyMap<string, string>>(
    new Map(meeting?.participants.map((participant) => [participant.organisationId, participant.roles.join(", ")])),
  );
  const { problems, setProblems, edited } = usePageProblems(scope.successes, prefix, FIELDS);
  const [busy, setBusy] = useState(false);
  const organisations = meetingOrganisations(scope);
  const participantsMessages = fieldMessageIds(
    `${prefix}-participants`,
    t("networkPages.meetingForm.participantsHint"),
    problems?.fields.participants,
  );

  const toggle = (organisationId: string, checked: boolean) => {
    setRoles((current) => {
      const next = new Map(current);
      if (checked) next.set(organisationId, current.get(organisationId) ?? "");
      else next.delete(organisationId);
      return next;
    });
    edited("participants");
  };
  const setRolesOf = (organisationId: string, value: string) => {
    setRoles((current) => new Map(current).set(organisationId, value));
    edited("participants");
  };
  const chooseTheme = (value: string) => {
    setThemeChoice(value);
    edited("theme");
    edited("otherTheme");
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const usual = LEARNING_MEETING_THEMES.find((candidate) => candidate.key === themeChoice);
    const theme = themeChoice === OTHER ? otherTheme.trim() : (usual?.sv ?? "");
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      date: parseDay(date) === undefined && t("networkPages.meetingForm.dateRequired"),
      theme: themeChoice === "" && t("networkPages.meetingForm.themeRequired"),
      otherTheme: themeChoice === OTHER && theme === "" && t("networkPages.meetingForm.otherThemeRequired"),
    });
    setProblems(found);
    if (found) return;
    const input: LearningMeetingInput = {
      date,
      theme,
      notes: notes.trim(),
      participants: organisations
        .filter((organisation) => roles.has(organisation.id))
        .map((organisation) => ({
          organisationId: organisation.id,
          roles: (roles.get(organisation.id) ?? "")
            .split(",")
            .map((role) => role.trim())
            .filter((role) => role !== ""),
        })),
    };
    setBusy(true);
    try {
      const saved = meeting
        ? await updateLearningMeeting(scope.orgId, scope.round.id, meeting.id, input)
        : await createLearningMeeting(scope.orgId, scope.round.id, input);
      if (!meeting) {
        setDate("");
        setThemeChoice("");
        setOtherTheme("");
        setNotes("");
        setRoles(new Map());
      }
      setProblems(null);
      onSaved(saved);
    } catch (error) {
      setProblems(
        problemsFromError(error, {
          meeting_outside_round: "date",
          empty_theme: themeChoice === OTHER ? "otherTheme" : "theme",
          not_in_round: "participants",
          unknown_organisation: "participants",
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form meeting-form" onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>
        {meeting ? t("networkPages.meetingForm.editHeading") : t("networkPages.meetingForm.newHeading")}
      </h3>
      <FormAlert problems={problems} idPrefix={prefix} fields={FIELDS} />
      <TextField
        id={`${prefix}-date`}
        type="date"
        label={t("networkPages.meetingForm.date")}
        hint={t("networkPages.common.dateHint")}
        required
        value={date}
        onValueChange={(value) => {
          setDate(value);
          edited("date");
        }}
        error={problems?.fields.date}
      />
      <RadioGroup<string>
        id={`${prefix}-theme`}
        legend={t("networkPages.meetingForm.theme")}
        hint={t("networkPages.meetingForm.themeHint")}
        options={[
          ...LEARNING_MEETING_THEMES.map((theme) => ({ value: theme.key, label: theme[language] })),
          { value: OTHER, label: t("networkPages.meetingForm.otherThemeChoice") },
        ]}
        value={themeChoice}
        onValueChange={chooseTheme}
        error={problems?.fields.theme}
      />
      {themeChoice === OTHER && (
        <TextField
          id={`${prefix}-otherTheme`}
          label={t("networkPages.meetingForm.otherTheme")}
          autoComplete="off"
          required
          value={otherTheme}
          onValueChange={(value) => {
            setOtherTheme(value);
            edited("otherTheme");
          }}
          error={problems?.fields.otherTheme}
        />
      )}
      <fieldset
        id={`${prefix}-participants`}
        className={problems?.fields.participants ? "checkboxes participants field-invalid" : "checkboxes participants"}
        aria-describedby={participantsMessages.describedBy}
      >
        <legend>{t("networkPages.meetingForm.participants")}</legend>
        <FieldMessages
          id={`${prefix}-participants`}
          hint={t("networkPages.meetingForm.participantsHint")}
          error={problems?.fields.participants}
        />
        {organisations.map((organisation) => {
          const id = `${prefix}-participant-${organisation.id}`;
          const checked = roles.has(organisation.id);
          return (
            <div key={organisation.id} className="participant">
              <div className="checkbox">
                <input
                  type="checkbox"
                  id={id}
                  checked={checked}
                  onChange={(event) => toggle(organisation.id, event.target.checked)}
                />
                <label htmlFor={id}>{organisation.name}</label>
              </div>
              {checked && (
                <TextField
                  id={`${id}-roles`}
                  label={t("networkPages.meetingForm.roles", { name: organisation.name })}
                  hint={t("networkPages.meetingForm.rolesHint")}
                  autoComplete="off"
                  value={roles.get(organisation.id) ?? ""}
                  onValueChange={(value) => setRolesOf(organisation.id, value)}
                />
              )}
            </div>
          );
        })}
      </fieldset>
      <TextAreaField
        id={`${prefix}-notes`}
        label={t("networkPages.meetingForm.notes")}
        hint={t("networkPages.meetingForm.notesHint")}
        value={notes}
        onValueChange={(value) => {
          setNotes(value);
          edited("notes");
        }}
        error={problems?.fields.notes}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : meeting ? t("networkPages.meetingForm.save") : t("networkPages.meetingForm.create")}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t("ui.form.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
