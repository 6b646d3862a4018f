/** The dash written where a figure is missing; screen readers hear `label` ("uppgift saknas") instead. */
export function MissingValue({ label }: { readonly label: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
