import * as React from 'react';
import { PortalMountNodeProvider, makeStyles, useFluent } from '@fluentui/react-components';

// No box of its own: the portals in it are absolutely placed, so the pane's layout (a flex column with gaps) is unchanged.
const useStyles = makeStyles({ portals: { display: 'contents' } });

/**
 * The pane's <main>, holding Fluent's portals (tooltips, popups) too. Fluent mounts every portal
 * in a node at the end of <body> unless PortalMountNodeProvider names another: a shown hint was
 * then outside every landmark (axe "region"), and outside <main lang> so read in the page's
 * language, not the pane's. In here it is in the pane's landmark and language.
 *
 * The node is made before the first render, and put into <main> by a layout effect (same commit,
 * before paint): Fluent's portal keeps the first node it mounted into (react-portal's element
 * factory caches it), so a node given later, from a ref, would never be used.
 */
export function PaneMain({ children, ...rest }: React.HTMLAttributes<HTMLElement>) {
  const s = useStyles();
  const { targetDocument } = useFluent();
  const [portals] = React.useState(() => {
    const el = (targetDocument ?? document).createElement('div');
    el.setAttribute('data-pane-portals', '');
    el.className = s.portals;
    return el;
  });
  const main = React.useRef<HTMLElement>(null);
  React.useLayoutEffect(() => {
    main.current?.appendChild(portals);
    return () => portals.remove();
  }, [portals]);
  return (
    <main ref={main} {...rest}>
      <PortalMountNodeProvider value={portals}>{children}</PortalMountNodeProvider>
    </main>
  );
}
