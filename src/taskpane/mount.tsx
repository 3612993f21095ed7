import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App, AppProps } from './features/run';

/** Office's theme, when it says the background is dark, gives Fluent's dark theme. */
export function isDarkBackground(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

export function mount(el: HTMLElement, props: AppProps & { dark?: boolean }): void {
  createRoot(el).render(
    <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}
