import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, describeDatabase, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults to SQLite under ./data on port 3000 with demo data", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: "sqlite", file: path.resolve("data", "jamt.sqlite") });
    expect(config.demoData).toBe(true);
  });

  it("moves the SQLite database with JAMT_DATA_DIR", () => {
    const config = loadConfig({ JAMT_DATA_DIR: "/tmp/jamt-elsewhere" });
    expect(config.database).toEqual({ kind: "sqlite", file: "/tmp/jamt-elsewhere/jamt.sqlite" });
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://jamt@db.example/jamt", JAMT_DATABASE_SCHEMA: "pilot" });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://jamt@db.example/jamt", schema: "pilot" });
  });

  it("lists every bad variable at once", () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", JAMT_DEMO_DATA: "kanske" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join("\n");
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/JAMT_DEMO_DATA/);
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).database.kind).toBe("sqlite");
  });
});

describe("describeDatabase", () => {
  it("never prints a PostgreSQL password", () => {
    const text = describeDatabase({ kind: "postgres", url: "postgres://jamt:hemligt@db:5432/jamt" });
    expect(text).not.toContain("hemligt");
    expect(text).toContain("db:5432");
  });
});
