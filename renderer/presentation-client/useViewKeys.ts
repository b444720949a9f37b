// The presentation keys (core/presentation/keys.ts) in a view: every key press anywhere in
// the window becomes an action for the presentation state (the hub's, or the single window's
// in-memory one) or a window command; typing in a field never moves the slides. Returns the
// digits typed so far (« 12 » then Entrée).
import { useEffect, useRef, useState } from 'react';
import type { KeyContext, WindowCommand } from '../../core/presentation/keys.js';
import { interpretKey, isEditableTarget } from '../../core/presentation/keys.js';
import type { PresentationState } from '../../core/presentation/state.js';
import { isFullscreen } from '../presentation/fullscreen.js';
import type { ViewClient } from './presentation-client.js';

export function useViewKeys(
  client: ViewClient,
  state: PresentationState | null,
  onCommand: (command: WindowCommand) => void,
  onError?: (message: string) => void,
  context: KeyContext = {},
): string {
  const [digits, setDigits] = useState('');
  const live = useRef({ state, onCommand, onError, digits });
  live.current = { state, onCommand, onError, digits: live.current.digits };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const current = live.current;
      if (!current.state) return;
      // Enter and Space on a focused button or link activate it (keyboard use of the
      // facilitator's controls); clickers send PageDown/PageUp, never these alone.
      if ((event.key === 'Enter' || event.key === ' ') && current.digits === '' && isActivatable(event.target)) return;
      const result = interpretKey(
        {
          key: event.key,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          editable: isEditableTarget(event.target as HTMLElement | null),
          repeat: event.repeat,
          fullscreen: isFullscreen(),
        },
        current.digits,
        current.state,
        context,
      );
      if (result.buffer !== current.digits) {
        current.digits = result.buffer;
        setDigits(result.buffer);
      }
      if (!result.handled) return;
      event.preventDefault();
      if (result.action) {
        void client.send(result.action).then((response) => {
          if (!response.ok) live.current.onError?.(response.message);
        });
      }
      if (result.command) current.onCommand(result.command);
    };
    // Capture: the slides move even when a button has focus, before it reacts.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [client, context.oneScreen]);
  return digits;
}

function isActivatable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  const tag = element?.tagName?.toUpperCase();
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || (tag === 'INPUT' && ['button', 'submit', 'checkbox', 'radio'].includes((element as HTMLInputElement).type));
}
