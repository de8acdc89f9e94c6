import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openGroupStore } from '../../bot/groups/groupStore.ts';
import { openMeetingStore } from '../../bot/meetings/meetingStore.ts';
import { LEADER } from '../../test-support/activities.ts';

/** Every data file's bytes by name (backups and steno's temp files left out). */
export async function snapshotDataFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) {
    if (f.endsWith('.json') && !f.startsWith('.')) out[f] = await readFile(path.join(dir, f), 'utf-8');
  }
  return out;
}

/** The `data` part of one store file. */
export async function readData<T = Record<string, unknown>>(dir: string, name: string): Promise<T> {
  return (JSON.parse(await readFile(path.join(dir, name), 'utf-8')) as { data: T }).data;
}

/** A new data dir with the group "Taskforce HG/KM" (followed by nobody yet) and its meeting `meetingId` next month. */
export async function dataDirWithGroupMeeting(prefix: string, meetingId: string): Promise<{ dataDir: string; groupId: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  const groups = await openGroupStore(dataDir);
  const group = await groups.create({ name: 'Taskforce HG/KM' });
  await groups.flush();
  const meetings = await openMeetingStore(dataDir);
  const now = new Date().toISOString();
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await meetings.transaction((d) => {
    d.meetings[meetingId] = {
      id: meetingId,
      groupId: group.id,
      title: 'Overleg taskforce',
      start: `${day}T10:00`,
      end: `${day}T11:00`,
      zone: 'Europe/Amsterdam',
      reminders: [],
      status: 'planned',
      sequence: 0,
      calendarToken: 'abcdefghijklmnopqrstuvwxyz',
      createdBy: LEADER.aadObjectId,
      createdAt: now,
      updatedAt: now,
    };
  });
  await meetings.flush();
  return { dataDir, groupId: group.id };
}
