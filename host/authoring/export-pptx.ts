// « Exporter en PowerPoint (.pptx) » with pptxgenjs: one PowerPoint slide per slide, titles
// and text as editable text in the projector theme's colours and font, speaker notes as
// PowerPoint notes, diagrams as native shapes (from core/diagram's layout, the same one the
// app draws), and each workshop prompt on a slide of its own.
import PptxGenJS from 'pptxgenjs';
import type { Block, Deck, InlineText, Slide, WorkshopPrompt } from '../../core/deck/model.js';
import type { Diagram, DiagramLayout, LayoutBox } from '../../core/diagram/model.js';
import { layoutDiagram } from '../../core/diagram/layout.js';
// The theme's colours have one source, the projector theme (plain constants, no DOM).
import { PALETTE } from '../../renderer/theme/palette.js';
import { TONES } from '../../renderer/diagram/tones.js';
import { imageInfo } from './deck-images.js';

/** The theme's font; PowerPoint shows the fallback where it is not installed. */
export const PPTX_FONT = 'Atkinson Hyperlegible';
export const PPTX_FALLBACK_FONT = 'Arial';

// LAYOUT_WIDE is 13.333 × 7.5 in: the 1920 × 1080 slide at 144 px per inch.
const PX = 1 / 144;
const W = 13.333;
const H = 7.5;
/** Theme px (on 1920 × 1080) to points: 1 px = 1/144 in = 0.5 pt. */
const pt = (px: number) => Math.round(px * 0.5);
const MARGIN_X = 150 * PX;
const MARGIN_TOP = 104 * PX;

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const tokenColour = (token: string) => {
  const key = token.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof typeof PALETTE;
  return hex(PALETTE[key] ?? PALETTE.ink);
};

export interface PptxResult {
  data: Uint8Array;
  slideCount: number;
}

export async function deckToPptx(deck: Deck): Promise<PptxResult> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.meta.title;
  pptx.subject = deck.meta.thematique;
  pptx.company = 'CTG Diois';
  // Theme fonts: what PowerPoint falls back on for text without its own font.
  pptx.theme = { headFontFace: PPTX_FALLBACK_FONT, bodyFontFace: PPTX_FALLBACK_FONT };
  let count = 0;
  for (const slide of deck.slides) {
    addSlide(pptx, slide);
    count++;
    for (const prompt of slide.prompts) {
      addPromptSlide(pptx, prompt);
      count++;
    }
  }
  const data = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return { data, slideCount: count };
}

type TextProps = PptxGenJS.TextProps;

function runs(text: InlineText, options: PptxGenJS.TextPropsOptions = {}): TextProps[] {
  return text.map((run) => ({ text: run.text, options: { ...options, bold: run.strong ?? options.bold, italic: run.em ?? options.italic } }));
}

/** Paragraphs, lists and quotes as one text box's paragraphs. */
function bodyParagraphs(blocks: readonly Block[], colour: string, size: number): TextProps[] {
  const out: TextProps[] = [];
  const paragraph = (parts: TextProps[], extra: PptxGenJS.TextPropsOptions = {}) => {
    if (!parts.length) return;
    parts.forEach((part, i) => {
      part.options = { ...part.options, ...(i === 0 ? extra : {}), fontFace: PPTX_FONT, color: colour, fontSize: size };
    });
    parts[parts.length - 1]!.options!.breakLine = true;
    parts[parts.length - 1]!.options!.paraSpaceAfter = 10;
    out.push(...parts);
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') paragraph(runs(block.text));
    else if (block.type === 'heading') paragraph(runs(block.text, { bold: true }));
    else if (block.type === 'quote') paragraph(runs(block.text, { italic: true }));
    else if (block.type === 'list') {
      block.items.forEach((item, i) => paragraph(runs(item), { bullet: block.ordered ? { type: 'number', numberStartAt: i + 1 } : { code: '25A0' }, indentLevel: 0 }));
    }
  }
  return out;
}

function addSlide(pptx: PptxGenJS, slide: Slide): void {
  const page = pptx.addSlide();
  const titleSlide = slide.layout === 'titre';
  page.background = { color: hex(titleSlide ? PALETTE.night : PALETTE.paper) };
  const headingIndex = slide.blocks.findIndex((b) => b.type === 'heading');
  const heading = headingIndex >= 0 ? slide.blocks[headingIndex]! : undefined;
  const rest = slide.blocks.filter((_, i) => i !== headingIndex);
  const text = rest.filter((b) => b.type !== 'diagram' && b.type !== 'image');
  const diagrams = rest.filter((b): b is Extract<Block, { type: 'diagram' }> => b.type === 'diagram');
  const images = rest.filter((b): b is Extract<Block, { type: 'image' }> => b.type === 'image');
  if (titleSlide) {
    if (heading && heading.type === 'heading') {
      page.addText(heading.text.map((r) => r.text).join(''), {
        x: MARGIN_X, y: 2.0, w: W - 2 * MARGIN_X, h: 1.8, align: 'center', valign: 'bottom',
        fontFace: PPTX_FONT, fontSize: pt(116), bold: true, color: hex(PALETTE.nightInk), fit: 'shrink',
      });
    }
    const body = bodyParagraphs(text, hex(PALETTE.nightInkSoft), pt(54));
    if (body.length) page.addText(body, { x: MARGIN_X, y: 4.0, w: W - 2 * MARGIN_X, h: 2.4, align: 'center', valign: 'top', fit: 'shrink' });
  } else {
    let top = MARGIN_TOP;
    if (heading && heading.type === 'heading') {
      page.addText(heading.text.map((r) => r.text).join(''), {
        x: MARGIN_X, y: top, w: W - 2 * MARGIN_X, h: 1.1, valign: 'top',
        fontFace: PPTX_FONT, fontSize: pt(76), bold: true, color: hex(PALETTE.accent), fit: 'shrink',
      });
      top += 1.25;
    }
    const body = bodyParagraphs(text, hex(PALETTE.ink), pt(46));
    const bottom = H - 120 * PX;
    if (body.length) {
      const h = diagrams.length || images.length ? Math.min(1.6, bottom - top) : bottom - top;
      page.addText(body, { x: MARGIN_X, y: top, w: W - 2 * MARGIN_X, h, valign: 'top', fit: 'shrink' });
      top += h + 0.15;
    }
    for (const block of diagrams) addDiagram(page, block, { x: MARGIN_X, y: top, w: W - 2 * MARGIN_X, h: bottom - top });
    for (const block of images) addImage(page, block, { x: MARGIN_X, y: top, w: W - 2 * MARGIN_X, h: (bottom - top) / images.length });
  }
  if (slide.notes.length) page.addNotes(slide.notes.join('\n\n'));
}

function addPromptSlide(pptx: PptxGenJS, prompt: WorkshopPrompt): void {
  const page = pptx.addSlide();
  page.background = { color: hex(PALETTE.paper) };
  const x = MARGIN_X;
  const w = W - 2 * MARGIN_X;
  page.addText(`Atelier · ${prompt.method} · ${prompt.durationMinutes}\u00a0min`, {
    x, y: MARGIN_TOP, w, h: 0.6, fontFace: PPTX_FONT, fontSize: pt(40), bold: true, color: hex(PALETTE.accent),
  });
  page.addText(prompt.question, { x, y: MARGIN_TOP + 0.8, w, h: 2.2, valign: 'top', fontFace: PPTX_FONT, fontSize: pt(76), bold: true, color: hex(PALETTE.ink), fit: 'shrink' });
  page.addText(prompt.instruction, {
    x, y: MARGIN_TOP + 3.2, w, h: 2.2, valign: 'top', fontFace: PPTX_FONT, fontSize: pt(46), color: hex(PALETTE.ink),
    fill: { color: hex(PALETTE.accentSoft) }, margin: 12, fit: 'shrink',
  });
}

/** A picture (a data: URL put in by host/authoring/deck-images.ts), as large as fits, centred. */
function addImage(page: PptxGenJS.Slide, block: Extract<Block, { type: 'image' }>, area: Area): void {
  const match = /^data:([^;]+);base64,(.*)$/.exec(block.src);
  if (!match) return;
  const info = imageInfo(Buffer.from(match[2]!, 'base64'));
  if (!info) return;
  const scale = Math.min(area.w / info.width, area.h / info.height);
  const w = info.width * scale;
  const h = info.height * scale;
  page.addImage({ data: `${match[1]};base64,${match[2]}`, x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h, altText: block.alt });
}

interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

function addDiagram(page: PptxGenJS.Slide, block: Extract<Block, { type: 'diagram' }>, area: Area): void {
  // The parser stored the validated, normalised diagram in the block (core/deck/parse-deck.ts).
  const laid = block.error ? undefined : layoutDiagram(block.data as Diagram);
  if (!laid?.ok) {
    page.addText('Schéma illisible : voir la présentation dans l’application.', { x: area.x, y: area.y, w: area.w, h: 0.8, fontFace: PPTX_FONT, fontSize: 20, color: hex(PALETTE.danger) });
    return;
  }
  const layout: DiagramLayout = laid.layout;
  const scale = Math.min(area.w / layout.width, area.h / layout.height);
  const ox = area.x + (area.w - layout.width * scale) / 2;
  const oy = area.y + (area.h - layout.height * scale) / 2;
  const X = (v: number) => ox + v * scale;
  const Y = (v: number) => oy + v * scale;
  const lineColour = tokenColour('ink-soft');
  for (const connector of layout.connectors) {
    const points = connector.curve ? [connector.points[0]!, connector.points[connector.points.length - 1]!] : connector.points;
    for (let i = 1; i < points.length; i++) {
      const [x1, y1] = points[i - 1]!;
      const [x2, y2] = points[i]!;
      page.addShape('line', {
        x: X(Math.min(x1, x2)), y: Y(Math.min(y1, y2)), w: Math.max(0.001, Math.abs(x2 - x1) * scale), h: Math.max(0.001, Math.abs(y2 - y1) * scale),
        flipV: (x2 - x1) * (y2 - y1) < 0,
        line: { color: lineColour, width: 1.5, ...(connector.arrow && i === points.length - 1 ? { endArrowType: 'triangle' as const } : {}) },
      });
    }
  }
  for (const box of layout.boxes) addBox(page, box, X, Y, scale);
}

function addBox(page: PptxGenJS.Slide, box: LayoutBox, X: (v: number) => number, Y: (v: number) => number, scale: number): void {
  const tone = TONES[box.tone];
  page.addShape(box.shape === 'circle' ? 'ellipse' : 'roundRect', {
    x: X(box.x), y: Y(box.y), w: box.w * scale, h: box.h * scale,
    ...(box.shape === 'rect' ? { rectRadius: 0.08 } : {}),
    fill: tone.fill ? { color: tokenColour(tone.fill) } : { type: 'none' },
    line: tone.stroke ? { color: tokenColour(tone.stroke), width: 1.5 } : { type: 'none' },
  });
  for (const bullet of box.bullets) {
    page.addShape('ellipse', { x: X(bullet.x - bullet.r), y: Y(bullet.y - bullet.r), w: 2 * bullet.r * scale, h: 2 * bullet.r * scale, fill: { color: tokenColour('warm') }, line: { type: 'none' } });
  }
  // Each line where the app draws it (its baseline), in a box as wide as the shape.
  for (const run of box.texts) {
    const size = run.fontSize * scale * 72;
    for (const line of run.lines) {
      const left = run.anchor === 'middle' ? X(box.x) : X(line.x);
      const width = run.anchor === 'middle' ? box.w * scale : X(box.x + box.w) - X(line.x);
      page.addText(line.text, {
        x: left, y: Y(line.y - run.fontSize * 0.95), w: Math.max(0.1, width), h: run.fontSize * 1.25 * scale,
        // The app already broke the lines: PowerPoint must not break them again.
        margin: 0, wrap: false, valign: 'top', align: run.anchor === 'middle' ? 'center' : 'left',
        fontFace: PPTX_FONT, fontSize: Math.max(6, Math.round(size * 10) / 10), bold: run.weight === 700, color: tokenColour(tone.text),
      });
    }
  }
}
