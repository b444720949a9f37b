// Builds, in a temp folder, the reference page of the benchmark: the same deck as plain
// HTML sections with reveal.js's own dist files and nothing else (no React, no theme, no
// font), initialised with the same logical size. Its slides hold the same text as the
// app's: blocks, workshop prompts, notes (hidden), and each diagram as the same static SVG
// markup the app draws (same boxes, texts and fragment groups), so that a ratio compares
// the machinery, not the content.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Block, Deck, InlineText } from '../core/deck/model.js';
import { layoutDiagram } from '../core/diagram/layout.js';
import type { Diagram, DiagramLayout } from '../core/diagram/model.js';

/** Static SVG markup of a diagram layout, from the app's own component. */
type SvgMarkup = (layout: DiagramLayout) => string;

async function diagramMarkup(): Promise<SvgMarkup> {
  // tsx compiles the renderer's .tsx with the classic JSX runtime here (the root tsconfig
  // sets no `jsx`), which looks for a global React.
  const React = await import('react');
  (globalThis as { React?: unknown }).React ??= React;
  const { renderToStaticMarkup } = await import('react-dom/server');
  const { DiagramSvg } = await import('../renderer/diagram/DiagramSvg.js');
  return (layout) => renderToStaticMarkup(React.createElement(DiagramSvg, { layout }));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(runs: InlineText): string {
  return runs
    .map((r) => {
      let html = esc(r.text);
      if (r.em) html = `<em>${html}</em>`;
      if (r.strong) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function block(b: Block, svg: SvgMarkup): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${inline(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inline(b.text)}</p>`;
    case 'quote':
      return `<blockquote>${inline(b.text)}</blockquote>`;
    case 'image':
      return `<figure><img src="${esc(b.src)}" alt="${esc(b.alt)}"></figure>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const cls = b.stepwise ? ' class="fragment"' : '';
      return `<${tag}>${b.items.map((item) => `<li${cls}>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'diagram': {
      if (b.error) return `<div role="alert"><p>Schéma illisible</p><p>${esc(b.error.message)}</p></div>`;
      const laid = layoutDiagram(b.data as Diagram);
      return laid.ok ? `<figure class="diagram">${svg(laid.layout)}</figure>` : `<div role="alert"><p>${esc(laid.message)}</p></div>`;
    }
  }
}

export function deckSectionsHtml(deck: Deck, svg: SvgMarkup): string {
  return deck.slides
    .map((slide) => {
      const prompts = slide.prompts.map((p) => `<div><p>${esc(p.method)} · ${p.durationMinutes} min</p><p>${esc(p.question)}</p><p>${esc(p.instruction)}</p></div>`).join('');
      const notes = slide.notes.length ? `<aside class="notes">${slide.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</aside>` : '';
      return `<section>${slide.blocks.map((b) => block(b, svg)).join('')}${prompts}${notes}</section>`;
    })
    .join('\n');
}

export const BARE_FILES = { js: ['reveal.js', 'init.js'], css: ['reveal.css'] } as const;

/** Writes the reference page; its JS and CSS files are listed in BARE_FILES. */
export async function buildBareRevealPage(deck: Deck): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ctg-bench-bare-'));
  const revealDist = path.dirname(createRequire(import.meta.url).resolve('reveal.js'));
  await copyFile(path.join(revealDist, 'reveal.js'), path.join(dir, 'reveal.js'));
  await copyFile(path.join(revealDist, 'reveal.css'), path.join(dir, 'reveal.css'));
  // A separate file, not an inline script: the page is served with the app's CSP.
  await writeFile(
    path.join(dir, 'init.js'),
    'Reveal.initialize({ width: 1920, height: 1080, margin: 0, hash: false, respondToHashChanges: false, controls: true, progress: true, slideNumber: "c/t", transition: "fade", transitionSpeed: "fast" });\n',
  );
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${esc(deck.meta.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./reveal.css">
</head>
<body>
<div class="reveal"><div class="slides">
${deckSectionsHtml(deck, await diagramMarkup())}
</div></div>
<script src="./reveal.js"></script>
<script src="./init.js"></script>
</body>
</html>
`,
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
