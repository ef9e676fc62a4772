/**
 * The chain coordinator at a desk, in real Chromium against a real server
 * with the demo history: signs in with the key, sees the teams side by side
 * for the last full week (Team Herstel, four of six answering, as "te weinig
 * antwoorden", never a number), reads what a field means, opens a trend,
 * switches a tablet off, and downloads the CSV and the JSON. Axe finds
 * nothing on any screen, in either orientation. On PGlite, and on Postgres
 * (a schema of its own) when DATABASE_URL is set, as in CI.
 */
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { ENGINES } from '#tests/helpers/testDatabase.ts';
import { CoordinatorPage } from './pages/CoordinatorPage.ts';
import { watchCsp } from './pages/cspWatch.ts';

const SHOTS = process.env['SCHAKEL_SHOTS_DIR'] ?? 'tests/e2e/artifacts';

describe.each(ENGINES)('the coordinator dashboard on %s', (engine) => {
  const workshop = demoWorkshopForSuite(`dashboard-${engine}`, { engine });

  it.each([
    ['landscape', 1280, 800],
    ['portrait', 800, 1280],
  ] as const)('signs in, compares teams, opens a trend, revokes a tablet and exports, on a %s screen', async (orientation, width, height) => {
    // A tablet to switch off: enrolled the way a kiosk does it.
    const enrol = await fetch(`${workshop.server.url}/api/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: workshop.codeFor(orientation === 'landscape' ? 'Team Sorteren' : 'Team Herstel', 'kiosk') }),
    });
    expect(enrol.status).toBe(200);
    const team = orientation === 'landscape' ? 'Team Sorteren' : 'Team Herstel';

    const context = await workshop.browser.newContext({ viewport: { width, height }, acceptDownloads: true });
    const csp = await watchCsp(context);
    const coordinator = new CoordinatorPage(await context.newPage());
    await coordinator.open(workshop.server.url);
    await coordinator.expectNoAxeViolations(`${orientation} sign-in`);
    await coordinator.signIn('not-the-key-at-all');
    await expect.poll(() => coordinator.mainText()).toContain('Die sleutel klopt niet');
    await coordinator.signInToDashboard(workshop.coordinatorKey());

    // Side by side: both demo teams of the history, one of them too small to show.
    const headings = await coordinator.columnHeadings();
    expect(headings).toEqual(expect.arrayContaining(['Team Sorteren', 'Team Herstel']));
    const wellbeing = await coordinator.rowText('Welbevinden');
    expect(wellbeing).toContain('te weinig antwoorden');
    expect(wellbeing).toMatch(/\d/);
    expect(await coordinator.rowText('Respondenten')).toContain('7');
    await coordinator.expectNoAxeViolations(`${orientation} side by side`);
    await coordinator.screenshot(`${SHOTS}/coordinator-${engine}-${orientation}-side-by-side.png`);
    const help = await coordinator.fieldHelp('Welbevinden');
    expect(help).toContain('benadering');
    await coordinator.expectNoAxeViolations(`${orientation} field help`);
    await coordinator.screenshot(`${SHOTS}/coordinator-${engine}-${orientation}-field-help.png`);
    await coordinator.closeFieldHelp();

    await coordinator.openView('Verloop');
    // The organisation of the history: its fixed weeks, each published whole.
    await coordinator.choose('Niveau', 'Organisatie');
    await coordinator.choose('Cijfer', 'Goed de eerste keer (FPY)');
    const trend = await coordinator.trend();
    expect(trend.chart).toContain('Goed de eerste keer');
    expect(trend.table).toMatch(/\d/);
    await coordinator.expectNoAxeViolations(`${orientation} trend`);
    await coordinator.screenshot(`${SHOTS}/coordinator-${engine}-${orientation}-trend.png`);

    await coordinator.openView('Tablets');
    const revoked = await coordinator.revoke(`tablet van ${team}`, team);
    expect(revoked).toContain('uitgeschakeld');
    await coordinator.expectNoAxeViolations(`${orientation} tablets`);
    await coordinator.screenshot(`${SHOTS}/coordinator-${engine}-${orientation}-tablets.png`);

    await coordinator.openView('Uitvoer');
    const csv = await coordinator.download(/^CSV downloaden/);
    expect(csv.name).toMatch(/^schakel-snapshots-\d{4}-W\d{2}\.csv$/);
    expect(csv.text.split('\r\n')[0]).toMatch(/^scope,id,name,/);
    expect(csv.text).toContain('Team Sorteren');
    const json = await coordinator.download(/^JSON downloaden/);
    const parsed = JSON.parse(json.text) as { schemaVersion: number; minRespondents: number; snapshots: unknown[] };
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.minRespondents).toBe(10);
    expect(parsed.snapshots.length).toBeGreaterThan(2);
    await coordinator.expectNoAxeViolations(`${orientation} export`);
    await coordinator.screenshot(`${SHOTS}/coordinator-${engine}-${orientation}-export.png`);
    await coordinator.signOut();
    // Chart.js draws the trend on a canvas, with no style sheet of its own to inject.
    expect(csp.violations, 'the server\'s Content-Security-Policy let the app do all of it').toEqual([]);
  });
});
