/**
 * The server under test makes some values with a random source the suite
 * cannot seed: its ids (device ids, which are also the tablets' HLC node
 * names, and the demo data's ids) and the demo PINs' salts and hashes. To
 * compare two runs, each such value is renamed by the order it first
 * appears in; ids the suite made itself stay as they are, since those must
 * replay exactly.
 */
const SERVER_RANDOM = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{32}\b|(?<="hash":")[0-9a-f]{64}(?=")/g;

/** An HLC node is a device id without its dashes; both spellings get one name. */
function dashed(value: string): string {
  return value.length !== 32 ? value : `${value.slice(0, 8)}-${value.slice(8, 12)}-${value.slice(12, 16)}-${value.slice(16, 20)}-${value.slice(20)}`;
}

export function canonicalTrace(traces: readonly (readonly string[])[], ownIds: ReadonlySet<string>): string[][] {
  const names = new Map<string, string>();
  const rename = (match: string): string => {
    const value = dashed(match);
    if (ownIds.has(value)) return match;
    let name = names.get(value);
    if (name === undefined) {
      name = `server-random-${String(names.size + 1)}`;
      names.set(value, name);
    }
    return name;
  };
  return traces.map((lines) => lines.map((line) => line.replace(SERVER_RANDOM, rename)));
}
