/**
 * ROTA.md's MIP in CPLEX LP text, for HiGHS. Binaries x only where H2 allows;
 * the variety terms use the aggregate slacks z, c, e, t ROTA.md prescribes
 * (not "station used" indicators, whose relaxation is weak). Names are short
 * index names (x_m_s_k) so any id stays LP-safe.
 */
import type { RotaInstance } from './instanceFormat.ts';
import { slotCount } from './instanceFormat.ts';
import {
  averageLoad,
  dayOfSlot,
  HEAVY_LOAD,
  isAllowed,
  isPresent,
  isQualified,
  loadCap,
  ownSet,
  preferenceCost,
  sameDayPairs,
  varietyCap,
} from './rotaModel.ts';

export type PlacementVariable = { name: string; member: number; station: number; slot: number };
export type RotaMilp = { lp: string; placements: PlacementVariable[] };

type Term = [coefficient: number, name: string];

function linear(terms: readonly Term[]): string {
  const parts = terms.filter(([c]) => c !== 0).map(([c, name]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${name}`);
  // LP lines may continue on the next line; short lines keep readers happy.
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '));
  return lines.join('\n   ');
}

export function buildMilp(instance: RotaInstance): RotaMilp {
  const w = instance.weights;
  const slots = slotCount(instance);
  const objective: Term[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const placements: PlacementVariable[] = [];
  const x = new Map<string, string>();
  const xName = (m: number, s: number, k: number) => x.get(`${m}_${s}_${k}`);
  const row = (terms: Term[], sense: '<=' | '>=' | '=', rhs: number) => {
    if (terms.length > 0) rows.push(` r${rows.length}: ${linear(terms)} ${sense} ${rhs}`);
  };
  const avgLoad = averageLoad(instance);
  const memberIndex = new Map(instance.members.map((m, i) => [m.id, i]));
  const stationIndex = new Map(instance.stations.map((s, i) => [s.id, i]));

  instance.members.forEach((member, m) => {
    const own = member.routine ? ownSet(instance, member) : null;
    instance.stations.forEach((station, s) => {
      for (let k = 0; k < slots; k++) {
        if (!isAllowed(member, station, k)) continue;
        const name = `x_${m}_${s}_${k}`;
        x.set(`${m}_${s}_${k}`, name);
        placements.push({ name, member: m, station: s, slot: k });
        let cost = preferenceCost(instance, member, station.id);
        if (own && !own.has(station.id)) cost += w.varDev;
        if (member.routine && station.id === member.homeStation) cost -= w.home;
        if (cost !== 0) objective.push([cost, name]);
      }
    });
  });

  // H1 with the pool share f, and S7's flex.
  instance.members.forEach((member, m) => {
    for (let k = 0; k < slots; k++) {
      if (!isPresent(member, k)) continue;
      const f = `f_${m}_${k}`;
      const terms: Term[] = [[1, f]];
      instance.stations.forEach((_station, s) => {
        const name = xName(m, s, k);
        if (name) terms.push([1, name]);
      });
      row(terms, '=', 1);
      bounds.push(` ${f} <= 1`);
      objective.push([w.flex, f]);
    }
  });

  instance.stations.forEach((station, s) => {
    for (let k = 0; k < slots; k++) {
      const here: Term[] = [];
      const qualified: Term[] = [];
      const trainers: Term[] = [];
      const trainees: string[] = [];
      instance.members.forEach((member, m) => {
        const name = xName(m, s, k);
        if (!name) return;
        here.push([1, name]);
        if (isQualified(member, station.id)) qualified.push([1, name]);
        if (member.levels[station.id] === 'O') trainers.push([1, name]);
        if (member.levels[station.id] === 'I') trainees.push(name);
      });
      row(here, '<=', station.maxStaff[k] ?? 0); // H3
      for (const trainee of trainees) row([[1, trainee], ...trainers.map(([, n]): Term => [-1, n])], '<=', 0); // H4
      const need = station.minStaff[k] ?? 0;
      if (need > 0) {
        const u = `u_${s}_${k}`;
        const q = `q_${s}_${k}`;
        row([...here, [1, u]], '>=', need); // E1
        row([...qualified, [1, q]], '>=', 1); // E2
        bounds.push(` ${u} <= ${need}`, ` ${q} <= 1`);
        objective.push([w.short, u], [w.noQualified, q]);
      }
    }
  });

  const pairs = sameDayPairs(instance);
  instance.members.forEach((member, m) => {
    const heavyByDay = new Map<number, Term[]>();
    const load: Term[] = [];
    instance.stations.forEach((station, s) => {
      const onStation: Term[] = [];
      for (let k = 0; k < slots; k++) {
        const name = xName(m, s, k);
        if (!name) continue;
        onStation.push([1, name]);
        load.push([station.load, name]);
        if (station.load === HEAVY_LOAD) {
          const day = dayOfSlot(instance, k);
          heavyByDay.set(day, [...(heavyByDay.get(day) ?? []), [1, name]]);
        }
      }
      if (onStation.length === 0) return;
      const cap = varietyCap(member);
      if (!member.routine && onStation.length > cap) {
        const z = `z_${m}_${s}`; // S2
        row([...onStation, [-1, z]], '<=', cap);
        objective.push([w.varDev / 2, z]);
      }
      if (member.trainingGoals.includes(station.id) && w.trainQuota > 0 && w.train !== 0) {
        const t = `t_${m}_${s}`; // S6
        row([[1, t], ...onStation.map(([, n]): Term => [-1, n])], '<=', 0);
        bounds.push(` ${t} <= ${w.trainQuota}`);
        objective.push([-w.train, t]);
      }
      if (member.routine) {
        pairs.forEach(({ first, second }, d) => {
          const am = xName(m, s, first);
          const pm = xName(m, s, second);
          if (!am || !pm) return;
          const c = `c_${m}_${s}_${d}`; // S3
          row([[1, c], [-1, am], [1, pm]], '>=', 0);
          row([[1, c], [1, am], [-1, pm]], '>=', 0);
          bounds.push(` ${c} <= 1`);
          objective.push([w.change / 2, c]);
        });
      }
    });
    for (const heavy of heavyByDay.values()) if (heavy.length > 1) row(heavy, '<=', 1); // H5
    const cap = loadCap(member, avgLoad);
    const maxLoad = load.reduce((sum, [c]) => sum + c, 0);
    if (maxLoad > cap) {
      const e = `e_${m}`; // S4
      row([...load, [-1, e]], '<=', cap);
      objective.push([w.loadExcess, e]);
    }
  });

  // H6: pins by bounds.
  for (const pin of instance.pins) {
    const m = memberIndex.get(pin.member);
    if (m === undefined) continue;
    if (pin.station === null) {
      bounds.push(` f_${m}_${pin.slot} = 1`);
      continue;
    }
    const s = stationIndex.get(pin.station);
    const name = s === undefined ? undefined : xName(m, s, pin.slot);
    if (name) bounds.push(` ${name} = 1`);
  }

  const lp = [
    'Minimize',
    ` obj: ${objective.length > 0 ? linear(objective) : '0 dummy'}`,
    'Subject To',
    ...(rows.length > 0 ? rows : [' r0: dummy >= 0']),
    'Bounds',
    ...bounds,
    ...(placements.length > 0 ? ['Binary', ...placements.map((p) => ` ${p.name}`)] : []),
    'End',
    '',
  ].join('\n');
  return { lp, placements };
}
