/** Exit codes of the `jamt` command, in one place. */
export const EXIT = {
  ok: 0,
  /** Some of the work failed (e.g. files that could not be read); the rest was done. */
  partial: 1,
  /** Wrong usage: unknown command or option. */
  usage: 2,
  /** The configuration is wrong. */
  config: 3,
  /** The database could not be opened, reached or migrated. */
  database: 4,
  /** The server could not listen (port in use). */
  listen: 5,
} as const;
