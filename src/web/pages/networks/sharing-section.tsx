import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { NO_SHARING, SHARING_LEVELS, type SharingLevel } from "../../../core/index.js";
import { setSharing } from "../../api/network-api.js";
import type { MemberSharing } from "../../api/network-types.js";
import { FormAlert } from "../../components/form-alert.js";
import { problemsFromError } from "../../hooks/form-problems.js";
import type { RoundScope } from "./round-page.js";
import { usePageProblems } from "./use-page-problems.js";

const FIELDS = ["level", "includeComments"];

interface SharingSectionProps {
  readonly scope: RoundScope;
  /** checklist.share: the organisation's manager or administrator decides. */
  readonly mayChange: boolean;
  /** Called after a change was saved (the comparison depends on it). */
  readonly onChanged: () => void;
}

/**
 * The member organisation's consent: who in the round sees its assessments (no one, its group,
 * the whole network), and whether comments and evidence go with the scores. Nothing is shared
 * until the organisation says so.
 */
export function SharingSection({ scope, mayChange, onChanged }: SharingSectionProps) {
  const { t } = useTranslation();
  const current = scope.round.members.find((member) => member.organisationId === scope.orgId)?.sharing ?? NO_SHARING;
  return (
    <section aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{t("networkPages.sharing.heading")}</h2>
      <p>{t("networkPages.sharing.intro")}</p>
      <p className="sharing-now">
        <strong>{t("networkPages.sharing.now")}</strong> <SharingText sharing={current} />
      </p>
      {mayChange ? (
        <SharingForm scope={scope} current={current} onChanged={onChanged} />
      ) : (
        <>
          <SharingExplanations />
          <p className="read-only-note">{t("networkPages.sharing.readOnly")}</p>
        </>
      )}
    </section>
  );
}

/** The setting in words: "Gruppen, utan kommentarer och underlag". */
function SharingText({ sharing }: { readonly sharing: MemberSharing }) {
  const { t } = useTranslation();
  if (sharing.level === "none") return <>{t("networkPages.sharing.levelShort.none")}</>;
  return (
    <>
      {t(`networkPages.sharing.levelShort.${sharing.level}`)},{" "}
      {sharing.includeComments ? t("networkPages.sharing.withComments") : t("networkPages.sharing.withoutComments")}
    </>
  );
}

/** Who sees what at each level, for those who may not change it. */
function SharingExplanations() {
  const { t } = useTranslation();
  return (
    <dl className="sharing-levels">
      {SHARING_LEVELS.map((level) => (
        <div key={level}>
          <dt>{t(`networkPages.sharing.levels.${level}`)}</dt>
          <dd>{t(`networkPages.sharing.explanations.${level}`)}</dd>
        </div>
      ))}
      <div>
        <dt>{t("networkPages.sharing.includeComments")}</dt>
        <dd>{t("networkPages.sharing.includeCommentsHint")}</dd>
      </div>
    </dl>
  );
}

interface SharingFormProps {
  readonly scope: RoundScope;
  readonly current: MemberSharing;
  readonly onChanged: () => void;
}

function SharingForm({ scope, current, onChanged }: SharingFormProps) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<SharingLevel>(current.level);
  const [includeComments, setIncludeComments] = useState(current.includeComments);
  const { problems, setProblems, edited } = usePageProblems(scope.successes, "sharing", FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems(null);
    setBusy(true);
    try {
      // Comments go nowhere when nothing is shared; the consent to them is not kept for later.
      const saved = await setSharing(scope.orgId, scope.round.id, {
        level,
        includeComments: level !== "none" && includeComments,
      });
      await scope.refresh();
      setLevel(saved.level);
      setIncludeComments(saved.includeComments);
      onChanged();
      scope.announce(
        saved.level === "none"
          ? t("networkPages.sharing.savedNone")
          : t("networkPages.sharing.saved", {
              level: t(`networkPages.sharing.levelShort.${saved.level}`).toLowerCase(),
              comments: saved.includeComments
                ? t("networkPages.sharing.withComments")
                : t("networkPages.sharing.withoutComments"),
            }),
      );
    } catch (error) {
      setProblems(problemsFromError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form sharing-form" onSubmit={submit} aria-labelledby="sharing-heading">
      <FormAlert problems={problems} idPrefix="sharing" fields={FIELDS} />
      <fieldset id="sharing-level" className="radios sharing-radios">
        <legend>{t("networkPages.sharing.legend")}</legend>
        {SHARING_LEVELS.map((option) => (
          <div className="radio radio-with-hint" key={option}>
            <input
              type="radio"
              id={`sharing-level-${option}`}
              name="sharing-level"
              value={option}
              checked={level === option}
              onChange={() => {
                setLevel(option);
                edited("level");
              }}
              aria-describedby={`sharing-level-${option}-hint`}
            />
            <label htmlFor={`sharing-level-${option}`}>{t(`networkPages.sharing.levels.${option}`)}</label>
            <p id={`sharing-level-${option}-hint`} className="hint">
              {t(`networkPages.sharing.explanations.${option}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="checkbox checkbox-with-hint">
        <input
          type="checkbox"
          id="sharing-includeComments"
          checked={level !== "none" && includeComments}
          disabled={level === "none"}
          onChange={(event) => {
            setIncludeComments(event.target.checked);
            edited("includeComments");
          }}
          aria-describedby="sharing-includeComments-hint"
        />
        <label htmlFor="sharing-includeComments">{t("networkPages.sharing.includeComments")}</label>
        <p id="sharing-includeComments-hint" className="hint">
          {t("networkPages.sharing.includeCommentsHint")}
          {level === "none" && ` ${t("networkPages.sharing.includeCommentsNone")}`}
        </p>
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("networkPages.sharing.save")}
        </button>
      </div>
    </form>
  );
}
