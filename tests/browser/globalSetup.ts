/**
 * Once per browser run: one bot in local mode (fresh data in a temp folder) and two Agents Playgrounds pointed
 * at it, one as the project leader and one as the professional, with the tenant from .m365agentsplayground.yml.
 * Started with the same functions `npm run playground` uses. Logs go to test-results/browser/logs/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { expertsChannel, findUser, freePort, leaderIds, readTenant, ROOT, seedExperts, startBot, startPlayground, tenantAs, TENANT_FILE, writeTenant, type Service } from '../../scripts/playground.ts';
import { CHROMIUM_PATH } from './chat.ts';

export interface PlaygroundStack {
  botUrl: string;
  leaderUrl: string;
  professionalUrl: string;
  leaderName: string;
  professionalName: string;
  groupChatName: string;
  teamName: string;
  channelName: string;
  /** The team channel the experts' questions go to (seeded as for `npm run playground`). */
  expertsChannelName: string;
  logDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    playground: PlaygroundStack;
  }
}

export const RESULTS_DIR = path.join(ROOT, 'test-results', 'browser');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium ontbreekt (${CHROMIUM_PATH}). Installeer het met: apt-get install -y chromium (of draai .ci/browser), of zet CHROMIUM_PATH.`);
  }
  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  const logDir = path.join(RESULTS_DIR, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meldwijzer-browser-'));

  const tenant = readTenant();
  const leader = findUser(tenant, 'leader');
  const professional = findUser(tenant, 'professional');
  const professionalConfig = writeTenant(tenantAs(tenant, professional), path.join(dataDir, 'tenant-professional.yml'));
  const leaderConfig = leader.id === tenant.currentUser.id ? TENANT_FILE : writeTenant(tenantAs(tenant, leader), path.join(dataDir, 'tenant-leader.yml'));

  const services: Service[] = [];
  const teardown = async () => {
    await Promise.allSettled(services.map((s) => s.stop()));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // As `npm run playground` does on a fresh data folder: the experts' group, linked to the experts' channel.
    await seedExperts(dataDir, tenant);
    const botPort = await freePort();
    const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
    const started = await Promise.allSettled([
      startBot({ port: botPort, dataDir, leaders: leaderIds(tenant), tenantId: tenant.tenantId, logFile: path.join(logDir, 'bot.log') }).then((s) => (services.push(s), s)),
      freePort().then((port) => startPlayground({ endpoint, port, configFile: leaderConfig, logFile: path.join(logDir, 'playground-leader.log') })).then((s) => (services.push(s), s)),
      freePort().then((port) => startPlayground({ endpoint, port, configFile: professionalConfig, logFile: path.join(logDir, 'playground-professional.log') })).then((s) => (services.push(s), s)),
    ]);
    // Wait for all three before giving up, so that teardown stops every one that did start.
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const [bot, leaderUi, professionalUi] = started.map((r) => (r as PromiseFulfilledResult<Service>).value) as [Service, Service, Service];
    project.provide('playground', {
      botUrl: bot.url,
      leaderUrl: leaderUi.url,
      professionalUrl: professionalUi.url,
      leaderName: leader.name,
      professionalName: professional.name,
      groupChatName: tenant.groupChat.name,
      teamName: tenant.team.name,
      channelName: tenant.team.channels[0]?.name ?? 'General',
      expertsChannelName: expertsChannel(tenant)?.name ?? 'General',
      logDir,
    });
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
