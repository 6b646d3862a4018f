import { z } from "zod";
import { BODY_KINDS, ORGANISATION_KINDS, PERMISSIONS, ROLES } from "../../core/index.js";

/** Schemas shared by several routes. Request bodies are strict: unknown fields are refused. */

export const organisationParams = z.object({ organisationId: z.string().min(1).max(64) });

export const role = z.enum(ROLES);

export const organisationSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS).or(z.string()),
});

export const me = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  memberships: z
    .array(
      z.object({
        organisation: organisationSummary,
        roles: z.array(role).readonly(),
        permissions: z.array(z.enum(PERMISSIONS)).readonly(),
      }),
    )
    .readonly(),
});

export const member = z.object({
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  roles: z.array(role).readonly(),
});

export const bodyKind = z.enum(BODY_KINDS);

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** The error answers every route may give, for the OpenAPI document. */
export const errorResponses = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export const email = z.string().trim().min(3).max(320).email();
export const displayName = z.string().trim().min(1).max(200);
export const password = z.string().min(1).max(1024);
