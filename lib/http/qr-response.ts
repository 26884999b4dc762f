import "server-only";
import { qrPng, qrSvg } from "../qr";

/** A QR code as a download or an <img> source: PNG for printing on paper, SVG for print shops. */
export async function qrResponse(text: string, format: "png" | "svg", fileName: string, download: boolean): Promise<Response> {
  const disposition = `${download ? "attachment" : "inline"}; filename="${fileName}.${format}"`;
  if (format === "svg") {
    return new Response(await qrSvg(text), { headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Content-Disposition": disposition, "Cache-Control": "private, no-store" } });
  }
  return new Response(new Uint8Array(await qrPng(text, 768)), { headers: { "Content-Type": "image/png", "Content-Disposition": disposition, "Cache-Control": "private, no-store" } });
}
