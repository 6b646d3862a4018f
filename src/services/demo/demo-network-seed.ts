import type { SharingLevel } from "../../core/index.js";
import { type Executor, findOrganisationByName, findUserByEmail } from "../../data/index.js";
import type { Actor } from "../actor.js";
import { ComparisonService } from "../networks/comparison.service.js";
import { LearningMeetingService } from "../networks/learning-meeting.service.js";
import { MentorService } from "../networks/mentor.service.js";
import { RoundService } from "../networks/round.service.js";
import { NORRBOTTEN, SKR, VASTERBOTTEN } from "./demo-data.js";
import {
  DEMO_FIRST_ROUND,
  DEMO_FIRST_ROUND_MEETINGS,
  DEMO_SECOND_ROUND,
  DEMO_SKR_ROLES,
  type DemoLearningMeeting,
} from "./demo-networks.js";

/** Who records a member's own consent and lessons in the demo: an account of that region where there is one. */
const MEMBER_ACCOUNTS: Readonly<Record<string, { share: string; lessons: string }>> = {
  [NORRBOTTEN]: { share: "chef@norrbotten.demo", lessons: "granskare@norrbotten.demo" },
  [VASTERBOTTEN]: { share: "admin@vasterbotten.demo", lessons: "admin@vasterbotten.demo" },
};
const COORDINATOR = "koordinator@norrbotten.demo";

/**
 * Runs the demo network through the network services, as its coordinator does (and as the
 * regions themselves do for their consent and lessons), so that the demo obeys the same
 * rules as real work: SKR (demo) coordinates "Modellregioner 2018–2020" with Grupp Nord
 * and five learning meetings, and "Jämställd styrning 2026–2027" where Norrbotten mentors.
 */
export async function seedDemoNetworks(db: Executor): Promise<void> {
  const skr = await findOrganisationByName(db, SKR);
  if (!skr) return;
  const actor = async (email: string): Promise<Actor> => ({ userId: (await findUserByEmail(db, email))?.id ?? "" });
  const coordinator = await actor(COORDINATOR);
  const accountOf = async (organisation: string, task: "share" | "lessons") => {
    const email = MEMBER_ACCOUNTS[organisation]?.[task];
    return email ? actor(email) : coordinator;
  };
  const organisationIds = new Map<string, string>();
  const idOf = async (name: string): Promise<string> => {
    const known = organisationIds.get(name);
    if (known) return known;
    const found = await findOrganisationByName(db, name);
    if (!found) throw new Error(`demo organisation ${name} is missing`);
    organisationIds.set(name, found.id);
    return found.id;
  };
  organisationIds.set(SKR, skr.id);

  const rounds = new RoundService(db);
  const meetings = new LearningMeetingService(db);
  const mentors = new MentorService(db);
  const comparisons = new ComparisonService(db);

  const addMeeting = async (roundId: string, meeting: DemoLearningMeeting) => {
    const participants = [
      { organisationId: skr.id, roles: DEMO_SKR_ROLES },
      ...(await Promise.all(
        meeting.participants.map(async (p) => ({ organisationId: await idOf(p.organisation), roles: p.roles })),
      )),
    ];
    const created = await meetings.create(coordinator, skr.id, roundId, {
      date: meeting.date,
      theme: meeting.theme,
      notes: meeting.notes,
      participants,
    });
    for (const lesson of meeting.lessons) {
      const by = await accountOf(lesson.organisation, "lessons");
      await meetings.addLesson(by, await idOf(lesson.organisation), roundId, created.id, lesson.text);
    }
    return created.id;
  };

  const first = await rounds.create(coordinator, skr.id, {
    name: DEMO_FIRST_ROUND.name,
    startsOn: DEMO_FIRST_ROUND.startsOn,
    endsOn: DEMO_FIRST_ROUND.endsOn,
  });
  const northern = await rounds.createGroup(coordinator, skr.id, first.id, DEMO_FIRST_ROUND.group);
  for (const name of DEMO_FIRST_ROUND.members) {
    const memberId = await idOf(name);
    await rounds.invite(coordinator, skr.id, first.id, memberId);
    await rounds.placeMember(coordinator, skr.id, first.id, memberId, northern.id);
  }
  for (const consent of DEMO_FIRST_ROUND.sharing) {
    await comparisons.setSharing(
      await accountOf(consent.organisation, "share"),
      await idOf(consent.organisation),
      first.id,
      {
        level: consent.level as SharingLevel,
        includeComments: consent.includeComments,
      },
    );
  }
  for (const meeting of DEMO_FIRST_ROUND_MEETINGS) await addMeeting(first.id, meeting);

  const second = await rounds.create(coordinator, skr.id, {
    name: DEMO_SECOND_ROUND.name,
    startsOn: DEMO_SECOND_ROUND.startsOn,
  });
  const group = await rounds.createGroup(coordinator, skr.id, second.id, DEMO_SECOND_ROUND.group);
  for (const name of DEMO_SECOND_ROUND.members) {
    const memberId = await idOf(name);
    await rounds.invite(coordinator, skr.id, second.id, memberId);
    await rounds.placeMember(coordinator, skr.id, second.id, memberId, group.id);
  }
  const mentorId = await idOf(DEMO_SECOND_ROUND.mentor);
  // The mentor is chosen first, so that it can be named among those taking part in the meeting it supports.
  await mentors.add(coordinator, skr.id, second.id, mentorId, {
    themes: DEMO_SECOND_ROUND.mentorThemes,
    learningMeetingIds: [],
  });
  const meetingId = await addMeeting(second.id, DEMO_SECOND_ROUND.meeting);
  await mentors.update(coordinator, skr.id, second.id, mentorId, {
    themes: DEMO_SECOND_ROUND.mentorThemes,
    learningMeetingIds: [meetingId],
  });
}
