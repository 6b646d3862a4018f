import type { common as sv } from "../sv/common.js";
import type { Translation } from "../translation.js";

export const common: Translation<typeof sv> = {
  appName: "Jämt",
  roles: {
    case_officer: "Case officer",
    reviewer: "Reviewer (gender-equality expert)",
    secretary: "Committee secretary",
    elected_member: "Elected member",
    analyst: "Analyst",
    manager: "Manager",
    administrator: "Administrator",
    network_coordinator: "Network coordinator",
  },
  organisationKinds: {
    region: "Region",
    municipality: "Municipality",
    network_organiser: "Network organiser",
    other: "Other organisation",
  },
  bodyKinds: {
    council: "Council (fullmäktige)",
    board: "Executive board (styrelse)",
    committee: "Committee (nämnd)",
    other: "Other body",
  },
};
