// Node kinds a new tenant starts with. One catalogue covers the three shapes in the seeds: the union system
// (区总工会 → 基层工会 → 试点单位), the territorial party system (街道 → 社区/村 → 小区 → 党支部 → 党小组/楼栋),
// and public institutions (领导小组 → 部门/单位). A tenant may rename kinds; codes are stable.
export type KindTemplate = {
  code: string;
  name: string;
  nameEn: string;
  parentCodes: string[];
  allowRoot?: boolean;
  holdsHouseholds?: boolean;
  isUnit?: boolean;
};

export const KIND_CATALOGUE: KindTemplate[] = [
  { code: "district_union", name: "区总工会", nameEn: "District federation of trade unions", parentCodes: [], allowRoot: true },
  { code: "district", name: "区", nameEn: "District", parentCodes: [], allowRoot: true },
  { code: "street", name: "街道", nameEn: "Street", parentCodes: ["district"], allowRoot: true },
  { code: "leading_group", name: "领导小组", nameEn: "Leading group", parentCodes: ["district_union", "district", "street"] },
  { code: "grassroots_union", name: "基层工会", nameEn: "Grassroots union", parentCodes: ["district_union"], isUnit: true },
  { code: "pilot_unit", name: "试点单位", nameEn: "Pilot unit", parentCodes: ["grassroots_union", "district_union"], isUnit: true },
  { code: "workplace", name: "基层单位", nameEn: "Workplace", parentCodes: ["grassroots_union", "pilot_unit"], isUnit: true },
  { code: "department", name: "部门/单位", nameEn: "Department / institution", parentCodes: ["district", "leading_group", "street"], isUnit: true },
  { code: "community", name: "社区", nameEn: "Community", parentCodes: ["street"], isUnit: true },
  { code: "village", name: "村", nameEn: "Village", parentCodes: ["street"], isUnit: true, holdsHouseholds: true },
  { code: "compound", name: "小区", nameEn: "Residential compound", parentCodes: ["community", "village"], holdsHouseholds: true },
  { code: "enterprise", name: "企业/合作社", nameEn: "Enterprise / cooperative", parentCodes: ["village", "community", "street"], isUnit: true },
  { code: "party_branch", name: "党支部", nameEn: "Party branch", parentCodes: ["community", "village", "compound", "department", "enterprise", "pilot_unit", "grassroots_union", "social_agency"], isUnit: true },
  { code: "party_group", name: "党小组/楼栋", nameEn: "Party group (building)", parentCodes: ["party_branch"], holdsHouseholds: true },
  { code: "social_agency", name: "社工机构", nameEn: "Social-work agency", parentCodes: ["district", "street"], isUnit: true },
];

export const TENANT_TEMPLATES = {
  union: ["district_union", "leading_group", "grassroots_union", "pilot_unit", "workplace", "party_branch"],
  street: ["street", "leading_group", "community", "village", "compound", "enterprise", "party_branch", "party_group"],
  district: ["district", "street", "leading_group", "department", "community", "village", "compound", "enterprise", "party_branch", "party_group", "social_agency"],
} as const;

export type TenantTemplate = keyof typeof TENANT_TEMPLATES;

export function kindsFor(template: TenantTemplate): KindTemplate[] {
  const codes = new Set<string>(TENANT_TEMPLATES[template]);
  return KIND_CATALOGUE.filter((k) => codes.has(k.code)).map((k) => ({ ...k, parentCodes: k.parentCodes.filter((p) => codes.has(p)) }));
}
