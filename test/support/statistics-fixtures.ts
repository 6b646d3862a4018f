import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Permission } from "../../src/core/index.js";
import type { TestApp, TestClient } from "./test-app.js";

/**
 * What the access matrix calls the statistics routes (settings, plan goals, indicators,
 * datasets) on: an indicator and a dataset of Norrbotten's made by its analyst, fresh ones for
 * routes that use up what they change, and a stand-in for Kolada on 127.0.0.1.
 */

export interface StatisticsIds {
  readonly indicatorId: string;
  readonly datasetId: string;
  freshIndicator(): Promise<string>;
  freshGoal(): Promise<string>;
  freshDataset(): Promise<string>;
}

const INDICATOR_CSV = [
  "Indikator;År;Kommun;Kön;Värde;Antal",
  "Matrisens indikator;2024;2580;K;10;10",
  "Matrisens indikator;2024;2580;M;12;12",
].join("\n");

/** Ten people with sex and age columns (no identity numbers). */
const DATASET_CSV = `kon,alder,kommun\n${Array.from({ length: 10 }, (_, i) => `${i % 2 ? "M" : "K"},${20 + i},2580`).join("\n")}\n`;

const bytes = (text: string) => new TextEncoder().encode(text);

/** A stand-in for Kolada's API: every data call gets one page with one value. Its address, to give as `koladaUrl`. */
export async function startFakeKolada(): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        count: 1,
        values: [
          {
            kpi: "N00001",
            municipality: "2580",
            period: 2024,
            values: [{ gender: "T", value: 1, count: 1, status: "" }],
          },
        ],
        next_url: null,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
}

export async function statisticsSetup(t: TestApp, organisationId: string): Promise<StatisticsIds> {
  const base = `/api/v1/organisations/${organisationId}`;
  const analyst = await t.loginAs("analytiker@norrbotten.demo");
  let count = 0;
  const created = async (response: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
    const settled = await response;
    if (settled.statusCode !== 201)
      throw new Error(`statistics set-up failed (${settled.statusCode}): ${settled.body}`);
    return settled.json() as { id?: string; indicators?: { id: string }[] };
  };
  const freshIndicator = async () => {
    count += 1;
    const csv = INDICATOR_CSV.replace(/Matrisens indikator/g, `Matrisens indikator ${count}`);
    const answer = await created(analyst.upload(`${base}/indicators/import?fileName=matris-${count}.csv`, bytes(csv)));
    return answer.indicators?.[0]?.id as string;
  };
  const freshDataset = async () =>
    (await created(analyst.upload(`${base}/datasets?fileName=matris.csv`, bytes(DATASET_CSV)))).id as string;
  return {
    indicatorId: await freshIndicator(),
    datasetId: await freshDataset(),
    freshIndicator,
    freshGoal: async () => (await created(analyst.post(`${base}/plan-goals`, { title: "Matrisens mål" }))).id as string,
    freshDataset,
  };
}

type Call = (
  client: TestClient,
  ids: { organisationId: string; statistics: StatisticsIds },
  tag: string,
) => ReturnType<TestClient["get"]>;

const at = (i: { organisationId: string }, rest: string) => `/api/v1/organisations/${i.organisationId}/${rest}`;

/** Every statistics route of the API, with the permission it needs and a valid request. */
export const STATISTICS_ROUTES: ReadonlyArray<{ name: string; permission: Permission; call: Call }> = [
  {
    name: "GET statistics settings",
    permission: "statistics.read",
    call: (c, i) => c.get(at(i, "statistics/settings")),
  },
  {
    name: "PUT statistics settings",
    permission: "statistics.settings",
    call: async (c, i) => {
      const current = (await c.get(at(i, "statistics/settings"))).json();
      return c.put(at(i, "statistics/settings"), {
        minCell: 5,
        shareGapPoints: 5,
        relativeGapPercent: 10,
        version: current.version ?? 0,
      });
    },
  },
  { name: "GET plan goals", permission: "statistics.read", call: (c, i) => c.get(at(i, "plan-goals")) },
  {
    name: "POST plan goal",
    permission: "statistics.manage",
    call: (c, i, tag) => c.post(at(i, "plan-goals"), { title: `Mål ${tag}` }),
  },
  {
    name: "DELETE plan goal",
    permission: "statistics.manage",
    call: async (c, i) => c.delete(at(i, `plan-goals/${await i.statistics.freshGoal()}`)),
  },
  { name: "GET indicators", permission: "statistics.read", call: (c, i) => c.get(at(i, "indicators")) },
  {
    name: "POST indicator import preview",
    permission: "statistics.manage",
    call: (c, i) => c.upload(at(i, "indicators/import/preview?fileName=matris.csv"), bytes(INDICATOR_CSV)),
  },
  {
    name: "POST indicator import",
    permission: "statistics.manage",
    call: (c, i, tag) =>
      c.upload(
        at(i, "indicators/import?fileName=matris.csv"),
        bytes(INDICATOR_CSV.replace(/Matrisens indikator/g, `Import ${tag}`)),
      ),
  },
  {
    name: "POST indicators from Kolada",
    permission: "statistics.manage",
    call: (c, i) => c.post(at(i, "indicators/kolada"), { kpi: "N00001", municipalities: ["2580"], years: ["2024"] }),
  },
  {
    name: "GET indicator",
    permission: "statistics.read",
    call: (c, i) => c.get(at(i, `indicators/${i.statistics.indicatorId}`)),
  },
  {
    name: "PATCH indicator",
    permission: "statistics.manage",
    call: async (c, i) =>
      c.patch(at(i, `indicators/${await i.statistics.freshIndicator()}`), { version: 1, unit: "antal" }),
  },
  {
    name: "DELETE indicator",
    permission: "statistics.manage",
    call: async (c, i) => c.delete(at(i, `indicators/${await i.statistics.freshIndicator()}`)),
  },
  {
    name: "GET indicator export",
    permission: "statistics.read",
    call: (c, i) => c.get(at(i, `indicators/${i.statistics.indicatorId}/export.xlsx`)),
  },
  { name: "GET datasets", permission: "statistics.manage", call: (c, i) => c.get(at(i, "datasets")) },
  {
    name: "POST dataset",
    permission: "statistics.manage",
    call: (c, i) => c.upload(at(i, "datasets?fileName=matris.csv"), bytes(DATASET_CSV)),
  },
  {
    name: "GET dataset",
    permission: "statistics.manage",
    call: (c, i) => c.get(at(i, `datasets/${i.statistics.datasetId}`)),
  },
  {
    name: "DELETE dataset",
    permission: "statistics.manage",
    call: async (c, i) => c.delete(at(i, `datasets/${await i.statistics.freshDataset()}`)),
  },
  {
    name: "POST dataset breakdown",
    permission: "statistics.manage",
    call: (c, i) => c.post(at(i, `datasets/${i.statistics.datasetId}/breakdown`), { by: ["kommun"] }),
  },
  {
    name: "GET dataset breakdown export",
    permission: "statistics.manage",
    call: (c, i) => c.get(at(i, `datasets/${i.statistics.datasetId}/breakdown.csv?by=kommun`)),
  },
  {
    name: "POST dataset as indicator",
    permission: "statistics.manage",
    call: (c, i, tag) =>
      c.post(at(i, `datasets/${i.statistics.datasetId}/indicator`), {
        name: `Antal ${tag}`,
        period: "2024",
        by: ["kommun"],
        measureKind: "count",
      }),
  },
];
