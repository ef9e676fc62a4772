import { useCallback } from 'react';
import type { WriteContext } from '#db/localWrite.ts';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

/** Runs one matrix write with this tablet's clock and ids, then asks for a sync; a failure becomes a sentence in `error`. */
export function useMatrixSave(): { error: string | null; save: (write: (db: SchakelDb, ctx: WriteContext) => Promise<void>) => Promise<boolean> } {
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const save = useCallback(
    (write: (db: SchakelDb, ctx: WriteContext) => Promise<void>) =>
      run(async () => {
        await write(db, { actorMemberId: null, now: now(), newId });
        requestSync('write');
      }),
    [db, now, newId, requestSync, run],
  );
  return { error, save };
}
