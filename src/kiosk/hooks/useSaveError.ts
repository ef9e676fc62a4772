import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageFullError } from '#db/storageErrors.ts';

/**
 * Runs a local save and turns a failure into a sentence for the person;
 * nothing half-saved remains. `run` resolves to whether the save went through.
 */
export function useSaveError(): { error: string | null; run: (work: () => Promise<unknown>) => Promise<boolean> } {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      setError(null);
      try {
        await work();
        return true;
      } catch (e) {
        setError(e instanceof StorageFullError ? t('errors.storageFull') : t('errors.generic'));
        return false;
      }
    },
    [t],
  );
  return { error, run };
}
