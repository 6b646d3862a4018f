export * from "./database.js";
export { isUniqueViolation } from "./dialect.js";
export { newId, now } from "./ids.js";
export * from "./migrate.js";
export * from "./repositories/index.js";
export type { Database } from "./schema.js";
