export * from "./errors.js";
export * from "./i18n/index.js";
export * from "./organisation.js";
export * from "./password-policy.js";
export * from "./permissions.js";
export * from "./roles.js";
