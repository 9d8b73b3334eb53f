/**
 * A small real PDF for a demo issue: one page with the masthead, the issue's title, number
 * and contents, in the standard Helvetica fonts (no embedding, no downloads). Enough for
 * subscribers to download "the issue's PDF" in the demo, and for tests to tell it apart.
 */
export function drawIssuePdf(issue: {
  title: string;
  volume: number;
  number: number;
  date: string;
  contents: string[];
}): Buffer {
  // PDF strings escape backslashes and parentheses; the standard fonts cover Latin-1 only.
  const text = (value: string) =>
    value
      .normalize("NFKD")
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, "-")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/([\\()])/g, "\\$1");
  const lines: [font: "F1" | "F2", size: number, y: number, value: string][] = [
    ["F2", 28, 760, "The Meridian"],
    ["F1", 12, 736, `Volume ${issue.volume}, number ${issue.number} - ${issue.date}`],
    ["F2", 20, 700, issue.title],
    ["F2", 12, 664, "In this issue"],
    ...issue.contents.map(
      (title, index) => ["F1", 12, 644 - index * 18, title] as ["F1", number, number, string],
    ),
  ];
  const stream = lines
    .map(([font, size, y, value]) => `BT /${font} ${size} Tf 56 ${y} Td (${text(value)}) Tj ET`)
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
