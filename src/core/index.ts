export * from "./analysis/index.js";
export * from "./cases/index.js";
export * from "./errors.js";
export * from "./i18n/index.js";
export * from "./organisation.js";
export * from "./password-policy.js";
export * from "./permissions.js";
export * from "./roles.js";
