import type { Movement } from "../../api/network-types.js";

/** The organisations that appear on any occasion of the movement, in the order they first appear. */
export function movementOrganisations(movement: Movement): readonly { readonly id: string; readonly name: string }[] {
  const seen = new Map<string, string>();
  for (const occasion of movement.occasions) {
    for (const organisation of occasion.organisations) {
      if (!seen.has(organisation.organisationId)) seen.set(organisation.organisationId, organisation.name);
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}
