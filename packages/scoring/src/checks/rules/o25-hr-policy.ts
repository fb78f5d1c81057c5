/** O25 นโยบายการบริหารทรัพยากรบุคคล: the agency's human-resources policy or direction. */
import { defineRule } from '../kit.js';

const POLICY = ['นโยบาย', 'ทิศทาง', 'policy'];
const HR = ['บุคคล', 'บุคลากร', 'ทรัพยากรบุคคล', 'ทรัพยากรมนุษย์', 'human resource', 'hr'];

export default defineRule({
  id: 'O25',
  title: { th: 'มีนโยบายการบริหารทรัพยากรบุคคล', en: 'An HR policy' },
  failureTitle: { th: 'ไม่พบนโยบายการบริหารทรัพยากรบุคคล', en: 'No HR policy' },
  description: {
    th: 'นโยบายหรือทิศทางของหน่วยงานเกี่ยวกับการบริหารทรัพยากรบุคคลที่โปร่งใส',
    en: "The agency's policy or direction for managing its people transparently",
  },
  keywords: [
    'นโยบายการบริหารทรัพยากรบุคคล',
    'นโยบายการบริหารงานบุคคล',
    'นโยบายด้านการบริหารทรัพยากรบุคคล',
    'นโยบายการบริหารทรัพยากรมนุษย์',
    'นโยบาย hr',
    'hr policy',
  ],
  excludes: ['การดำเนินการตามนโยบาย', 'ผลการดำเนินการ', 'รายงาน'],
  elements: {
    policy: { content: { groups: [POLICY, HR], minChars: 80 } },
  },
});
