/** The run feature, the pane's frame: open a book, Kiểm tra / Xếp hạng, progress, notes; the other features are shown inside its view. */
export { App } from './view';
export type { AppProps } from './view';
