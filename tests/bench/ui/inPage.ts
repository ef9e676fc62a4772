/**
 * Scripts the UI bench runs inside the page, so every time is taken by the
 * page's own clock (performance.now(), relative to navigation start), not by
 * Node across the DevTools protocol. They are plain JavaScript strings: tsx
 * compiles this package with keepNames, whose `__name` helper does not exist
 * in the page, so functions cannot be handed to page.evaluate as they are.
 */

/** The state the probes leave on `window.__schakelBench`. */
export interface ColdStartSample {
  /** Navigation start → a member tile is in the DOM, visible and enabled. */
  readonly tileReadyMs: number;
  /** The same, after the frame that shows it (rAF, then a task). */
  readonly tilePaintedMs: number;
}

export interface StepSample {
  readonly from: number;
  readonly to: number;
  /** The click's event time → the next step's number is in the DOM. */
  readonly domMs: number;
  /** The click's event time → after the frame that shows the next step. */
  readonly paintedMs: number;
}

/**
 * Added with context.addInitScript: on every load, watches the DOM from the
 * start for the first enabled, visible button whose text is one of the
 * team's member names (the photo grid's tiles).
 */
export function coldStartProbe(memberNames: readonly string[]): string {
  return `(() => {
  const names = new Set(${JSON.stringify(memberNames)});
  const bench = (window.__schakelBench = window.__schakelBench || {});
  bench.coldStart = null;
  // A tile is a button named by a member: its text, its label, or the text of one of its spans.
  const labels = (el) => [el.getAttribute('aria-label'), (el.textContent || '').trim(), ...Array.from(el.querySelectorAll('span'), (s) => (s.textContent || '').trim())];
  const visible = (el) => (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : el.getClientRects().length > 0);
  const isTile = (el) => !el.disabled && labels(el).some((name) => names.has(name)) && visible(el);
  const check = () => {
    for (const el of document.querySelectorAll('button')) {
      if (isTile(el)) {
        observer.disconnect();
        const tileReadyMs = performance.now();
        requestAnimationFrame(() => setTimeout(() => {
          bench.coldStart = { tileReadyMs, tilePaintedMs: performance.now() };
          performance.mark('bench:tile-painted');
        }, 0));
        return;
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'class', 'style'] });
})();`;
}

/**
 * Evaluated once per page: window.__schakelBench.armStep() starts watching
 * for the next click and for the step number ("Stap n van m") to change after
 * it; window.__schakelBench.step then resolves to a StepSample.
 */
export const STEP_PROBE = `(() => {
  const bench = (window.__schakelBench = window.__schakelBench || {});
  const pattern = /Stap (\\d+) van (\\d+)/;
  const stepNow = () => {
    const m = pattern.exec(document.body.textContent || '');
    return m ? Number(m[1]) : null;
  };
  bench.armStep = () => {
    const from = stepNow();
    let tapAt = null;
    bench.step = new Promise((resolve, reject) => {
      const onClick = (event) => { tapAt = event.timeStamp; };
      document.addEventListener('click', onClick, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (tapAt === null) return;
        const to = stepNow();
        if (to === null || to === from) return;
        observer.disconnect();
        const domMs = performance.now() - tapAt;
        requestAnimationFrame(() => setTimeout(() => resolve({ from, to, domMs, paintedMs: performance.now() - tapAt }), 0));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => { observer.disconnect(); reject(new Error('the next step did not appear within 30 s of the tap')); }, 30000);
    });
    return from;
  };
})();`;

export interface SeedPlan {
  readonly completions: number;
  readonly checkins: number;
  /** How many of the newest completions still wait in the outbox (not yet synced). */
  readonly outbox: number;
  readonly days: number;
}

export interface SeedReport {
  readonly teamId: string;
  readonly members: number;
  readonly taskCompletions: number;
  readonly checkins: number;
  readonly outbox: number;
}

/**
 * Writes a team's history straight into the app's IndexedDB ('schakel'), in
 * the shapes of src/db/SchakelDb.ts and src/shared/records.ts: completions
 * and check-ins of this team's members over the past `days`, UUIDv7 ids
 * dated like the events, and outbox rows (with the clock's next sequence
 * numbers) for the newest completions, as a tablet offline for a while has.
 * The page must be reloaded afterwards: the app's live queries only see
 * writes made through its own Dexie instance.
 */
export function seedScript(plan: SeedPlan): string {
  return `(async () => {
  const plan = ${JSON.stringify(plan)};
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
  const db = await request(indexedDB.open('schakel'));
  const read = db.transaction(['device', 'members', 'clock'], 'readonly');
  const device = await request(read.objectStore('device').get('self'));
  if (!device) throw new Error('the tablet is not enrolled');
  const teamId = device.team.id;
  const members = (await request(read.objectStore('members').getAll())).filter((m) => m.teamId === teamId);
  const clock = await request(read.objectStore('clock').get('self'));
  if (members.length === 0) throw new Error('no members of this team on the tablet');

  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const uuidv7 = (ms) => {
    const b = crypto.getRandomValues(new Uint8Array(16));
    let t = ms;
    for (let i = 5; i >= 0; i--) { b[i] = t % 256; t = Math.floor(t / 256); }
    b[6] = 0x70 | (b[6] & 0x0f);
    b[8] = 0x80 | (b[8] & 0x3f);
    const h = hex(b);
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  };
  const pad = (n, w) => String(n).padStart(w, '0');
  const localDay = (d) => d.getFullYear() + '-' + pad(d.getMonth() + 1, 2) + '-' + pad(d.getDate(), 2);
  const startOfToday = new Date(); startOfToday.setHours(0, 0, 0, 0);
  // Events fall on past working hours (07:00–16:00), oldest first, never today.
  const eventTime = (i, n) => {
    const dayBack = plan.days - Math.floor((i * plan.days) / n);
    const d = new Date(startOfToday.getFullYear(), startOfToday.getMonth(), startOfToday.getDate() - dayBack, 7);
    return new Date(d.getTime() + Math.floor(Math.random() * 9 * 3600_000));
  };
  const pick = (list, i) => list[i % list.length];

  const node = device.deviceId.replaceAll('-', '');
  let nextSeq = clock ? clock.nextSeq : 1;
  const BATCH = 10000;
  for (let start = 0; start < plan.completions; start += BATCH) {
    const tx = db.transaction(['taskCompletions', 'outbox'], 'readwrite');
    const completions = tx.objectStore('taskCompletions');
    const outbox = tx.objectStore('outbox');
    for (let i = start; i < Math.min(plan.completions, start + BATCH); i++) {
      const at = eventTime(i, plan.completions);
      const member = pick(members, i);
      const rejected = i % 7 === 0 ? 1 + (i % 3) : 0;
      const record = { id: uuidv7(at.getTime()), teamId, taskId: uuidv7(at.getTime() - 3600_000), memberId: member.id, good: 40 + (i % 11), rejected, cardVersion: 1, completedAt: at.toISOString() };
      completions.put(record);
      if (i >= plan.completions - plan.outbox) {
        outbox.put({
          seq: nextSeq++, mutationId: uuidv7(at.getTime()), kind: 'taskCompletion', recordId: record.id, op: 'insert', data: record,
          baseVersion: null, hlc: pad(at.getTime(), 15) + '-00000-' + node, actorMemberId: member.id, schemaVersion: 1, createdAt: at.toISOString(),
        });
      }
    }
    await done(tx);
  }
  const tx = db.transaction(['checkins', 'clock'], 'readwrite');
  const checkins = tx.objectStore('checkins');
  for (let i = 0; i < plan.checkins; i++) {
    const at = eventTime(i, plan.checkins);
    checkins.put({ id: uuidv7(at.getTime()), teamId, memberId: pick(members, i).id, day: localDay(at), moment: i % 2 === 0 ? 'start' : 'end', score: 1 + (i % 3), scale: 3, answeredAt: at.toISOString() });
  }
  // The app's next write must take the sequence number after the seeded outbox rows.
  tx.objectStore('clock').put(clock ? { ...clock, nextSeq } : { key: 'self', nextSeq, hlc: pad(Date.now(), 15) + '-00000-' + node, offsetMs: 0 });
  await done(tx);
  const counts = db.transaction(['taskCompletions', 'checkins', 'outbox'], 'readonly');
  const report = {
    teamId,
    members: members.length,
    taskCompletions: await request(counts.objectStore('taskCompletions').count()),
    checkins: await request(counts.objectStore('checkins').count()),
    outbox: await request(counts.objectStore('outbox').count()),
  };
  db.close();
  return report;
})()`;
}

/** The names of the enrolled team's members, read from the tablet's IndexedDB. */
export const MEMBER_NAMES = `(async () => {
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const db = await request(indexedDB.open('schakel'));
  const tx = db.transaction(['device', 'members'], 'readonly');
  const device = await request(tx.objectStore('device').get('self'));
  const members = await request(tx.objectStore('members').getAll());
  db.close();
  return members.filter((m) => device && m.teamId === device.team.id).map((m) => m.name);
})()`;

/** Where one cold start's time went, each phase as "ms from navigation start to its end". */
export interface ColdStartPhases {
  /** The service worker answered the page itself (started, if it was stopped, and read the precache). */
  readonly documentMs: number;
  /** The entry script arrived from the service worker. */
  readonly entryScriptMs: number;
  /** The entry script and everything it imports were evaluated (the app's own mark). */
  readonly entryEvaluatedMs: number;
  /** IndexedDB opened and answered who this tablet is, and React drew that (the app's mark). */
  readonly deviceReadMs: number;
  /** The team's members came from IndexedDB and the grid rendered them (the app's mark). */
  readonly membersReadMs: number;
  /** A member tile was in the DOM, visible and enabled, and painted (the probe). */
  readonly tilePaintedMs: number;
}

/** Read after a cold start: navigation and resource timing, the app's startup marks, and the probe. */
export const COLD_START_PHASES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const entry = performance.getEntriesByType('resource').find((e) => /\\/assets\\/index-[^/]+\\.js$/.test(e.name));
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
  const bench = window.__schakelBench && window.__schakelBench.coldStart;
  return {
    documentMs: nav ? nav.responseEnd : NaN,
    entryScriptMs: entry ? entry.responseEnd : NaN,
    entryEvaluatedMs: mark('schakel:entry-evaluated'),
    deviceReadMs: mark('schakel:device-read'),
    membersReadMs: mark('schakel:members-read'),
    tilePaintedMs: bench ? bench.tilePaintedMs : NaN,
  };
})()`;
