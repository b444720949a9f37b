// Deck, Slide and Fragment of the official reveal.js React wrapper (@revealjs/react 0.2.2,
// MIT, by Hakim El Hattab), ported line for line from its dist/index.mjs with types; two
// changes, both marked "Not in the package". Why not import the package: its one entry
// module also holds its Markdown component with `marked` and a smartypants extension
// bundled in, which no bundler can drop (module-level side effects), about 12 KB gzipped
// of parsing before the first slide. Same props, same types
// (imported from the package as types only), same behaviour:
// - one reveal.js instance per Deck, even under StrictMode's mount–unmount–mount: the
//   instance is destroyed in a microtask after unmount, only if no remount came meanwhile
//   (reveal.js throws on a second initialize(), and hand-made guards leaked key bindings,
//   reveal.js #3593, #3645);
// - destroy() on a real unmount, which removes reveal.js's listeners;
// - Reveal.sync() when the slides' <section> structure changes, syncSlide() when a
//   slide's data attributes change, configure() when the config prop changes.
// Every screen must import these three from here, never from '@revealjs/react': Slide reads
// the Deck's context, and the two packages' contexts are not the same object.
import type { DeckProps, FragmentProps, SlideProps } from '@revealjs/react';
import Reveal, { type RevealApi, type RevealConfig } from 'reveal.js';
import {
  Children,
  cloneElement,
  createContext,
  Fragment as ReactFragment,
  isValidElement,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactElement,
  type Ref,
} from 'react';

export type { DeckProps, FragmentProps, SlideProps };

export const RevealContext = createContext<RevealApi | null>(null);

/** The reveal.js instance of the enclosing Deck, once ready. */
export function useReveal(): RevealApi | null {
  return useContext(RevealContext);
}

const NO_PLUGINS: NonNullable<DeckProps['plugins']> = [];

function configChanged(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return false;
  if (!a || !b) return a !== b;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return true;
  for (const key of keysA) if (!(key in b) || (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return true;
  return false;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T): void {
  if (!ref) return;
  if (typeof ref === 'function') ref(value);
  else (ref as { current: T }).current = value;
}

type Structure = (number | [number, Structure])[];

/** The nesting of <section>s, each named by a stable id: changes when slides are added, removed or moved. */
function sectionStructure(el: Element, ids: WeakMap<Element, number>, next: { current: number }): Structure {
  return Array.from(el.children)
    .filter((child) => child.tagName === 'SECTION')
    .map((section) => {
      let id = ids.get(section);
      if (id === undefined) {
        id = next.current++;
        ids.set(section, id);
      }
      const nested = sectionStructure(section, ids, next);
      return nested.length > 0 ? [id, nested] : id;
    });
}

function structureKey(el: Element | null, ids: WeakMap<Element, number>, next: { current: number }): string {
  return el ? JSON.stringify(sectionStructure(el, ids, next)) : '[]';
}

export function Deck({
  config,
  plugins = NO_PLUGINS,
  onReady,
  onSync,
  onSlideSync,
  onSlideChange,
  onSlideTransitionEnd,
  onFragmentShown,
  onFragmentHidden,
  onOverviewShown,
  onOverviewHidden,
  onPaused,
  onResumed,
  deckRef,
  className,
  style,
  children,
}: DeckProps) {
  const deckEl = useRef<HTMLDivElement>(null);
  const slidesEl = useRef<HTMLDivElement>(null);
  const instance = useRef<RevealApi | null>(null);
  const [ready, setReady] = useState<RevealApi | null>(null);
  const initialPlugins = useRef(plugins);
  const skipNextSync = useRef(false);
  const appliedConfig = useRef(config);
  const lastStructure = useRef<string | null>(null);
  const sectionIds = useRef(new WeakMap<Element, number>());
  const nextSectionId = useRef(1);
  const mounted = useRef(false);
  const generation = useRef(0);

  useEffect(() => {
    mounted.current = true;
    generation.current += 1;
    if (instance.current) {
      // StrictMode's remount: the instance made by the first mount is kept.
      if (instance.current.isReady()) setReady(instance.current);
    } else {
      const deck = new Reveal(deckEl.current!, { ...config, plugins: initialPlugins.current } as RevealConfig);
      // Not in the package: the sections reveal.js starts with, so that the first render
      // after it is ready syncs (and lays out the whole deck again) only if something may
      // have changed since: the sections, or anything rendered while it was starting.
      lastStructure.current = structureKey(slidesEl.current, sectionIds.current, nextSectionId);
      appliedConfig.current = config;
      instance.current = deck;
      void deck.initialize().then(() => {
        if (mounted.current && instance.current === deck) {
          setReady(deck);
          onReady?.(deck);
        }
      });
    }
    return () => {
      mounted.current = false;
      const deck = instance.current;
      if (!deck) return;
      const unmountedAt = ++generation.current;
      // Destroyed only if no remount followed within this tick (StrictMode remounts at once).
      void Promise.resolve().then(() => {
        if (mounted.current || generation.current !== unmountedAt || instance.current !== deck) return;
        try {
          deck.destroy();
        } catch {
          // already torn down
        }
        if (instance.current === deck) instance.current = null;
      });
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    assignRef(deckRef, ready);
    return () => assignRef(deckRef, null);
  }, [deckRef, ready]);

  useEffect(() => {
    if (!ready) return;
    type Handler = NonNullable<DeckProps['onSync']>;
    const handlers = (
      [
        ['sync', onSync],
        ['slidesync', onSlideSync],
        ['slidechanged', onSlideChange],
        ['slidetransitionend', onSlideTransitionEnd],
        ['fragmentshown', onFragmentShown],
        ['fragmenthidden', onFragmentHidden],
        ['overviewshown', onOverviewShown],
        ['overviewhidden', onOverviewHidden],
        ['paused', onPaused],
        ['resumed', onResumed],
      ] as [string, Handler | undefined][]
    ).filter((entry): entry is [string, Handler] => entry[1] != null);
    for (const [event, handler] of handlers) ready.on(event, handler);
    return () => {
      for (const [event, handler] of handlers) ready.off(event, handler);
    };
  }, [ready, onSync, onSlideSync, onSlideChange, onSlideTransitionEnd, onFragmentShown, onFragmentHidden, onOverviewShown, onOverviewHidden, onPaused, onResumed]);

  useLayoutEffect(() => {
    if (ready && instance.current?.isReady() && configChanged(appliedConfig.current, config)) {
      skipNextSync.current = true; // configure() syncs by itself
      instance.current.configure(config ?? {});
      appliedConfig.current = config;
    }
  }, [ready, config]);

  // After every render: sync reveal.js when the sections changed.
  useLayoutEffect(() => {
    if (instance.current && !instance.current.isReady()) {
      lastStructure.current = null; // rendered while reveal.js was starting: sync once ready
      return;
    }
    const skip = skipNextSync.current;
    skipNextSync.current = false;
    const structure = structureKey(slidesEl.current, sectionIds.current, nextSectionId);
    if (skip) {
      lastStructure.current = structure;
      return;
    }
    if (instance.current?.isReady() && lastStructure.current !== structure) {
      instance.current.sync();
      lastStructure.current = structure;
    }
  });

  return (
    <RevealContext.Provider value={ready}>
      <div className={className ? `reveal ${className}` : 'reveal'} style={style} ref={deckEl}>
        <div className="slides" ref={slidesEl}>
          {children}
        </div>
      </div>
    </RevealContext.Provider>
  );
}

/** Slide props that become reveal.js data attributes. */
const SLIDE_ATTRIBUTES = {
  background: 'data-background',
  backgroundImage: 'data-background-image',
  backgroundVideo: 'data-background-video',
  backgroundVideoLoop: 'data-background-video-loop',
  backgroundVideoMuted: 'data-background-video-muted',
  backgroundIframe: 'data-background-iframe',
  backgroundColor: 'data-background-color',
  backgroundGradient: 'data-background-gradient',
  backgroundSize: 'data-background-size',
  backgroundPosition: 'data-background-position',
  backgroundRepeat: 'data-background-repeat',
  backgroundOpacity: 'data-background-opacity',
  backgroundTransition: 'data-background-transition',
  visibility: 'data-visibility',
  autoAnimate: 'data-auto-animate',
  autoAnimateId: 'data-auto-animate-id',
  autoAnimateRestart: 'data-auto-animate-restart',
  autoAnimateUnmatched: 'data-auto-animate-unmatched',
  autoAnimateEasing: 'data-auto-animate-easing',
  autoAnimateDuration: 'data-auto-animate-duration',
  autoAnimateDelay: 'data-auto-animate-delay',
  transition: 'data-transition',
  transitionSpeed: 'data-transition-speed',
  autoSlide: 'data-autoslide',
  notes: 'data-notes',
  backgroundInteractive: 'data-background-interactive',
  preload: 'data-preload',
} as const;

type SlideAttributeProp = keyof typeof SLIDE_ATTRIBUTES;

function dataAttributesKey(attributes: Record<string, unknown>): string {
  // Not in the package: code-unit order rather than localeCompare; any fixed order makes the key,
  // and the first localeCompare of a page sets up ICU collation (~20 ms before the first slide).
  return JSON.stringify(
    Object.entries(attributes)
      .filter(([key]) => key.startsWith('data-'))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

export function Slide({ children, ...props }: SlideProps) {
  const reveal = useContext(RevealContext);
  const sectionEl = useRef<HTMLElement>(null);
  const syncedDeck = useRef<RevealApi | null>(null);
  const syncedKey = useRef<string | null>(null);
  const attributes: Record<string, unknown> = {};
  const named: Partial<Record<SlideAttributeProp, unknown>> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key in SLIDE_ATTRIBUTES) named[key as SlideAttributeProp] = value;
    else attributes[key] = value;
  }
  // Explicit data-* attributes win over the named props.
  for (const [prop, attribute] of Object.entries(SLIDE_ATTRIBUTES) as [SlideAttributeProp, string][]) {
    if (attributes[attribute] !== undefined) continue;
    const value = named[prop];
    if (value === undefined) continue;
    if (value === false) {
      if (prop === 'autoAnimateUnmatched') attributes[attribute] = 'false';
      continue;
    }
    attributes[attribute] = typeof value === 'boolean' ? '' : value;
  }
  const key = dataAttributesKey(attributes);

  useLayoutEffect(() => {
    const section = sectionEl.current;
    if (!reveal || !section || typeof reveal.syncSlide !== 'function') return;
    if (syncedDeck.current !== reveal) {
      // First render with this deck: reveal.js read the attributes when it synced.
      syncedDeck.current = reveal;
      syncedKey.current = key;
      return;
    }
    if (key === '[]') return;
    if (syncedKey.current === key) return;
    reveal.syncSlide(section);
    syncedDeck.current = reveal;
    syncedKey.current = key;
  }, [reveal, key]);

  return (
    <section ref={sectionEl} {...attributes}>
      {children}
    </section>
  );
}

function classNames(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

function mergeStyles(a: CSSProperties | undefined, b: CSSProperties | undefined): CSSProperties | undefined {
  return a ? (b ? { ...a, ...b } : a) : b;
}

export function Fragment(props: FragmentProps) {
  const { animation, index, className, style, children } = props;
  const fragmentClass = classNames('fragment', animation, className);
  if (props.asChild) {
    let child: ReactElement<{ className?: string; style?: CSSProperties }>;
    try {
      child = Children.only(children) as ReactElement<{ className?: string; style?: CSSProperties }>;
    } catch {
      throw new Error('Fragment with asChild expects exactly one React element child.');
    }
    if (!isValidElement(child) || child.type === ReactFragment) {
      throw new Error('Fragment with asChild expects exactly one non-Fragment React element child.');
    }
    const extra: Record<string, unknown> = { className: classNames(child.props.className, fragmentClass), style: mergeStyles(child.props.style, style) };
    if (index !== undefined) extra['data-fragment-index'] = index;
    return cloneElement(child, extra);
  }
  const Tag = props.as ?? 'span';
  return (
    <Tag className={fragmentClass} style={style} data-fragment-index={index}>
      {children}
    </Tag>
  );
}
