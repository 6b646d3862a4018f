import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { addMentor, listCandidates, removeMentor } from "../../api/network-api.js";
import type { Candidate } from "../../api/network-types.js";
import { ErrorAlert, FormAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { RowButton } from "../../components/row-button.js";
import { SelectField } from "../../components/select-field.js";
import { problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { useResource } from "../../hooks/use-resource.js";
import { currentLanguage } from "../../i18n.js";
import { useFormats } from "../meetings/format.js";
import type { RoundScope } from "./round-page.js";
import { isUsualTheme, LEARNING_MEETING_THEMES, themeLabel } from "./themes.js";
import { usePageProblems } from "./use-page-problems.js";
import { useRoundRemoval } from "./use-round-removal.js";

const FIELDS = ["organisationId", "themes", "learningMeetingIds"];

/**
 * Mentors: organisations that finished an earlier round and support this one, each linked to
 * the themes and learning meetings it supports. The coordinator adds them.
 */
export function MentorsSection({ scope, manage = false }: { readonly scope: RoundScope; readonly manage?: boolean }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const language = currentLanguage();
  const { round } = scope;
  const meetingName = (meetingId: string) => {
    const meeting = round.learningMeetings.find((candidate) => candidate.id === meetingId);
    return meeting ? `${formats.longDate(meeting.date)}: ${themeLabel(meeting.theme, language)}` : meetingId;
  };
  const { failure, remove } = useRoundRemoval(scope, "mentors-heading");
  return (
    <section aria-labelledby="mentors-heading">
      <h2 id="mentors-heading" tabIndex={-1}>
        {t("networkPages.mentors.heading")}
      </h2>
      <p>{t("networkPages.mentors.intro")}</p>
      {failure && <ErrorAlert message={failure} />}
      {round.mentors.length === 0 ? (
        <p>{t("networkPages.mentors.none")}</p>
      ) : (
        <div className="table-wrapper scroll-contained">
          <table aria-labelledby="mentors-heading">
            <thead>
              <tr>
                <th scope="col">{t("networkPages.mentors.organisation")}</th>
                <th scope="col">{t("networkPages.mentors.themes")}</th>
                <th scope="col">{t("networkPages.mentors.meetings")}</th>
                {manage && <th scope="col">{t("networkPages.mentors.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {round.mentors.map((mentor) => (
                <tr key={mentor.organisationId}>
                  <th scope="row">{mentor.name}</th>
                  <td>
                    {mentor.themes.length === 0
                      ? t("networkPages.mentors.noThemes")
                      : mentor.themes.map((theme) => themeLabel(theme, language)).join(", ")}
                  </td>
                  <td>
                    {mentor.learningMeetingIds.length === 0 ? (
                      t("networkPages.mentors.noMeetings")
                    ) : (
                      <ul className="plain-list">
                        {mentor.learningMeetingIds.map((meetingId) => (
                          <li key={meetingId}>{meetingName(meetingId)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {manage && (
                    <td>
                      <RowButton
                        label={t("networkPages.mentors.remove")}
                        rowName={mentor.name}
                        onClick={() =>
                          void remove(
                            () => removeMentor(scope.orgId, round.id, mentor.organisationId),
                            t("networkPages.mentors.removed", { name: mentor.name }),
                          )
                        }
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && <MentorFormLoader scope={scope} meetingName={meetingName} />}
    </section>
  );
}

interface MentorFormProps {
  readonly scope: RoundScope;
  readonly meetingName: (meetingId: string) => string;
}

function MentorFormLoader({ scope, meetingName }: MentorFormProps) {
  const candidates = useResource(`network-candidates ${scope.orgId}`, (signal) => listCandidates(scope.orgId, signal));
  if (candidates.resource.state === "loading") return <Loading />;
  if (candidates.resource.state === "failed") return <ErrorAlert message={candidates.resource.error.message} />;
  const { round } = scope;
  // A member of the round is not its mentor, and a mentor is added once.
  const open = candidates.resource.data.filter(
    (candidate) =>
      !round.members.some((member) => member.organisationId === candidate.id) &&
      !round.mentors.some((mentor) => mentor.organisationId === candidate.id),
  );
  return <MentorForm scope={scope} meetingName={meetingName} candidates={open} />;
}

/** Links a mentor to themes and meetings; the API refuses organisations that have not finished a round. */
function MentorForm({
  scope,
  meetingName,
  candidates,
}: MentorFormProps & { readonly candidates: readonly Candidate[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { round } = scope;
  const [organisationId, setOrganisationId] = useState("");
  const [themes, setThemes] = useState<readonly string[]>([]);
  const [meetingIds, setMeetingIds] = useState<readonly string[]>([]);
  const { problems, setProblems, edited } = usePageProblems(scope.successes, "mentor", FIELDS);
  const [busy, setBusy] = useState(false);

  // The usual themes, then the round's own themes of its meetings.
  const themeOptions = [
    ...LEARNING_MEETING_THEMES.map((theme) => theme.sv),
    ...round.learningMeetings.map((meeting) => meeting.theme).filter((theme) => !isUsualTheme(theme)),
  ].filter((theme, index, all) => all.indexOf(theme) === index);
  const toggle = (list: readonly string[], value: string, checked: boolean) =>
    checked ? [...list, value] : list.filter((entry) => entry !== value);

  if (candidates.length === 0) {
    return (
      <>
        <h3>{t("networkPages.mentors.addHeading")}</h3>
        <p>{t("networkPages.mentors.noCandidates")}</p>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = candidates.find((candidate) => candidate.id === organisationId);
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      organisationId: !chosen && t("networkPages.mentors.organisationRequired"),
    });
    setProblems(found);
    if (!chosen) return;
    setBusy(true);
    try {
      await addMentor(scope.orgId, round.id, {
        organisationId: chosen.id,
        themes: themeOptions.filter((theme) => themes.includes(theme)),
        learningMeetingIds: round.learningMeetings
          .map((meeting) => meeting.id)
          .filter((meetingId) => meetingIds.includes(meetingId)),
      });
      await scope.refresh();
      setOrganisationId("");
      setThemes([]);
      setMeetingIds([]);
      scope.announce(t("networkPages.mentors.added", { name: chosen.name }));
    } catch (error) {
      setProblems(
        problemsFromError(error, {
          mentor_not_finished: "organisationId",
          already_mentor: "organisationId",
          coordinator_not_member: "organisationId",
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby="mentor-heading">
      <h3 id="mentor-heading">{t("networkPages.mentors.addHeading")}</h3>
      <p>{t("networkPages.mentors.addIntro")}</p>
      <FormAlert problems={problems} idPrefix="mentor" fields={FIELDS} />
      <SelectField
        id="mentor-organisationId"
        label={t("networkPages.mentors.organisation")}
        value={organisationId}
        options={[
          { value: "", label: t("networkPages.mentors.chooseOrganisation") },
          ...candidates.map((candidate) => ({ value: candidate.id, label: candidate.name })),
        ]}
        onValueChange={(value) => {
          setOrganisationId(value);
          edited("organisationId");
        }}
        error={problems?.fields.organisationId}
      />
      <fieldset id="mentor-themes" className="checkboxes">
        <legend>{t("networkPages.mentors.themes")}</legend>
        {themeOptions.map((theme, index) => (
          <div className="checkbox" key={theme}>
            <input
              type="checkbox"
              id={`mentor-theme-${index}`}
              checked={themes.includes(theme)}
              onChange={(event) => {
                setThemes((current) => toggle(current, theme, event.target.checked));
                edited("themes");
              }}
            />
            <label htmlFor={`mentor-theme-${index}`}>{themeLabel(theme, language)}</label>
          </div>
        ))}
      </fieldset>
      {round.learningMeetings.length > 0 && (
        <fieldset id="mentor-learningMeetingIds" className="checkboxes">
          <legend>{t("networkPages.mentors.meetings")}</legend>
          {[...round.learningMeetings]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((meeting) => (
              <div className="checkbox" key={meeting.id}>
                <input
                  type="checkbox"
                  id={`mentor-meeting-${meeting.id}`}
                  checked={meetingIds.includes(meeting.id)}
                  onChange={(event) => {
                    setMeetingIds((current) => toggle(current, meeting.id, event.target.checked));
                    edited("learningMeetingIds");
                  }}
                />
                <label htmlFor={`mentor-meeting-${meeting.id}`}>{meetingName(meeting.id)}</label>
              </div>
            ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("networkPages.mentors.add")}
        </button>
      </div>
    </form>
  );
}
