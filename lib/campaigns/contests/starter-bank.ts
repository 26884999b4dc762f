// The starter question bank shipped with the platform: household waste sorting under the Beijing regulation
// (北京市生活垃圾管理条例, in force 2020-05-01: 厨余垃圾 / 可回收物 / 有害垃圾 / 其他垃圾) with the Shanghai names
// (湿垃圾 = 厨余垃圾, 干垃圾 = 其他垃圾) where they help. Only items on which the Beijing and Shanghai guides agree
// are asked. A tenant copies it into its own bank (Question.starterKey) and may edit or archive any question.
import type { QuestionKindCode } from "./grading";

export type StarterQuestion = {
  key: string;
  kind: QuestionKindCode;
  category: "KITCHEN" | "RECYCLABLE" | "HAZARDOUS" | "OTHER" | "GENERAL";
  text: string;
  options: string[];
  answer: number[];
  explanation: string;
};

const FOUR = ["厨余垃圾", "可回收物", "有害垃圾", "其他垃圾"];
const TF = ["正确", "错误"];
const K = 0;
const R = 1;
const H = 2;
const O = 3;

type Item = [key: string, item: string, answer: number, explanation: string];

// "X 应投放到哪类垃圾桶？" — one of the four categories.
const WHICH_BIN: Item[] = [
  ["k01", "剩菜剩饭", K, "剩菜剩饭是典型的厨余垃圾，投放前应沥干水分。"],
  ["k02", "西瓜皮、香蕉皮等果皮", K, "果皮果核等易腐烂的食物残余属于厨余垃圾。"],
  ["k03", "茶叶渣、咖啡渣", K, "茶叶渣、咖啡渣属于厨余垃圾。"],
  ["k04", "鸡蛋壳", K, "蛋壳属于厨余垃圾。"],
  ["k05", "鸡骨头、鱼骨等小骨头", K, "鸡骨、鱼骨等细小骨头属于厨余垃圾；猪牛羊的大骨头难以粉碎，属于其他垃圾。"],
  ["k06", "过期的食品（已去除包装）", K, "过期食品属于厨余垃圾，包装物要另外分类投放。"],
  ["k07", "家里养的花草、掉落的枯叶", K, "家庭绿植、花卉、落叶属于厨余垃圾。"],
  ["k08", "中药药渣", K, "熬制后的中药药渣属于厨余垃圾；过期的中成药、西药属于有害垃圾。"],
  ["k09", "瓜子壳、花生壳", K, "瓜子壳、花生壳等干果壳属于厨余垃圾。"],
  ["k10", "小龙虾壳", K, "虾壳属于厨余垃圾。"],
  ["r01", "旧报纸、旧书本", R, "干净的废纸属于可回收物。"],
  ["r02", "压扁的快递纸箱", R, "纸箱属于可回收物，投放前拆除胶带、压平。"],
  ["r03", "喝完的塑料饮料瓶", R, "塑料瓶属于可回收物，倒空、压扁后投放。"],
  ["r04", "易拉罐", R, "金属罐属于可回收物。"],
  ["r05", "玻璃酒瓶", R, "玻璃瓶属于可回收物，应轻投轻放。"],
  ["r06", "旧衣服、旧床单", R, "废旧纺织物属于可回收物。"],
  ["r07", "废旧手机、小家电", R, "废弃电器电子产品属于可回收物，也可交给正规回收渠道。"],
  ["r08", "牛奶盒等纸塑铝复合包装", R, "利乐包等纸塑铝复合包装属于可回收物，倒空、压扁后投放。"],
  ["r09", "金属罐头盒（已清空）", R, "金属罐头盒属于可回收物。"],
  ["h01", "过期药品", H, "过期药品属于有害垃圾，连同包装投放更安全。"],
  ["h02", "废荧光灯管、节能灯", H, "含汞灯管属于有害垃圾，投放时保持完整，避免破碎。"],
  ["h03", "打碎的水银温度计", H, "含汞的温度计、血压计属于有害垃圾。"],
  ["h04", "纽扣电池、充电电池", H, "纽扣电池、镍镉电池、铅酸电池等属于有害垃圾。"],
  ["h05", "有残留的油漆桶、溶剂桶", H, "废油漆、溶剂及其容器属于有害垃圾。"],
  ["h06", "杀虫剂及其罐子", H, "杀虫剂、消毒剂及其容器属于有害垃圾。"],
  ["h07", "废弃的X光片等感光胶片", H, "X光片等感光胶片属于有害垃圾。"],
  ["o01", "用过的餐巾纸、卫生纸", O, "用过的纸巾已被污染，不能回收，属于其他垃圾。"],
  ["o02", "猪大骨、牛骨等大骨头", O, "大骨头质地坚硬、难以粉碎和腐烂，属于其他垃圾（上海称干垃圾）。"],
  ["o03", "烟头", O, "烟头属于其他垃圾，投放前确认熄灭。"],
  ["o04", "打碎的陶瓷碗碟", O, "陶瓷不能回收再生，属于其他垃圾，碎片应包好再投放。"],
  ["o05", "沾满油污的一次性餐盒", O, "被污染的一次性餐盒属于其他垃圾。"],
  ["o06", "用过的一次性筷子", O, "一次性筷子属于其他垃圾。"],
  ["o07", "贝壳、椰子壳", O, "贝壳、椰子壳质地坚硬，属于其他垃圾。"],
  ["o08", "宠物粪便、猫砂", O, "宠物粪便和猫砂属于其他垃圾，不能投入厨余垃圾桶。"],
  ["o09", "废弃的普通口罩", O, "日常使用后的普通口罩属于其他垃圾。"],
  ["o10", "纸尿裤", O, "纸尿裤属于其他垃圾。"],
];

const CATEGORY_OF = ["KITCHEN", "RECYCLABLE", "HAZARDOUS", "OTHER"] as const;

const single: StarterQuestion[] = WHICH_BIN.map(([key, item, answer, explanation]) => ({
  key,
  kind: "SINGLE",
  category: CATEGORY_OF[answer],
  text: `“${item}”应投放到哪类垃圾桶？`,
  options: FOUR,
  answer: [answer],
  explanation,
}));

const general: StarterQuestion[] = [
  { key: "g01", kind: "SINGLE", category: "GENERAL", text: "《北京市生活垃圾管理条例》（修订）自何时起施行？", options: ["2019年7月1日", "2020年5月1日", "2021年1月1日", "2020年10月1日"], answer: [1], explanation: "北京市修订后的条例自2020年5月1日起施行；上海市条例自2019年7月1日起施行。" },
  { key: "g02", kind: "SINGLE", category: "GENERAL", text: "北京市生活垃圾分为哪四类？", options: ["厨余垃圾、可回收物、有害垃圾、其他垃圾", "湿垃圾、干垃圾、纸类、塑料", "可燃垃圾、不可燃垃圾、资源垃圾、大件垃圾", "厨余垃圾、塑料、金属、玻璃"], answer: [0], explanation: "北京按厨余垃圾、可回收物、有害垃圾、其他垃圾四类分类。" },
  { key: "g03", kind: "SINGLE", category: "GENERAL", text: "上海所说的“湿垃圾”，对应北京的哪一类？", options: FOUR, answer: [0], explanation: "上海的湿垃圾即厨余垃圾，干垃圾即其他垃圾。" },
  { key: "g04", kind: "SINGLE", category: "GENERAL", text: "按国家标准，可回收物收集容器的标志颜色是？", options: ["蓝色", "绿色", "红色", "灰色"], answer: [0], explanation: "可回收物为蓝色，有害垃圾为红色，厨余垃圾为绿色，其他垃圾为灰色。" },
  { key: "g05", kind: "SINGLE", category: "GENERAL", text: "按国家标准，有害垃圾收集容器的标志颜色是？", options: ["蓝色", "绿色", "红色", "灰色"], answer: [2], explanation: "有害垃圾为红色。" },
  { key: "g06", kind: "SINGLE", category: "GENERAL", text: "喝剩的奶茶，正确的投放方法是？", options: ["连杯带奶茶整杯投入其他垃圾", "液体倒入下水道，珍珠等残渣投入厨余垃圾，杯子和吸管投入其他垃圾", "整杯投入可回收物", "整杯投入厨余垃圾"], answer: [1], explanation: "先倒掉液体，残渣属于厨余垃圾，被污染的杯子和吸管属于其他垃圾。" },
  { key: "g07", kind: "SINGLE", category: "GENERAL", text: "生活垃圾管理遵循的“三化”原则是？", options: ["减量化、资源化、无害化", "集中化、规模化、市场化", "标准化、信息化、智能化", "简单化、统一化、快速化"], answer: [0], explanation: "生活垃圾管理以减量化、资源化、无害化为原则。" },
  { key: "g08", kind: "SINGLE", category: "GENERAL", text: "房山区总工会方案要求党员干部、职工志愿者回社区（村）报到，每月“桶前值守”不少于多长时间？", options: ["1小时", "2小时", "4小时", "8小时"], answer: [1], explanation: "方案要求每月不少于2小时的“桶前值守”。" },
];

const multiple: StarterQuestion[] = [
  { key: "m01", kind: "MULTIPLE", category: "HAZARDOUS", text: "下列哪些属于有害垃圾？（多选）", options: ["废荧光灯管", "过期药品", "有残留的油漆桶", "易拉罐"], answer: [0, 1, 2], explanation: "易拉罐属于可回收物。" },
  { key: "m02", kind: "MULTIPLE", category: "RECYCLABLE", text: "下列哪些属于可回收物？（多选）", options: ["旧报纸", "塑料饮料瓶", "用过的餐巾纸", "旧衣服"], answer: [0, 1, 3], explanation: "用过的餐巾纸属于其他垃圾。" },
  { key: "m03", kind: "MULTIPLE", category: "KITCHEN", text: "下列哪些属于厨余垃圾？（多选）", options: ["剩饭剩菜", "果皮", "茶叶渣", "猪大骨"], answer: [0, 1, 2], explanation: "大骨头属于其他垃圾。" },
  { key: "m04", kind: "MULTIPLE", category: "OTHER", text: "下列哪些属于其他垃圾？（多选）", options: ["烟头", "用过的纸巾", "打碎的陶瓷碗", "玻璃瓶"], answer: [0, 1, 2], explanation: "玻璃瓶属于可回收物。" },
  { key: "m05", kind: "MULTIPLE", category: "RECYCLABLE", text: "投放可回收物时，下列做法正确的有？（多选）", options: ["尽量保持清洁干燥", "纸箱拆除胶带后压平", "沾满食物残渣也可以直接投放", "玻璃制品轻投轻放"], answer: [0, 1, 3], explanation: "被严重污染的物品不能作为可回收物。" },
  { key: "m06", kind: "MULTIPLE", category: "KITCHEN", text: "投放厨余垃圾时，下列做法正确的有？（多选）", options: ["沥干水分", "去除塑料袋等包装物后投放", "连同塑料袋一起投入", "大骨头另投入其他垃圾"], answer: [0, 1, 3], explanation: "厨余垃圾应破袋投放，包装袋投入其他垃圾。" },
  { key: "m07", kind: "MULTIPLE", category: "GENERAL", text: "房山区总工会方案中的“五进”包括进入哪些地方？（多选）", options: ["机关", "企业", "社区", "课堂"], answer: [0, 1, 2, 3], explanation: "“五进”即进机关、进企业、进社区、进课堂、进家庭。" },
  { key: "m08", kind: "MULTIPLE", category: "GENERAL", text: "溧城街道方案中，党员争当的“四员”包括？（多选）", options: ["先锋员", "宣传员", "示范员", "督导员"], answer: [0, 1, 2, 3], explanation: "四员：生活垃圾分类先锋员、宣传员、示范员、督导员。" },
];

const trueFalse: StarterQuestion[] = (
  [
    ["t01", "KITCHEN", "猪大骨属于厨余垃圾。", false, "大骨头难以粉碎，属于其他垃圾。"],
    ["t02", "HAZARDOUS", "过期药品属于有害垃圾。", true, "过期药品属于有害垃圾。"],
    ["t03", "OTHER", "用过的餐巾纸可以作为可回收物投放。", false, "用过的纸巾已被污染，属于其他垃圾。"],
    ["t04", "OTHER", "普通的一次性无汞干电池（如5号、7号碱性电池）可作为其他垃圾投放。", true, "普通干电池已基本无汞，作为其他垃圾投放；纽扣电池、充电电池属于有害垃圾。"],
    ["t05", "KITCHEN", "厨余垃圾应沥干水分、去除包装物后再投放。", true, "破袋投放，包装物另行分类。"],
    ["t06", "HAZARDOUS", "废荧光灯管应先打碎再投放，以节省空间。", false, "灯管破碎会释放汞，应保持完整投放。"],
    ["t07", "RECYCLABLE", "可回收物收集容器的标志颜色是绿色。", false, "可回收物为蓝色，绿色是厨余垃圾。"],
    ["t08", "RECYCLABLE", "快递纸箱拆除胶带、压平后作为可回收物投放。", true, "纸箱属于可回收物。"],
    ["t09", "OTHER", "打碎的陶瓷碗碟属于可回收物。", false, "陶瓷属于其他垃圾，碎片应包好投放。"],
    ["t10", "OTHER", "宠物粪便可以投入厨余垃圾桶。", false, "宠物粪便属于其他垃圾。"],
    ["t11", "GENERAL", "上海的“干垃圾”对应北京的“其他垃圾”。", true, "干垃圾即其他垃圾。"],
    ["t12", "GENERAL", "旧家具等大件垃圾可以直接放在垃圾桶旁边。", false, "大件垃圾应预约回收或投放到指定地点。"],
  ] as const
).map(([key, category, text, isTrue, explanation]) => ({ key, kind: "TRUE_FALSE" as const, category, text, options: TF, answer: [isTrue ? 0 : 1], explanation }));

export const STARTER_BANK: StarterQuestion[] = [...single, ...general, ...multiple, ...trueFalse];
