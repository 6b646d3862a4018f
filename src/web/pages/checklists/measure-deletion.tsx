import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { deleteMeasure } from "../../api/checklist-api.js";
import type { MeasureView } from "../../api/checklist-types.js";
import { ApiError } from "../../api/client.js";
import { ErrorAlert } from "../../components/form-alert.js";

interface MeasureDeletionProps {
  readonly orgId: string;
  readonly measure: MeasureView;
  readonly onDeleted: () => void;
  readonly onCancel: () => void;
}

/**
 * The question whether to take a measure off the agenda, under the item's measures: its heading
 * takes focus, nothing is removed until the user confirms, and a failure is said in the panel.
 */
export function MeasureDeletion({ orgId, measure, onDeleted, onCancel }: MeasureDeletionProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const headingId = `delete-measure-${measure.id}-heading`;

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await deleteMeasure(orgId, measure.id);
      onDeleted();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <section className="confirm-panel" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={heading}>
        {t("checklistPages.measures.deleteHeading", { title: measure.title })}
      </h3>
      <p>{t("checklistPages.measures.deleteText")}</p>
      {error && <ErrorAlert message={error} />}
      <div className="actions">
        <button type="button" className="button-danger" onClick={() => void confirm()}>
          {busy ? t("checklistPages.measures.deleting") : t("checklistPages.measures.deleteConfirm")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("ui.form.cancel")}
        </button>
      </div>
    </section>
  );
}
