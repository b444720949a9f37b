// The diagram kinds a deck can declare (`::: schema <kind>`), once validated and normalised,
// and the serialisable layout that the renderer draws. Plain data: shared by every process.

/** 0 = visible from the start; 1, 2… = revealed at that step, in order. */
export type Step = number;

/** A label with optional paragraphs under it, and the step it appears at. */
export interface Labelled {
  titre: string;
  texte: string[];
  etape?: Step;
}

export interface StepItem {
  texte: string;
  etape?: Step;
}

export interface LayerPrinciple {
  nom: string;
  detail?: string;
  role?: string;
  etape?: Step;
}

export interface Layer {
  nom: string;
  role?: string;
  principes: LayerPrinciple[];
  etape?: Step;
}

export interface CouchesDiagram {
  kind: 'couches';
  progressif: boolean;
  titre?: string;
  colonnes?: [string, string];
  niveaux: Layer[];
}

export interface CarteAxis {
  titre: string;
  elements: StepItem[];
  etape?: Step;
}

export interface CarteDiagram {
  kind: 'carte';
  progressif: boolean;
  centre: string;
  axes: CarteAxis[];
}

export interface ConclusionDiagram {
  kind: 'conclusion';
  progressif: boolean;
  haut: Labelled;
  bas: Labelled;
  centre: Labelled[];
  roles: [Labelled, Labelled, Labelled, Labelled];
}

export interface TerritoirePole {
  titre: string;
  texte: string[];
  elements: StepItem[];
  etape?: Step;
}

export interface TerritoireDiagram {
  kind: 'territoire';
  progressif: boolean;
  centre: Labelled;
  lien?: string;
  poles: TerritoirePole[];
}

export type Diagram = CouchesDiagram | CarteDiagram | ConclusionDiagram | TerritoireDiagram;
export type DiagramKind = Diagram['kind'];
export const DIAGRAM_KINDS: readonly DiagramKind[] = ['couches', 'carte', 'conclusion', 'territoire'];

// ---------------------------------------------------------------------------------------------
// Layout: what the renderer draws, in viewBox units.

/**
 * Colour role of a box; the renderer maps each to a fill, a stroke and a text colour taken
 * from the projector theme's CSS custom properties.
 */
export type Tone = 'strong' | 'accent' | 'soft' | 'plain';

/** One line of text, positioned at its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface TextRun {
  lines: TextLine[];
  fontSize: number;
  weight: 400 | 700;
  anchor: 'start' | 'middle';
}

export interface LayoutBox {
  id: string;
  shape: 'rect' | 'circle';
  /** Bounding rectangle; a circle is inscribed in it (w = h). */
  x: number;
  y: number;
  w: number;
  h: number;
  tone: Tone;
  texts: TextRun[];
  /** Bullets drawn before some lines (map items), as centre points. */
  bullets: { x: number; y: number; r: number }[];
  step: Step;
}

export interface Connector {
  id: string;
  /** Polyline or cubic curve through these points (curve: 4 points = one cubic Bézier). */
  points: [number, number][];
  curve: boolean;
  arrow: boolean;
  step: Step;
}

export interface DiagramLayout {
  kind: DiagramKind;
  width: number;
  height: number;
  boxes: LayoutBox[];
  connectors: Connector[];
  /** Number of reveal steps (0 when everything is visible from the start). */
  stepCount: number;
  /** Short title and a plain-French description, for <title>, <desc> and screen readers. */
  title: string;
  description: string;
}

export type LayoutResult = { ok: true; layout: DiagramLayout } | { ok: false; message: string };
