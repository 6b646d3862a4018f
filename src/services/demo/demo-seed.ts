import {
  countOrganisations,
  type Executor,
  insertOrganisation,
  insertUnit,
  insertUser,
  newId,
  now,
  replaceRoles,
} from "../../data/index.js";
import { hashPassword } from "../auth/password-hasher.js";
import { seedDemoCases } from "./demo-case-seed.js";
import { seedDemoChecklists } from "./demo-checklist-seed.js";
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from "./demo-data.js";
import { seedDemoNetworks } from "./demo-network-seed.js";
import { seedDemoStatistics } from "./demo-statistics-seed.js";

export type SeedOutcome = { readonly kind: "seeded" } | { readonly kind: "skipped"; readonly reason: "not_empty" };

/**
 * Loads the demo organisations and accounts, but only into an empty database (no
 * organisations yet), all in one transaction.
 */
export async function seedDemoData(db: Executor): Promise<SeedOutcome> {
  if ((await countOrganisations(db)) > 0) return { kind: "skipped", reason: "not_empty" };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const outcome = await db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: another server may have seeded meanwhile.
    if ((await countOrganisations(trx)) > 0) return { kind: "skipped", reason: "not_empty" } as const;
    const at = now();
    const organisationIds = new Map<string, string>();
    for (const organisation of DEMO_ORGANISATIONS) {
      const id = newId();
      organisationIds.set(organisation.name, id);
      await insertOrganisation(trx, { id, name: organisation.name, kind: organisation.kind, createdAt: at });
      for (const body of organisation.bodies) {
        await insertUnit(trx, "bodies", { id: newId(), organisationId: id, ...body, at });
      }
      for (const name of organisation.departments) {
        await insertUnit(trx, "departments", { id: newId(), organisationId: id, name, at });
      }
    }
    for (const account of DEMO_ACCOUNTS) {
      const userId = newId();
      await insertUser(trx, { id: userId, email: account.email, displayName: account.displayName, passwordHash, at });
      for (const organisationName of new Set(account.roles.map((r) => r.organisation))) {
        const roles = account.roles.filter((r) => r.organisation === organisationName).map((r) => r.role);
        const organisationId = organisationIds.get(organisationName) as string;
        await replaceRoles(trx, { userId, organisationId, roles, at });
      }
    }
    return { kind: "seeded" } as const;
  });
  if (outcome.kind === "seeded") {
    await seedDemoCases(db);
    await seedDemoChecklists(db);
    await seedDemoNetworks(db);
    await seedDemoStatistics(db);
  }
  return outcome;
}
