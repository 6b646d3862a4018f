import { Fragment, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StructureChange, StructureSection, StructureUnit } from "./structure-api.js";
import { sortUnits } from "./structure-api.js";
import { StructureForm } from "./structure-form.js";

interface StructureTableProps {
  readonly section: StructureSection;
  readonly units: readonly StructureUnit[];
  /** Whether the user may change the structure (structure.manage). */
  readonly manage: boolean;
  readonly onEdit: (unit: StructureUnit, change: StructureChange) => Promise<void>;
  readonly onToggleArchived: (unit: StructureUnit) => Promise<void>;
  readonly onEditStart: () => void;
}

/** The bodies or departments, by name; with `manage`, each can be edited, archived or restored. */
export function StructureTable({ section, units, manage, onEdit, onToggleArchived, onEditStart }: StructureTableProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);
  const withKind = section === "bodies";
  const columns = 2 + Number(withKind) + Number(manage);

  useEffect(() => {
    if (editing !== null || returnFocusTo.current === null) return;
    document.getElementById(`edit-${returnFocusTo.current}`)?.focus();
    returnFocusTo.current = null;
  }, [editing]);

  const close = (id: string) => {
    returnFocusTo.current = id;
    setEditing(null);
  };

  if (units.length === 0) return <p>{t(`ui.${section}.empty`)}</p>;
  return (
    <div className="table-wrapper">
      <table>
        <caption>{t(`ui.${section}.caption`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`ui.${section}.name`)}</th>
            {withKind && <th scope="col">{t("ui.bodies.kind")}</th>}
            <th scope="col">{t(`ui.${section}.status`)}</th>
            {manage && <th scope="col">{t(`ui.${section}.actions`)}</th>}
          </tr>
        </thead>
        <tbody>
          {sortUnits(units, i18n.language).map((unit) => (
            <Fragment key={unit.id}>
              <tr className={unit.archived ? "archived" : undefined}>
                <th scope="row">{unit.name}</th>
                {withKind && <td>{unit.kind ? t(`bodyKinds.${unit.kind}`) : ""}</td>}
                <td>{unit.archived ? t(`ui.${section}.archived`) : t(`ui.${section}.active`)}</td>
                {manage && (
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button-secondary"
                      id={`edit-${unit.id}`}
                      aria-expanded={editing === unit.id}
                      onClick={() => {
                        onEditStart();
                        setEditing(editing === unit.id ? null : unit.id);
                      }}
                    >
                      {t(`ui.${section}.edit`)}
                      <span className="visually-hidden"> {unit.name}</span>
                    </button>
                    <button type="button" className="button-secondary" onClick={() => void onToggleArchived(unit)}>
                      {unit.archived ? t(`ui.${section}.unarchive`) : t(`ui.${section}.archive`)}
                      <span className="visually-hidden"> {unit.name}</span>
                    </button>
                  </td>
                )}
              </tr>
              {editing === unit.id && (
                <tr className="edit-row">
                  <td colSpan={columns}>
                    <StructureForm
                      section={section}
                      idPrefix={`edit-form-${unit.id}`}
                      legend={t(`ui.${section}.editHeading`, { name: unit.name })}
                      submitLabel={t("ui.form.save")}
                      initial={{ name: unit.name, kind: unit.kind ?? "committee" }}
                      onCancel={() => close(unit.id)}
                      onSubmit={async (values) => {
                        await onEdit(unit, withKind ? values : { name: values.name });
                        close(unit.id);
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
