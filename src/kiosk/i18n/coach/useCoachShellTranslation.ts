import { useTranslation } from 'react-i18next';
import { addStrings, COACH_SHELL, COACH_SHELL_NS } from './shell.ts';

/** `t` for the coach strings that live outside the coach-mode chunk (see shell.ts). */
export function useCoachShellTranslation() {
  const { i18n } = useTranslation();
  addStrings(i18n, COACH_SHELL_NS, COACH_SHELL);
  return useTranslation(COACH_SHELL_NS);
}
