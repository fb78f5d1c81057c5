/**
 * O17 E-Service: a service of the agency that people obtain online through the agency's own website, and that names
 * the service. The seed's note: links that only lead to other agencies' portals, where it is unclear which service is
 * offered, do not count.
 */
import { defineRule } from '../kit.js';

const WORDS = [
  'e-service',
  'eservice',
  'บริการออนไลน์',
  'บริการอิเล็กทรอนิกส์',
  'ยื่นคำร้อง',
  'คำร้องออนไลน์',
  'ขอรับบริการ',
  'ยื่นคำขอ',
  'จองคิว',
  'ระบบ',
];
/** What names a service: a request, a booking, a registration, a certificate … */
const SERVICE = [
  'ขอ',
  'ยื่น',
  'จอง',
  'ลงทะเบียน',
  'แจ้ง',
  'ชำระ',
  'สมัคร',
  'นัดหมาย',
  'คำร้อง',
  'คำขอ',
  'หนังสือรับรอง',
  'request',
  'booking',
  'register',
];

export default defineRule({
  id: 'O17',
  title: { th: 'มีบริการออนไลน์ (E-Service) บนเว็บไซต์ของหน่วยงาน', en: 'An e-service on the agency website' },
  failureTitle: { th: 'ไม่พบ E-Service ของหน่วยงานบนเว็บไซต์ของหน่วยงาน', en: "No e-service on the agency's own website" },
  description: {
    th: 'ช่องทางที่ผู้รับบริการขอรับบริการตามอำนาจหน้าที่ของหน่วยงานได้ทางออนไลน์ ผ่านเว็บไซต์ของหน่วยงาน โดยระบุบริการอย่างชัดเจน',
    en: "A clearly named service of the agency obtained online through the agency's own website",
  },
  requires: ['page', 'links', 'forms'],
  keywords: ['e-service', 'eservice', 'บริการออนไลน์', 'บริการอิเล็กทรอนิกส์', 'ระบบบริการออนไลน์'],
  elements: {
    'e-service-channel': {
      channel: {
        words: WORDS,
        hrefHints: ['eservice', 'e-service', 'request', 'booking', 'queue', 'register'],
        mustName: SERVICE,
      },
    },
  },
});
