// @vitest-environment node
import { releaseProxy, wrap } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { exposeWorkerApi } from './exposeWorkerApi.ts';

const api = {
  add: (a: number, b: number) => a + b,
  solve: async (hours: readonly number[]) => Promise.resolve(hours.reduce((sum, h) => sum + h, 0)),
  fail: () => {
    throw new Error('no feasible rota');
  },
};

describe('exposeWorkerApi', () => {
  const channels: MessageChannel[] = [];
  afterEach(() => {
    for (const c of channels.splice(0)) {
      c.port1.close();
      c.port2.close();
    }
  });

  it('answers typed calls over a message port, with results and errors as if local', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    exposeWorkerApi(api, channel.port1);
    const remote = wrap<typeof api>(channel.port2);

    expect(await remote.add(2, 3)).toBe(5);
    expect(await remote.solve([4, 4, 3.5])).toBe(11.5);
    await expect(remote.fail()).rejects.toThrow('no feasible rota');
    remote[releaseProxy]();
  });

  it('refuses to expose an API on a scope that is not a worker', () => {
    expect(() => {
      exposeWorkerApi(api);
    }).toThrow(/runs in a Web Worker only/);
  });
});
