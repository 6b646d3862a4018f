import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../core/index.js";
import { FieldMessages, fieldMessageIds } from "./field-messages.js";

interface RoleCheckboxesProps {
  /** The fieldset's id; each checkbox gets `${id}-${role}`. */
  readonly id: string;
  readonly legend: string;
  readonly value: readonly Role[];
  readonly onValueChange: (roles: Role[]) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** One checkbox per role, grouped under a legend; the result keeps the canonical order of ROLES. */
export function RoleCheckboxes({ id, legend, value, onValueChange, hint, error }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const { describedBy } = fieldMessageIds(id, hint, error);
  const toggle = (role: Role, checked: boolean) =>
    onValueChange(ROLES.filter((r) => (r === role ? checked : value.includes(r))));
  return (
    <fieldset id={id} className={error ? "checkboxes field-invalid" : "checkboxes"} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {ROLES.map((role) => (
        <div className="checkbox" key={role}>
          <input
            type="checkbox"
            id={`${id}-${role}`}
            checked={value.includes(role)}
            onChange={(event) => toggle(role, event.target.checked)}
          />
          <label htmlFor={`${id}-${role}`}>{t(`roles.${role}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
