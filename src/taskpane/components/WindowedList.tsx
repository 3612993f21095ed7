import * as React from 'react';
import { flushSync } from 'react-dom';

/**
 * A list that renders only the rows in view (and a few around): 13,000 findings or 4,000 people
 * stay smooth in a 320-pixel pane. Rows keep their natural height (a finding's fix wraps, a person
 * opens to their reasons); each rendered row is measured and the spacers above and below stand
 * for the rest. Without layout (jsdom) the first rows are rendered.
 */
export interface WindowedListProps {
  count: number;
  /** A row's height before it is measured, in pixels. */
  estimate: number;
  /** The list's own scroll height limit (CSS), so the pane keeps one screen of the list. */
  maxHeight: string;
  itemKey(i: number): string;
  render(i: number): React.ReactNode;
  label: string;
  className?: string;
  /** Rendered beyond the visible ones, above and below. */
  overscan?: number;
  /** Rows rendered when there is no layout to measure. */
  fallback?: number;
}

export function WindowedList(props: WindowedListProps) {
  const { count, estimate, itemKey } = props;
  const overscan = props.overscan ?? 6;
  const viewport = React.useRef<HTMLDivElement>(null);
  const heights = React.useRef(new Map<string, number>());
  const [scroll, setScroll] = React.useState({ top: 0, height: 0 });
  const [measured, setMeasured] = React.useState(0);
  // The row holding the focus: the rows after it are there at once, so Tab never leaves the list early.
  const [focused, setFocused] = React.useState(-1);

  // Offsets of every row: one pass over the count, measured heights where known.
  const offsets = React.useMemo(() => {
    const o = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) o[i + 1] = o[i] + (heights.current.get(itemKey(i)) ?? estimate);
    return o;
    // `measured` changes when a row's height does.
  }, [count, estimate, itemKey, measured]);

  const noLayout = scroll.height === 0;
  let start = 0;
  let end = Math.min(count, props.fallback ?? 40);
  if (!noLayout) {
    start = Math.max(0, lowerBound(offsets, scroll.top) - 1 - overscan);
    end = Math.min(count, lowerBound(offsets, scroll.top + scroll.height) + overscan);
  }
  if (focused >= 0 && focused < count) {
    start = Math.min(start, Math.max(0, focused - 2));
    end = Math.max(end, Math.min(count, focused + 3));
  }
  const onFocus = React.useCallback((i: number) => {
    // Before the next key press: the browser scrolls the focused row into view only afterwards.
    flushSync(() => setFocused(i));
  }, []);

  const onScroll = React.useCallback(() => {
    const v = viewport.current;
    if (v) setScroll({ top: v.scrollTop, height: v.clientHeight });
  }, []);
  React.useLayoutEffect(() => {
    onScroll();
  }, [onScroll, count]);

  // Rows report their height when they render or change size (a finding's preview opens in it).
  const pending = React.useRef(0);
  const observer = React.useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const e of entries) {
              const el = e.target as HTMLElement;
              const key = el.dataset.key;
              const h = el.offsetHeight;
              if (key && h > 0 && heights.current.get(key) !== h) {
                heights.current.set(key, h);
                changed = true;
              }
            }
            if (changed && !pending.current)
              pending.current = requestAnimationFrame(() => {
                pending.current = 0;
                setMeasured((m) => m + 1);
                onScroll();
              });
          }),
    [onScroll],
  );
  React.useEffect(() => () => (observer?.disconnect(), cancelAnimationFrame(pending.current)), [observer]);

  const rows: React.ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const key = itemKey(i);
    rows.push(
      <Row key={key} id={key} observer={observer} pos={i + 1} of={count} onFocus={onFocus}>
        {props.render(i)}
      </Row>,
    );
  }
  // Positioned: visually hidden text inside the rows (absolutely placed) stays inside the list
  // instead of stretching the page to the list's full height.
  return (
    <div
      ref={viewport}
      onScroll={onScroll}
      className={props.className}
      style={{ maxHeight: props.maxHeight, overflowY: 'auto', overflowAnchor: 'none', position: 'relative' }}
      role="list"
      aria-label={props.label}
    >
      <div style={{ height: offsets[start] }} aria-hidden />
      {rows}
      <div style={{ height: offsets[count] - offsets[end] }} aria-hidden />
    </div>
  );
}

function Row(p: { id: string; observer: ResizeObserver | null; pos: number; of: number; onFocus(i: number): void; children: React.ReactNode }) {
  const el = React.useRef<HTMLDivElement>(null);
  const { observer } = p;
  React.useLayoutEffect(() => {
    const x = el.current;
    if (!x || !observer) return;
    observer.observe(x);
    return () => observer.unobserve(x);
  }, [observer]);
  return (
    <div ref={el} data-key={p.id} role="listitem" aria-posinset={p.pos} aria-setsize={p.of} onFocus={() => p.onFocus(p.pos - 1)}>
      {p.children}
    </div>
  );
}

/** The first row whose end is past `y`. */
function lowerBound(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
