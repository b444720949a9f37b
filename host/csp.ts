// The Content-Security-Policy sent as a response header by both hosts (Electron's app://
// protocol handler and the browser host). Nothing may load from anywhere but the app itself.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // reveal.js and React set inline style attributes for layout and scaling.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Directives a <meta http-equiv> policy cannot carry (browsers ignore them there, with a
// console warning): they stay in the header only.
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The same policy for the page's <meta> tag: what the header says, minus the header-only parts. */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !HEADER_ONLY.includes(directive.split(' ')[0]!))
  .join('; ');

/**
 * `html` with the policy as a <meta http-equiv> tag first in <head> (the renderer's build does
 * this to index.html): a second line of defence if a page is ever loaded without the header,
 * and what security scanners such as Electronegativity read.
 */
export function withCspMeta(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`;
  if (!/<head>/i.test(html)) throw new Error('withCspMeta: the page has no <head>');
  return html.replace(/<head>/i, (head) => `${head}\n    ${tag}`);
}
