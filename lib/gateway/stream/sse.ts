// Server-Sent Events framing (pure), after the WHATWG event-stream rules: an incremental parser for upstream text that
// arrives in arbitrary pieces, and a serializer for what the gateway sends downstream.

export type SseEvent = { event?: string; data: string; id?: string };

const BOM = "\uFEFF";

/**
 * Feeds on decoded text pieces split anywhere (even between "\r" and "\n") and returns every event completed by a
 * blank line. Lines end in "\n", "\r\n" or "\r"; comments (": ping") and unknown fields are ignored; several data
 * lines join with "\n". `id` is set only on the event whose block carried an id line.
 */
export class SseParser {
  /** Pieces of the current line, joined once the line ends, so a long line split into many pieces stays linear. */
  private partial: string[] = [];
  /** The last piece ended in "\r": a "\n" opening the next one belongs to that line end. */
  private afterCr = false;
  private started = false;
  private eventType: string | undefined;
  private id: string | undefined;
  private dataLines: string[] = [];

  push(chunk: string): SseEvent[] {
    if (chunk.length === 0) return [];
    if (!this.started) {
      this.started = true;
      if (chunk.startsWith(BOM)) chunk = chunk.slice(1);
    }
    const events: SseEvent[] = [];
    let from = this.afterCr && chunk.charCodeAt(0) === 10 ? 1 : 0;
    this.afterCr = false;
    const lineEnd = /[\r\n]/g;
    lineEnd.lastIndex = from;
    for (let m = lineEnd.exec(chunk); m; m = lineEnd.exec(chunk)) {
      this.partial.push(chunk.slice(from, m.index));
      this.takeLine(this.partial.join(""), events);
      this.partial = [];
      from = m.index + 1;
      if (m[0] === "\r") {
        if (from === chunk.length) this.afterCr = true;
        else if (chunk.charCodeAt(from) === 10) from++;
      }
      lineEnd.lastIndex = from;
    }
    if (from < chunk.length) this.partial.push(chunk.slice(from));
    return events;
  }

  /** The upstream closed: a last line without its line end, and an event without its blank line, still count. */
  end(): SseEvent[] {
    const events: SseEvent[] = [];
    if (this.partial.length > 0) this.takeLine(this.partial.join(""), events);
    this.partial = [];
    this.afterCr = false;
    this.dispatch(events);
    return events;
  }

  private takeLine(line: string, events: SseEvent[]): void {
    if (line === "") return this.dispatch(events);
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.dataLines.push(value);
    else if (field === "event") this.eventType = value;
    else if (field === "id" && !value.includes("\0")) this.id = value;
  }

  private dispatch(events: SseEvent[]): void {
    if (this.dataLines.length > 0) {
      const event: SseEvent = { data: this.dataLines.join("\n") };
      if (this.eventType) event.event = this.eventType;
      if (this.id !== undefined) event.id = this.id;
      events.push(event);
    }
    this.dataLines = [];
    this.eventType = undefined;
    this.id = undefined;
  }
}

const LINE_BREAK = /\r\n|\r|\n/;
const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ");

/** One event in wire form: "event: x\ndata: ...\n\n"; a data value with line breaks becomes several data lines. */
export function serializeSse(e: SseEvent): string {
  let out = "";
  if (e.event) out += `event: ${oneLine(e.event)}\n`;
  if (e.id !== undefined) out += `id: ${oneLine(e.id)}\n`;
  for (const line of e.data.split(LINE_BREAK)) out += `data: ${line}\n`;
  return `${out}\n`;
}
