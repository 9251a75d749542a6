// The text of a PDF, page by page, read by Mozilla's PDF.js: an independent reader, so a test
// checks what a prospect's viewer shows, not what our renderer meant to write.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfText(data: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.cleanup();
  return pages;
}
