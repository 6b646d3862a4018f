import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { EvidenceLink } from "../../api/checklist-types.js";
import { organisationPath } from "../../session/home-path.js";

/** A case that evidence can link to, as the pickers and the links show it. */
export interface CaseOption {
  readonly id: string;
  /** "RS 2026/12 Kvällsmottagning …" */
  readonly label: string;
}

/** The text a link is shown with: the case's number and title, or the label (the address when there is none). */
export function linkText(link: EvidenceLink, cases: ReadonlyMap<string, string>, unknownCase: string): string {
  if (link.kind === "case") return cases.get(link.caseId) ?? unknownCase;
  return link.label.trim() === "" ? link.url : link.label;
}

/** The links of a piece of evidence: cases open in Jämt, web addresses in the same tab as any link. */
export function EvidenceLinks({
  orgId,
  links,
  cases,
}: {
  readonly orgId: string;
  readonly links: readonly EvidenceLink[];
  readonly cases: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <ul className="evidence-links">
      {links.map((link) => (
        <li key={link.kind === "case" ? `case ${link.caseId}` : `url ${link.url}`}>
          {link.kind === "case" ? (
            <>
              <span className="link-kind">{t("checklistPages.links.caseKind")} </span>
              <Link to={organisationPath(orgId, `arenden/${encodeURIComponent(link.caseId)}`)}>
                {linkText(link, cases, t("checklistPages.links.unknownCase"))}
              </Link>
            </>
          ) : (
            <>
              <span className="link-kind">{t("checklistPages.links.urlKind")} </span>
              <a href={link.url} rel="noopener noreferrer">
                {linkText(link, cases, "")}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
