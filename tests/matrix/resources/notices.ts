// Quarterly notices (季通报, lib/notices) and half-year rankings (考核排名, lib/rankings): documents a node issues to
// the units below. Their staff (notices.write / rankings.manage, and the leaders who approve) see them in every
// state in their subtree; readers see them once published, issued in their reach or at a node above them
// (Rule.issued). Drafting, editing, submitting and publishing are the writers' (their subtree), approving and
// returning the approvers' (their subtree; never the one who submitted or computed it: the world's documents are
// submitted and computed by somebody who is none of the actors). Ranking schemes are the tenant's (its administrators).
import type { Rule } from "../relations";
import { freshNotices, freshRankings, freshSchemes, nextHalf, nextQuarter, rankedUnits, SCHEME_WEIGHTS, worldSchemes } from "../fixtures-dashboards";
import { positions, type World } from "../world";
import { lazy, once, type Prepared, type Resource } from "./kit";

const mNotices = () => import("@/lib/notices/notices");
const listNotices = lazy(mNotices, "listNotices");
const getNotice = lazy(mNotices, "getNotice");
const createNotice = lazy(mNotices, "createNotice");
const updateNotice = lazy(mNotices, "updateNotice");
const submitNotice = lazy(mNotices, "submitNotice");
const approveNotice = lazy(mNotices, "approveNotice");
const returnNotice = lazy(mNotices, "returnNotice");
const publishNotice = lazy(mNotices, "publishNotice");
const mRankings = () => import("@/lib/rankings/rankings");
const listRankings = lazy(mRankings, "listRankings");
const getRanking = lazy(mRankings, "getRanking");
const computeRanking = lazy(mRankings, "computeRanking");
const approveRanking = lazy(mRankings, "approveRanking");
const publishRanking = lazy(mRankings, "publishRanking");
const exportRanking = lazy(mRankings, "exportRanking");
const mSchemes = () => import("@/lib/rankings/schemes");
const listSchemes = lazy(mSchemes, "listSchemes");
const updateScheme = lazy(mSchemes, "updateScheme");

const hasId = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
/** Who sees a notice or a ranking: its staff in every state, readers once published (Rule.issued). */
const noticeSeen: Rule = { permission: "notices.read", issued: { staff: ["notices.write", "notices.approve"] } };
const rankingSeen: Rule = { permission: "rankings.read", issued: { staff: ["rankings.manage", "rankings.approve"] } };

export const NOTICE_SECTIONS = [{ key: "summary", title: "总体情况", html: "<p>改过的通报<script>alert(1)</script></p>" }];

// Shared documents are of quarters and half-years far ahead: the newest-first lists always hold them.
const noticeTargets = once("notice", async (w) => [...(await freshNotices(w, "DRAFT", "2098-Q1")), ...(await freshNotices(w, "SUBMITTED", "2098-Q2")), ...(await freshNotices(w, "PUBLISHED", "2098-Q3"))]);
const noticeSnapshot = (w: World, p: Prepared) => w.db.quarterlyNotice.findUnique({ where: { id: p.target.id } });
const rankingTargets = once("ranking", async (w) => [...(await freshRankings(w, "DRAFT", "2098-H1")), ...(await freshRankings(w, "PUBLISHED", "2098-H2"))]);
const rankingSnapshot = (w: World, p: Prepared) => w.db.ranking.findUnique({ where: { id: p.target.id } });

/** Every position, to draft a notice or compute a ranking of a period nobody has used (one per actor). */
async function issuers(w: World, data: Record<string, string>): Promise<Prepared[]> {
  return positions(w).map((p) => ({ target: { id: p.node.id, tenantId: p.t.tenantId, path: p.node.path }, data: { nodeId: p.node.id, ...data } }));
}

async function translator() {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/load-messages");
  const t = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") as never });
  return (k: string, p?: Record<string, string | number>) => (t as unknown as (k: string, p?: Record<string, string | number>) => string)(k, p);
}

export const NOTICES: Resource[] = [
  {
    model: "QuarterlyNotice",
    ops: {
      list: {
        rule: noticeSeen,
        prepare: noticeTargets,
        run: (actor) => listNotices({ actor, take: 1000 }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: noticeSnapshot,
      },
      read: {
        rule: noticeSeen,
        prepare: noticeTargets,
        run: (actor, p) => getNotice({ actor, noticeId: p.target.id }),
        snapshot: noticeSnapshot,
      },
      update: {
        rule: { permission: "notices.write" },
        prepare: (w) => freshNotices(w, "DRAFT", nextQuarter()),
        run: (actor, p) => updateNotice({ actor, data: { noticeId: p.target.id, title: "改过的季通报", sections: NOTICE_SECTIONS } }),
        snapshot: noticeSnapshot,
      },
      "update:submit": {
        rule: { permission: "notices.write" },
        prepare: (w) => freshNotices(w, "DRAFT", nextQuarter()),
        run: (actor, p) => submitNotice({ actor, noticeId: p.target.id }),
        snapshot: noticeSnapshot,
      },
      "update:approve": {
        rule: { permission: "notices.approve" },
        prepare: (w) => freshNotices(w, "SUBMITTED", nextQuarter()),
        run: (actor, p) => approveNotice({ actor, noticeId: p.target.id }),
        snapshot: noticeSnapshot,
      },
      "update:return": {
        rule: { permission: "notices.approve" },
        prepare: (w) => freshNotices(w, "SUBMITTED", nextQuarter()),
        run: (actor, p) => returnNotice({ actor, noticeId: p.target.id, comment: "请补充检查情况" }),
        snapshot: noticeSnapshot,
      },
      "update:publish": {
        rule: { permission: "notices.write" },
        prepare: (w) => freshNotices(w, "APPROVED", nextQuarter()),
        run: (actor, p) => publishNotice({ actor, noticeId: p.target.id }),
        snapshot: noticeSnapshot,
      },
    },
  },
  {
    model: "RankingScheme",
    ops: {
      list: {
        rule: { permission: "rankings.read", tenantWide: true },
        prepare: once("scheme", async (w) => [...(await worldSchemes(w)).entries()].map(([tenantId, id]) => ({ target: { id, tenantId, path: (tenantId === w.own.tenantId ? w.own : w.other).nodes.root.path }, data: {} }))),
        run: (actor) => listSchemes({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.rankingScheme.findUnique({ where: { id: p.target.id } }),
      },
      update: {
        rule: { permission: "dashboards.configure", tenantWide: true },
        prepare: freshSchemes,
        run: (actor, p) => updateScheme({ actor, schemeId: p.target.id, data: { name: "改过的方案", weights: SCHEME_WEIGHTS } }),
        snapshot: (w, p) => w.db.rankingScheme.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "Ranking",
    ops: {
      list: {
        rule: rankingSeen,
        prepare: rankingTargets,
        run: (actor) => listRankings({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: rankingSnapshot,
      },
      read: {
        rule: rankingSeen,
        prepare: rankingTargets,
        run: (actor, p) => getRanking({ actor, rankingId: p.target.id }),
        snapshot: rankingSnapshot,
      },
      "read:export": {
        rule: { ...rankingSeen, alsoHeld: ["export.run"] },
        prepare: rankingTargets,
        run: async (actor, p) => exportRanking({ actor, rankingId: p.target.id, t: await translator() }),
        snapshot: rankingSnapshot,
      },
      // Recomputing a draft (the units below its node, on the roll-up's half-year figures).
      update: {
        rule: { permission: "rankings.manage" },
        prepare: (w) => freshRankings(w, "DRAFT", nextHalf()),
        run: async (actor, p) => computeRanking({ actor, data: { schemeId: p.data.schemeId, nodeId: p.data.nodeId, period: p.data.period } }),
        snapshot: rankingSnapshot,
      },
      "update:approve": {
        rule: { permission: "rankings.approve" },
        prepare: (w) => freshRankings(w, "DRAFT", nextHalf()),
        run: (actor, p) => approveRanking({ actor, rankingId: p.target.id }),
        snapshot: rankingSnapshot,
      },
      "update:publish": {
        rule: { permission: "rankings.manage" },
        prepare: (w) => freshRankings(w, "APPROVED", nextHalf()),
        run: (actor, p) => publishRanking({ actor, rankingId: p.target.id }),
        snapshot: rankingSnapshot,
      },
    },
  },
  {
    // Drafting a notice of a node, computing a new ranking of the units below a node: the node in the writers' reach.
    model: "OrgNode",
    ops: {
      "update:notice": {
        rule: { permission: "notices.write" },
        prepare: (w) => issuers(w, { quarter: nextQuarter() }),
        run: (actor, p) => createNotice({ actor, data: { nodeId: p.target.id, quarter: p.data.quarter } }),
        snapshot: (w, p) => w.db.quarterlyNotice.findMany({ where: { nodeId: p.target.id, quarter: p.data.quarter } }),
      },
      "update:ranking": {
        rule: { permission: "rankings.manage" },
        prepare: async (w) => {
          const [schemes] = await Promise.all([worldSchemes(w), rankedUnits(w)]);
          // Every actor is of the own tenant and ranks with its scheme (a foreign node answers 404 first).
          return issuers(w, { period: nextHalf(), schemeId: schemes.get(w.own.tenantId)! });
        },
        run: (actor, p) => computeRanking({ actor, data: { schemeId: p.data.schemeId, nodeId: p.target.id, period: p.data.period } }),
        snapshot: (w, p) => w.db.ranking.findMany({ where: { nodeId: p.target.id, period: p.data.period } }),
      },
    },
  },
];
