/**
 * A refusal from the real server reaches the person in the screen's
 * language: the HTTP transport carries the refusal's code, and the kiosk
 * picks its own sentence by it, never the server's English.
 */
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { TransportError } from '#sync/Transport.ts';
import { createI18n } from '#kiosk/i18n/i18n.ts';
import { refusalTextOf } from '#kiosk/i18n/refusalText.ts';
import { inProcessFetch } from '#tests/helpers/inProcessFetch.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_COORDINATOR_KEY } from '#tests/helpers/testServer.ts';

describeEachEngine('refusals in the screen’s language', (engine) => {
  const server = useTestServer(engine, { rateLimits: false });

  it('says an unknown enrolment code and a switched-off tablet in Dutch and in French', async () => {
    const transport = httpTransport('http://coordinator.test', inProcessFetch(() => server.app));
    const dutch = createI18n('nl-BE');
    const french = createI18n('fr-BE');
    await french.changeLanguage('fr-BE');

    const unknownCode = await transport.enrol({ type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: 'NOPE-NOPE' }).catch((e: unknown) => e);
    expect(unknownCode).toBeInstanceOf(TransportError);
    expect(unknownCode).toMatchObject({ failure: 'refused', code: 'enrolment_code_unknown' });
    expect(refusalTextOf(dutch.t, unknownCode)).toBe('Deze code kennen we niet, of hij is al gebruikt. Kijk de code na, of vraag een nieuwe aan de coördinator.');
    expect(refusalTextOf(french.t, unknownCode)).toBe('Ce code est inconnu ou déjà utilisé. Vérifiez le code ou demandez-en un nouveau au coordinateur.');

    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const revoke = await server.app.inject({ method: 'POST', url: `/api/admin/devices/${kiosk.deviceId}/revoke`, headers: { authorization: `Bearer ${TEST_COORDINATOR_KEY}` } });
    expect(revoke.statusCode).toBe(200);
    const switchedOff = await transport.pull(kiosk.token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null }).catch((e: unknown) => e);
    expect(switchedOff).toMatchObject({ failure: 'unauthorised', code: 'device_revoked' });
    expect(refusalTextOf(dutch.t, switchedOff)).toBe('De coördinator heeft deze tablet uitgeschakeld. Vraag een nieuwe code om hem opnieuw te koppelen.');
    expect(refusalTextOf(french.t, switchedOff)).toBe('Le coordinateur a désactivé cette tablette. Demandez un nouveau code pour la lier à nouveau.');
  });
});
