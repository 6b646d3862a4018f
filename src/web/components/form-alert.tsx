import type { MouseEvent } from "react";
import type { FormProblems } from "../hooks/form-problems.js";

interface FormAlertProps {
  readonly problems: FormProblems | null;
  /** Field `x` of the form has the element id `${idPrefix}-x`. */
  readonly idPrefix: string;
  /** The fields on the form; problems with these link to the field. */
  readonly fields: readonly string[];
}

/** The form's error summary, announced at once (role="alert"), linking each problem to its field. */
export function FormAlert({ problems, idPrefix, fields }: FormAlertProps) {
  if (!problems) return null;
  const entries = Object.entries(problems.fields);
  const only = entries.length === 1 ? entries[0] : undefined;
  if (only && only[1] === problems.message && fields.includes(only[0])) {
    // One problem that is the whole message: say it once, as a link to its field.
    return (
      <div role="alert" className="alert alert-error">
        <p className="alert-message">
          <a href={`#${idPrefix}-${only[0]}`} onClick={(event) => focusField(event, `${idPrefix}-${only[0]}`)}>
            {only[1]}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-message">{problems.message}</p>
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              {fields.includes(field) ? (
                <a href={`#${idPrefix}-${field}`} onClick={(event) => focusField(event, `${idPrefix}-${field}`)}>
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function focusField(event: MouseEvent, id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  const target = element.matches("input, select, textarea, button")
    ? element
    : element.querySelector<HTMLElement>("input, select, textarea, button");
  target?.focus();
}

/** A general failure (loading a list failed, the API refused), announced at once. */
export function ErrorAlert({ message }: { readonly message: string }) {
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-message">{message}</p>
    </div>
  );
}
