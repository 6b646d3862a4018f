export * from "./audit.repository.js";
export * from "./executor.js";
export * from "./membership.repository.js";
export * from "./organisation.repository.js";
export * from "./session.repository.js";
export * from "./settings.repository.js";
export * from "./structure.repository.js";
export * from "./user.repository.js";
