interface RowButtonProps {
  /** What the button does, as seen: "Ta bort". */
  readonly label: string;
  /** The row's name, added for screen readers so that each row's button has its own name: "Ta bort Region X". */
  readonly rowName: string;
  readonly onClick: () => void;
  readonly id?: string | undefined;
}

/** A small secondary button acting on one row of a table. */
export function RowButton({ label, rowName, onClick, id }: RowButtonProps) {
  return (
    <button type="button" id={id} className="button-secondary button-small" onClick={onClick}>
      {label}
      <span className="visually-hidden"> {rowName}</span>
    </button>
  );
}
