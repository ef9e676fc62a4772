import { useLayoutEffect, type RefObject } from 'react';

/**
 * Gives a scrolling area the height from where it starts to the bottom of the screen, so a big
 * matrix scrolls inside itself with its headers in view, on a tablet either way up, instead of
 * pushing the page. What stands above it (coach bar, tabs) differs with the width, so it is
 * measured, not guessed; it is measured again when the tablet is turned.
 */
export function useFillToBottom(ref: RefObject<HTMLElement | null>, minPx = 240, marginPx = 16): void {
  useLayoutEffect(() => {
    const fit = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.maxHeight = `${Math.max(minPx, window.innerHeight - top - marginPx)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  });
}
