/**
 * Blob uploads a hostile or broken tablet cannot abuse: a team's photos and
 * clips have a quota (uploads in progress count), abandoned uploads are
 * cleaned up by a job, and an upload belongs to the device that started it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { storeLocalBlob } from '#db/blobRepository.ts';
import { BLOB_CHUNK_BYTES } from '#shared/blobs.ts';
import { errorBody, PROTOCOL_VERSION } from '#shared/protocol.ts';
import { abandonedUploadCleanup } from '#server/jobs/abandonedUploadCleanup.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { serverRecordCount, syncedDevice } from '#tests/helpers/testDevice.ts';
import { tableCounts, TEST_NOW } from '#tests/helpers/testServer.ts';

const QUOTA = 600_000;
const HOUR_MS = 3_600_000;

const photo = (size: number) => {
  const bytes = new Uint8Array(randomBytes(size));
  return { bytes, sha: createHash('sha256').update(bytes).digest('hex') };
};

describeEachEngine('blob quota and uploads per device', (engine) => {
  const server = useTestServer(engine, { rateLimits: false, blobQuotaBytes: QUOTA });

  const kioskToken = async () => (await server.enrol('Team Verpakking', 'kiosk')).token;

  /** One chunk of `blob` from `offset`, announcing `size` (the blob's own unless a test lies). */
  const put = (token: string, blob: { bytes: Uint8Array; sha: string }, offset: number, size = blob.bytes.byteLength) =>
    server.app.inject({
      method: 'PUT',
      url: `/api/blobs/${blob.sha}`,
      headers: {
        authorization: `Bearer ${token}`,
        'x-schakel-protocol': String(PROTOCOL_VERSION),
        'content-type': 'application/octet-stream',
        'x-blob-size': String(size),
        'x-blob-offset': String(offset),
        'x-blob-mime': 'image/jpeg',
      },
      payload: Buffer.from(blob.bytes.subarray(offset, Math.min(offset + BLOB_CHUNK_BYTES, blob.bytes.byteLength))),
    });

  const upload = async (token: string, blob: { bytes: Uint8Array; sha: string }) => {
    let res = await put(token, blob, 0);
    while (res.statusCode === 200 && !res.json<{ complete: boolean }>().complete) res = await put(token, blob, res.json<{ received: number }>().received);
    return res;
  };

  const status = async (token: string, sha: string) =>
    (await server.app.inject({ method: 'GET', url: `/api/blobs/${sha}/status`, headers: { authorization: `Bearer ${token}`, 'x-schakel-protocol': String(PROTOCOL_VERSION) } })).json<{ received: number; complete: boolean }>();

  it('refuses a photo that does not fit in the team’s room, writing nothing; one that fits still goes, and the refused one after room is freed', async () => {
    const token = await kioskToken();
    const stored = photo(300_000);
    expect((await upload(token, stored)).json()).toMatchObject({ complete: true });

    const big = photo(400_000);
    const before = await tableCounts(server.db);
    const refused = await put(token, big, 0);
    expect(refused.statusCode).toBe(507);
    expect(errorBody.parse(refused.json())).toMatchObject({ code: 'blob_quota_exceeded', error: 'too_large' });
    expect(errorBody.parse(refused.json()).message).toContain('SCHAKEL_BLOB_QUOTA_MB');
    expect(await tableCounts(server.db)).toEqual(before);
    expect(await status(token, big.sha)).toMatchObject({ received: 0, complete: false });

    expect((await upload(token, photo(200_000))).json()).toMatchObject({ complete: true });

    // The coordinator frees the team's room: the refused photo now fits.
    await server.db.query('DELETE FROM blobs');
    expect((await upload(token, big)).json()).toMatchObject({ complete: true });
  });

  it('counts uploads in progress against the quota, so half-sent uploads cannot fill the disk', async () => {
    const a = await kioskToken();
    const b = await kioskToken();
    const started = photo(400_000);
    expect((await put(a, started, 0)).statusCode).toBe(200);
    const refused = await put(b, photo(300_000), 0);
    expect(refused.statusCode).toBe(507);
    expect(errorBody.parse(refused.json()).code).toBe('blob_quota_exceeded');
  });

  it('deletes uploads nobody touched for a day, and gives their room back; fresh ones and complete blobs stay', async () => {
    const token = await kioskToken();
    const abandoned = photo(400_000);
    expect((await put(token, abandoned, 0)).statusCode).toBe(200);
    const kept = photo(100_000);
    expect((await upload(token, kept)).json()).toMatchObject({ complete: true });
    const job = abandonedUploadCleanup(server.db);

    await job.run(new Date(Date.now() + HOUR_MS));
    expect(await status(token, abandoned.sha)).toMatchObject({ received: BLOB_CHUNK_BYTES, complete: false });

    await job.run(new Date(Date.now() + 25 * HOUR_MS));
    expect(await server.db.query('SELECT 1 FROM blob_uploads')).toEqual([]);
    expect(await status(token, abandoned.sha)).toMatchObject({ received: 0, complete: false });
    expect(await status(token, kept.sha)).toMatchObject({ received: 100_000, complete: true });
    // The room the abandoned upload held is free: a photo that needs it fits.
    expect((await upload(token, photo(450_000))).json()).toMatchObject({ complete: true });
  });

  it('gives another device announcing another size an upload of its own: the first device’s upload goes on and completes', async () => {
    const a = await kioskToken();
    const b = await kioskToken();
    const blob = photo(BLOB_CHUNK_BYTES + 50_000);
    expect((await put(a, blob, 0)).json()).toEqual({ type: 'blobStatus', received: BLOB_CHUNK_BYTES, complete: false });

    const other = await put(b, { sha: blob.sha, bytes: blob.bytes.subarray(0, 1000) }, 0, 1000 + 20_000);
    expect(other.statusCode).toBe(200);
    expect(await status(b, blob.sha)).toMatchObject({ received: 1000, complete: false });

    expect(await status(a, blob.sha)).toMatchObject({ received: BLOB_CHUNK_BYTES, complete: false });
    expect((await put(a, blob, BLOB_CHUNK_BYTES)).json()).toEqual({ type: 'blobStatus', received: blob.bytes.byteLength, complete: true });
    const fetched = await server.app.inject({ method: 'GET', url: `/api/blobs/${blob.sha}`, headers: { authorization: `Bearer ${b}`, 'x-schakel-protocol': String(PROTOCOL_VERSION) } });
    expect(fetched.rawPayload.equals(Buffer.from(blob.bytes))).toBe(true);
    // Done for the whole team: B's stray upload is gone with its reserved room.
    expect(await status(b, blob.sha)).toMatchObject({ received: blob.bytes.byteLength, complete: true });
    expect(await server.db.query('SELECT 1 FROM blob_uploads')).toEqual([]);
  });

  it('on a tablet, keeps a photo the server has no room for, lets its record go, and sends the photo once there is room', async () => {
    const filler = await kioskToken();
    expect((await upload(filler, photo(550_000))).json()).toMatchObject({ complete: true });
    const tablet = await syncedDevice(server);
    const bytes = photo(100_000).bytes;
    const sha = await storeLocalBlob(tablet.db, bytes, 'image/jpeg', TEST_NOW);
    const done = await tablet.completeTaskOf(await tablet.memberId('Ann'), undefined, sha);

    expect((await tablet.client.sync()).rejected).toBe(0);
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(1);
    expect(await tablet.db.outbox.count()).toBe(0);
    expect((await tablet.db.blobs.get(sha))?.state).toBe('local');

    await server.db.query('DELETE FROM blobs');
    await tablet.client.sync();
    expect((await tablet.db.blobs.get(sha))?.state).toBe('uploaded');
    expect(await status(filler, sha)).toMatchObject({ received: 100_000, complete: true });
  });
});
