// Campaign frameworks shipped with the platform, drawn from the seed documents: 房山区总工会's
// "一阵地、两个书、三带头、四举措、五进" (seed 000) and 溧城街道's "一个引领、两项机制、三联、四员、五个载体"
// (seed 001). A template creates the campaign's structure: its parts, a task list (deadlines in days after the
// start), a letter, a pledge, and the activities and selections it suggests. Tenants save their own
// (CampaignTemplate rows) in the same shape.
import { z } from "zod";

export const ACTIVITY_KINDS = [
  "LAUNCH",
  "TRAINING",
  "DOOR_TO_DOOR",
  "PARTY_DAY",
  "LECTURE",
  "CONTEST",
  "INTO_AGENCY",
  "INTO_ENTERPRISE",
  "INTO_COMMUNITY",
  "INTO_CLASSROOM",
  "INTO_FAMILY",
  "OTHER",
] as const;
export type ActivityKindCode = (typeof ACTIVITY_KINDS)[number];

export const SELECTION_KINDS = ["MODEL_WORKER", "VOLUNTEER", "MODEL_HOUSEHOLD", "MODEL_COMPOUND", "OTHER"] as const;

/** The shape of a framework; parsed with zod whenever it is read back from the database. */
export const structureSchema = z.object({
  sections: z.array(z.object({ key: z.string().max(40), title: z.string().max(100), summary: z.string().max(1000) })).max(20),
  tasks: z
    .array(
      z.object({
        sectionKey: z.string().max(40).nullable(),
        title: z.string().max(200),
        description: z.string().max(2000).nullable().optional(),
        dueInDays: z.number().int().min(0).max(730),
        responsibleName: z.string().max(50).nullable().optional(),
      }),
    )
    .max(100),
  letter: z.object({ title: z.string().max(200), html: z.string().max(50_000) }).nullable(),
  pledge: z.object({ title: z.string().max(200), text: z.string().max(5000) }).nullable(),
  activities: z.array(z.object({ kind: z.enum(ACTIVITY_KINDS), title: z.string().max(200), description: z.string().max(2000).nullable().optional() })).max(30),
  selections: z.array(z.object({ kind: z.enum(SELECTION_KINDS), title: z.string().max(200) })).max(10).default([]),
});
export type CampaignStructure = z.infer<typeof structureSchema>;

export type BuiltInTemplate = { key: "seed000" | "seed001"; name: string; source: string; description: string; structure: CampaignStructure };

const seed000: CampaignStructure = {
  sections: [
    { key: "position", title: "一阵地", summary: "依托职工之家，以家带面促宣传：以职工之家为宣传站点，征集垃圾分类小妙招、小发明和变废为宝的小物件，撰写垃圾分类小感悟、小建议。" },
    { key: "letters", title: "两个书", summary: "倡议书和承诺书“双书”并行：区总工会向各基层工会下发倡议书；开展“我分类、我承诺”主题实践活动，倡导职工带头签订承诺书。" },
    { key: "lead", title: "三带头", summary: "党员干部带头、劳模先进人物带头、骨干单位带头：组建宣讲员队伍、举办知识讲座、开展知识竞赛答题；试点单位设立示范岗、监督岗。" },
    { key: "measures", title: "四举措", summary: "组织保障、宣传发动、实践活动、典型示范，织密组织网、宣传网、活动网、经验网：“最美职工”评选、“我为垃圾分类献一策”、每月不少于2小时的“桶前值守”、针对难点的培训。" },
    { key: "five", title: "五进", summary: "进机关、进企业、进社区、进课堂、进家庭，助推垃圾分类工作落细落实。" },
  ],
  tasks: [
    { sectionKey: "measures", title: "建立本单位党建引领垃圾分类工作机构，制定切实可行的工作方案", dueInDays: 7, responsibleName: "工会主席" },
    { sectionKey: "letters", title: "转发区总工会倡议书，组织职工学习《北京市生活垃圾管理条例》", dueInDays: 7 },
    { sectionKey: "position", title: "在职工之家设立垃圾分类宣传站点，征集小妙招、小发明、小建议", dueInDays: 14 },
    { sectionKey: "letters", title: "组织职工签订“我分类、我承诺”承诺书，党员干部带头签署", dueInDays: 21 },
    { sectionKey: "lead", title: "试点单位设立垃圾分类示范岗、监督岗", dueInDays: 21 },
    { sectionKey: "lead", title: "选派宣讲员，举办一次垃圾分类知识讲座", dueInDays: 30 },
    { sectionKey: "lead", title: "组织职工参加垃圾分类知识竞赛答题", dueInDays: 30 },
    { sectionKey: "measures", title: "组织党员干部、职工志愿者回社区（村）报到，开展每月不少于2小时的“桶前值守”", dueInDays: 30 },
    { sectionKey: "measures", title: "推荐“最美职工”人选，报送先进事迹", dueInDays: 45 },
    { sectionKey: "five", title: "开展进机关、进企业、进社区、进课堂、进家庭“五进”宣传活动", dueInDays: 60 },
  ],
  letter: {
    title: "致全区广大职工的垃圾分类倡议书",
    html: [
      "<p>全区广大职工朋友们：</p>",
      "<p>生活垃圾分类是城市精细化管理的重要抓手，是一件“关键小事”。为贯彻落实《北京市生活垃圾管理条例》，发挥工人阶级主力军作用，房山区总工会向全区广大职工发出如下倡议：</p>",
      "<h3>一、做垃圾分类的学习者</h3>",
      "<p>认真学习条例和分类知识，弄清厨余垃圾、可回收物、有害垃圾、其他垃圾四类的投放要求。</p>",
      "<h3>二、做垃圾分类的践行者</h3>",
      "<p>在单位、在家庭自觉做到分类投放，厨余垃圾沥干水分、破袋投放，减少一次性用品的使用。</p>",
      "<h3>三、做垃圾分类的宣传者</h3>",
      "<p>把垃圾分类的重要性向家人讲清楚，以职工带动家庭，以家庭带动社区。</p>",
      "<h3>四、做垃圾分类的志愿者</h3>",
      "<p>党员干部、职工志愿者回社区（村）报到，每月参加不少于2小时的“桶前值守”。</p>",
      "<p>让我们从现在做起、从点滴做起，以“关键小事”展现职工“大作为”！</p>",
      "<p>房山区总工会</p>",
    ].join(""),
  },
  pledge: {
    title: "“我分类、我承诺”承诺书",
    text: [
      "我自愿做垃圾分类的践行者、宣传者和监督者，郑重承诺：",
      "一、认真学习《北京市生活垃圾管理条例》，掌握厨余垃圾、可回收物、有害垃圾、其他垃圾的分类知识；",
      "二、在单位和家庭自觉分类投放，厨余垃圾沥干水分、破袋投放，不乱扔乱倒；",
      "三、减少使用一次性用品，践行光盘行动，从源头减少垃圾；",
      "四、带动家人和身边人参与垃圾分类，积极参加“桶前值守”等志愿服务。",
    ].join("\n"),
  },
  activities: [
    { kind: "LAUNCH", title: "“垃圾分类我们一起行动”启动仪式", description: "区总工会和各基层工会分别组织，现场签订承诺书。" },
    { kind: "LECTURE", title: "垃圾分类知识讲座", description: "劳模代言人、宣讲员讲解条例和分类知识。" },
    { kind: "CONTEST", title: "垃圾分类知识竞赛答题", description: "职工在手机上限时答题，成绩计入知晓率。" },
    { kind: "TRAINING", title: "垃圾分类难点专题培训", description: "针对职工分类中的难点和模糊点开展培训。" },
    { kind: "INTO_AGENCY", title: "垃圾分类进机关", description: "宣传分类知识，提高节能降耗办公意识。" },
    { kind: "INTO_ENTERPRISE", title: "垃圾分类进企业", description: "号召职工为企业分类、节能减排、污染防治献计献策。" },
    { kind: "INTO_COMMUNITY", title: "垃圾分类进社区", description: "布置宣传板、发放宣传单页。" },
    { kind: "INTO_CLASSROOM", title: "垃圾分类进课堂", description: "法治讲座、主题培训，结合实际案例。" },
    { kind: "INTO_FAMILY", title: "垃圾分类进家庭", description: "职工带动家庭成员在家中做好分类。" },
  ],
  selections: [
    { kind: "MODEL_WORKER", title: "垃圾分类“最美职工”评选" },
    { kind: "VOLUNTEER", title: "优秀职工志愿者评选" },
  ],
};

const seed001: CampaignStructure = {
  sections: [
    { key: "lead", title: "一个引领", summary: "依托基层党组织、网格党支部、楼栋党小组，开展“党建红色引领垃圾分类生态绿”主题活动，党员干部深入小区、农村，引导群众“收拾屋子、打扫院子、整治村子”。" },
    { key: "mechanisms", title: "两项机制", summary: "完善党员干部下沉“双报到、通通在”制度：单位党组织和党员到社区报到，社区评价履职情况并向单位反馈。" },
    { key: "links", title: "三联", summary: "党支部联小区、党小组联楼栋、党员联户：每名党员包联3—5户居民，确保包联全覆盖。" },
    { key: "roles", title: "四员", summary: "争当生活垃圾分类先锋员、宣传员、示范员、督导员：组建党员志愿宣传队、党员义务督导队，划分党员责任垃圾桶。" },
    { key: "carriers", title: "五个载体", summary: "一份倡议书、一次启动仪式、一次专题培训、一次入户走访、一次“联学联做”专题党日，因地制宜制定本村（社区）实施方案。" },
  ],
  tasks: [
    { sectionKey: "lead", title: "开展“党建红色引领垃圾分类生态绿”主题活动", dueInDays: 30 },
    { sectionKey: "mechanisms", title: "组织单位党组织和党员到社区“双报到”", dueInDays: 14 },
    { sectionKey: "mechanisms", title: "社区评价报到党员履职情况并反馈所在单位", dueInDays: 60 },
    { sectionKey: "links", title: "每个党支部包联一个小区，党小组包联楼栋", dueInDays: 14, responsibleName: "支部书记" },
    { sectionKey: "links", title: "党员联户全覆盖（每名党员联系3—5户）", dueInDays: 21 },
    { sectionKey: "roles", title: "组建党员志愿宣传队和党员义务督导队，划分党员责任垃圾桶", dueInDays: 21 },
    { sectionKey: "carriers", title: "向全体党员发放倡议书", dueInDays: 3 },
    { sectionKey: "carriers", title: "举行“垃圾分类齐参与、幸福生活共缔造”启动仪式", dueInDays: 14 },
    { sectionKey: "carriers", title: "举办一次垃圾分类专题培训", dueInDays: 21 },
    { sectionKey: "carriers", title: "开展一次进门入户的垃圾分类宣传走访", dueInDays: 30 },
    { sectionKey: "carriers", title: "召开一次“联学联做”专题党日", dueInDays: 30 },
    { sectionKey: "carriers", title: "因地制宜制定本村（社区）垃圾分类实施方案", dueInDays: 45 },
  ],
  letter: {
    title: "致全体党员的生活垃圾分类倡议书",
    html: [
      "<p>全街道各基层党组织、全体党员：</p>",
      "<p>生活垃圾分类关系人居环境和生活品质。为充分发挥党员干部先锋模范作用，街道党工委向全体党员发出倡议：</p>",
      "<ul><li>争当先锋员：以身作则，带头在家中做好分类；</li><li>争当宣传员：参加党员志愿宣传队，让“垃圾分类就是新时尚”家喻户晓；</li><li>争当示范员：包联3—5户居民，上门宣传、指导、督促；</li><li>争当督导员：认领党员责任垃圾桶，劝阻不分类、乱投放行为。</li></ul>",
      "<p>让我们在生活垃圾分类工作中走前头、树标杆、做表率！</p>",
      "<p>溧城街道党工委</p>",
    ].join(""),
  },
  pledge: {
    title: "党员生活垃圾分类承诺书",
    text: [
      "作为一名共产党员，我承诺：",
      "一、带头学习分类知识，在家中做到源头分类、定时定点投放；",
      "二、履行包联责任，经常联系所包联的住户，面对面宣讲、手把手指导；",
      "三、参加志愿宣传和义务督导，管好党员责任垃圾桶；",
      "四、接受社区和群众监督，以实际行动影响身边人。",
    ].join("\n"),
  },
  activities: [
    { kind: "LAUNCH", title: "“垃圾分类齐参与、幸福生活共缔造”主题活动启动仪式", description: "以村（社区）为单位举办，分发宣传册、有奖知识竞答、积分兑换、互动游戏。" },
    { kind: "TRAINING", title: "垃圾分类专题培训", description: "组织党员、村（居民）代表参加。" },
    { kind: "DOOR_TO_DOOR", title: "进门入户垃圾分类宣传走访", description: "到包联小区居民（农户）家中面对面宣讲、手把手帮扶。" },
    { kind: "PARTY_DAY", title: "“联学联做”专题党日", description: "广泛征集意见，研究本村（社区）实施方案。" },
  ],
  selections: [{ kind: "MODEL_HOUSEHOLD", title: "垃圾分类示范户评选" }],
};

export const BUILT_IN_TEMPLATES: BuiltInTemplate[] = [
  {
    key: "seed000",
    name: "一阵地、两个书、三带头、四举措、五进",
    source: "房山区总工会党建引领生活垃圾分类社会动员发动专项工作实施方案",
    description: "工会系统：倡议书下发到各基层工会，职工签订承诺书，试点单位带头，“最美职工”评选，“五进”活动。",
    structure: seed000,
  },
  {
    key: "seed001",
    name: "一个引领、两项机制、三联、四员、五个载体",
    source: "溧城街道党建引领垃圾分类的实施方案",
    description: "街道党组织：党员双报到、党支部联小区、党员联户，四员，五个载体（倡议书、启动仪式、专题培训、入户走访、联学联做党日）。",
    structure: seed001,
  },
];

export function builtInTemplate(key: string): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.key === key);
}

/** A framework with nothing in it: a campaign built from scratch. */
export const BLANK_STRUCTURE: CampaignStructure = { sections: [], tasks: [], letter: null, pledge: null, activities: [], selections: [] };
