import { v7 as uuidv7 } from "uuid";

/** A new identifier: a UUID v7, so that ids sort in the order they were made. */
export function newId(): string {
  return uuidv7();
}

/** The current time as the ISO 8601 UTC string every timestamp column holds. */
export function now(): string {
  return new Date().toISOString();
}
