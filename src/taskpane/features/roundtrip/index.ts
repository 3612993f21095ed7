/** The unit round trip: templates out, sheets back with their changes reviewed, reminders, marks, legacy encodings (state.ts pure, store.ts, strings.ts, view.tsx; actions.ts loads on first use). */
export { RoundTripPanel } from './view';
export type { RoundTripPanelProps } from './view';
