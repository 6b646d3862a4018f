import type { FastifyReply } from "fastify";

export const MEDIA_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

/** Sends a file to download; the name is kept in UTF-8 (RFC 6266) with an ASCII fallback. */
export function sendFile(
  reply: FastifyReply,
  file: { name: string; bytes: Uint8Array | string },
  type: keyof typeof MEDIA_TYPES,
) {
  const ascii = file.name
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "");
  return reply
    .type(MEDIA_TYPES[type])
    .header(
      "content-disposition",
      `attachment; filename="${ascii || `jamt.${type}`}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .send(typeof file.bytes === "string" ? file.bytes : Buffer.from(file.bytes));
}
