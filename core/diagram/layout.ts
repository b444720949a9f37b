// One entry point from a validated diagram to its layout, or a French "too dense" message.
import type { Diagram, DiagramLayout, LayoutResult } from './model.js';
import { layoutCarte } from './layout-carte.js';
import { layoutConclusion } from './layout-conclusion.js';
import { layoutCouches } from './layout-couches.js';
import { layoutTerritoire } from './layout-territoire.js';
import { TooDense } from './layout-common.js';

export function layoutDiagram(diagram: Diagram): LayoutResult {
  try {
    let layout: DiagramLayout;
    switch (diagram.kind) {
      case 'couches':
        layout = layoutCouches(diagram);
        break;
      case 'carte':
        layout = layoutCarte(diagram);
        break;
      case 'conclusion':
        layout = layoutConclusion(diagram);
        break;
      case 'territoire':
        layout = layoutTerritoire(diagram);
        break;
    }
    return { ok: true, layout };
  } catch (e) {
    if (e instanceof TooDense) return { ok: false, message: e.message };
    throw e;
  }
}
