import type { BodyKind, Role } from "../../core/index.js";
import { apiRequest, renewCsrfToken } from "./client.js";
import type { AuditFilter, AuditPage, Body, Department, Me, Member, Organisation } from "./types.js";

/** One function per API operation the front end uses; each resolves to the answer or rejects with ApiError. */

const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;

export async function login(email: string, password: string): Promise<Me> {
  const me = await apiRequest<Me>("POST", "/auth/login", { email, password });
  await renewCsrfToken();
  return me;
}

export async function logout(): Promise<void> {
  await apiRequest<void>("POST", "/auth/logout");
  await renewCsrfToken();
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return apiRequest<void>("POST", "/auth/password", { currentPassword, newPassword });
}

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest<Me>("GET", "/me", undefined, signal);
}

export function getOrganisation(orgId: string, signal?: AbortSignal): Promise<Organisation> {
  return apiRequest<Organisation>("GET", org(orgId), undefined, signal);
}

export async function listMembers(orgId: string, signal?: AbortSignal): Promise<readonly Member[]> {
  const answer = await apiRequest<{ members: Member[] }>("GET", `${org(orgId)}/members`, undefined, signal);
  return answer.members;
}

export interface NewMember {
  readonly email: string;
  readonly displayName: string;
  readonly password?: string;
  readonly roles: readonly Role[];
}

export function addMember(orgId: string, member: NewMember): Promise<Member> {
  return apiRequest<Member>("POST", `${org(orgId)}/members`, member);
}

/** Replaces a member's roles; resolves to undefined when no roles were left and the member was removed. */
export function setMemberRoles(orgId: string, userId: string, roles: readonly Role[]): Promise<Member | undefined> {
  return apiRequest<Member | undefined>("PUT", `${org(orgId)}/members/${encodeURIComponent(userId)}/roles`, { roles });
}

export async function listBodies(orgId: string, signal?: AbortSignal): Promise<readonly Body[]> {
  const answer = await apiRequest<{ bodies: Body[] }>("GET", `${org(orgId)}/bodies`, undefined, signal);
  return answer.bodies;
}

export function createBody(orgId: string, body: { name: string; kind: BodyKind }): Promise<Body> {
  return apiRequest<Body>("POST", `${org(orgId)}/bodies`, body);
}

export function updateBody(
  orgId: string,
  bodyId: string,
  change: { name?: string; kind?: BodyKind; archived?: boolean },
): Promise<Body> {
  return apiRequest<Body>("PATCH", `${org(orgId)}/bodies/${encodeURIComponent(bodyId)}`, change);
}

export async function listDepartments(orgId: string, signal?: AbortSignal): Promise<readonly Department[]> {
  const answer = await apiRequest<{ departments: Department[] }>("GET", `${org(orgId)}/departments`, undefined, signal);
  return answer.departments;
}

export function createDepartment(orgId: string, department: { name: string }): Promise<Department> {
  return apiRequest<Department>("POST", `${org(orgId)}/departments`, department);
}

export function updateDepartment(
  orgId: string,
  departmentId: string,
  change: { name?: string; archived?: boolean },
): Promise<Department> {
  return apiRequest<Department>("PATCH", `${org(orgId)}/departments/${encodeURIComponent(departmentId)}`, change);
}

/** One page of the audit log, newest first. */
export function listAudit(
  orgId: string,
  filter: AuditFilter,
  page: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<AuditPage> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== "") query.set(key, value);
  query.set("limit", String(page.limit));
  query.set("offset", String(page.offset));
  return apiRequest<AuditPage>("GET", `${org(orgId)}/audit?${query}`, undefined, signal);
}
