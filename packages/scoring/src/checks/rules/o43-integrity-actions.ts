/** O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน: what was done under the O42 measures in the fiscal year. */
import { defineRule } from '../kit.js';

const MEASURES = ['มาตรการ', 'measure'];
const DONE = ['ดำเนินการ', 'ผลการดำเนิน', 'เสร็จ', 'แล้ว'];

export default defineRule({
  id: 'O43',
  title: { th: 'มีการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Actions under the integrity measures' },
  failureTitle: { th: 'ไม่พบการดำเนินการตามมาตรการของปีที่กำหนด', en: 'No actions under the measures in the required year' },
  description: {
    th: 'การดำเนินการตามมาตรการในข้อ O42 ไปสู่การปฏิบัติอย่างเป็นรูปธรรม ของปีงบประมาณที่ประเมิน',
    en: 'What was done under the O42 measures, in the assessed fiscal year',
  },
  keywords: [
    'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    'ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    'การดำเนินการตามมาตรการ',
    'ผลการดำเนินการตามมาตรการ',
  ],
  excludes: ['ความเสี่ยง'],
  elements: {
    actions: { content: { groups: [MEASURES, DONE] } },
    'fiscal-year': 'fiscal-year',
  },
});
