/**
 * The part of jsonstat-toolkit (the JSON-stat format's reference reader, which ships no types)
 * that the SCB importer calls. See the package's docs/API.md.
 *
 * WARNING: `JSONstat(document)` rewrites parts of `document` in place (category indexes given
 * as arrays become objects): pass it a value of your own, such as one just parsed.
 */
declare module "jsonstat-toolkit" {
  export interface JsonStatCategory {
    readonly label: string;
    readonly unit: { readonly base?: string; readonly decimals?: number } | null;
  }

  export interface JsonStatDimension {
    readonly class: "dimension";
    readonly label: string | null;
    /** The categories' ids in index order. */
    readonly id: readonly string[];
    readonly length: number;
    Category(id: string | number): JsonStatCategory | null;
  }

  export interface JsonStatRoles {
    readonly time: readonly string[] | null;
    readonly geo: readonly string[] | null;
    readonly metric: readonly string[] | null;
    readonly classification: readonly string[] | null;
  }

  export interface JsonStatDataset {
    readonly class: "dataset";
    readonly label: string | null;
    readonly updated: string | null;
    readonly source: string | null;
    readonly extension: unknown;
    /** The dimensions' ids in the order of the value array. */
    readonly id: readonly string[];
    readonly size: readonly number[];
    /** The number of cells. */
    readonly n: number;
    readonly length: number;
    readonly role: JsonStatRoles | null;
    Dimension(id: string | number): JsonStatDimension | null;
    /** Calls `each` for every cell in the order of the value array, with its categories' ids by dimension id. */
    Unflatten<T>(
      each: (
        coordinates: Readonly<Record<string, string>>,
        point: { readonly value: unknown; readonly status: unknown },
        index: number,
      ) => T | undefined,
    ): T[] | null;
  }

  export interface JsonStatBundle {
    readonly class: "bundle" | "collection";
    readonly length: number;
    readonly error: unknown;
    Dataset(index: number): JsonStatDataset | null;
  }

  /** Reads a parsed JSON-stat document (2.0 dataset, 1.x bundle, collection). */
  export default function JSONstat(document: object): JsonStatDataset | JsonStatBundle | { readonly class: null };
}
