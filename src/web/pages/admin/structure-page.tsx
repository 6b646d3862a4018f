import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { StatusMessage } from "../../components/status-message.js";
import { problemsFromError } from "../../hooks/form-problems.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { type StructureChange, type StructureSection, type StructureUnit, structureApi } from "./structure-api.js";
import { StructureForm } from "./structure-form.js";
import { StructureTable } from "./structure-table.js";

/** Nämnder or avdelningar of the organisation: everyone sees the list, administrators change it. */
export function StructurePage({ section }: { readonly section: StructureSection }) {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const api = structureApi[section];
  const { resource, update } = useResource(`${section} ${orgId}`, (signal) => api.list(orgId, signal));
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const manage = can(membership, "structure.manage");
  useDocumentTitle(t(`ui.${section}.title`), membership.organisation.name);

  const replace = (unit: StructureUnit) => update((units) => units.map((u) => (u.id === unit.id ? unit : u)));

  /** Applies a change; rejects with ApiError so that an edit form can show the problem at its field. */
  const change = async (unit: StructureUnit, changes: StructureChange) => {
    setStatus(null);
    setFailure(null);
    const saved = await api.update(orgId, unit.id, changes);
    replace(saved);
    const message =
      changes.archived === true
        ? t(`ui.${section}.archivedMessage`, { name: saved.name })
        : changes.archived === false
          ? t(`ui.${section}.unarchivedMessage`, { name: saved.name })
          : t(`ui.${section}.updated`, { name: saved.name });
    setStatus(message);
  };

  const toggleArchived = async (unit: StructureUnit) => {
    try {
      await change(unit, { archived: !unit.archived });
    } catch (error) {
      setFailure(problemsFromError(error).message);
    }
  };

  return (
    <>
      <PageHeading>{t(`ui.${section}.title`)}</PageHeading>
      <p>{t(`ui.${section}.intro`)}</p>
      <StatusMessage message={status} />
      {failure && <ErrorAlert message={failure} />}
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <StructureTable
          section={section}
          units={resource.data}
          manage={manage}
          onEdit={change}
          onToggleArchived={toggleArchived}
          onEditStart={() => {
            setStatus(null);
            setFailure(null);
          }}
        />
      )}
      {manage && resource.state === "ready" && (
        <section aria-labelledby="create-heading">
          <h2 id="create-heading">{t(`ui.${section}.createHeading`)}</h2>
          <StructureForm
            section={section}
            idPrefix="create"
            labelledBy="create-heading"
            submitLabel={t(`ui.${section}.create`)}
            initial={{ name: "", kind: "committee" }}
            onSubmit={async (values) => {
              setStatus(null);
              const created = await api.create(orgId, values);
              update((units) => [...units, created]);
              setStatus(t(`ui.${section}.created`, { name: created.name }));
            }}
          />
        </section>
      )}
    </>
  );
}
