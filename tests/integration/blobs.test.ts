/** Photos as content-addressed blobs: before their record, once, resumable, team-private, and never an error while missing. */
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { sha256OfBytes, storeLocalBlob } from '#db/blobRepository.ts';
import { writeLocal } from '#db/localWrite.ts';
import { StorageFullError } from '#db/storageErrors.ts';
import { BLOB_CHUNK_BYTES } from '#shared/blobs.ts';
import { serverRecordCount, syncedDevice, type TestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

const photoBytes = (size: number) => new Uint8Array(randomBytes(size));
const token = async (d: TestDevice) => (await d.db.device.get('self'))?.token ?? '';

describeEachEngine('blobs', (engine) => {
  const server = useTestServer(engine);

  const kiosk = (team = 'Team Verpakking') => syncedDevice(server, team);

  it('uploads a defect photo before the record that names it, and another tablet can fetch it', async () => {
    const a = await kiosk();
    const b = await kiosk();
    const bytes = photoBytes(40_000);
    const sha = await storeLocalBlob(a.db, bytes, 'image/jpeg', TEST_NOW);
    const done = await a.completeTaskOf(await a.memberId('Ann'), { good: 9, rejected: 1 }, sha);
    await a.client.sync();
    const blobRequest = a.requests.findIndex((p) => p === `/api/blobs/${sha}`);
    const pushRequest = a.requests.findIndex((p) => p === '/api/sync/push');
    expect(blobRequest).toBeGreaterThanOrEqual(0);
    expect(blobRequest).toBeLessThan(pushRequest);
    expect((await a.db.blobs.get(sha))?.state).toBe('uploaded');

    await b.client.sync();
    expect((await b.db.taskCompletions.get(done.id))?.photo).toBe(sha);
    const fetched = await b.transport.fetchBlob(await token(b), sha);
    expect(fetched?.mime).toBe('image/jpeg');
    expect(Buffer.from(fetched?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it('resumes an interrupted upload where it stopped, without the record going first', async () => {
    const a = await kiosk();
    const bytes = photoBytes(BLOB_CHUNK_BYTES * 2 + 1000);
    const sha = await storeLocalBlob(a.db, bytes, 'image/jpeg', TEST_NOW);
    const done = await a.completeTaskOf(await a.memberId('Bart'), undefined, sha);
    a.requests.length = 0;
    // status and chunk 1 go through; chunk 2 reaches the server but its answer is lost.
    a.faults.push(null, null, 'loseResponse');
    await expect(a.client.sync()).rejects.toThrow();
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(0);
    const [held] = await server.db.query<{ n: number }>('SELECT length(content) AS n FROM blob_uploads WHERE sha256 = $1', [sha]);
    expect(held?.n).toBe(2 * BLOB_CHUNK_BYTES);

    a.requests.length = 0;
    await a.client.sync();
    expect(a.requests.filter((p) => p === `/api/blobs/${sha}`)).toHaveLength(1);
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(1);
  });

  it('never uploads a blob the server already has', async () => {
    const a = await kiosk();
    const b = await kiosk();
    const bytes = photoBytes(10_000);
    const sha = await storeLocalBlob(a.db, bytes, 'image/png', TEST_NOW);
    await a.completeTaskOf(await a.memberId('Chloë'), undefined, sha);
    await a.client.sync();
    await storeLocalBlob(b.db, bytes.slice(), 'image/png', TEST_NOW);
    await b.completeTaskOf(await b.memberId('Dirk'), undefined, sha);
    b.requests.length = 0;
    await b.client.sync();
    expect(b.requests).not.toContain(`/api/blobs/${sha}`);
    expect(b.requests).toContain(`/api/blobs/${sha}/status`);
  });

  it('accepts a record whose blob has not arrived; readers get "not yet" until it does', async () => {
    const a = await kiosk();
    const b = await kiosk();
    const bytes = photoBytes(5_000);
    const sha = await sha256OfBytes(bytes);
    // The tablet names a photo it does not hold (yet): the record is not held back.
    const done = await a.completeTaskOf(await a.memberId('Els'), undefined, sha);
    expect((await a.client.sync()).rejected).toBe(0);
    await b.client.sync();
    expect((await b.db.taskCompletions.get(done.id))?.photo).toBe(sha);
    expect(await b.transport.fetchBlob(await token(b), sha)).toBeNull();

    await storeLocalBlob(a.db, bytes, 'image/jpeg', TEST_NOW);
    await writeLocal(a.db, { kind: 'taskCompletion', op: 'insert', record: { ...done, id: uuidv7() } }, { actorMemberId: done.memberId, now: TEST_NOW, newId: uuidv7 });
    await a.client.sync();
    expect((await b.transport.fetchBlob(await token(b), sha))?.bytes.byteLength).toBe(5_000);
  });

  it('lets a record go without a photo the server refuses for good, instead of blocking everything after it', async () => {
    const a = await kiosk();
    const bytes = photoBytes(4_000);
    const sha = await storeLocalBlob(a.db, bytes, 'image/jpeg', TEST_NOW);
    // The stored bytes got damaged on the tablet: they no longer match their name.
    const damaged = bytes.slice();
    damaged[0] = (damaged[0] ?? 0) ^ 0xff;
    await a.db.blobs.update(sha, { bytes: damaged });
    const done = await a.completeTaskOf(await a.memberId('Greet'), undefined, sha);
    const later = await a.completeTask('Hamid');
    expect((await a.client.sync()).rejected).toBe(0);
    expect((await a.db.blobs.get(sha))?.state).toBe('failed');
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(1);
    expect(await serverRecordCount(server, 'taskCompletion', later.id)).toBe(1);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('keeps a team’s photos from other teams', async () => {
    const a = await kiosk();
    const other = await kiosk('Team Montage');
    const sha = await storeLocalBlob(a.db, photoBytes(2_000), 'image/jpeg', TEST_NOW);
    await a.completeTaskOf(await a.memberId('Filip'), undefined, sha);
    await a.client.sync();
    expect(await other.transport.fetchBlob(await token(other), sha)).toBeNull();
  });

  it('drops a damaged upload and accepts the good one after', async () => {
    const a = await kiosk();
    const bytes = photoBytes(3_000);
    const sha = await sha256OfBytes(bytes);
    const damaged = bytes.slice();
    damaged[10] = (damaged[10] ?? 0) ^ 0xff;
    const t = await token(a);
    await expect(a.transport.uploadBlobChunk(t, sha, { offset: 0, size: 3_000, mime: 'image/jpeg', bytes: damaged })).rejects.toMatchObject({ status: 422 });
    expect(await a.transport.blobStatus(t, sha)).toMatchObject({ received: 0, complete: false });
    expect(await server.db.query('SELECT 1 FROM blobs WHERE sha256 = $1', [sha])).toEqual([]);
    expect(await a.transport.uploadBlobChunk(t, sha, { offset: 0, size: 3_000, mime: 'image/jpeg', bytes })).toMatchObject({ received: 3_000, complete: true });
  });

  it('on a full disk keeps neither photo nor a half record, and says so', async () => {
    const a = await kiosk();
    a.db.blobs.hook('creating', () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await expect(storeLocalBlob(a.db, photoBytes(1_000), 'image/jpeg', TEST_NOW)).rejects.toBeInstanceOf(StorageFullError);
    expect(await a.db.blobs.count()).toBe(0);
    expect(await a.db.outbox.count()).toBe(0);
  });
});
