// The elements of one name in a stream of XML (the rows of a sheet, the strings of a
// workbook), each as its text, one at a time: memory holds one element and a chunk, never the
// whole part. An element longer than `max` characters is not kept, only followed to its end,
// and given as null. The text read is searched forward from where the last element ended.
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
  let pos = 0;
  // Inside an element too long to keep: looking for its end only.
  let dropping = false;
  const found: (string | null)[] = [];
  /** The elements complete in buf from pos; pos is left where the next one may start. */
  const scan = (): void => {
    for (;;) {
      if (dropping) {
        close.lastIndex = pos;
        const end = close.exec(buf);
        if (!end) {
          pos = Math.max(pos, buf.length - KEEP);
          return;
        }
        pos = end.index + end[0].length;
        dropping = false;
        found.push(null);
        continue;
      }
      open.lastIndex = pos;
      const start = open.exec(buf);
      if (!start) {
        pos = Math.max(pos, buf.length - KEEP);
        return;
      }
      const tagEnd = buf.indexOf(">", start.index);
      if (tagEnd !== -1 && buf.charCodeAt(tagEnd - 1) === 47) {
        found.push(buf.slice(start.index, tagEnd + 1));
        pos = tagEnd + 1;
        continue;
      }
      close.lastIndex = start.index;
      const end = tagEnd === -1 ? null : close.exec(buf);
      if (end) {
        found.push(buf.slice(start.index, end.index + end[0].length));
        pos = end.index + end[0].length;
        continue;
      }
      pos = start.index;
      if (buf.length - pos > max) {
        dropping = true;
        pos = buf.length - KEEP;
        continue;
      }
      return;
    }
  };
  for await (const chunk of bytes) {
    // What was scanned is let go only here, once a chunk: not once an element.
    buf = buf.slice(pos) + decoder.decode(chunk, { stream: true });
    pos = 0;
    scan();
    yield* found.splice(0);
  }
  buf = buf.slice(pos) + decoder.decode();
  pos = 0;
  scan();
  yield* found.splice(0);
  if (dropping) yield null;
}
