/**
 * User journeys through Microsoft 365 Agents Playground, in Debian's Chromium, asserting what the user sees.
 *
 * One bot and two Playgrounds (project leader, professional) are started once for the run (globalSetup.ts).
 * Loading the Playground's page costs 10-40 s of CPU, so each user's page is loaded once and the journeys run
 * in the order of this file on those two pages. The meeting is planned early: its reminder falls due about a
 * minute later, and the answer and update journeys run in the meantime. BROWSER_SCREENSHOTS=all also keeps
 * what every passing journey ended with (test-results/browser/passed/).
 *
 * A journey whose feature has not been wired into the bot yet (its command missing from the leader's help
 * card) is skipped with the reason printed. A failing journey leaves a screenshot, the page text and the
 * page's console log of both users under test-results/browser/<journey>/.
 */
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { loadKnowledge } from '../../bot/answers/loadKnowledge.ts';
import { CATEGORIES } from '../../bot/answers/knowledgeSchema.ts';
import { ROOT } from '../../scripts/playground.ts';
import { Chat, hasWords, journey, launchChromium, PERSONAL_CHAT } from './chat.ts';

const stack = inject('playground');
const RESULTS_DIR = path.join(ROOT, 'test-results', 'browser');
const knowledge = await loadKnowledge(path.join(ROOT, 'knowledge'));
const entry = (id: string) => {
  const e = knowledge.entries.find((x) => x.id === id);
  if (!e) throw new Error(`knowledge entry ${id} is missing; the journeys below ask about it`);
  return e;
};

const GROUP_CHAT = stack.groupChatName;
const CHANNEL = `${stack.teamName} - ${stack.channelName}`;
const EXPERTS_CHANNEL = `${stack.teamName} - ${stack.expertsChannelName}`;

let browser: Browser | undefined;
let leader: Chat;
let professional: Chat;
/** The leader's help card: which commands the bot has wired in (what the user can see it can do). */
let leaderHelp = '';

const chats = () => [leader, professional];
const j = (name: string, fn: () => Promise<void>, options: { timeout?: number } = {}) =>
  journey(name, { chats, resultsDir: RESULTS_DIR, ...options }, fn);


beforeAll(async () => {
  browser = await launchChromium();
  [leader, professional] = await Promise.all([
    Chat.open(browser, stack.leaderUrl, stack.leaderName),
    Chat.open(browser, stack.professionalUrl, stack.professionalName),
  ]);
  const [help] = await leader.ask('help');
  leaderHelp = await help!.innerText();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

async function text(card: Locator): Promise<string> {
  return (await card.innerText()).replace(/\s+/g, ' ');
}

// ------------------------------------------------------------------------------------------------------------
describe('installing the app', () => {
  j('the welcome card is the first thing a professional sees after the app is installed', async () => {
    // The Playground installs the app in the personal chat when the page opens.
    const welcome = professional.card(0);
    expect(await Chat.title(welcome)).toBe('Welkom bij Meldwijzer');
    const t = await text(welcome);
    expect(t).toContain('Direct gevaar? Bel 112.');
    expect(t).toContain('0800-2000');
    expect(t).toContain('Stel uw vraag in uw eigen woorden');
    expect(await Chat.buttonNames(welcome)).toEqual(['Onderwerpen bekijken', 'Wat kan ik vragen?']);
  });

  j('adding the app to a conversation again (Mock an Activity > Add application) greets it again', async () => {
    await professional.openConversation(PERSONAL_CHAT);
    const before = await professional.cardCount();
    await professional.page.getByRole('button', { name: 'Mock an Activity' }).click();
    await professional.page.getByText('Add application', { exact: true }).click();
    // The Playground shows the conversationUpdate it is about to send (membersAdded: the bot), to edit or send.
    const dialog = professional.page.getByRole('dialog', { name: 'Add application' });
    await expect(dialog.innerText()).resolves.toContain('onMembersAdded');
    await dialog.getByRole('button', { name: 'Send activity' }).click();
    const [welcome] = await professional.newCards(before);
    expect(await Chat.title(welcome!)).toBe('Welkom bij Meldwijzer');
  });

  j('in a team channel the welcome card says to mention @Meldwijzer', async () => {
    await professional.openConversation(CHANNEL); // the Playground installs the app here on first visit
    const welcome = professional.cards().filter({ hasText: 'Welkom bij Meldwijzer' }).first();
    expect(await text(welcome)).toContain('Noem mij met @Meldwijzer');
    await professional.openConversation(PERSONAL_CHAT);
  });
});

// ------------------------------------------------------------------------------------------------------------
const meeting = { title: 'Overleg verwijsindex', planned: false, reminderDue: 0 };

/** A start time whose "30 minutes before" reminder falls due 30-90 s from now, in Dutch time. */
function soonMeeting(): { start: Date; end: Date; due: Date } {
  const minute = 60_000;
  let start = Math.ceil((Date.now() + 30 * minute) / minute) * minute;
  if (start - 30 * minute - Date.now() < 30_000) start += minute;
  return { start: new Date(start), end: new Date(start + 45 * minute), due: new Date(start - 30 * minute) };
}
function amsterdam(d: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return { dayLabel: `${Number(parts.day)}, ${parts.month}, ${parts.year}`, time: `${parts.hour}:${parts.minute}` };
}

describe('meetings (1): the leader plans one', () => {
  j(
    "the project leader plans a meeting with the card form in the working group's chat",
    async () => {
      await leader.openConversation(GROUP_CHAT);

      // A group for the working group, linked to this chat, so its reminders come here.
      const [groupForm] = await leader.ask(`groep nieuw ${GROUP_CHAT}`);
      expect(await Chat.title(groupForm!)).toBe('Nieuwe groep');
      expect(await groupForm!.getByRole('textbox', { name: 'Naam', exact: true }).inputValue()).toBe(GROUP_CHAT);
      const count = await leader.cardCount();
      await groupForm!.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => text(groupForm!)).toContain(`${GROUP_CHAT} is gemaakt`);
      expect(await leader.cardCount()).toBe(count); // refreshed in place
      const [linked] = await leader.ask(`koppel ${GROUP_CHAT}`);
      expect(await text(linked!)).toContain(`${GROUP_CHAT} is gekoppeld aan deze chat`);

      // The meeting form.
      const [form] = await leader.ask('vergadering nieuw');
      /** In the open date picker: the day's button (labelled like "29, November, 2026"), a month on if needed. */
      const pickDay = async (label: string) => {
        const day = leader.page.getByRole('button', { name: label, exact: true });
        if (!(await day.isVisible())) await leader.page.getByTitle(/^Next month/).click();
        await day.click();
      };
      expect(await Chat.title(form!)).toBe('Nieuwe vergadering');
      const when = soonMeeting();
      const start = amsterdam(when.start);
      const end = amsterdam(when.end);
      await form!.getByRole('textbox', { name: 'Titel', exact: true }).fill(meeting.title);
      await form!.getByRole('combobox', { name: 'Datum', exact: true }).click();
      await pickDay(start.dayLabel);
      const [from, to] = [form!.getByRole('combobox', { name: 'Begintijd', exact: true }), form!.getByRole('combobox', { name: 'Eindtijd', exact: true })];
      await from.click();
      await from.fill(start.time);
      await leader.page.keyboard.press('Enter');
      await to.click();
      await to.fill(end.time);
      await leader.page.keyboard.press('Enter');
      if (end.dayLabel !== start.dayLabel) {
        // Late in the evening the meeting runs past midnight: then the form wants an end date.
        await form!.getByRole('combobox', { name: 'Einddatum (alleen als de vergadering meer dagen duurt)' }).click();
        await pickDay(end.dayLabel);
      }
      await form!.getByRole('textbox', { name: 'Plaats (adres of zaal)' }).fill('Gemeentehuis Hilversum, zaal 2');
      await form!.getByRole('checkbox', { name: '1 week van tevoren' }).uncheck();
      await form!.getByRole('checkbox', { name: '1 dag van tevoren' }).uncheck();
      await form!.getByRole('checkbox', { name: '30 minuten van tevoren' }).check();
      const cardsBefore = await leader.cardCount();
      await form!.getByRole('button', { name: 'Opslaan' }).click();

      // The form becomes the meeting card, with the confirmation on top and the RSVP buttons.
      await expect.poll(() => text(form!), { timeout: 20_000 }).toContain('Gepland.');
      const planned = await text(form!);
      expect(await Chat.title(form!)).toBe(meeting.title);
      expect(planned).toContain('Gemeentehuis Hilversum, zaal 2');
      expect(planned).toContain('Nog niemand heeft geantwoord.');
      expect(planned).toContain('Ze gaan naar 1 kanaal of chat');
      expect(await Chat.buttonNames(form!)).toEqual(expect.arrayContaining(['Ik kom', 'Ik kan niet', 'Misschien']));
      expect(await leader.cardCount()).toBe(cardsBefore);
      meeting.planned = true;
      meeting.reminderDue = when.due.getTime();
    },
    { timeout: 120_000 },
  );
});

// ------------------------------------------------------------------------------------------------------------
describe('answers', () => {
  j('`help` lists what Meldwijzer can do; the leader commands only for the project leader', async () => {
    const [help] = await professional.ask('help');
    expect(await Chat.title(help!)).toBe('Wat kan Meldwijzer?');
    const t = await text(help!);
    expect(t).toContain('onderwerpen');
    expect(t).toContain('Bij direct gevaar: bel 112');
    expect(t).not.toContain('Voor de projectleider');
    expect(leaderHelp).toContain('Voor de projectleider');
  });

  j('a professional asks about the meldcode, follows a related question and gives feedback', async () => {
    const overview = entry('meldcode-vijf-stappen-overzicht');
    const [answer] = await professional.ask('Wat zijn de stappen van de meldcode?');
    expect(await Chat.title(answer!)).toBe(overview.title);
    const steps = await answer!.locator('li').allInnerTexts();
    expect(steps.map((s) => s.trim())).toEqual(overview.steps);
    await expect.poll(() => Chat.buttonNames(answer!)).toContain('Bel Veilig Thuis: 0800-2000');
    const related = entry(overview.related[0]!);

    // A related question (Action.Submit) gives that answer as a new card.
    const before = await professional.cardCount();
    await answer!.getByRole('button', { name: related.title, exact: true }).first().click();
    const [next] = await professional.newCards(before);
    expect(await Chat.title(next!)).toBe(related.title);

    // Feedback (Action.Execute) refreshes the first answer in place.
    const count = await professional.cardCount();
    await answer!.getByRole('button', { name: '👍 Ja, nuttig' }).click();
    await expect.poll(() => text(answer!)).toContain('Bedankt voor uw reactie');
    expect(await Chat.buttonNames(answer!)).not.toContain('👍 Ja, nuttig');
    expect(await Chat.title(answer!)).toBe(overview.title);
    expect(await professional.cardCount()).toBe(count);
  });

  j('a message that signals acute danger gets the emergency card first', async () => {
    const [emergency, after] = await professional.ask('Een leerling durft niet naar huis omdat haar vader haar slaat, wat moet ik doen?', { cards: 2 });
    const t = await text(emergency!);
    expect(t).toContain('Is er nu direct gevaar? Bel 112.');
    expect(t).toContain('0800-2000');
    const buttons = await Chat.buttonNames(emergency!);
    expect(buttons).toContain('Bel 112 (alarmnummer)');
    expect(buttons.some((b) => b.includes('0800-2000'))).toBe(true);
    // Then the answer itself (or the "no good answer" card): it comes after, never before.
    expect(await text(after!)).not.toContain('Is er nu direct gevaar?');
  });

  j('browsing `onderwerpen` to a category and an entry', async () => {
    const [topics] = await professional.ask('onderwerpen');
    expect(await Chat.title(topics!)).toBe('Onderwerpen');
    const inCategory = knowledge.entries.filter((e) => e.category === 'meldcode');
    const label = CATEGORIES.meldcode;
    let before = await professional.cardCount();
    await topics!.getByRole('button', { name: `${label} (${inCategory.length})`, exact: true }).click();
    const [category] = await professional.newCards(before);
    expect(await Chat.title(category!)).toBe(label);
    const step1 = entry('meldcode-stap-1-signalen');
    before = await professional.cardCount();
    await category!.getByRole('button', { name: step1.title, exact: true }).click();
    const [answer] = await professional.newCards(before);
    expect(await Chat.title(answer!)).toBe(step1.title);
  });
});

// ------------------------------------------------------------------------------------------------------------
describe('meetings (2): only the leader plans', () => {
  j(
    'a professional cannot plan a meeting',
    async () => {
      await professional.openConversation(PERSONAL_CHAT);
      const before = await professional.cardCount();
      await professional.expectNewText('Dit kan alleen de projectleider. Er is niets veranderd.', () => professional.send('vergadering nieuw'));
      expect(await professional.cardCount()).toBe(before);
    },
  );
});

// ------------------------------------------------------------------------------------------------------------
describe('updates (broadcasts)', () => {
  const update = { title: 'Nieuwe versie afwegingskader', body: 'Het afwegingskader is bijgewerkt. Lees de vijf afwegingen opnieuw.' };

  j(
    'the project leader composes an update, previews it, confirms it and sees the report',
    async () => {
      await leader.openConversation(PERSONAL_CHAT);
      const [form] = await leader.ask('update');
      expect(await Chat.title(form!)).toBe('Nieuwe update');
      await form!.getByRole('textbox', { name: 'Titel', exact: true }).fill(update.title);
      await form!.getByRole('textbox', { name: 'Tekst', exact: true }).fill(update.body);
      await form!.getByRole('radio', { name: 'Iedereen met Meldwijzer (persoonlijke chats)' }).check();
      const count = await leader.cardCount();
      await form!.getByRole('button', { name: 'Voorbeeld bekijken' }).click();

      await expect.poll(() => Chat.title(form!)).toBe('Voorbeeld van uw update');
      const preview = await text(form!);
      expect(preview).toContain(update.title);
      expect(preview).toContain(update.body);
      expect(preview).toContain('Er is nog niets verstuurd.');
      expect(preview).toMatch(/Ontvangers \d+ chats? (of|en) kana/);
      await form!.getByRole('button', { name: 'Versturen' }).click();

      await expect.poll(() => Chat.title(form!), { timeout: 60_000 }).toBe('Update verstuurd');
      const report = await text(form!);
      expect(report).toContain(update.title);
      expect(report).toMatch(/Verstuurd (\d+) van \1/);
      expect(report).toMatch(/Mislukt 0/);
      // The leader has a personal chat with Meldwijzer too, so the update itself arrives here as a new card.
      await expect.poll(() => leader.cards().filter({ hasText: update.body }).count()).toBeGreaterThanOrEqual(1);
      expect(await leader.cardCount()).toBe(count + 1);
    },
    { timeout: 120_000 },
  );

  j(
    'the professional receives the update in their personal chat',
    async () => {
      await professional.openConversation(PERSONAL_CHAT);
      const received = professional.cards().filter({ hasText: update.body }).last();
      await received.waitFor();
      expect(await text(received)).toContain(update.title);
      expect(await text(received)).toContain('Geen updates meer? Typ geen updates.');
    },
  );

  j(
    'a professional cannot send an update',
    async () => {
      const before = await professional.cardCount();
      await professional.expectNewText('Dit kan alleen de projectleider. Er is niets veranderd.', () => professional.send('update'));
      expect(await professional.cardCount()).toBe(before);
    },
  );
});

// ------------------------------------------------------------------------------------------------------------
// Last but one: the reminder falls due about a minute after planning; the journeys above run in the meantime.
describe('meetings (3): the reminder', () => {
  j(
    "the reminder comes to the working group's chat and its RSVP buttons update the counts in place",
    async (): Promise<void> => {
      if (!meeting.planned) throw new Error('the meeting was not planned (see the journey above)');
      await leader.openConversation(GROUP_CHAT);
      // The reminder's lead line is "Herinnering · vandaag" (the planning confirmation says "Herinneringen:").
      const isReminder = /Herinnering · /;
      await leader.cards().filter({ hasText: isReminder }).filter({ hasText: meeting.title }).first().waitFor({ timeout: Math.max(0, meeting.reminderDue - Date.now()) + 60_000 });
      // From here on by position: the card's text changes when it is refreshed in place.
      const index = (await leader.cards().allInnerTexts()).findLastIndex((t) => isReminder.test(t) && t.includes(meeting.title));
      const reminder = leader.card(index);
      expect(await Chat.title(reminder)).toBe(meeting.title);
      expect(await text(reminder)).toContain('Nog niemand heeft geantwoord.');
      const count = await leader.cardCount();

      // Two updates race here: the card for everyone (the bot updates the message) and the clicker's own card
      // (the Action.Execute answer, with "Uw antwoord"). Either may arrive last; the counts are in both.
      await reminder.getByRole('button', { name: 'Ik kom', exact: true }).click();
      await expect.poll(() => text(reminder)).toContain('1 komt · 0 kunnen niet · 0 misschien');
      await reminder.getByRole('button', { name: 'Misschien', exact: true }).click();
      await expect.poll(() => text(reminder)).toContain('0 komen · 0 kunnen niet · 1 misschien');
      expect(await Chat.title(reminder)).toBe(meeting.title);
      expect(await leader.cardCount()).toBe(count);
    },
    { timeout: 180_000 },
  );
});

// ------------------------------------------------------------------------------------------------------------
describe('inzichten: what the leader learns from questions without an answer', () => {
  j('a professional asks something the bot cannot answer; the leader sees it without the place name', async () => {
    await professional.openConversation(PERSONAL_CHAT);
    const [noAnswer] = await professional.ask('Wat wordt het weer morgen in Hilversum?');
    expect(await text(noAnswer!)).toMatch(/geen goed antwoord/i);
    await leader.openConversation(PERSONAL_CHAT);
    const [insights] = await leader.ask('inzichten');
    expect(await Chat.title(insights!)).toBe('Inzichten');
    const t = await text(insights!);
    expect(t).toContain('Vragen zonder antwoord');
    expect(t).toContain('weer morgen');
    expect(t).not.toContain('Hilversum');
    expect(await Chat.buttonNames(insights!)).toContain('Vernieuwen');
    // The professional cannot open it.
    await professional.expectNewText('Dit kan alleen de projectleider', () => professional.send('inzichten'));
  });
});

// ------------------------------------------------------------------------------------------------------------
describe('asking an expert', () => {
  const question = 'Hoe lang mag een school het verslag van een gesprek over zorgen om een leerling bewaren?';
  const answer = 'Zo lang als nodig is voor de zorg, en daarna niet langer.\n1. Bewaar het in het leerlingdossier\n2. Vraag de aandachtsfunctionaris bij twijfel';

  j(
    'a professional asks an expert; the expert (the leader) picks it up and answers in the experts\u2019 channel; the professional gets the answer',
    async () => {
      // The Playground tenant has the experts' channel, linked to the experts' group (seeded as by `npm run playground`).
      // The leader's first visit adds the app there (the welcome card), so the bot writes to this channel in the
      // leader's window from now on (the professional's window had it before: "installing the app" above).
      await leader.openConversation(EXPERTS_CHANNEL);

      // The professional asks from the personal chat, with the form.
      await professional.openConversation(PERSONAL_CHAT);
      const [form] = await professional.ask(`vraag een expert ${question}`);
      expect(await Chat.title(form!)).toBe('Vraag het een expert');
      expect(await form!.getByRole('textbox', { name: 'Uw vraag' }).inputValue()).toBe(question);
      expect(await text(form!)).toContain('Typ geen namen, geboortedata, adressen, BSN');
      expect(await form!.getByRole('checkbox', { name: 'De expert mag mijn naam zien' }).isChecked()).toBe(true);
      const inChannel = await leader.cardCount();
      await form!.getByRole('button', { name: 'Versturen' }).click();
      await expect.poll(() => text(form!)).toMatch(/Uw vraag is doorgestuurd \(nummer \d+\)/);
      const number = /nummer (\d+)/.exec(await text(form!))?.[1];

      // The ticket arrives in the experts' channel as a new post (found by its heading: posts are not in time order).
      const ticket = leader.cards().filter({ has: leader.page.getByRole('heading', { name: `Vraag ${number} voor de experts`, exact: true }) });
      await ticket.waitFor();
      expect(await text(ticket)).toContain(question);
      expect(await text(ticket)).toContain(`Door ${stack.professionalName}`);
      expect(await text(ticket)).toContain('Status nieuw');
      expect(await Chat.buttonNames(ticket)).toEqual(expect.arrayContaining(['Ik pak dit op', 'Beantwoorden', 'Sluiten zonder antwoord']));

      // Every member of the team is an expert: in the Playground the roster (paged team members, read from its
      // connector) is everyone in the tenant, so the professional, no leader, may list the open questions too.
      const [open] = await professional.ask('tickets');
      expect(await Chat.title(open!)).toBe('Open vragen voor de experts');
      expect(await text(open!)).toContain(`Vraag ${number}`);

      // Picked up: the card changes in place.
      await ticket.getByRole('button', { name: 'Ik pak dit op', exact: true }).click();
      await expect.poll(() => text(ticket)).toContain(`Status opgepakt door ${stack.leaderName}`);
      expect(await Chat.buttonNames(ticket)).not.toContain('Ik pak dit op');

      // Answered with the form behind Beantwoorden.
      const asker = await professional.cardCount();
      await ticket.getByRole('button', { name: 'Beantwoorden', exact: true }).click();
      await ticket.getByRole('textbox', { name: 'Antwoord' }).fill(answer);
      await ticket.getByRole('textbox', { name: 'Bron (niet verplicht)' }).fill('Meldcode, stap 1');
      await ticket.getByRole('button', { name: 'Antwoord versturen', exact: true }).click();
      await expect.poll(() => text(ticket)).toContain(`Status beantwoord door ${stack.leaderName}`);
      expect(await Chat.buttonNames(ticket)).not.toContain('Beantwoorden');
      expect(await leader.cardCount()).toBe(inChannel + 1);

      // The professional sees the answer in the personal chat, with the list and the source.
      const [received] = await professional.newCards(asker);
      expect(await Chat.title(received!)).toBe('Antwoord van een expert');
      const t = await text(received!);
      expect(t).toContain(`Uw vraag (nummer ${number})`);
      expect(t).toContain(question);
      expect(t).toContain('Zo lang als nodig is voor de zorg');
      expect((await received!.locator('li').allInnerTexts()).map((x) => x.trim())).toEqual(['Bewaar het in het leerlingdossier', 'Vraag de aandachtsfunctionaris bij twijfel']);
      expect(t).toContain('Bron: Meldcode, stap 1');
      expect(t).toContain(`Beantwoord door ${stack.leaderName}`);
      await received!.getByRole('button', { name: '👍 Ja, nuttig' }).click();
      await expect.poll(() => text(received!)).toContain('Bedankt voor uw reactie');
    },
    { timeout: 120_000 },
  );
});

// ------------------------------------------------------------------------------------------------------------
describe('accessibility', () => {
  j('a question that does not say who is at risk gets one clarifying question, a tap gives the answer; thanks gets a short reply', async () => {
    const [question] = await professional.ask('hoe herken ik psychische mishandeling');
    expect(await text(question!)).toContain('Over wie maakt u zich zorgen?');
    const buttons = await Chat.buttonNames(question!);
    expect(buttons).toContain('Een kind');
    expect(buttons).toContain('Iemand anders');
    const before = await professional.cardCount();
    await question!.getByRole('button', { name: 'Een kind', exact: true }).click();
    const [answer] = await professional.newCards(before);
    const title = await Chat.title(answer!);
    const shown = knowledge.entries.find((e) => e.title === title);
    expect(shown?.facets?.subjects, `the answer "${title}" is about a child`).toContain('kind');
    await professional.page.screenshot({ path: 'test-results/clarify-journey.png' });
    const cards = await professional.cardCount();
    await professional.expectNewText('Graag gedaan', () => professional.send('dank je wel!'));
    expect(await professional.cardCount()).toBe(cards);
  });

  j('every button the bot showed carries words, not only an emoji or a sign', async () => {
    const offenders: string[] = [];
    let checked = 0;
    for (const chat of chats()) {
      for (const conversation of [...new Set([PERSONAL_CHAT, GROUP_CHAT, CHANNEL, EXPERTS_CHANNEL])]) {
        await chat.openConversation(conversation);
        for (const name of await Chat.buttonNames(chat.page.locator('.ac-adaptiveCard'))) {
          checked++;
          if (!hasWords(name)) offenders.push(`${chat.who} / ${conversation}: "${name}"`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
