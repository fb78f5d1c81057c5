/**
 * O34 เจตจำนงสุจริตของผู้บริหาร: the current head's pledge to run the agency honestly and transparently. Whether the
 * signer is the current head cannot be checked here; the pledge must be there and name honesty or good governance.
 */
import { defineRule } from '../kit.js';

const PLEDGE = ['เจตจำนง', 'integrity'];
const HONESTY = ['สุจริต', 'ซื่อสัตย์', 'โปร่งใส', 'ธรรมาภิบาล', 'honest', 'transparen'];

export default defineRule({
  id: 'O34',
  title: { th: 'มีการแสดงเจตจำนงสุจริตของผู้บริหาร', en: "The head's integrity pledge" },
  failureTitle: { th: 'ไม่พบการแสดงเจตจำนงสุจริตของผู้บริหาร', en: 'No integrity pledge of the head' },
  description: {
    th: 'การแสดงเจตนาหรือคำมั่นของผู้บริหารสูงสุดคนปัจจุบันว่าจะปฏิบัติหน้าที่และบริหารหน่วยงานอย่างซื่อสัตย์สุจริต โปร่งใส ตามหลักธรรมาภิบาล',
    en: 'The current head pledges to run the agency honestly, transparently and by good governance',
  },
  keywords: [
    'เจตจำนงสุจริตของผู้บริหาร',
    'เจตจำนงสุจริต',
    'ประกาศเจตจำนงสุจริต',
    'การแสดงเจตจำนงสุจริต',
    'เจตจำนงสุจริตในการบริหารงาน',
    'integrity pledge',
  ],
  elements: {
    'integrity-statement': { content: { groups: [PLEDGE, HONESTY], minChars: 60 } },
  },
});
