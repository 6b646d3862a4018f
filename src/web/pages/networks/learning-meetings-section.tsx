import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { addLesson } from "../../api/network-api.js";
import type { LearningMeeting } from "../../api/network-types.js";
import { FormAlert } from "../../components/form-alert.js";
import { problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { currentLanguage } from "../../i18n.js";
import { useFormats } from "../meetings/format.js";
import { TextAreaField } from "../meetings/text-area-field.js";
import { LearningMeetingForm } from "./learning-meeting-form.js";
import type { RoundScope } from "./round-page.js";
import { themeLabel } from "./themes.js";
import { usePageProblems } from "./use-page-problems.js";

const LESSON_FIELDS = ["text"];

interface LearningMeetingsSectionProps {
  readonly scope: RoundScope;
  /** The coordinator: adds and changes meetings. */
  readonly manage?: boolean;
  /** A member with checklist.assess: writes its organisation's lessons. */
  readonly writeLessons?: boolean;
}

/** The round's learning meetings (lärandeträffar), in date order, each with its participants, notes and lessons. */
export function LearningMeetingsSection({ scope, manage = false, writeLessons = false }: LearningMeetingsSectionProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const language = currentLanguage();
  const meetings = [...scope.round.learningMeetings].sort((a, b) => a.date.localeCompare(b.date));

  const created = async (meeting: LearningMeeting) => {
    await scope.refresh();
    scope.announce(
      t("networkPages.meetings.created", {
        date: formats.longDate(meeting.date),
        theme: themeLabel(meeting.theme, language),
      }),
    );
  };

  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t("networkPages.meetings.heading")}</h2>
      <p>{t("networkPages.meetings.intro")}</p>
      {meetings.length === 0 ? (
        <p>{t("networkPages.meetings.none")}</p>
      ) : (
        <ol className="learning-meetings">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <MeetingView scope={scope} meeting={meeting} manage={manage} writeLessons={writeLessons} />
            </li>
          ))}
        </ol>
      )}
      {manage && <LearningMeetingForm scope={scope} onSaved={(meeting) => void created(meeting)} />}
    </section>
  );
}

interface MeetingViewProps {
  readonly scope: RoundScope;
  readonly meeting: LearningMeeting;
  readonly manage: boolean;
  readonly writeLessons: boolean;
}

function MeetingView({ scope, meeting, manage, writeLessons }: MeetingViewProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const language = currentLanguage();
  const [editing, setEditing] = useState(false);
  const [focusEdit, setFocusEdit] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `learning-meeting-${meeting.id}`;
  const theme = themeLabel(meeting.theme, language);
  const date = formats.longDate(meeting.date);
  const mentors = scope.round.mentors.filter((mentor) => mentor.learningMeetingIds.includes(meeting.id));
  const ownLesson = meeting.lessons.some((lesson) => lesson.organisationId === scope.orgId);

  useEffect(() => {
    if (!focusEdit) return;
    editButton.current?.focus();
    setFocusEdit(false);
  }, [focusEdit]);

  const closeEditor = () => {
    setEditing(false);
    setFocusEdit(true);
  };

  return (
    <article className="learning-meeting" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <time dateTime={meeting.date}>{date}</time>: {theme}
      </h3>
      <dl className="details">
        <dt>{t("networkPages.meetings.participants")}</dt>
        <dd>
          {meeting.participants.length === 0 ? (
            t("networkPages.meetings.noParticipants")
          ) : (
            <ul className="plain-list">
              {meeting.participants.map((participant) => (
                <li key={participant.organisationId}>
                  {participant.name}
                  {participant.roles.length > 0 && `: ${participant.roles.join(", ")}`}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {mentors.length > 0 && (
          <>
            <dt>{t("networkPages.meetings.mentors")}</dt>
            <dd>{mentors.map((mentor) => mentor.name).join(", ")}</dd>
          </>
        )}
        <dt>{t("networkPages.meetings.notes")}</dt>
        <dd className="preserve-lines">{meeting.notes === "" ? t("networkPages.meetings.noNotes") : meeting.notes}</dd>
      </dl>
      <h4>{t("networkPages.meetings.lessons")}</h4>
      {meeting.lessons.length === 0 ? (
        <p>{t("networkPages.meetings.noLessons")}</p>
      ) : (
        <ul className="lessons">
          {meeting.lessons.map((lesson) => (
            <li key={lesson.id}>
              <span className="lesson-organisation">{lesson.organisationName}:</span>{" "}
              <span className="preserve-lines">{lesson.text}</span>
            </li>
          ))}
        </ul>
      )}
      {writeLessons && <LessonForm scope={scope} meeting={meeting} heading={`${date}: ${theme}`} more={ownLesson} />}
      {manage && !editing && (
        <div className="actions">
          <button type="button" className="button-secondary" ref={editButton} onClick={() => setEditing(true)}>
            {t("networkPages.meetings.edit")}
            <span className="visually-hidden">
              {" "}
              {date}: {theme}
            </span>
          </button>
        </div>
      )}
      {manage && editing && (
        <LearningMeetingForm
          scope={scope}
          meeting={meeting}
          onCancel={closeEditor}
          onSaved={(saved) => {
            void scope.refresh().then(() => {
              closeEditor();
              scope.announce(
                t("networkPages.meetings.updated", {
                  date: formats.longDate(saved.date),
                  theme: themeLabel(saved.theme, language),
                }),
              );
            });
          }}
        />
      )}
    </article>
  );
}

interface LessonFormProps {
  readonly scope: RoundScope;
  readonly meeting: LearningMeeting;
  /** The meeting's name in the form's label, so each of the page's lesson forms has its own. */
  readonly heading: string;
  /** Whether the organisation already wrote a lesson from this meeting. */
  readonly more: boolean;
}

/** The member organisation's lesson (lärdom) from a meeting. */
function LessonForm({ scope, meeting, heading, more }: LessonFormProps) {
  const { t } = useTranslation();
  const prefix = `lesson-${meeting.id}`;
  const [text, setText] = useState("");
  const { problems, setProblems, edited } = usePageProblems(scope.successes, prefix, LESSON_FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      text: text.trim() === "" && t("networkPages.meetings.lessonRequired"),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      await addLesson(scope.orgId, scope.round.id, meeting.id, text.trim());
      await scope.refresh();
      setText("");
      scope.announce(t("networkPages.meetings.lessonSaved", { meeting: heading }));
    } catch (error) {
      setProblems(problemsFromError(error, { empty_lesson: "text" }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form lesson-form" onSubmit={submit}>
      <FormAlert problems={problems} idPrefix={prefix} fields={LESSON_FIELDS} />
      <TextAreaField
        id={`${prefix}-text`}
        rows={3}
        label={more ? t("networkPages.meetings.anotherLesson") : t("networkPages.meetings.lesson")}
        hint={t("networkPages.meetings.lessonHint", { meeting: heading })}
        value={text}
        onValueChange={(value) => {
          setText(value);
          edited("text");
        }}
        error={problems?.fields.text}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("networkPages.meetings.saveLesson")}
          <span className="visually-hidden"> {heading}</span>
        </button>
      </div>
    </form>
  );
}
