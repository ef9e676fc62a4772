import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import type { Member, Skill, Station } from '#shared/records.ts';
import { enrolledDb, TEAM_ID } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { WhatCanIDo } from './WhatCanIDo.tsx';

const skill = (member: Member, station: Station, fields: Partial<Skill>): Skill => ({
  id: requireNaturalId('skill', { teamId: TEAM_ID, memberId: member.id, stationId: station.id }),
  teamId: TEAM_ID,
  memberId: member.id,
  stationId: station.id,
  level: null,
  ...fields,
});

async function tabletWithSkills() {
  const { db, member } = await enrolledDb();
  const packing = (await db.stations.toArray())[0]!;
  const labelling: Station = { id: uuidv7(), teamId: TEAM_ID, name: 'Etiketteren', picto: 'label', load: 'light' };
  const sorting: Station = { id: uuidv7(), teamId: TEAM_ID, name: 'Sorteren', picto: 'sort', load: 'medium' };
  const bram: Member = { id: uuidv7(), teamId: TEAM_ID, name: 'Bram', avatar: 'cat', language: 'nl-BE' };
  await db.stations.bulkPut([labelling, sorting]);
  await db.members.put(bram);
  await db.skills.bulkPut([
    skill(member, packing, { level: 'U' }),
    skill(member, labelling, { level: 'I', trainingGoal: true }),
    // A cell with no level and no goal says nothing about Ann: it is not shown.
    skill(member, sorting, { level: null, preference: -1 }),
    // Bram's cells are his own.
    skill(bram, sorting, { level: 'O' }),
    skill(bram, packing, { level: 'L' }),
  ]);
  return { db, member };
}

describe('what can I do', { timeout: 20_000 }, () => {
  it("shows only the signed-in member's own levels, as pictures with names, and marks a training goal", async () => {
    const { db, member } = await tabletWithSkills();
    renderWithServices(<WhatCanIDo member={member} onClose={() => undefined} />, { db });

    const rows = await screen.findAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Inpakken: je kan het alleen', 'Etiketteren: je leert het']);
    expect(within(rows[0]!).getByRole('img', { name: 'U: kan het alleen' })).toBeDefined();
    expect(within(rows[0]!).queryByRole('img', { name: 'leerdoel' })).toBeNull();
    expect(within(rows[1]!).getByRole('img', { name: 'I: leert het' })).toBeDefined();
    expect(within(rows[1]!).getByRole('img', { name: 'leerdoel' })).toBeDefined();
    expect(screen.queryByText('Sorteren')).toBeNull();
    expect(screen.queryByRole('img', { name: 'O: kan het aanleren' })).toBeNull();
  });

  it('speaks a row in easy words, and the back button closes', async () => {
    const speech = installFakeSpeech(['nl-BE']);
    try {
      const { db, member } = await tabletWithSkills();
      const onClose = vi.fn();
      const user = userEvent.setup({ delay: null });
      renderWithServices(<WhatCanIDo member={member} onClose={onClose} />, { db });
      const [packing, labelling] = await screen.findAllByRole('listitem');

      await user.click(within(packing!).getByRole('button', { name: 'Lees voor' }));
      await waitFor(() => expect(speech.spoken).toEqual(['Inpakken: je kan het alleen']));
      await user.click(within(labelling!).getByRole('button', { name: 'Lees voor' }));
      await waitFor(() => expect(speech.spoken.at(-1)).toBe('Etiketteren: je leert het. Dit wil je leren.'));

      await user.click(screen.getByRole('button', { name: 'Terug' }));
      expect(onClose).toHaveBeenCalledTimes(1);
    } finally {
      speech.uninstall();
    }
  });

  it('says so when the member has no station yet', async () => {
    const { db, member } = await enrolledDb();
    renderWithServices(<WhatCanIDo member={member} onClose={() => undefined} />, { db });
    expect(await screen.findByText('Je hebt nog geen werkposten geleerd.')).toBeDefined();
  });
});
