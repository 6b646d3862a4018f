import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { checkRoundDates, defaultRoundEnd, parseDay, ROUND_MONTHS, SKR_CHECKLIST_KEY } from "../../../core/index.js";
import { createRound, listChecklists } from "../../api/network-api.js";
import type { ChecklistOption } from "../../api/network-types.js";
import { ErrorAlert, FormAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { useResource } from "../../hooks/use-resource.js";
import { currentLanguage } from "../../i18n.js";
import { organisationPath } from "../../session/home-path.js";
import { textIn } from "./format.js";
import { usePageProblems } from "./use-page-problems.js";

const FIELDS = ["name", "startsOn", "endsOn", "checklistId"];

/** What the round page is told when the round was just created, so it can say so. */
export interface RoundPageState {
  readonly created?: boolean;
}

/**
 * A new round: name, start, end (18 months after the start unless changed) and the checklist
 * the members assess themselves with. On success the coordinator goes on to the round.
 */
export function NewRoundForm({ orgId, labelledBy }: { readonly orgId: string; readonly labelledBy: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const checklists = useResource("checklists", (signal) => listChecklists(signal));
  const [name, setName] = useState("");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [endChanged, setEndChanged] = useState(false);
  const [checklistId, setChecklistId] = useState("");
  // Nothing else on the rounds page succeeds while the form is shown: creating a round leaves it.
  const { problems, setProblems, edited } = usePageProblems(0, "new-round", FIELDS);
  const [busy, setBusy] = useState(false);

  const options = checklists.resource.state === "ready" ? checklists.resource.data : [];
  const chosenChecklist = checklistId === "" ? (defaultChecklist(options)?.id ?? "") : checklistId;

  const changeStart = (value: string) => {
    setStartsOn(value);
    edited("startsOn");
    // The end follows the start (18 months) until the coordinator sets an end of their own.
    if (!endChanged) setEndsOn(parseDay(value) === undefined ? "" : defaultRoundEnd(value));
    // Whether the end comes after the start depends on both.
    edited("endsOn");
  };
  const changeEnd = (value: string) => {
    setEndsOn(value);
    setEndChanged(value !== "");
    edited("endsOn");
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dates = checkRoundDates(startsOn, endsOn);
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      name: name.trim() === "" && t("networkPages.newRound.nameRequired"),
      startsOn: parseDay(startsOn) === undefined && t("networkPages.newRound.startRequired"),
      endsOn:
        (endsOn !== "" && parseDay(endsOn) === undefined && t("networkPages.newRound.endInvalid")) ||
        (dates.kind === "end_before_start" && t("networkPages.newRound.endBeforeStart")),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      const round = await createRound(orgId, {
        name: name.trim(),
        startsOn,
        ...(endsOn === "" ? {} : { endsOn }),
        ...(chosenChecklist === "" ? {} : { checklistId: chosenChecklist }),
      });
      const state: RoundPageState = { created: true };
      navigate(organisationPath(orgId, `natverk/${encodeURIComponent(round.id)}`), { state });
    } catch (error) {
      setProblems(
        problemsFromError(error, {
          round_end_before_start: "endsOn",
          invalid_round_dates: "startsOn",
          duplicate_round_name: "name",
          unknown_checklist: "checklistId",
        }),
      );
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby={labelledBy}>
      <p>{t("networkPages.newRound.intro", { months: ROUND_MONTHS })}</p>
      <FormAlert problems={problems} idPrefix="new-round" fields={FIELDS} />
      <TextField
        id="new-round-name"
        label={t("networkPages.newRound.name")}
        hint={t("networkPages.newRound.nameHint")}
        required
        autoComplete="off"
        value={name}
        onValueChange={(value) => {
          setName(value);
          edited("name");
        }}
        error={problems?.fields.name}
      />
      <TextField
        id="new-round-startsOn"
        type="date"
        label={t("networkPages.newRound.startsOn")}
        hint={t("networkPages.common.dateHint")}
        required
        value={startsOn}
        onValueChange={changeStart}
        error={problems?.fields.startsOn}
      />
      <TextField
        id="new-round-endsOn"
        type="date"
        label={t("networkPages.newRound.endsOn")}
        hint={t("networkPages.newRound.endsOnHint", { months: ROUND_MONTHS })}
        value={endsOn}
        onValueChange={changeEnd}
        error={problems?.fields.endsOn}
      />
      {checklists.resource.state === "loading" && <Loading />}
      {checklists.resource.state === "failed" && <ErrorAlert message={checklists.resource.error.message} />}
      {options.length > 0 && (
        <SelectField
          id="new-round-checklistId"
          label={t("networkPages.newRound.checklist")}
          value={chosenChecklist}
          options={options.map((option) => ({
            value: option.id,
            label: t("networkPages.newRound.checklistOption", {
              name: textIn(option.latest.definition.name, currentLanguage()),
              version: option.latest.version,
            }),
          }))}
          onValueChange={(value) => {
            setChecklistId(value);
            edited("checklistId");
          }}
          error={problems?.fields.checklistId}
        />
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("networkPages.newRound.create")}
        </button>
      </div>
    </form>
  );
}

/** SKR's built-in checklist when it is there, else the first. */
function defaultChecklist(options: readonly ChecklistOption[]): ChecklistOption | undefined {
  return options.find((option) => option.key === SKR_CHECKLIST_KEY) ?? options.find((o) => o.builtIn) ?? options[0];
}
