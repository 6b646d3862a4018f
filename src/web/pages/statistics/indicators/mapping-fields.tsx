import { useTranslation } from "react-i18next";
import {
  type ColumnMapping,
  INDICATOR_FIELDS,
  type IndicatorField,
  REQUIRED_FIELDS,
} from "../../../api/statistics-api.js";
import { SelectField } from "../../../components/select-field.js";

/** The fields the user has chosen a column for (null: "no column"); the API guesses the rest. */
export type MappingChoice = Partial<Record<IndicatorField, string | null>>;

const NONE = "";

interface MappingFieldsProps {
  readonly headers: readonly string[];
  /** The mapping the API used for the preview: its guesses with the user's choices laid over them. */
  readonly mapping: ColumnMapping;
  readonly choice: MappingChoice;
  readonly onChange: (choice: MappingChoice) => void;
}

/** One select per field of an indicator file, with the file's headers as options and the guess chosen. */
export function MappingFields({ headers, mapping, choice, onChange }: MappingFieldsProps) {
  const { t } = useTranslation();
  const options = [
    { value: NONE, label: t("statisticsPages.import.noColumn") },
    ...headers.filter((header) => header !== "").map((header) => ({ value: header, label: header })),
  ];
  return (
    <fieldset className="mapping" aria-describedby="mapping-intro">
      <legend>{t("statisticsPages.import.mappingHeading")}</legend>
      <p className="hint" id="mapping-intro">
        {t("statisticsPages.import.mappingIntro")}
      </p>
      <div className="mapping-grid">
        {INDICATOR_FIELDS.map((field) => {
          const name = t(`statistics.import.fields.${field}`);
          return (
            <SelectField
              key={field}
              id={`mapping-${field}`}
              label={REQUIRED_FIELDS.includes(field) ? t("statisticsPages.import.required", { field: name }) : name}
              value={mapping[field] ?? NONE}
              options={options}
              onValueChange={(value) => onChange({ ...choice, [field]: value === NONE ? null : value })}
            />
          );
        })}
      </div>
      {mapping.dimensions.length > 0 && (
        <p className="hint">{t("statisticsPages.import.dimensions", { columns: mapping.dimensions.join(", ") })}</p>
      )}
    </fieldset>
  );
}
