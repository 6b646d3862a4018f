import type { catalogues } from "../core/index.js";

/** Makes `t("ui.login.title")` checked against the Swedish catalogue at compile time. */
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: (typeof catalogues)["sv"] };
  }
}
