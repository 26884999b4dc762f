import "server-only";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** yyyymmdd in Beijing time, for file names. */
export function fileDate(d = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(d).replaceAll("-", "");
}

/**
 * An .xlsx download. The Chinese file name goes in filename* (RFC 5987); filename= carries an ASCII fallback for
 * old clients. Never cached: exports hold personal data.
 */
export function xlsxResponse(bytes: Uint8Array, fileName: string, asciiFallback: string): Response {
  const safe = fileName.replace(/[\\/:*?"<>|\r\n]+/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(safe)}`,
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
