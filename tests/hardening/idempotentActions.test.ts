import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MEETING_VERBS } from '../../cards/meetingVerbs.ts';
import { executeInvoke, LEADER, personalMessage } from '../../test-support/activities.ts';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startAuthedTestBot, type TestBot } from '../../test-support/harness.ts';
import { meetingForm } from '../meetings/e2eHelpers.ts';


let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});


async function startAuthed(): Promise<TestBot> {
  bot = await startAuthedTestBot({ env: { PROJECT_LEADERS: LEADER.aadObjectId } });
  return bot;
}

const meetingsIn = async (b: TestBot) => Object.values((JSON.parse(await readFile(path.join(b.dataDir, 'meetings.json'), 'utf-8')) as { data: { meetings: Record<string, { title: string }> } }).data.meetings);
const groupsIn = async (b: TestBot) => (JSON.parse(await readFile(path.join(b.dataDir, 'groups.json'), 'utf-8')) as { data: { groups: Array<{ id: string }> } }).data.groups;
const saveDataOf = (card: unknown) => cardActions(card).find((a) => a.verb === MEETING_VERBS.save)?.data as Record<string, unknown> | undefined;
const bodyOf = (res: { body: unknown }) => res.body as { statusCode: number; type: string; value: unknown };

describe('the same card action twice (JWT validation on)', () => {
  it('a card action Teams delivers again (same activity id) is run once and gets the first answer again', async () => {
    const b = await startAuthed();
    const saveGroup = executeInvoke('group.save', { name: 'Taskforce', description: 'Overleg' }, 'personal', LEADER);
    const [g1, g2] = [await b.post(saveGroup), await b.post(saveGroup)];
    expect(cardText(bodyOf(g1).value)).toContain('is gemaakt');
    // Not "Er is al een groep met de naam": the same answer as the first time.
    expect(bodyOf(g2)).toEqual(bodyOf(g1));
    expect(await groupsIn(b)).toHaveLength(1);
    expect(b.logs.filter((l) => l['event'] === 'invoke-replayed')).toHaveLength(1);
  });

  it('a meeting form saved twice, at the same moment or later, plans one meeting; a corrected form keeps its id', async () => {
    const b = await startAuthed();
    await b.post(executeInvoke('group.save', { name: 'Taskforce', description: 'Overleg' }, 'personal', LEADER));
    const groups = await groupsIn(b);

    await b.post(personalMessage('vergadering nieuw', LEADER));
    const form = b.connector.cards().at(-1);
    const data = saveDataOf(form);
    expect(data?.formId).toMatch(/^[\w-]{8,64}$/);
    const values = { ...meetingForm(groups[0]?.id ?? ''), ...data };

    // A mistake first: the form comes back with the same id.
    const wrong = bodyOf(await b.post(executeInvoke(MEETING_VERBS.save, { ...values, title: '' }, 'personal', LEADER)));
    expect(cardText(wrong.value)).toContain('Er is niets opgeslagen');
    expect(saveDataOf(wrong.value)?.formId).toBe(data?.formId);

    // A double click: two saves of the corrected form at the same moment, each with its own activity id.
    const [a, c] = await Promise.all([b.post(executeInvoke(MEETING_VERBS.save, values, 'personal', LEADER)), b.post(executeInvoke(MEETING_VERBS.save, values, 'personal', LEADER))]);
    for (const r of [a, c]) expect(cardText(bodyOf(r).value)).toContain('Gepland');
    // And once more later (a redelivery of an old click).
    await b.post(executeInvoke(MEETING_VERBS.save, values, 'personal', LEADER));
    expect(await meetingsIn(b)).toHaveLength(1);
    expect(b.logs.filter((l) => l['event'] === 'meeting-save-replayed')).toHaveLength(2);

    // Another form is another meeting.
    await b.post(personalMessage('vergadering nieuw', LEADER));
    const other = saveDataOf(b.connector.cards().at(-1));
    expect(other?.formId).not.toBe(data?.formId);
    await b.post(executeInvoke(MEETING_VERBS.save, { ...values, ...other }, 'personal', LEADER));
    expect(await meetingsIn(b)).toHaveLength(2);
  });
});
