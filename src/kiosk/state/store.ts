/**
 * UI and session state only: who is signed in, which task and step is open,
 * how the last sync went, whether an update waits. Persistent data lives in
 * Dexie. One store from slices, read through the named selectors below.
 */
import { create, type StateCreator } from 'zustand';
import type { Card } from '#shared/records.ts';
import type { SyncStatus } from '#sync/SyncScheduler.ts';

export interface SessionSlice {
  memberId: string | null;
  signIn: (memberId: string) => void;
  signOut: () => void;
}

export type PlayerPhase = 'steps' | 'counts';

/** Where the member is in an open task: everything one tap can change, so one tap can be undone. */
export interface PlayerProgress {
  readonly stepIndex: number;
  readonly phase: PlayerPhase;
  /** Count steps: pieces counted so far, by step id. */
  readonly counted: Readonly<Record<string, number>>;
  /** Check steps: the member's answer, by step id. */
  readonly answers: Readonly<Record<string, 'yes' | 'no'>>;
}

export interface PlayerSlice {
  taskId: string | null;
  /**
   * The card as it was when the task opened: a coach saving a new version
   * mid-task does not change the steps under the member's hands.
   */
  card: Card | null;
  progress: PlayerProgress;
  /** Earlier progress, newest last, for "undo the last tap". */
  undoStack: readonly PlayerProgress[];
  /** A countdown is running: the member is waiting on it, not gone, so idle sign-out holds off. */
  timerRunning: boolean;
  setTimerRunning: (running: boolean) => void;
  openTask: (taskId: string, card: Card) => void;
  /** Back where the member was in a task kept on this tablet (see openTaskRepository.ts). */
  resumeTask: (taskId: string, card: Card, progress: PlayerProgress, undoStack: readonly PlayerProgress[]) => void;
  /** One tap: records the change and remembers how to undo it. */
  tap: (change: (p: PlayerProgress) => PlayerProgress) => void;
  undo: () => void;
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

/** Coach mode on a coach tablet: closed, asking for the coach PIN, or open on one of its tabs. */
export type CoachMode = 'off' | 'locked' | 'unlocked';
export type CoachTab = 'cards' | 'orders' | 'team' | 'members' | 'matrix' | 'week' | 'faces' | 'reasons' | 'flags';

export interface CoachSlice {
  coachMode: CoachMode;
  coachTab: CoachTab;
  /** Shows the coach PIN screen; only from the photo grid. */
  askCoachPin: () => void;
  unlockCoach: () => void;
  showCoachTab: (tab: CoachTab) => void;
  /** Back to the photo grid. */
  leaveCoach: () => void;
}

/** Wrong PIN tries per PIN (a member's id, or 'coach'), kept while the app runs so walking away and back does not reset them. */
export interface PinGuardSlice {
  pinMisses: Readonly<Record<string, { readonly wrong: number; readonly restUntil: number }>>;
  /** Counts a wrong try; every PIN_TRIES_BEFORE_REST-th starts a rest of PIN_REST_MS from `nowMs`. */
  missPin: (key: string, nowMs: number) => void;
  clearPinMisses: (key: string) => void;
}

export const PIN_TRIES_BEFORE_REST = 3;
export const PIN_REST_MS = 30_000;

export type AppState = SessionSlice & PlayerSlice & SyncSlice & PwaSlice & CoachSlice & PinGuardSlice;

const startProgress: PlayerProgress = { stepIndex: 0, phase: 'steps', counted: {}, answers: {} };
const closedPlayer = { taskId: null, card: null, progress: startProgress, undoStack: [], timerRunning: false };
/** Enough to undo a run of mistaken taps, small enough to stay cheap. */
const UNDO_DEPTH = 50;

const sessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  memberId: null,
  signIn: (memberId) => set({ memberId, ...closedPlayer, coachMode: 'off' }),
  signOut: () => set({ memberId: null, ...closedPlayer }),
});

const playerSlice: StateCreator<AppState, [], [], PlayerSlice> = (set) => ({
  ...closedPlayer,
  openTask: (taskId, card) => set({ taskId, card, progress: startProgress, undoStack: [] }),
  resumeTask: (taskId, card, progress, undoStack) => set({ taskId, card, progress, undoStack: undoStack.slice(-UNDO_DEPTH) }),
  tap: (change) =>
    set((s) => {
      const next = change(s.progress);
      if (next === s.progress) return {};
      return { progress: next, undoStack: [...s.undoStack.slice(-(UNDO_DEPTH - 1)), s.progress] };
    }),
  undo: () =>
    set((s) => {
      const previous = s.undoStack.at(-1);
      return previous ? { progress: previous, undoStack: s.undoStack.slice(0, -1) } : {};
    }),
  setTimerRunning: (timerRunning) => set({ timerRunning }),
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

const pinGuardSlice: StateCreator<AppState, [], [], PinGuardSlice> = (set) => ({
  pinMisses: {},
  missPin: (key, nowMs) =>
    set((s) => {
      const wrong = (s.pinMisses[key]?.wrong ?? 0) + 1;
      const restUntil = wrong % PIN_TRIES_BEFORE_REST === 0 ? nowMs + PIN_REST_MS : (s.pinMisses[key]?.restUntil ?? 0);
      return { pinMisses: { ...s.pinMisses, [key]: { wrong, restUntil } } };
    }),
  clearPinMisses: (key) =>
    set((s) => {
      const { [key]: _cleared, ...rest } = s.pinMisses;
      return { pinMisses: rest };
    }),
});

const coachSlice: StateCreator<AppState, [], [], CoachSlice> = (set) => ({
  coachMode: 'off',
  coachTab: 'cards',
  askCoachPin: () => set({ coachMode: 'locked' }),
  unlockCoach: () => set({ coachMode: 'unlocked', coachTab: 'cards' }),
  showCoachTab: (coachTab) => set({ coachTab }),
  leaveCoach: () => set({ coachMode: 'off', coachTab: 'cards' }),
});

export const createAppStore = () =>
  create<AppState>()((...a) => ({ ...sessionSlice(...a), ...playerSlice(...a), ...syncSlice(...a), ...pwaSlice(...a), ...coachSlice(...a), ...pinGuardSlice(...a) }));

export const useAppStore = createAppStore();

export const selectMemberId = (s: AppState) => s.memberId;
export const selectTaskId = (s: AppState) => s.taskId;
export const selectPlayerCard = (s: AppState) => s.card;
export const selectProgress = (s: AppState) => s.progress;
export const selectCanUndo = (s: AppState) => s.undoStack.length > 0;
export const selectOnline = (s: AppState) => s.online;
export const selectSyncStatus = (s: AppState) => s.sync;
export const selectApplyUpdate = (s: AppState) => s.applyUpdate;
export const selectCoachMode = (s: AppState) => s.coachMode;
export const selectCoachTab = (s: AppState) => s.coachTab;
export const selectAskCoachPin = (s: AppState) => s.askCoachPin;
export const selectUnlockCoach = (s: AppState) => s.unlockCoach;
export const selectShowCoachTab = (s: AppState) => s.showCoachTab;
export const selectLeaveCoach = (s: AppState) => s.leaveCoach;
