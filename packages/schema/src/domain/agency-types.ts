/** The kinds of agencies the NACC assesses, with the names agencies use for them. */
export const AGENCY_TYPES = [
  { id: 'province', th: 'จังหวัด', en: 'Province' },
  { id: 'department', th: 'ส่วนราชการระดับกรม', en: 'Department' },
  { id: 'state-enterprise', th: 'รัฐวิสาหกิจ', en: 'State enterprise' },
  { id: 'public-organization', th: 'องค์การมหาชน', en: 'Public organisation' },
  { id: 'independent-organization', th: 'องค์กรอิสระและหน่วยงานศาล', en: 'Independent organisation or court' },
  { id: 'university', th: 'สถาบันอุดมศึกษา', en: 'University' },
  { id: 'provincial-administration', th: 'องค์การบริหารส่วนจังหวัด', en: 'Provincial administrative organisation' },
  { id: 'city-municipality', th: 'เทศบาลนคร', en: 'City municipality' },
  { id: 'town-municipality', th: 'เทศบาลเมือง', en: 'Town municipality' },
  { id: 'subdistrict-municipality', th: 'เทศบาลตำบล', en: 'Subdistrict municipality' },
  { id: 'subdistrict-administration', th: 'องค์การบริหารส่วนตำบล', en: 'Subdistrict administrative organisation' },
  { id: 'special-local', th: 'องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ', en: 'Special local government' },
] as const;

export type AgencyTypeId = (typeof AGENCY_TYPES)[number]['id'];
export const AGENCY_TYPE_IDS = AGENCY_TYPES.map((t) => t.id) as unknown as readonly [AgencyTypeId, ...AgencyTypeId[]];

/** Names agencies' files use for a type ("อบต.", "municipality") → our id. */
export function agencyTypeOf(raw: string | undefined): AgencyTypeId | null {
  if (!raw) return null;
  const s = raw.trim().toLowerCase();
  const hit = AGENCY_TYPES.find((t) => t.id === s || t.th === raw.trim() || t.en.toLowerCase() === s);
  if (hit) return hit.id;
  if (s === 'อบต.' || s === 'sao') return 'subdistrict-administration';
  if (s === 'อบจ.' || s === 'pao') return 'provincial-administration';
  if (s === 'ทน.') return 'city-municipality';
  if (s === 'ทม.') return 'town-municipality';
  if (s === 'ทต.') return 'subdistrict-municipality';
  return null;
}
