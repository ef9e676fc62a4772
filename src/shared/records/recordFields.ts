/**
 * The field schemas records are built from. They are made from the zod
 * namespace handed in, so a record kind's file stays free of zod at run
 * time: the tablet's first screen loads the registry's facts (tables,
 * versions, roles) without loading zod; only code that validates does.
 */
import type { z } from 'zod';
import { isPlainText, notPlainTextMessage } from '#shared/plainText.ts';

export type Zod = typeof z;

export const LANGUAGES = ['nl-BE', 'fr-BE', 'en'] as const;
/** Instruction detail by skill level (ILUO): I learning, L can with help, U can alone, O can teach. */
export const ILUO_LEVELS = ['I', 'L', 'U', 'O'] as const;

export function recordFields(zod: Zod) {
  const id = zod.uuid();
  return {
    zod,
    id,
    teamId: zod.uuid(),
    day: zod.iso.date(),
    timestamp: zod.iso.datetime({ offset: true }),
    /** One line a person typed: no control or bidi-override characters (plainText.ts). */
    shortText: (max: number) =>
      zod
        .string()
        .trim()
        .min(1)
        .max(max)
        .refine((text) => isPlainText(text), { error: (issue) => notPlainTextMessage(issue.input) }),
    /** Like shortText, for text a file brought that may run over lines (a spreadsheet's column header). */
    multiLineText: (max: number) =>
      zod
        .string()
        .trim()
        .min(1)
        .max(max)
        .refine((text) => isPlainText(text, { lines: true }), { error: (issue) => notPlainTextMessage(issue.input, { lines: true }) }),
    /** A photo or voice clip, named by the SHA-256 of its bytes (see blobs.ts). */
    blobRef: zod.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 blob reference'),
    /** A pictogram from the bundled set, named by its catalogue key. */
    picto: zod.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'unknown pictogram name'),
    language: zod.enum(LANGUAGES),
    iluoLevel: zod.enum(ILUO_LEVELS),
    /** A PIN is never stored, only a salted PBKDF2 hash of it (see pinHash.ts). */
    pinHash: zod.object({
      salt: zod.string().regex(/^[0-9a-f]{32}$/),
      hash: zod.string().regex(/^[0-9a-f]{64}$/),
    }),
    wellbeingScale: zod.union([zod.literal(3), zod.literal(5)]),
    count: zod.number().int().min(0).max(100_000),
  };
}

export type RecordFields = ReturnType<typeof recordFields>;
