import type { Role } from "../../src/core/index.js";
import { insertOrganisation, insertUser, newId, now, replaceRoles } from "../../src/data/index.js";
import { DEMO_PASSWORD, hashPassword } from "../../src/services/index.js";
import type { TestApp, TestClient } from "./test-app.js";

let passwordHash: Promise<string> | undefined;

export interface TestOrganisation {
  readonly id: string;
  readonly name: string;
  /** One logged-in client per role asked for, each its own account in this organisation only. */
  readonly as: Readonly<Partial<Record<Role, TestClient>>>;
}

/**
 * Adds an organisation of its own to the test database, with one account per role (all with
 * the demo password), so that a test can build a network of any shape.
 */
export async function addOrganisation(
  t: TestApp,
  name: string,
  roles: readonly Role[],
  kind = "region",
): Promise<TestOrganisation> {
  const db = t.application.database.db;
  passwordHash ??= hashPassword(DEMO_PASSWORD);
  const hash = await passwordHash;
  const id = newId();
  const at = now();
  const slug = id.slice(-12);
  await insertOrganisation(db, { id, name, kind, createdAt: at });
  const as: Partial<Record<Role, TestClient>> = {};
  for (const role of roles) {
    const email = `${role.replace(/_/g, "-")}@${slug}.test`;
    const userId = newId();
    await insertUser(db, { id: userId, email, displayName: `${role} i ${name}`, passwordHash: hash, at });
    await replaceRoles(db, { userId, organisationId: id, roles: [role], at });
    as[role] = await t.loginAs(email);
  }
  return { id, name, as };
}

/** Records an assessment through the API; `comment` goes on every item, with the same text as evidence. */
export async function recordAssessment(
  client: TestClient,
  organisationId: string,
  assessment: { occasion: string; date: string; scores: readonly (number | null)[]; comment?: string },
): Promise<string> {
  const response = await client.post(`/api/v1/organisations/${organisationId}/assessments`, {
    occasion: assessment.occasion,
    date: assessment.date,
    participants: ["jämställdhetsstrateg"],
    items: assessment.scores.map((score, index) => ({
      no: index + 1,
      score,
      ...(assessment.comment
        ? {
            comment: `${assessment.comment} (punkt ${index + 1})`,
            evidence: { text: `Underlag: ${assessment.comment}`, links: [] },
          }
        : {}),
    })),
  });
  if (response.statusCode !== 201) throw new Error(`assessment failed: ${response.body}`);
  return response.json().id as string;
}

/** Fails the test with the answer's body unless the status is the one expected. */
export function expectStatus(response: { statusCode: number; body: string }, status: number): void {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
}
