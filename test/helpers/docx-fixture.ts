import { writeFileSync } from "node:fs";
import JSZip from "jszip";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const escape = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

/**
 * Writes the smallest .docx Word opens: a package with one document part. Each paragraph is a list of runs;
 * a run in `**…**` is bold, as Word splits formatted text into runs.
 */
export async function writeDocx(path: string, paragraphs: string[][]): Promise<void> {
  const run = (text: string) => {
    const bold = /^\*\*(.*)\*\*$/su.exec(text);
    return `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${escape(bold ? bold[1]! : text)}</w:t></w:r>`;
  };
  const body = paragraphs.map((runs) => `<w:p>${runs.map(run).join("")}</w:p>`).join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
}
