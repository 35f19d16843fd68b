// Scrolls the pane (the nearest scrolling box around an element: the task pane's page in Office, the
// pane's frame in the preview) so that the element's top sits just under the pane's sticky controls.
// Unlike scrollIntoView, the page around the pane is left where it is.

function scroller(el: HTMLElement): HTMLElement | null {
  for (let box = el.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return box;
  }
  return (document.scrollingElement as HTMLElement | null) ?? null;
}

export function scrollIntoPane(el: HTMLElement, stickyHeight: number): void {
  const box = scroller(el);
  if (!box) return;
  const top = box === document.scrollingElement ? 0 : box.getBoundingClientRect().top;
  box.scrollTop += el.getBoundingClientRect().top - top - stickyHeight - 8;
}
