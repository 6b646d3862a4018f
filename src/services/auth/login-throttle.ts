/**
 * Counts failed log-in attempts per key (account and address) within a window. After
 * `max` failures the key is refused until the window that began with the first failure
 * has passed; a successful log-in clears the count. Kept in memory, per server.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may try now. */
  waitFor(key: string): number {
    const entry = this.current(key);
    return entry && entry.count >= this.max ? entry.resetAt - this.clock() : 0;
  }

  recordFailure(key: string): void {
    const entry = this.current(key) ?? { count: 0, resetAt: this.clock() + this.windowMs };
    this.failures.set(key, { ...entry, count: entry.count + 1 });
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  private current(key: string) {
    const entry = this.failures.get(key);
    if (entry && entry.resetAt <= this.clock()) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }
}
