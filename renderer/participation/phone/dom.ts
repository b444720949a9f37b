// A tiny element builder for the phone page (no framework: the page must stay a few KB).
// Text always goes in as text nodes: what the room types is never read as HTML.
type Attrs = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElement {
  const el = document.createElement(tag);
  // No destructuring in this loop: Safari 14 mishandles it (esbuild refuses to lower it).
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export function replaceChildren(el: Element, ...children: Node[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const c of children) el.append(c);
}
