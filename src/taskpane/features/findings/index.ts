/** The findings feature: the triaged list (state.ts pure, store.ts for the view, strings.ts, view.tsx). */
export { FindingsList } from './view';
export type { FindingsListProps } from './view';
