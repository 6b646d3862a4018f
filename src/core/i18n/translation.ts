/** The same shape as a Swedish catalogue, with every text free to differ: used to type the English one. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** The key an i18next plural is asked for by ("rows" for "rows_one" and "rows_other"), said with `count`. */
type PluralBase<K extends string> = K extends `${infer Base}_${"one" | "other"}` ? Base : never;

/** Every dotted path to a text in a catalogue, e.g. "errors.field.required"; plurals also by their base key. */
export type MessagePath<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}` | `${Prefix}${PluralBase<K>}`
    : MessagePath<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
