import "../../styles/cases.css";
import "../../styles/decisions.css";
import "../../styles/checklists.css";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistDefinition } from "../../../core/index.js";
import {
  createChecklist,
  createChecklistVersion,
  listChecklists,
  updateChecklistVersion,
} from "../../api/checklist-api.js";
import type { ChecklistSummary } from "../../api/checklist-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { RowButton } from "../../components/row-button.js";
import { StatusMessage } from "../../components/status-message.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { typedNumber, useScoreFormats } from "./checklist-format.js";
import { checklistsOf } from "./checklist-query.js";
import { DefinitionDetails } from "./definition-details.js";
import { draftOfDefinition, emptyDraft } from "./definition-draft.js";
import { DefinitionForm } from "./definition-form.js";
import { useFocusLater } from "./use-focus-later.js";

/** What the page shows below the list: nothing, one checklist to read, or a form. */
type Panel =
  | { readonly kind: "none" }
  | { readonly kind: "view"; readonly checklist: ChecklistSummary }
  | { readonly kind: "new" }
  | { readonly kind: "edit"; readonly checklist: ChecklistSummary }
  | { readonly kind: "version"; readonly checklist: ChecklistSummary };

/**
 * Checklistor (administration): the checklists the organisation can assess itself on. The
 * built-in SKR checklist is read-only; the organisation's own can be added, changed while no
 * assessment uses their latest version, and given a new version once one does — so that past
 * assessments never change.
 */
export function ChecklistDefinitionsPage() {
  const { t, i18n } = useTranslation();
  const formats = useScoreFormats();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const { resource, reload } = useResource(`checklists ${orgId}`, (signal) => listChecklists(signal));
  const [panel, setPanel] = useState<Panel>({ kind: "none" });
  const [status, setStatus] = useState<string | null>(null);
  // Focus returns to where the user came from once the panel is closed.
  const setFocusId = useFocusLater();
  const listHeading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t("checklistPages.definitions.title"), membership.organisation.name);

  if (!can(membership, "checklists.define")) {
    return (
      <>
        <PageHeading>{t("checklistPages.definitions.title")}</PageHeading>
        <p>{t("checklistPages.definitions.notAllowed")}</p>
      </>
    );
  }

  const checklists = resource.state === "ready" ? checklistsOf(orgId, resource.data) : [];
  const close = (returnTo: string) => {
    setPanel({ kind: "none" });
    setFocusId(returnTo);
  };
  const done = (message: string) => {
    setPanel({ kind: "none" });
    setStatus(message);
    reload();
    setFocusId("checklists-heading");
  };
  const nameOf = (definition: ChecklistDefinition) => formats.text(definition.name);
  const typed = (value: number) => typedNumber(value, i18n.language);

  return (
    <>
      <PageHeading>{t("checklistPages.definitions.title")}</PageHeading>
      <p>{t("checklistPages.definitions.intro")}</p>
      <StatusMessage message={status} />
      <h2 id="checklists-heading" tabIndex={-1} ref={listHeading}>
        {t("checklistPages.definitions.listHeading")}
      </h2>
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <div className="table-wrapper scroll-contained">
          {/* Named by the heading above it, which says the same: no caption to read twice. */}
          <table className="definitions-table" aria-labelledby="checklists-heading">
            <thead>
              <tr>
                <th scope="col">{t("checklistPages.definitions.nameColumn")}</th>
                <th scope="col">{t("checklistPages.definitions.kindColumn")}</th>
                <th scope="col">{t("checklistPages.definitions.scaleColumn")}</th>
                <th scope="col" className="numeric">
                  {t("checklistPages.definitions.itemsColumn")}
                </th>
                <th scope="col">{t("checklistPages.definitions.versionsColumn")}</th>
                <th scope="col">{t("checklistPages.definitions.actionsColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {checklists.map((checklist) => {
                const { definition, version, inUse } = checklist.latest;
                const name = nameOf(definition);
                return (
                  <tr key={checklist.id}>
                    <th scope="row">{name}</th>
                    <td>
                      {checklist.builtIn ? (
                        <span className="tag tag-built-in">{t("checklistPages.definitions.builtIn")}</span>
                      ) : (
                        t("checklistPages.definitions.own")
                      )}
                    </td>
                    <td>
                      {t("checklistPages.definitions.scaleSummary", {
                        min: formats.score(definition.scale.min),
                        max: formats.score(definition.scale.max),
                        step: formats.score(definition.scale.step),
                      })}
                    </td>
                    <td className="numeric">{definition.items.length}</td>
                    <td>
                      <ul className="plain-list version-list">
                        {checklist.versions.map((v) => (
                          <li key={v.version}>
                            {v.inUse
                              ? t("checklistPages.definitions.versionInUse", { version: v.version })
                              : t("checklistPages.definitions.versionUnused", { version: v.version })}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <div className="row-actions">
                        <RowButton
                          id={`view-${checklist.id}`}
                          label={t("checklistPages.definitions.view")}
                          rowName={name}
                          onClick={() => setPanel({ kind: "view", checklist })}
                        />
                        {!checklist.builtIn && !inUse && (
                          <RowButton
                            id={`edit-${checklist.id}`}
                            label={t("checklistPages.definitions.edit", { version })}
                            rowName={name}
                            onClick={() => setPanel({ kind: "edit", checklist })}
                          />
                        )}
                        {!checklist.builtIn && (
                          <RowButton
                            id={`version-${checklist.id}`}
                            label={t("checklistPages.definitions.createVersion")}
                            rowName={name}
                            onClick={() => setPanel({ kind: "version", checklist })}
                          />
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {panel.kind === "none" && (
        <p>
          <button type="button" id="add-checklist" onClick={() => setPanel({ kind: "new" })}>
            {t("checklistPages.definitions.add")}
          </button>
        </p>
      )}
      {panel.kind === "view" && (
        <DefinitionDetails checklist={panel.checklist} onClose={() => close(`view-${panel.checklist.id}`)} />
      )}
      {panel.kind === "new" && (
        <DefinitionForm
          key="new"
          idPrefix="definition"
          heading={t("checklistPages.definitions.addHeading")}
          intro={t("checklistPages.definitions.addIntro")}
          initial={emptyDraft()}
          submitLabel={t("checklistPages.definitions.addSubmit")}
          onSubmit={async (definition) => {
            const created = await createChecklist(orgId, definition);
            done(t("checklistPages.definitions.added", { name: nameOf(created.latest.definition) }));
          }}
          onCancel={() => close("add-checklist")}
        />
      )}
      {panel.kind === "edit" && (
        <DefinitionForm
          key={`edit ${panel.checklist.id}`}
          idPrefix="definition"
          heading={t("checklistPages.definitions.editHeading", {
            name: nameOf(panel.checklist.latest.definition),
            version: panel.checklist.latest.version,
          })}
          intro={t("checklistPages.definitions.editIntro")}
          initial={draftOfDefinition(panel.checklist.latest.definition, typed)}
          submitLabel={t("checklistPages.definitions.editSubmit")}
          onSubmit={async (definition) => {
            const saved = await updateChecklistVersion(
              orgId,
              panel.checklist.id,
              panel.checklist.latest.version,
              definition,
            );
            done(t("checklistPages.definitions.saved", { name: nameOf(saved.definition), version: saved.version }));
          }}
          onCreateVersion={async (definition) => {
            const created = await createChecklistVersion(orgId, panel.checklist.id, definition);
            done(
              t("checklistPages.definitions.versionCreated", {
                name: nameOf(created.definition),
                version: created.version,
              }),
            );
          }}
          onCancel={() => close(`edit-${panel.checklist.id}`)}
        />
      )}
      {panel.kind === "version" && (
        <DefinitionForm
          key={`version ${panel.checklist.id}`}
          idPrefix="definition"
          heading={t("checklistPages.definitions.versionHeading", {
            name: nameOf(panel.checklist.latest.definition),
            version: panel.checklist.latest.version + 1,
          })}
          intro={t("checklistPages.definitions.versionIntro")}
          initial={draftOfDefinition(panel.checklist.latest.definition, typed)}
          submitLabel={t("checklistPages.definitions.versionSubmit")}
          onSubmit={async (definition) => {
            const created = await createChecklistVersion(orgId, panel.checklist.id, definition);
            done(
              t("checklistPages.definitions.versionCreated", {
                name: nameOf(created.definition),
                version: created.version,
              }),
            );
          }}
          onCancel={() => close(`version-${panel.checklist.id}`)}
        />
      )}
    </>
  );
}
