/** Which blobs a record (or a patch of one) refers to: they must reach the server before it. */
import type { RecordKind } from '#shared/records.ts';

const SHA = /^[0-9a-f]{64}$/;

export function blobRefs(kind: RecordKind, data: Readonly<Record<string, unknown>>): string[] {
  const refs: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string' && SHA.test(value)) refs.push(value);
  };
  // A defect photo, and a member's own photo, travel before the record that names them.
  if (kind === 'taskCompletion' || kind === 'member') add(data['photo']);
  if (kind === 'card' && Array.isArray(data['steps'])) {
    for (const step of data['steps'] as unknown[]) {
      if (typeof step !== 'object' || step === null) continue;
      // A step's photo and its recorded voice clip both travel before the card.
      add((step as Record<string, unknown>)['photo']);
      add((step as Record<string, unknown>)['clip']);
    }
  }
  return [...new Set(refs)];
}
