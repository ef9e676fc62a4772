import { createContext } from 'react';
import { DEFAULT_SPEECH_RATE } from '#domain/memberSettings.ts';

/** The signed-in member's speech rate, set by the coach; every speak button reads it. */
export const SpeechRateContext = createContext(DEFAULT_SPEECH_RATE);
