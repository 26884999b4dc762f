import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/access/define-route";
import { exportMyData } from "@/lib/people/personal-data";

// A person's own data as a JSON file (PIPL): every signed-in user may download theirs.
export const GET = defineRoute({ permission: null }, async ({ actor }) => {
  const data = await exportMyData({ actor });
  const body = JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);
  return new NextResponse(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent("我的数据.json")}`,
      "Cache-Control": "no-store",
    },
  });
});
