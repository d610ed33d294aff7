// The elements of one name in a stream of XML (the rows of a sheet, the strings of a
// workbook), each as its text, one at a time: memory holds one element and a chunk, never the
// whole part. An element longer than `max` characters is not kept, only followed to its end,
// and given as null.
import { TextDecoder } from "node:util";

const KEEP = 64;

export async function* elements(
  bytes: AsyncIterable<Uint8Array>,
  local: string,
  max: number,
): AsyncGenerator<string | null> {
  const decoder = new TextDecoder("utf-8");
  const open = new RegExp(`<(?:[\\w.-]+:)?${local}\\b`, "g");
  const close = new RegExp(`</(?:[\\w.-]+:)?${local}\\s*>`, "g");
  let buf = "";
  // Inside an element too long to keep: looking for its end only.
  let dropping = false;
  const scan = function* (): Generator<string | null> {
    for (;;) {
      if (dropping) {
        close.lastIndex = 0;
        const end = close.exec(buf);
        if (!end) {
          buf = buf.slice(-KEEP);
          return;
        }
        buf = buf.slice(end.index + end[0].length);
        dropping = false;
        yield null;
        continue;
      }
      open.lastIndex = 0;
      const start = open.exec(buf);
      if (!start) {
        buf = buf.slice(-KEEP);
        return;
      }
      const tagEnd = buf.indexOf(">", start.index);
      if (tagEnd !== -1 && buf[tagEnd - 1] === "/") {
        yield buf.slice(start.index, tagEnd + 1);
        buf = buf.slice(tagEnd + 1);
        continue;
      }
      close.lastIndex = start.index;
      const end = tagEnd === -1 ? null : close.exec(buf);
      if (end) {
        yield buf.slice(start.index, end.index + end[0].length);
        buf = buf.slice(end.index + end[0].length);
        continue;
      }
      buf = buf.slice(start.index);
      if (buf.length > max) {
        dropping = true;
        buf = buf.slice(-KEEP);
        continue;
      }
      return;
    }
  };
  for await (const chunk of bytes) {
    buf += decoder.decode(chunk, { stream: true });
    yield* scan();
  }
  buf += decoder.decode();
  yield* scan();
  if (dropping) yield null;
}
