import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { inviteMember, listCandidates, placeMember, removeMember } from "../../api/network-api.js";
import type { Candidate } from "../../api/network-types.js";
import { ErrorAlert, FormAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { RowButton } from "../../components/row-button.js";
import { SelectField } from "../../components/select-field.js";
import { problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { useResource } from "../../hooks/use-resource.js";
import type { RoundScope } from "./round-page.js";
import { usePageProblems } from "./use-page-problems.js";
import { useRoundRemoval } from "./use-round-removal.js";

const INVITE_FIELDS = ["organisationId", "groupId"];
const PLACE_FIELDS = ["memberId", "groupId"];
/** The value of the group select that means "in no group". */
const NO_GROUP = "none";

/** The organisations taking part: who they are, their group and how widely they share; invite, place, remove. */
export function MembersSection({ scope }: { readonly scope: RoundScope }) {
  const { t } = useTranslation();
  const { round, orgId } = scope;
  const candidates = useResource(`network-candidates ${orgId}`, (signal) => listCandidates(orgId, signal));
  const { failure, remove } = useRoundRemoval(scope, "members-heading");
  const groupName = (groupId: string | null) =>
    round.groups.find((group) => group.id === groupId)?.name ?? t("networkPages.members.noGroup");

  const invitable =
    candidates.resource.state === "ready"
      ? candidates.resource.data.filter(
          (candidate) => !round.members.some((member) => member.organisationId === candidate.id),
        )
      : [];

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" tabIndex={-1}>
        {t("networkPages.members.heading")}
      </h2>
      {failure && <ErrorAlert message={failure} />}
      {round.members.length === 0 ? (
        <p>{t("networkPages.members.none")}</p>
      ) : (
        <div className="table-wrapper scroll-contained">
          <table aria-labelledby="members-heading">
            <thead>
              <tr>
                <th scope="col">{t("networkPages.members.organisation")}</th>
                <th scope="col">{t("networkPages.members.group")}</th>
                <th scope="col">{t("networkPages.members.sharing")}</th>
                <th scope="col">{t("networkPages.members.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {round.members.map((member) => (
                <tr key={member.organisationId}>
                  <th scope="row">{member.name}</th>
                  <td>{groupName(member.groupId)}</td>
                  <td>
                    {t(`networkPages.sharing.levelShort.${member.sharing.level}`)}
                    {member.sharing.level !== "none" &&
                      member.sharing.includeComments &&
                      `, ${t("networkPages.sharing.withComments")}`}
                  </td>
                  <td>
                    <RowButton
                      label={t("networkPages.members.remove")}
                      rowName={member.name}
                      onClick={() =>
                        void remove(
                          () => removeMember(orgId, round.id, member.organisationId),
                          t("networkPages.members.removed", { name: member.name }),
                        )
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {candidates.resource.state === "loading" && <Loading />}
      {candidates.resource.state === "failed" && <ErrorAlert message={candidates.resource.error.message} />}
      {candidates.resource.state === "ready" && <InviteForm scope={scope} candidates={invitable} />}
      {round.members.length > 0 && round.groups.length > 0 && <PlaceForm scope={scope} />}
    </section>
  );
}

/** Invites an organisation, straight into a group if the coordinator chooses one. */
function InviteForm({ scope, candidates }: { readonly scope: RoundScope; readonly candidates: readonly Candidate[] }) {
  const { t } = useTranslation();
  const { round, orgId } = scope;
  const [organisationId, setOrganisationId] = useState("");
  const [groupId, setGroupId] = useState(NO_GROUP);
  const { problems, setProblems, edited } = usePageProblems(scope.successes, "invite", INVITE_FIELDS);
  const [busy, setBusy] = useState(false);

  if (candidates.length === 0) {
    return (
      <>
        <h3>{t("networkPages.members.inviteHeading")}</h3>
        <p>{t("networkPages.members.noCandidates")}</p>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = candidates.find((candidate) => candidate.id === organisationId);
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      organisationId: !chosen && t("networkPages.members.organisationRequired"),
    });
    setProblems(found);
    if (!chosen) return;
    setBusy(true);
    try {
      await inviteMember(orgId, round.id, chosen.id);
      const group = round.groups.find((candidate) => candidate.id === groupId);
      if (group) await placeMember(orgId, round.id, chosen.id, group.id);
      await scope.refresh();
      setOrganisationId("");
      scope.announce(
        group
          ? t("networkPages.members.invitedToGroup", { name: chosen.name, group: group.name })
          : t("networkPages.members.invited", { name: chosen.name }),
      );
    } catch (error) {
      setProblems(
        problemsFromError(error, { already_member: "organisationId", coordinator_not_member: "organisationId" }),
      );
      await scope.refresh().catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby="invite-heading">
      <h3 id="invite-heading">{t("networkPages.members.inviteHeading")}</h3>
      <p>{t("networkPages.members.inviteIntro")}</p>
      <FormAlert problems={problems} idPrefix="invite" fields={INVITE_FIELDS} />
      <SelectField
        id="invite-organisationId"
        label={t("networkPages.members.organisation")}
        value={organisationId}
        options={[
          { value: "", label: t("networkPages.members.chooseOrganisation") },
          ...candidates.map((candidate) => ({ value: candidate.id, label: candidate.name })),
        ]}
        onValueChange={(value) => {
          setOrganisationId(value);
          edited("organisationId");
        }}
        error={problems?.fields.organisationId}
      />
      <GroupSelect
        id="invite-groupId"
        scope={scope}
        value={groupId}
        onValueChange={(value) => {
          setGroupId(value);
          edited("groupId");
        }}
        error={problems?.fields.groupId}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("networkPages.members.invite")}
        </button>
      </div>
    </form>
  );
}

/** Moves a member into a group, or out of every group. */
function PlaceForm({ scope }: { readonly scope: RoundScope }) {
  const { t } = useTranslation();
  const { round, orgId } = scope;
  const [memberId, setMemberId] = useState("");
  const [groupId, setGroupId] = useState(round.groups[0]?.id ?? NO_GROUP);
  const { problems, setProblems, edited } = usePageProblems(scope.successes, "place", PLACE_FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const member = round.members.find((candidate) => candidate.organisationId === memberId);
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      memberId: !member && t("networkPages.members.memberRequired"),
    });
    setProblems(found);
    if (!member) return;
    const group = round.groups.find((candidate) => candidate.id === groupId);
    setBusy(true);
    try {
      await placeMember(orgId, round.id, member.organisationId, group?.id ?? null);
      await scope.refresh();
      setMemberId("");
      scope.announce(
        group
          ? t("networkPages.members.placed", { name: member.name, group: group.name })
          : t("networkPages.members.unplaced", { name: member.name }),
      );
    } catch (error) {
      setProblems(problemsFromError(error, { unknown_group: "groupId" }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby="place-heading">
      <h3 id="place-heading">{t("networkPages.members.placeHeading")}</h3>
      <FormAlert problems={problems} idPrefix="place" fields={PLACE_FIELDS} />
      <SelectField
        id="place-memberId"
        label={t("networkPages.members.member")}
        value={memberId}
        options={[
          { value: "", label: t("networkPages.members.chooseOrganisation") },
          ...round.members.map((member) => ({ value: member.organisationId, label: member.name })),
        ]}
        onValueChange={(value) => {
          setMemberId(value);
          edited("memberId");
        }}
        error={problems?.fields.memberId}
      />
      <GroupSelect
        id="place-groupId"
        scope={scope}
        value={groupId}
        onValueChange={(value) => {
          setGroupId(value);
          edited("groupId");
        }}
        error={problems?.fields.groupId}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("networkPages.members.place")}
        </button>
      </div>
    </form>
  );
}

function GroupSelect({
  id,
  scope,
  value,
  onValueChange,
  error,
}: {
  readonly id: string;
  readonly scope: RoundScope;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t("networkPages.members.group")}
      value={value}
      options={[
        { value: NO_GROUP, label: t("networkPages.members.noGroup") },
        ...scope.round.groups.map((group) => ({
          value: group.id,
          label: t("networkPages.members.groupOption", { name: group.name, count: group.members.length }),
        })),
      ]}
      onValueChange={onValueChange}
      error={error}
    />
  );
}
