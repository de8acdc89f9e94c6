import path from 'node:path';
import { createAnswerService } from '../bot/answers/answerService.ts';
import { loadDutchWords } from '../bot/answers/dutchWords.ts';
import { loadKnowledge } from '../bot/answers/loadKnowledge.ts';

type Service = ReturnType<typeof createAnswerService>;
let words: ReturnType<typeof loadDutchWords> | undefined;
const services = new Map<string, Promise<Service>>();

/**
 * The answer service over a knowledge folder (default knowledge/) with the Dutch word list, built once per test
 * process (vitest worker) and folder, for every test bot and answer test on it: building it takes about a second,
 * and it keeps no state between questions. A test that changes a folder's files after its first use must use a
 * new folder.
 */
export function sharedAnswers(knowledgeDir = 'knowledge'): Promise<Service> {
  const dir = path.resolve(knowledgeDir);
  let service = services.get(dir);
  if (!service) {
    words ??= loadDutchWords();
    service = Promise.all([loadKnowledge(dir), words]).then(([knowledge, w]) => createAnswerService({ ...knowledge, words: w }));
    services.set(dir, service);
  }
  return service;
}
