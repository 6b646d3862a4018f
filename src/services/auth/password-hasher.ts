import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** N = 2^15, r = 8, p = 3: one of OWASP's equivalent minimum settings for scrypt (32 MiB per hash). */
const DEFAULTS = { logN: 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;

/**
 * Hashes a password with scrypt (memory-hard) and returns it in PHC string form:
 * `$scrypt$ln=15,r=8,p=3$<salt>$<hash>` (base64, no padding).
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { logN, r, p } = DEFAULTS;
  const hash = await derive(password, salt, logN, r, p);
  return `$scrypt$ln=${logN},r=${r},p=${p}$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

/** True when the password matches the stored PHC hash; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!match) return false;
  const [, logN, r, p, salt, hash] = match as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), Number(logN), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of no one's password, verified when an account does not exist so that timing does not tell. */
export const UNUSABLE_HASH = "$scrypt$ln=15,r=8,p=3$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return scryptAsync(password.normalize("NFC"), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r });
}
