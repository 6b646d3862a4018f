import { z } from "zod";
import { INDICATOR_FIELDS } from "../../services/statistics/importers/index.js";
import { id } from "./case-schemas.js";

/** Schemas of the statistics API: settings, plan goals, indicators and datasets. */

export const lang = z.enum(["sv", "en"]).optional();

export const statisticsSettings = z.object({
  minCell: z.number().int(),
  shareGapPoints: z.number(),
  relativeGapPercent: z.number(),
  version: z.number().int(),
});

export const settingsChange = z
  .object({
    minCell: z.number().int().min(1).max(100),
    shareGapPoints: z.number().min(0).max(100),
    relativeGapPercent: z.number().min(0).max(1000),
    version: z.number().int().min(0),
  })
  .strict();

export const planGoal = z.object({ id: z.string(), title: z.string(), createdAt: z.string() });
export const newPlanGoal = z.object({ title: z.string().trim().min(1).max(500) }).strict();

export const indicatorRole = z.enum(["indicator", "population"]);
export const measureKind = z.enum(["share", "rate", "mean", "count", "value"]);

export const indicatorSummary = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  measureKind,
  sourceKind: z.enum(["file", "scb", "kolada", "dataset"]),
  sourceLabel: z.string(),
  role: indicatorRole,
  departmentId: z.string().nullable(),
  planGoalId: z.string().nullable(),
  nationalSubgoals: z.array(z.number()).readonly(),
  periods: z.array(z.string()).readonly(),
  latestPeriod: z.string().nullable(),
  openDifferences: z.number(),
  version: z.number(),
});

const published = <T extends z.ZodType>(value: T) =>
  z.union([z.object({ kind: z.literal("shown"), value }), z.object({ kind: z.literal("suppressed") })]);

export const methodsNote = z.object({
  legalSex: z.literal(true),
  referenceDate: z.string().nullable(),
  minCell: z.number(),
  suppressionMark: z.literal(".."),
  sources: z.array(z.string()).readonly(),
  generatedAt: z.string(),
});

export const indicatorView = z.object({
  indicator: indicatorSummary.extend({ description: z.string() }),
  values: z
    .array(
      z.object({
        period: z.string(),
        areaCode: z.string(),
        areaName: z.string().nullable(),
        sex: z.enum(["K", "M", "T"]).nullable(),
        ageBand: z.string().nullable(),
        dimensions: z.record(z.string(), z.object({ code: z.string(), label: z.string() })),
        value: published(z.number().nullable()),
        count: published(z.number()).nullable(),
      }),
    )
    .readonly(),
  minCell: z.number(),
  methods: methodsNote,
});

export const indicatorChange = z
  .object({
    name: z.string().trim().min(1).max(500).optional(),
    description: z.string().max(20_000).optional(),
    unit: z.string().trim().max(100).nullable().optional(),
    measureKind: measureKind.optional(),
    departmentId: id.nullable().optional(),
    planGoalId: id.nullable().optional(),
    nationalSubgoals: z.array(z.number().int().min(1).max(6)).max(6).optional(),
    version: z.number().int().min(1),
  })
  .strict();

/** The column mapping as the import dialog sends it: a header (or null) per field, and the other breakdowns. */
export const columnMapping = z
  .object({
    ...(Object.fromEntries(
      INDICATOR_FIELDS.map((field) => [field, z.string().max(200).nullable().optional()]),
    ) as Record<(typeof INDICATOR_FIELDS)[number], z.ZodOptional<z.ZodNullable<z.ZodString>>>),
    dimensions: z.array(z.string().max(200)).max(50).optional(),
  })
  .strict();

export const fileName = z.string().trim().min(1).max(255);

export const previewQuery = z.object({ fileName, mapping: z.string().max(10_000).optional(), lang }).strict();

export const importQuery = z
  .object({
    fileName,
    mapping: z.string().max(10_000).optional(),
    role: indicatorRole.default("indicator"),
    measureKind: measureKind.optional(),
    unit: z.string().trim().max(100).optional(),
    acceptRejected: z.enum(["true", "false"]).optional(),
    lang,
  })
  .strict();

export const koladaBody = z
  .object({
    kpi: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_]{1,32}$/),
    municipalities: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9_]{1,32}$/),
      )
      .max(500),
    years: z.array(z.string().regex(/^\d{4}$/)).max(100),
    role: indicatorRole.optional(),
    measureKind: measureKind.optional(),
    unit: z.string().trim().max(100).optional(),
    acceptRejected: z.boolean().optional(),
  })
  .strict();

export const rejectedRow = z.object({ row: z.number(), reason: z.string() });

export const importAnswer = z.object({
  indicators: z.array(indicatorSummary).readonly(),
  imported: z.number(),
  rejected: z.array(rejectedRow).readonly(),
  warnings: z.array(z.string()).readonly(),
});

export const datasetView = z.object({
  id: z.string(),
  name: z.string(),
  fileName: z.string(),
  rowCount: z.number(),
  referenceDate: z.string().nullable(),
  columns: z.array(z.object({ name: z.string(), type: z.string() })).readonly(),
  invalidIdentity: z.object({ count: z.number(), rows: z.array(z.number()).readonly() }),
  createdAt: z.string(),
});

const columnName = z.string().trim().min(1).max(200);
export const ageBandsSpec = z.string().trim().min(1).max(500);

export const datasetQuery = z
  .object({
    fileName,
    name: z.string().trim().max(200).optional(),
    pnrColumn: columnName.optional(),
    referenceDate: z.iso.date().optional(),
    sexColumn: columnName.optional(),
    ageColumn: columnName.optional(),
  })
  .strict();

export const breakdownBody = z
  .object({
    by: z.array(columnName).max(10),
    ageBands: ageBandsSpec.optional(),
    mean: columnName.optional(),
    populationIndicatorId: id.optional(),
    populationPeriod: z.string().trim().min(1).max(50).optional(),
  })
  .strict();

/** The same as `breakdownBody` in a query string: `by` as "kommun,diagnosgrupp". */
export const breakdownQuery = z
  .object({
    by: z.string().max(2_000).default(""),
    ageBands: ageBandsSpec.optional(),
    mean: columnName.optional(),
    populationIndicatorId: id.optional(),
    populationPeriod: z.string().trim().min(1).max(50).optional(),
    lang,
  })
  .strict();

export const breakdownAnswer = z.object({
  rows: z.array(z.unknown()).readonly(),
  methods: methodsNote,
  minCell: z.number(),
});

export const saveAsIndicator = z
  .object({
    name: z.string().trim().min(1).max(500),
    period: z.string().trim().min(1).max(50),
    by: z.array(columnName).max(10),
    ageBands: ageBandsSpec.optional(),
    mean: columnName.optional(),
    measureKind: z.enum(["mean", "count", "share"]),
  })
  .strict();
