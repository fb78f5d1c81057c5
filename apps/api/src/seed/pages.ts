/** Demo captured pages: small Thai agency pages of the kind auditors capture, one per item kind. */
export interface DemoPage {
  path: string;
  html: string;
}

const shell = (title: string, agency: string, body: string, extraHead = '') => `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>${title} | ${agency}</title>${extraHead}</head>
<body><header><nav><a href="/">หน้าหลัก</a> <a href="/ita">ITA</a> <a href="/contact">ติดต่อเรา</a></nav></header>
<main><nav aria-label="breadcrumb">หน้าหลัก › ${title}</nav><h1>${title}</h1>
${body}
</main><footer>${agency}</footer></body></html>`;

export function contactPage(agency: string, province: string, withFax: boolean): DemoPage {
  return {
    path: '/contact',
    html: shell(
      'ติดต่อเรา',
      agency,
      `<h2>ข้อมูลการติดต่อ</h2>
<p>${agency} ศาลากลางจังหวัด${province} ถนนศรีสุข ตำบลในเมือง อำเภอเมือง จังหวัด${province} 38000</p>
<p>โทรศัพท์ 0-4249-2345</p>
${withFax ? '<p>โทรสาร 0-4249-2346</p>' : ''}
<p>อีเมล <a href="mailto:saraban@example.go.th">saraban@example.go.th</a></p>
<h3>แผนที่</h3><iframe src="https://www.google.com/maps/embed?pb=demo" title="แผนที่ตั้งหน่วยงาน"></iframe>`,
    ),
  };
}

export function structurePage(agency: string): DemoPage {
  return {
    path: '/about/structure',
    html: shell(
      'โครงสร้างหน่วยงาน',
      agency,
      `<img src="/images/org-chart-2564.png" alt="แผนผังโครงสร้างหน่วยงาน">
<ul><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>ฝ่ายบริหารงานทั่วไป</li></ul>`,
    ),
  };
}

export function socialPage(agency: string): DemoPage {
  return {
    path: '/social',
    html: shell(
      'Social Network',
      agency,
      `<p>ติดตามข่าวสารของหน่วยงานได้ที่ <a href="https://www.facebook.com/example.go.th">Facebook ${agency}</a> และ <a href="https://line.me/R/ti/p/@example">LINE Official</a></p>`,
    ),
  };
}

export function complaintPage(agency: string): DemoPage {
  return {
    path: '/complaint',
    html: shell(
      'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต',
      agency,
      `<form action="/complaint/submit" method="post"><label>ชื่อผู้ร้องเรียน <input name="name"></label>
<label>เรื่องที่ร้องเรียน <textarea name="detail"></textarea></label><button type="submit">ส่งเรื่องร้องเรียน</button></form>`,
    ),
  };
}

/** A document page for an item ("แผนปฏิบัติการป้องกันการทุจริตประจำปี พ.ศ. 2564"), with a link to its PDF. */
export function documentPage(agency: string, itemName: string, year: number, withScript = false): DemoPage {
  return {
    path: `/ita/${encodeURIComponent(itemName)}`,
    html: shell(
      `${itemName} ประจำปีงบประมาณ พ.ศ. ${year}`,
      agency,
      `<p>${agency} เผยแพร่${itemName} ประจำปีงบประมาณ พ.ศ. ${year}</p>
<p><a href="/files/${year}/document.pdf">ดาวน์โหลด ${itemName} (PDF)</a></p>`,
      withScript ? '<script>document.title = "script ran"; window.__capturedScriptRan = true;</script>' : '',
    ),
  };
}
