/** Opening the presenter's view (`presenter=1`) in a second window. */

/** The presenter's view address: the same query with presenter=1 (and not present=1). */
export function presenterHref(
  query: string,
  base = typeof location === 'undefined' ? '' : location.pathname,
): string {
  const q = new URLSearchParams(query);
  q.delete('present');
  q.delete('embed');
  q.set('presenter', '1');
  return `${base}?${q.toString()}`;
}

/** Open the presenter's view in a second window; false when a pop-up blocker said no. */
export function openPresenter(query: string): boolean {
  try {
    const w = window.open(presenterHref(query), 'htw-presenter', 'popup=yes,width=1100,height=760');
    return !!w;
  } catch {
    return false;
  }
}
