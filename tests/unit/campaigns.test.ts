import { describe, expect, it } from "vitest";
import { intersectPaths, minimalPaths } from "@/lib/campaigns/area";
import { checkinOpen, activityHours } from "@/lib/campaigns/activities/rules";
import { deadlineFor, drawQuestions, gradeAttempt, isCorrect, isLate, GRACE_MS } from "@/lib/campaigns/contests/grading";
import { STARTER_BANK } from "@/lib/campaigns/contests/starter-bank";
import { letterText, sanitizeLetterHtml } from "@/lib/campaigns/letters/sanitize";
import { normalizeName, normalizePhone } from "@/lib/campaigns/phone";
import { percent, rate, rollUp } from "@/lib/campaigns/rates";
import { phaseOf, rankResults } from "@/lib/campaigns/selections/rules";
import { BUILT_IN_TEMPLATES, structureSchema } from "@/lib/campaigns/templates";
import { deadlineOn, periodBounds, shanghaiDay, dateValue } from "@/lib/campaigns/time";

describe("rates and their roll-up", () => {
  // A hand-computed fixture: district /r/ with two streets; people on the district itself, on a street, and on
  // communities below the streets.
  const counts = [
    { path: "/r/", total: 4, hit: 1 },
    { path: "/r/a/", total: 3, hit: 3 },
    { path: "/r/a/a1/", total: 10, hit: 6 },
    { path: "/r/a/a2/", total: 5, hit: 0 },
    { path: "/r/b/", total: 0, hit: 0 },
    { path: "/r/b/b1/", total: 8, hit: 2 },
  ];
  const groups = [
    { id: "a", name: "甲", path: "/r/a/" },
    { id: "b", name: "乙", path: "/r/b/" },
    { id: "c", name: "丙（无人）", path: "/r/c/" },
  ];

  it("adds each group's subtree, keeps the parent's own roster apart, and sums to the whole", () => {
    const r = rollUp(counts, groups, "/r/");
    expect(r.rows.map((g) => [g.id, g.hit, g.total])).toEqual([
      ["a", 9, 18],
      ["b", 2, 8],
      ["c", 0, 0],
    ]);
    expect(r.rows[0].rate).toBeCloseTo(0.5);
    expect(r.rows[1].rate).toBeCloseTo(0.25);
    expect(r.rows[2].rate).toBeNull();
    expect(r.direct).toMatchObject({ total: 4, hit: 1 });
    expect(r.all).toMatchObject({ total: 30, hit: 12 });
    expect(r.all.rate).toBeCloseTo(0.4);
    expect(r.rows.reduce((s, g) => s + g.total, 0) + r.direct.total).toBe(r.all.total);
  });

  it("drills down one level: a street's communities", () => {
    const r = rollUp(counts, [{ id: "a1", name: "a1", path: "/r/a/a1/" }, { id: "a2", name: "a2", path: "/r/a/a2/" }], "/r/a/");
    expect(r.rows.map((g) => g.rate)).toEqual([0.6, 0]);
    expect(r.direct).toMatchObject({ total: 3, hit: 3 });
    expect(r.all).toMatchObject({ total: 18, hit: 9 });
  });

  it("averages sums (scores) and shows no rate without people", () => {
    const r = rollUp([{ path: "/r/a/", total: 2, hit: 1, sum: 150 }], [{ id: "a", name: "a", path: "/r/a/" }], null);
    expect(r.rows[0].average).toBe(75);
    expect(rate(0, 0)).toBeNull();
    expect(percent(null)).toBe("—");
    expect(percent(0.625)).toBe("62.5%");
    expect(percent(0.5)).toBe("50%");
  });
});

describe("areas", () => {
  it("intersects the campaign's subtrees with the actor's", () => {
    expect(intersectPaths(["/r/"], ["/r/a/"])).toEqual(["/r/a/"]);
    expect(intersectPaths(["/r/a/a1/", "/r/b/"], ["/r/a/"])).toEqual(["/r/a/a1/"]);
    expect(intersectPaths(["/r/a/"], ["/r/b/"])).toEqual([]);
    expect(minimalPaths(["/r/a/a1/", "/r/a/", "/r/b/"])).toEqual(["/r/a/", "/r/b/"]);
  });
});

describe("letter sanitising", () => {
  const payloads: [string, RegExp][] = [
    ['<p>hi</p><script>alert(1)</script>', /script|alert/i],
    ['<img src=x onerror="alert(1)">', /img|onerror/i],
    ['<a href="javascript:alert(1)">click</a>', /javascript|href/i],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', /javascript|href/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|href|script/i],
    ['<svg onload="alert(1)"><circle/></svg>', /svg|onload|circle/i],
    ['<iframe src="https://evil.example"></iframe>', /iframe|evil/i],
    ['<style>body{display:none}</style><p style="color:red">x</p>', /style|display|color/i],
    ['<p onclick="alert(1)">x</p>', /onclick/i],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', /math|javascript/i],
    ['<form action="https://evil.example"><input name=a></form>', /form|input/i],
    ['<object data="x.swf"></object><embed src="x">', /object|embed/i],
    ['<a href="//evil.example">x</a>', /href/i],
  ];
  for (const [input, forbidden] of payloads) {
    it(`neutralises ${input.slice(0, 40)}`, () => {
      expect(sanitizeLetterHtml(input)).not.toMatch(forbidden);
    });
  }

  it("keeps the allowed formatting and makes links safe", () => {
    const out = sanitizeLetterHtml('<h1>倡议</h1><div>第一段 <b>加粗</b> <i>斜体</i> <u>下划线</u></div><ul><li>一</li></ul><blockquote>引</blockquote><a href="https://example.com/a" target="_self" rel="opener">链接</a>');
    expect(out).toBe('<h2>倡议</h2><p>第一段 <strong>加粗</strong> <em>斜体</em> <u>下划线</u></p><ul><li>一</li></ul><blockquote>引</blockquote><a href="https://example.com/a" rel="noopener noreferrer" target="_blank">链接</a>');
    expect(sanitizeLetterHtml('<a href="javascript:x">文字</a>')).toBe("文字");
    // Dropping a bad link must not unbalance the tags after it.
    expect(sanitizeLetterHtml('<a href="javascript:x">点此</a><p><b>x</b></p>')).toBe("点此<p><strong>x</strong></p>");
    expect(letterText("<p>甲</p><p>乙</p>")).toBe("甲乙");
  });
});

describe("quiz grading", () => {
  const single = { id: "q1", kind: "SINGLE" as const, answer: [2] };
  const multi = { id: "q2", kind: "MULTIPLE" as const, answer: [0, 1, 3] };
  const tf = { id: "q3", kind: "TRUE_FALSE" as const, answer: [1] };

  it("needs exactly the right options", () => {
    expect(isCorrect(single, [2])).toBe(true);
    expect(isCorrect(single, [2, 1])).toBe(false);
    expect(isCorrect(multi, [3, 1, 0])).toBe(true);
    expect(isCorrect(multi, [0, 1])).toBe(false);
    expect(isCorrect(multi, [0, 1, 2, 3])).toBe(false);
    expect(isCorrect(tf, [])).toBe(false);
    expect(gradeAttempt([single, multi, tf], { q1: [2], q2: [0, 1], q3: [1] })).toEqual({ correct: 2, total: 3, percent: 67 });
  });

  it("times on the server with a short grace", () => {
    const start = new Date("2026-12-01T02:00:00Z");
    const deadline = deadlineFor(start, 300);
    expect(deadline.toISOString()).toBe("2026-12-01T02:05:00.000Z");
    expect(isLate(deadline, new Date(deadline.getTime() + GRACE_MS))).toBe(false);
    expect(isLate(deadline, new Date(deadline.getTime() + GRACE_MS + 1))).toBe(true);
  });

  it("draws distinct questions", () => {
    const pool = Array.from({ length: 30 }, (_, i) => i);
    const drawn = drawQuestions(pool, 10);
    expect(new Set(drawn).size).toBe(10);
    expect(drawQuestions(pool, 50)).toHaveLength(30);
  });
});

describe("starter bank", () => {
  it("has at least 50 well-formed questions over the four categories", () => {
    expect(STARTER_BANK.length).toBeGreaterThanOrEqual(50);
    expect(new Set(STARTER_BANK.map((q) => q.key)).size).toBe(STARTER_BANK.length);
    for (const c of ["KITCHEN", "RECYCLABLE", "HAZARDOUS", "OTHER"]) expect(STARTER_BANK.filter((q) => q.category === c).length, c).toBeGreaterThanOrEqual(8);
    for (const q of STARTER_BANK) {
      expect(q.answer.length, q.key).toBeGreaterThan(0);
      expect(q.answer.every((a) => a >= 0 && a < q.options.length), q.key).toBe(true);
      if (q.kind === "MULTIPLE") expect(q.answer.length, q.key).toBeGreaterThanOrEqual(2);
      else expect(q.answer, q.key).toHaveLength(1);
      if (q.kind === "TRUE_FALSE") expect(q.options).toEqual(["正确", "错误"]);
    }
  });

  it("answers the classic items as the Beijing rules do", () => {
    const answerOf = (item: string) => {
      const q = STARTER_BANK.find((x) => x.text.includes(item) && x.kind === "SINGLE")!;
      return q.options[q.answer[0]];
    };
    expect(answerOf("猪大骨")).toBe("其他垃圾");
    expect(answerOf("过期药品")).toBe("有害垃圾");
    expect(answerOf("用过的餐巾纸")).toBe("其他垃圾");
    expect(answerOf("易拉罐")).toBe("可回收物");
    expect(answerOf("茶叶渣")).toBe("厨余垃圾");
  });
});

describe("templates", () => {
  it("ship seed 000's and seed 001's frameworks, each with five parts and a valid structure", () => {
    const [fs, lc] = BUILT_IN_TEMPLATES;
    expect(fs.structure.sections.map((s) => s.title)).toEqual(["一阵地", "两个书", "三带头", "四举措", "五进"]);
    expect(lc.structure.sections.map((s) => s.title)).toEqual(["一个引领", "两项机制", "三联", "四员", "五个载体"]);
    for (const t of BUILT_IN_TEMPLATES) {
      expect(structureSchema.safeParse(t.structure).success).toBe(true);
      const keys = new Set(t.structure.sections.map((s) => s.key));
      for (const task of t.structure.tasks) expect(keys.has(task.sectionKey!), task.title).toBe(true);
      expect(sanitizeLetterHtml(t.structure.letter!.html)).toBe(t.structure.letter!.html);
    }
  });
});

describe("phones, names, time", () => {
  it("normalises mainland mobile numbers", () => {
    expect(normalizePhone("138 1234 5678")).toBe("13812345678");
    expect(normalizePhone("+86 138-1234-5678")).toBe("13812345678");
    expect(normalizePhone("8613812345678")).toBe("13812345678");
    expect(normalizePhone("010-12345678")).toBeNull();
    expect(normalizePhone("12812345678")).toBeNull();
    expect(normalizeName(" 张 三 ")).toBe("张三");
  });

  it("reads deadlines and periods in Asia/Shanghai", () => {
    expect(deadlineOn("2026-12-02").toISOString()).toBe("2026-12-02T09:00:00.000Z");
    expect(shanghaiDay(new Date("2026-12-01T16:30:00Z"))).toBe("2026-12-02");
    const { since, until } = periodBounds(dateValue("2026-12-01"), dateValue("2026-12-31"));
    expect(since.toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(until.toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });

  it("opens check-in around the activity and counts its hours", () => {
    const a = { startsAt: new Date("2026-12-05T01:00:00Z"), endsAt: new Date("2026-12-05T03:30:00Z"), status: "PLANNED" };
    expect(checkinOpen(a, new Date("2026-12-04T23:30:00Z"))).toBe(true);
    expect(checkinOpen(a, new Date("2026-12-04T22:59:00Z"))).toBe(false);
    expect(checkinOpen(a, new Date("2026-12-05T05:31:00Z"))).toBe(false);
    expect(checkinOpen({ ...a, status: "CANCELLED" }, new Date("2026-12-05T02:00:00Z"))).toBe(false);
    expect(activityHours(a)).toBe(2.5);
  });
});

describe("selections", () => {
  const s = { nominationEndsAt: new Date("2026-12-10T09:00:00Z"), votingStartsAt: new Date("2026-12-11T16:00:00Z"), votingEndsAt: new Date("2026-12-20T09:00:00Z"), publishedAt: null };
  it("moves through its phases", () => {
    expect(phaseOf(s, new Date("2026-12-01T00:00:00Z"))).toBe("NOMINATING");
    expect(phaseOf(s, new Date("2026-12-11T00:00:00Z"))).toBe("REVIEW");
    expect(phaseOf(s, new Date("2026-12-15T00:00:00Z"))).toBe("VOTING");
    expect(phaseOf(s, new Date("2026-12-21T00:00:00Z"))).toBe("COUNTING");
    expect(phaseOf({ ...s, publishedAt: new Date() }, new Date("2026-12-01T00:00:00Z"))).toBe("PUBLISHED");
  });
  it("ranks with shared places for ties", () => {
    expect(rankResults([{ votes: 3 }, { votes: 5 }, { votes: 3 }, { votes: 1 }]).map((r) => [r.votes, r.rank])).toEqual([
      [5, 1],
      [3, 2],
      [3, 2],
      [1, 4],
    ]);
  });
});
