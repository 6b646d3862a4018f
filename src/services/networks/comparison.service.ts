import {
  type ChecklistDefinition,
  type Comparison,
  InvalidInputError,
  type ItemScore,
  isWithinRound,
  type MemberAssessments,
  type MovementOccasion,
  memberComparison,
  type OccasionAssessment,
  roundMovement,
  type Sharing,
} from "../../core/index.js";
import {
  type Executor,
  findRoundChecklistDefinition,
  listMembers,
  listRoundAssessmentItems,
  listRoundAssessments,
  type NetworkRoundWithCoordinatorRow,
  updateMemberSharing,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { coordinatedRound, membership } from "./round-access.js";
import { sharingOf } from "./round-view.js";

/**
 * Sharing and comparing in a round. Each member alone decides how widely its assessments
 * are shared; the comparisons then show each viewer only what that consent allows.
 */
export class ComparisonService {
  constructor(private readonly db: Executor) {}

  /** The member's own consent. A level of "none" never carries comments along. */
  async setSharing(actor: Actor, organisationId: string, roundId: string, sharing: Sharing): Promise<Sharing> {
    const { round, member } = await membership(this.db, organisationId, roundId);
    const next: Sharing = {
      level: sharing.level,
      includeComments: sharing.level !== "none" && sharing.includeComments,
    };
    await this.db.transaction().execute(async (trx) => {
      await updateMemberSharing(trx, { roundId: round.id, organisationId, ...next });
      await audit(trx, actor, {
        organisationId,
        entityType: "network_round",
        entityId: round.id,
        action: "sharing_changed",
        summary: { from: sharingOf(member), to: next },
      });
    });
    return next;
  }

  /** The member's own items on an occasion (its latest when none is named) beside the averages it may see. */
  async comparison(organisationId: string, roundId: string, occasion: string | null): Promise<Comparison> {
    const { round } = await membership(this.db, organisationId, roundId);
    const latest = await findRoundChecklistDefinition(this.db, round.checklist_id);
    if (!latest) throw new InvalidInputError("networks.errors.unknownChecklist");
    const itemCount = (JSON.parse(latest.definition) as ChecklistDefinition).items.length;
    return memberComparison({
      viewerId: organisationId,
      members: await this.memberAssessments(round),
      occasion: occasion?.trim() ? occasion : null,
      latestVersion: { id: latest.id, itemCount },
    });
  }

  /** The whole round's movement, for its coordinator. */
  async movement(organisationId: string, roundId: string): Promise<{ occasions: MovementOccasion[] }> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    return roundMovement(await this.memberAssessments(round));
  }

  /**
   * Every member's assessments on the round's checklist dated within the round, with scores
   * padded to the items of the version each was scored on. Comments are loaded here and let
   * out only by consent.
   */
  private async memberAssessments(round: NetworkRoundWithCoordinatorRow): Promise<MemberAssessments[]> {
    const members = await listMembers(this.db, round.id);
    const period = { startsOn: round.starts_on, endsOn: round.ends_on };
    const assessments = (
      await listRoundAssessments(
        this.db,
        round.checklist_id,
        members.map((member) => member.organisation_id),
      )
    ).filter((assessment) => isWithinRound(assessment.occasion_date, period));
    const items = await listRoundAssessmentItems(
      this.db,
      assessments.map((assessment) => assessment.id),
    );
    const itemCounts = new Map<string, number>();
    for (const versionId of new Set(assessments.map((assessment) => assessment.checklist_version_id))) {
      const version = await findRoundChecklistDefinition(this.db, round.checklist_id, versionId);
      itemCounts.set(versionId, version ? (JSON.parse(version.definition) as ChecklistDefinition).items.length : 0);
    }
    const toAssessment = (row: (typeof assessments)[number]): OccasionAssessment => {
      const mine = items.filter((item) => item.assessment_id === row.id);
      const scores: ItemScore[] = Array.from(
        { length: itemCounts.get(row.checklist_version_id) ?? 0 },
        (_, index) => mine.find((item) => item.item_no === index + 1)?.score ?? null,
      );
      return {
        occasion: row.occasion,
        date: row.occasion_date,
        checklistVersionId: row.checklist_version_id,
        scores,
        notes: mine.flatMap((item) => {
          const comment = item.comment.trim();
          const evidenceText = evidenceTextOf(item.evidence);
          return comment === "" && evidenceText === "" ? [] : [{ no: item.item_no, comment, evidenceText }];
        }),
      };
    };
    return members.map((member) => ({
      organisationId: member.organisation_id,
      name: member.name,
      groupId: member.group_id,
      sharing: sharingOf(member),
      assessments: assessments.filter((row) => row.organisation_id === member.organisation_id).map(toAssessment),
    }));
  }
}

function evidenceTextOf(evidence: string): string {
  try {
    const parsed = JSON.parse(evidence) as { text?: unknown };
    return typeof parsed.text === "string" ? parsed.text.trim() : "";
  } catch {
    return "";
  }
}
