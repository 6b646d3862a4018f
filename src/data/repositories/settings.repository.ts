import type { Executor } from "./executor.js";

/**
 * Returns the stored value of a setting, storing `proposed` first if there is none.
 * Safe when several application servers start at once: the first writer wins.
 */
export async function settingOrInsert(db: Executor, key: string, proposed: string): Promise<string> {
  await db
    .insertInto("app_settings")
    .values({ key, value: proposed })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db.selectFrom("app_settings").select("value").where("key", "=", key).executeTakeFirstOrThrow();
  return row.value;
}
