/** Reads a body stream into memory but stops as soon as it passes `cap` bytes (chunked bodies have no Content-Length). */
export async function readCapped(stream: ReadableStream<Uint8Array> | null, cap: number, tooLarge: () => Error): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The same for a Node stream (an IncomingMessage): the bytes, or null as soon as they pass `cap` (reading stops). */
export async function readNodeCapped(stream: AsyncIterable<Buffer>, cap: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > cap) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
