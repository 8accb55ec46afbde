// Parsing and preparing a batch run on buffered input, which resolves through microtasks only, and those never
// let I/O callbacks run. Without pauses the previous batch's write gets its next round trip to Postgres only when
// the worker next waits for input, and Postgres (on another core) sits idle instead of writing while the worker
// parses. A pause every couple of hundred records costs nothing measurable.
const UNITS_PER_PAUSE = 200;

/** Counts units of work; every UNITS_PER_PAUSE of them, `after` resolves on the next turn of the event loop. */
export function ioPauses() {
  let since = 0;
  return {
    async after(units: number): Promise<void> {
      if ((since += units) < UNITS_PER_PAUSE) return;
      since = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
}
