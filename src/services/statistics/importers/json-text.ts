/** JSON from a file or a response body: UTF-8, a byte-order mark ignored. Undefined when it is not JSON. */
export function parseJsonText(input: string | Uint8Array): unknown {
  const text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch {
    return undefined;
  }
}
