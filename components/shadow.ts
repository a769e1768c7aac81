/** Every host made here: the content script's mutation observer ignores changes that are only these. */
export const OWN_HOSTS = new WeakSet<Node>();

/**
 * A custom element with a closed shadow root: page CSS cannot restyle what is inside and page scripts
 * cannot reach into it. Everything put inside is built with textContent, never parsed from strings.
 */
export function shadowHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  OWN_HOSTS.add(host);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...kids: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...kids);
  return node;
}
