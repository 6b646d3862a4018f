import { FieldMessages, fieldMessageIds } from "../../../components/field-messages.js";

interface FileFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly accept: string;
  readonly error?: string | undefined;
  readonly onFile: (file: File | null) => void;
}

/** A labelled file input for one file, with its hint and error read out with it. */
export function FileField({ id, label, hint, accept, error, onFile }: FileFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        type="file"
        id={id}
        className="case-file-input"
        accept={accept}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}

interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

interface RadioGroupProps<T extends string> {
  readonly id: string;
  readonly legend: string;
  readonly value: T;
  readonly options: readonly RadioOption<T>[];
  readonly onValueChange: (value: T) => void;
}

/** A fieldset of radios, each with an optional hint tied to it. */
export function RadioGroup<T extends string>({ id, legend, value, options, onValueChange }: RadioGroupProps<T>) {
  return (
    <fieldset id={id}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div className="radio" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={id}
            checked={value === option.value}
            aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
            onChange={() => onValueChange(option.value)}
          />
          <div>
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            {option.hint && (
              <p className="hint" id={`${id}-${option.value}-hint`}>
                {option.hint}
              </p>
            )}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
