import { describe, expect, it } from 'vitest';
import type { ServerRecord } from '#shared/protocol.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { kindsToUpdateFor, recordsForDevice } from './recordsForDevice.ts';

const station: ServerRecord = { kind: 'station', id: 's', version: 2, deleted: false, serverSeq: 5, data: { id: 's', teamId: 't', name: 'Zagen', picto: 'saw', load: 'heavy' } };

describe('serving a device the formats it knows', () => {
  it('gives a device that knows every format the records as they are', () => {
    expect(kindsToUpdateFor('kiosk', recordVersions())).toEqual([]);
    expect(recordsForDevice([station], recordVersions())).toEqual([station]);
  });

  it('takes a station down to format 1 for a device that knows only that', () => {
    expect(recordsForDevice([station], { ...recordVersions(), station: 1 })).toEqual([{ ...station, data: { id: 's', teamId: 't', name: 'Zagen', picto: 'saw', heavy: true } }]);
  });

  it('tells a device that knows only whole-day rota slots to update', () => {
    expect(kindsToUpdateFor('kiosk', { ...recordVersions(), rotaSlot: 1 })).toEqual(['rotaSlot']);
    expect(kindsToUpdateFor('coach', undefined)).toEqual(['skill', 'rotaSlot']);
  });
});
