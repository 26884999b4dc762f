// The quarterly notice (季通报) drafted from the data: a pure function from the quarter's figures to sections of
// HTML that staff then edit. Every text from the records is escaped here; what staff write is sanitised on save.
export type UnitFigures = {
  id: string;
  name: string;
  /** [num, den] per indicator code, for the quarter. */
  figures: Record<string, [number, number] | undefined>;
};

export type NoticeData = {
  issuer: string;
  quarter: string;
  quarterLabel: string;
  total: UnitFigures;
  units: UnitFigures[];
  inspections: { unit: string; checks: number; unannounced: number; avgScore: number | null; problems: number; overdue: number }[];
  red: { list: string; label: string; rate: number | null }[];
  black: { list: string; label: string; rate: number | null }[];
  practice: { unit: string; period: string; text: string }[];
  /** Report submission below this share (percent) is named in the notice. */
  warnBelow: number;
};

export type NoticeSection = { key: string; title: string; html: string };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function pct(f: [number, number] | undefined): number | null {
  return f && f[1] > 0 ? Math.round((f[0] / f[1]) * 1000) / 10 : null;
}
const showPct = (v: number | null) => (v === null ? "—" : `${v}%`);
const mean = (f: [number, number] | undefined) => (f && f[1] > 0 ? Math.round((f[0] / f[1]) * 10) / 10 : null);
const hours = (f: [number, number] | undefined) => (f ? Math.round((f[0] / 60) * 10) / 10 : 0);

function table(head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(String(c))}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

/** The draft: overview, reports, indicators, inspections, red and black list, good practice, next steps. */
export function draftNotice(d: NoticeData): { title: string; sections: NoticeSection[] } {
  const t = d.total.figures;
  const sub = pct(t.report_submission);
  const onTime = pct(t.report_ontime);
  const overview = [
    `${esc(d.quarterLabel)}，${esc(d.issuer)}所属各单位应报送各类报表 ${t.report_submission?.[1] ?? 0} 份，实报 ${t.report_submission?.[0] ?? 0} 份，报送率 ${showPct(sub)}，其中按时报送率 ${showPct(onTime)}。`,
    `承诺书签署率 ${showPct(pct(t.pledge_rate))}，群众参与率 ${showPct(pct(t.participation_rate))}，知晓率 ${showPct(pct(t.awareness_rate))}，正确投放率 ${showPct(pct(t.disposal_rate))}。`,
    `党员桶前值守累计 ${hours(t.duty_hours)} 小时，值守达标率 ${showPct(pct(t.duty_norm_share))}；党员联户覆盖率 ${showPct(pct(t.link_coverage))}；本季度开展检查 ${d.inspections.reduce((a, i) => a + i.checks + i.unannounced, 0)} 次，平均得分 ${mean(t.inspection_score) ?? "—"} 分，按期整改率 ${showPct(pct(t.rectification_rate))}。`,
  ];
  const byUnit = [...d.units].sort((a, b) => (pct(b.figures.report_submission) ?? -1) - (pct(a.figures.report_submission) ?? -1));
  const late = byUnit.filter((u) => (pct(u.figures.report_submission) ?? 100) < d.warnBelow);
  const reports =
    table(
      ["单位", "应报", "实报", "报送率", "按时报送率"],
      byUnit.map((u) => [u.name, u.figures.report_submission?.[1] ?? 0, u.figures.report_submission?.[0] ?? 0, showPct(pct(u.figures.report_submission)), showPct(pct(u.figures.report_ontime))]),
    ) +
    (late.length
      ? `<p>报送率低于 ${d.warnBelow}% 的单位：${late.map((u) => esc(u.name)).join("、")}。请上述单位高度重视，按时报送周报和月报。</p>`
      : `<p>各单位报送率均达到 ${d.warnBelow}% 以上，予以肯定。</p>`);
  const indicators = table(
    ["单位", "签署率", "参与率", "知晓率", "正确投放率", "值守达标率", "联户覆盖率"],
    d.units.map((u) => [
      u.name,
      showPct(pct(u.figures.pledge_rate)),
      showPct(pct(u.figures.participation_rate)),
      showPct(pct(u.figures.awareness_rate)),
      showPct(pct(u.figures.disposal_rate)),
      showPct(pct(u.figures.duty_norm_share)),
      showPct(pct(u.figures.link_coverage)),
    ]),
  );
  const inspections = d.inspections.length
    ? table(
        ["单位", "月度检查", "暗访", "平均得分", "发现问题", "逾期未整改"],
        d.inspections.map((i) => [i.unit, i.checks, i.unannounced, i.avgScore ?? "—", i.problems, i.overdue]),
      ) +
      (d.inspections.some((i) => i.overdue)
        ? `<p>逾期未整改的单位：${d.inspections.filter((i) => i.overdue).map((i) => `${esc(i.unit)}（${i.overdue}项）`).join("、")}，请立即整改并报告整改情况。</p>`
        : "<p>本季度发现的问题均在期限内整改。</p>")
    : "<p>本季度未开展检查。</p>";
  const listItems = (xs: NoticeData["red"]) => (xs.length ? `<ul>${xs.map((x) => `<li>${esc(x.label)}（${esc(x.list)}${x.rate === null ? "" : `，正确投放率 ${x.rate}%`}）</li>`).join("")}</ul>` : "<p>无。</p>");
  const redBlack = `<p><strong>红榜</strong></p>${listItems(d.red)}<p><strong>黑榜</strong></p>${listItems(d.black)}`;
  const practice = d.practice.length
    ? d.practice.map((p) => `<blockquote><p>${esc(p.text)}</p><p>——${esc(p.unit)}（${esc(p.period)}周报）</p></blockquote>`).join("")
    : "<p>本季度周报中未报送经验做法。</p>";
  const next =
    "<ol><li>各单位要对照本通报查找不足，报送率、按时报送率偏低的单位要明确专人负责，确保每周三17:00前报送周报。</li>" +
    "<li>逾期未整改的问题要限期整改到位，回访抽查不合格的将在下期通报中点名。</li>" +
    "<li>持续开展桶前值守，党员每月值守不少于2小时，提高正确投放率。</li></ol>";
  return {
    title: `${d.issuer}关于${d.quarterLabel}垃圾分类工作情况的通报`,
    sections: [
      { key: "overview", title: "一、总体情况", html: overview.map((p) => `<p>${p}</p>`).join("") },
      { key: "reports", title: "二、报表报送情况", html: reports },
      { key: "indicators", title: "三、重点指标完成情况", html: indicators },
      { key: "inspections", title: "四、检查督导情况", html: inspections },
      { key: "redblack", title: "五、红黑榜", html: redBlack },
      { key: "practice", title: "六、经验做法", html: practice },
      { key: "next", title: "七、下步工作要求", html: next },
    ],
  };
}
