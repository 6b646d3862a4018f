import { spawn } from "node:child_process";
import net from "node:net";

/** How long the server may take to start, and to stop after SIGTERM, before it is killed. */
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const DEMO_PASSWORD = "jamt-demo-2026";

/** A free TCP port on the loopback interface. */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the built CLI (`node <cli> serve`) on a free loopback port with the given extra
 * environment, and resolves once it answers GET /healthz. Its output is kept, not shown,
 * unless it fails. `stop()` sends SIGTERM and resolves with the exit code.
 */
export async function startServer(cli, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, "serve"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), JAMT_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on("close", (code, signal) => resolve(code ?? signal)));
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);

  const url = `http://127.0.0.1:${port}`;
  const ready = await Promise.race([
    waitForHealth(url),
    exited.then(() => false),
    delay(START_TIMEOUT_MS).then(() => false),
  ]);
  if (!ready) {
    child.kill("SIGKILL");
    await exited;
    throw new Error(`the server did not start:\n${output}`);
  }

  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      const code = await exited;
      clearTimeout(timer);
      process.off("exit", killOnExit);
      if (code !== 0) console.warn(`warning: the server exited with ${code}:\n${output}`);
      return code;
    },
  };
}

/** Polls /healthz until it answers 200 (which also means `serve` has finished starting). */
async function waitForHealth(url) {
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await delay(100);
  }
}

/**
 * Logs in as a demo account like the web front end does (CSRF token, then log-in) and
 * returns the session cookie and the id of the account's first organisation.
 */
export async function login(url, email) {
  const csrf = await fetch(`${url}/api/v1/auth/csrf`);
  let cookie = sessionCookie(csrf) ?? "";
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`log-in as ${email} failed: ${response.status} ${await response.text()}`);
  cookie = sessionCookie(response) ?? cookie;
  const me = await response.json();
  const organisationId = me.memberships[0]?.organisation.id;
  if (!organisationId) throw new Error(`${email} belongs to no organisation`);
  return { cookie, organisationId };
}

function sessionCookie(response) {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("jamt_session="));
  return cookie?.split(";")[0];
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
