/** Shared vocabulary: roles, kinds of organisation and body. Swedish is the source catalogue. */
export const common = {
  appName: "Jämt",
  roles: {
    case_officer: "Handläggare",
    reviewer: "Granskare (sakkunnig i jämställdhet)",
    secretary: "Sekreterare",
    elected_member: "Förtroendevald",
    analyst: "Analytiker",
    manager: "Chef",
    administrator: "Administratör",
    network_coordinator: "Nätverkskoordinator",
  },
  organisationKinds: {
    region: "Region",
    municipality: "Kommun",
    network_organiser: "Nätverksorganisatör",
    other: "Annan organisation",
  },
  bodyKinds: {
    council: "Fullmäktige",
    board: "Styrelse",
    committee: "Nämnd",
    other: "Annat organ",
  },
};
