/**
 * The member screens fit a tablet in both orientations: every primary
 * target is at least 64×64 CSS px, on screen without scrolling, at least
 * 16 px from its neighbour, and axe finds nothing.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { KioskPage } from './pages/KioskPage.ts';
import type { TabletPage } from './pages/TabletPage.ts';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

async function expectPrimaryTarget(tablet: TabletPage, target: Locator, what: string): Promise<Box> {
  const box = await target.boundingBox();
  const viewport = tablet.viewportSize();
  expect(box, what).not.toBeNull();
  if (!box || !viewport) throw new Error(what);
  expect(box.width, `${what} width`).toBeGreaterThanOrEqual(64);
  expect(box.height, `${what} height`).toBeGreaterThanOrEqual(64);
  expect(box.y + box.height, `${what} fits the screen height`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${what} fits the screen width`).toBeLessThanOrEqual(viewport.width);
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

function gapBetween(a: Box, b: Box): number {
  const horizontal = Math.max(b.left - a.right, a.left - b.right);
  const vertical = Math.max(b.top - a.bottom, a.top - b.bottom);
  return Math.max(horizontal, vertical);
}

describe.each([
  // Members the demo skills matrix never puts at level O, so the step player (not the summary) shows.
  ['landscape', 1280, 800, 'Team Verpakking', 'Els'],
  ['portrait', 800, 1280, 'Team Montage', 'Olivier'],
] as const)('member screens on a %s tablet', (orientation, width, height, team, member) => {
  const workshop = demoWorkshopForSuite('layout');

  it('keeps large targets on screen, apart, and accessible', async () => {
    const kiosk = new KioskPage(await (await workshop.browser.newContext({ viewport: { width, height } })).newPage());
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(workshop.codeFor(team, 'kiosk'));

    await expectPrimaryTarget(kiosk, kiosk.member(member), 'member tile');
    await kiosk.expectNoAxeViolations(`${orientation} photo grid`);
    await kiosk.signIn(member);

    const faces = await Promise.all((['Goed', 'Gaat wel', 'Niet goed'] as const).map((f) => expectPrimaryTarget(kiosk, kiosk.face(f), f)));
    expect(gapBetween(faces[0] as Box, faces[1] as Box)).toBeGreaterThanOrEqual(16);
    await kiosk.expectNoAxeViolations(`${orientation} well-being`);
    await kiosk.screenshot(`${orientation}-wellbeing`);
    await kiosk.tap('Nu niet');

    await expectPrimaryTarget(kiosk, kiosk.openTasks().first(), 'task card');
    await kiosk.openFirstTask();
    const back = await expectPrimaryTarget(kiosk, kiosk.homeButton(), 'home');
    const next = await expectPrimaryTarget(kiosk, kiosk.nextButton(), 'next');
    expect(gapBetween(back, next)).toBeGreaterThanOrEqual(16);
    await expectPrimaryTarget(kiosk, kiosk.speakButton(), 'speak');
    await kiosk.expectNoAxeViolations(`${orientation} step`);
    await kiosk.screenshot(`${orientation}-step`);

    await kiosk.stepThrough();
    const less = await expectPrimaryTarget(kiosk, kiosk.countButton('Eén minder', 'Goede stukken'), 'minus');
    const more = await expectPrimaryTarget(kiosk, kiosk.countButton('Eén meer', 'Goede stukken'), 'plus');
    expect(gapBetween(less, more)).toBeGreaterThanOrEqual(16);
    await expectPrimaryTarget(kiosk, kiosk.doneButton(), 'done');
    await kiosk.expectNoAxeViolations(`${orientation} counts`);
    await kiosk.screenshot(`${orientation}-counts`);
  });
});
