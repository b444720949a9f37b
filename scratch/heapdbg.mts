import { openFacilitatorRig } from '/work/wt-engine-speed/tests/e2e/helpers/facilitator.js';
import { openDeck } from '/work/wt-engine-speed/bench/heap.js';
const rig = await openFacilitatorRig('petite-enfance');
try {
  for (const id of ['petite-enfance']) {
    await openDeck(rig, id);
    const shape = rig.server.hub.state.deck!.shape;
    const steps = shape.slides.reduce((n, s) => n + s.fragments + 1, 0) - 1;
    console.log('steps', steps, shape.slides.length, shape.slides.map((s) => s.fragments).join(','));
    for (let i = 0; i < steps + 2; i++) {
      await rig.facilitator.keyboard.press('PageDown');
      await new Promise((r) => setTimeout(r, 60));
    }
    await new Promise((r) => setTimeout(r, 500));
    const room = await rig.audience.evaluate(() => Array.from(document.querySelectorAll('main.audience .reveal .slides > section')).findIndex((s) => s.classList.contains('present')));
    console.log(JSON.stringify(rig.server.hub.state.position), JSON.stringify(rig.server.hub.state).slice(0, 600), 'room', room);
  }
} finally { await rig.close(); }
