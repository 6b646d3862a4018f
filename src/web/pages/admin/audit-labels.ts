import type { TFunction } from "i18next";

/** The translated name of an audit entity type, or the raw value for one the catalogue does not know. */
export function auditEntityTypeLabel(t: TFunction, entityType: string): string {
  return t(`ui.audit.entityTypes.${entityType}` as "ui.audit.entityTypes.user", { defaultValue: entityType });
}

/** The translated name of an audit action, or the raw value for one the catalogue does not know. */
export function auditActionLabel(t: TFunction, action: string): string {
  return t(`ui.audit.actions.${action}` as "ui.audit.actions.create", { defaultValue: action });
}
