import "server-only";
// Printable QR codes of public pages (PNG for print shops, SVG for posters).
import type { NextRequest } from "next/server";
import { env } from "../env";
import { qrPng, qrSvg } from "../qr";

export function publicUrl(req: NextRequest, path: string): string {
  const base = env().NEXTAUTH_URL ?? req.nextUrl.origin;
  return new URL(path, base).toString();
}

export async function qrResponse(url: string, format: "png" | "svg", fileName: string, download: boolean): Promise<Response> {
  const disposition = `${download ? "attachment" : "inline"}; filename*=UTF-8''${encodeURIComponent(`${fileName}.${format}`)}`;
  const common = { "Content-Disposition": disposition, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "svg") return new Response(await qrSvg(url), { headers: { ...common, "Content-Type": "image/svg+xml; charset=utf-8" } });
  return new Response(new Uint8Array(await qrPng(url, 768)), { headers: { ...common, "Content-Type": "image/png" } });
}
