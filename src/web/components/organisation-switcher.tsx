import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Membership } from "../api/types.js";
import { organisationPath } from "../session/home-path.js";

interface OrganisationSwitcherProps {
  readonly memberships: readonly Membership[];
  readonly currentId: string | undefined;
}

/**
 * Chooses the organisation to work in. A select with a button rather than a select that
 * navigates on change, so that moving through the options never changes the page (WCAG 3.2.2).
 */
export function OrganisationSwitcher({ memberships, currentId }: OrganisationSwitcherProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(currentId ?? memberships[0]?.organisation.id ?? "");
  const [shownFor, setShownFor] = useState(currentId);
  if (shownFor !== currentId) {
    setShownFor(currentId);
    setChosen(currentId ?? chosen);
  }
  const current = memberships.find((m) => m.organisation.id === currentId);
  if (memberships.length < 2) {
    return current ? <p className="organisation-name">{current.organisation.name}</p> : null;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== "") navigate(organisationPath(chosen));
  };
  return (
    <form className="organisation-switcher" onSubmit={submit}>
      <label htmlFor="organisation-switcher">{t("ui.header.organisation")}</label>
      <select id="organisation-switcher" value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {memberships.map((m) => (
          <option key={m.organisation.id} value={m.organisation.id}>
            {m.organisation.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button-secondary">
        {t("ui.header.switchOrganisation")}
      </button>
    </form>
  );
}
