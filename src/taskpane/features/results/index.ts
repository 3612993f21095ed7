/** The results feature: who is proposed, by title and scope, with their reasons (state.ts pure, store.ts for the view, strings.ts, view.tsx). */
export { ResultsTable } from './view';
export type { ResultsTableProps } from './view';
