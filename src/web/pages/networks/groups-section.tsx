import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { createGroup } from "../../api/network-api.js";
import { FormAlert } from "../../components/form-alert.js";
import { TextField } from "../../components/text-field.js";
import { problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import type { RoundScope } from "./round-page.js";
import { usePageProblems } from "./use-page-problems.js";

const GROUP_FIELDS = ["name"];

/** The round's groups and who is in each; the coordinator adds groups here. */
export function GroupsSection({
  scope,
  readOnly = false,
}: {
  readonly scope: RoundScope;
  readonly readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const { round } = scope;
  const ungrouped = round.members.filter((member) => member.groupId === null);
  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t("networkPages.groups.heading")}</h2>
      {!readOnly && <p>{t("networkPages.groups.intro")}</p>}
      {round.groups.length === 0 ? (
        <p>{t("networkPages.groups.none")}</p>
      ) : (
        <ul className="group-list">
          {round.groups.map((group) => (
            <li key={group.id}>
              <article className="group-card" aria-labelledby={`group-${group.id}`}>
                <h3 id={`group-${group.id}`}>{group.name}</h3>
                {group.members.length === 0 ? (
                  <p>{t("networkPages.groups.empty")}</p>
                ) : (
                  <ul>
                    {byName(group.members).map((member) => (
                      <li key={member.organisationId}>{member.name}</li>
                    ))}
                  </ul>
                )}
                <p className="muted">{t("networkPages.groups.count", { count: group.members.length })}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
      {ungrouped.length > 0 && (
        <p>
          {t("networkPages.groups.ungrouped", {
            count: ungrouped.length,
            names: ungrouped.map((member) => member.name).join(", "),
          })}
        </p>
      )}
      {!readOnly && <NewGroupForm scope={scope} />}
    </section>
  );
}

function NewGroupForm({ scope }: { readonly scope: RoundScope }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const { problems, setProblems, edited } = usePageProblems(scope.successes, "new-group", GROUP_FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      name: name.trim() === "" && t("networkPages.groups.nameRequired"),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      const group = await createGroup(scope.orgId, scope.round.id, name.trim());
      await scope.refresh();
      setName("");
      scope.announce(t("networkPages.groups.created", { name: group.name }));
    } catch (error) {
      setProblems(problemsFromError(error, { duplicate_group_name: "name" }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby="new-group-heading">
      <h3 id="new-group-heading">{t("networkPages.groups.newHeading")}</h3>
      <FormAlert problems={problems} idPrefix="new-group" fields={GROUP_FIELDS} />
      <TextField
        id="new-group-name"
        label={t("networkPages.groups.name")}
        hint={t("networkPages.groups.nameHint")}
        autoComplete="off"
        required
        value={name}
        onValueChange={(value) => {
          setName(value);
          edited("name");
        }}
        error={problems?.fields.name}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("networkPages.groups.create")}
        </button>
      </div>
    </form>
  );
}

/** A member's own group and the other organisations in it. */
export function OwnGroupSection({ scope }: { readonly scope: RoundScope }) {
  const { t } = useTranslation();
  const { round, orgId } = scope;
  const own = round.members.find((member) => member.organisationId === orgId);
  const group = round.groups.find(
    (candidate) => candidate.id === own?.groupId || candidate.members.some((member) => member.organisationId === orgId),
  );
  const others = byName(group?.members.filter((member) => member.organisationId !== orgId) ?? []);
  return (
    <section aria-labelledby="own-group-heading">
      <h2 id="own-group-heading">{t("networkPages.ownGroup.heading")}</h2>
      {group ? (
        <>
          <p>{t("networkPages.ownGroup.inGroup", { name: group.name })}</p>
          {others.length === 0 ? (
            <p>{t("networkPages.ownGroup.alone")}</p>
          ) : (
            <>
              <h3>{t("networkPages.ownGroup.others")}</h3>
              <ul>
                {others.map((member) => (
                  <li key={member.organisationId}>{member.name}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>{t("networkPages.ownGroup.none")}</p>
      )}
    </section>
  );
}

/** Organisations in alphabetical order, the Swedish way (å, ä, ö last). */
function byName<T extends { readonly name: string }>(organisations: readonly T[]): readonly T[] {
  return [...organisations].sort((a, b) => a.name.localeCompare(b.name, "sv"));
}
