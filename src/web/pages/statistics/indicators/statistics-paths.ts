import { organisationPath } from "../../../session/home-path.js";

/** The paths of the statistics pages (Swedish, as users see them in the address bar). */
export const statisticsPath = {
  list: (orgId: string) => organisationPath(orgId, "statistik"),
  import: (orgId: string) => organisationPath(orgId, "statistik/importera"),
  indicator: (orgId: string, indicatorId: string) =>
    organisationPath(orgId, `statistik/indikatorer/${encodeURIComponent(indicatorId)}`),
  datasets: (orgId: string) => organisationPath(orgId, "statistik/dataset"),
  dataset: (orgId: string, datasetId: string) =>
    organisationPath(orgId, `statistik/dataset/${encodeURIComponent(datasetId)}`),
  settings: (orgId: string) => organisationPath(orgId, "statistik/installningar"),
} as const;
