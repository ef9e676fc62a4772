/**
 * UI and session state only: who is signed in, which task and step is open,
 * how the last sync went, whether an update waits. Persistent data lives in
 * Dexie. One store from slices, read through the named selectors below.
 */
import { create, type StateCreator } from 'zustand';
import type { SyncStatus } from '../../sync/SyncScheduler.ts';

export interface SessionSlice {
  memberId: string | null;
  signIn: (memberId: string) => void;
  signOut: () => void;
}

export type PlayerPhase = 'steps' | 'counts';

export interface PlayerSlice {
  taskId: string | null;
  stepIndex: number;
  phase: PlayerPhase;
  openTask: (taskId: string) => void;
  goToStep: (index: number) => void;
  goToCounts: () => void;
  closeTask: () => void;
}

export interface SyncSlice {
  online: boolean;
  sync: SyncStatus;
  setOnline: (online: boolean) => void;
  setSyncStatus: (status: SyncStatus) => void;
}

export interface PwaSlice {
  /** Set when a new service worker waits; calling it activates the update. */
  applyUpdate: (() => void) | null;
  setUpdateAvailable: (apply: (() => void) | null) => void;
}

export type AppState = SessionSlice & PlayerSlice & SyncSlice & PwaSlice;

const closedPlayer = { taskId: null, stepIndex: 0, phase: 'steps' as const };

const sessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  memberId: null,
  signIn: (memberId) => set({ memberId, ...closedPlayer }),
  signOut: () => set({ memberId: null, ...closedPlayer }),
});

const playerSlice: StateCreator<AppState, [], [], PlayerSlice> = (set) => ({
  ...closedPlayer,
  openTask: (taskId) => set({ taskId, stepIndex: 0, phase: 'steps' }),
  goToStep: (stepIndex) => set({ stepIndex, phase: 'steps' }),
  goToCounts: () => set({ phase: 'counts' }),
  closeTask: () => set(closedPlayer),
});

const syncSlice: StateCreator<AppState, [], [], SyncSlice> = (set) => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  sync: { running: false, lastOutcome: null, lastMessage: null, failures: 0 },
  setOnline: (online) => set({ online }),
  setSyncStatus: (sync) => set({ sync }),
});

const pwaSlice: StateCreator<AppState, [], [], PwaSlice> = (set) => ({
  applyUpdate: null,
  setUpdateAvailable: (applyUpdate) => set({ applyUpdate }),
});

export const createAppStore = () =>
  create<AppState>()((...a) => ({ ...sessionSlice(...a), ...playerSlice(...a), ...syncSlice(...a), ...pwaSlice(...a) }));

export const useAppStore = createAppStore();

export const selectMemberId = (s: AppState) => s.memberId;
export const selectPlayer = (s: AppState) => ({ taskId: s.taskId, stepIndex: s.stepIndex, phase: s.phase });
export const selectOnline = (s: AppState) => s.online;
export const selectSyncStatus = (s: AppState) => s.sync;
export const selectApplyUpdate = (s: AppState) => s.applyUpdate;
