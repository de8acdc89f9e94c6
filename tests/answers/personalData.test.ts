import { describe, expect, it } from 'vitest';
import { detectPersonalData, isValidBsn, PUBLISHED_NUMBERS } from '../../bot/answers/personalData.ts';

describe('isValidBsn (11-proef)', () => {
  it.each(['111222333', '123456782', '1112.22.333', '111 222 333'])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });
  it.each(['123456789', '111222334', '000000000', '12345678', '1234567890'])('rejects %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });
});

describe('detectPersonalData', () => {
  const cases: ReadonlyArray<readonly [string, string[], string]> = [
    ['BSN 111222333 van het kind', ['bsn'], 'BSN [bsn] van het kind'],
    ['bsn 1112.22.333', ['bsn'], 'bsn [bsn]'],
    ['nummer 123456789 is geen bsn', [], 'nummer 123456789 is geen bsn'],
    ['bel de moeder op 06-12345678', ['phone'], 'bel de moeder op [phone]'],
    ['zijn nummer is +31 6 1234 5678', ['phone'], 'zijn nummer is [phone]'],
    ['school: 035 123 45 67', ['phone'], 'school: [phone]'],
    ['mail j.jansen@school.nl even', ['email'], 'mail [email] even'],
    ['ze woont op 1234 AB 12', ['postcode-huisnummer'], 'ze woont op [postcode-huisnummer]'],
    ['adres 1234ab', ['postcode-huisnummer'], 'adres [postcode-huisnummer]'],
    ['geboren op 12-03-2015', ['geboortedatum'], 'geboren op [geboortedatum]'],
    ['het kind (12 maart 2015) zegt', ['geboortedatum'], 'het kind ([geboortedatum]) zegt'],
    ['leerling Mohammed B. wordt geslagen', ['naam'], 'leerling [naam] wordt geslagen'],
    ['mijn cliënt Sanne de Vries vertelde', ['naam'], 'mijn cliënt [naam] vertelde'],
    ['de moeder, mevrouw Jansen, belde', ['naam'], 'de moeder, mevrouw [naam], belde'],
    ['Dhr. van den Berg is de vader', ['naam'], 'Dhr. [naam] is de vader'],
  ];
  it.each(cases)('finds personal data in "%s"', (text, kinds, redacted) => {
    expect(detectPersonalData(text)).toEqual({ kinds, redacted });
  });

  it('does not redact the help numbers we publish', () => {
    const text = 'Bel 112, Veilig Thuis 0800-2000, 113 of 0800-0113, of de politie 0900-8844.';
    expect(detectPersonalData(text)).toEqual({ kinds: [], redacted: text });
    for (const n of ['112', '113', '08002000', '08000113', '09008844']) expect(PUBLISHED_NUMBERS.has(n)).toBe(true);
  });

  it.each([
    'Kan ik Veilig Thuis bellen over een leerling?',
    'Wat doet Regio Gooi en Vechtstreek aan ouderenmishandeling?',
    'Is Veilig Thuis op zondag en in december bereikbaar?',
    'Wat veranderde er sinds 1 januari 2019 in de meldcode?',
    'Hoeveel meldingen waren er in 2019 en 2020?',
    'De vader Ik weet het niet',
    'Mijn collega op school vraagt wat stap 3 is',
    'Wat zegt artikel 5.2.6 Wmo over het meldrecht?',
  ])('leaves "%s" alone', (text) => {
    expect(detectPersonalData(text)).toEqual({ kinds: [], redacted: text });
  });

  it('reports every kind once, in a fixed order', () => {
    const r = detectPersonalData('Leerling Sanne (geb. 01-02-2014), BSN 111222333, moeder 0612345678 / a@b.nl, 1234 AB 5');
    expect(r.kinds).toEqual(['bsn', 'phone', 'email', 'postcode-huisnummer', 'geboortedatum', 'naam']);
    expect(r.redacted).not.toMatch(/Sanne|111222333|0612345678|a@b\.nl|1234 AB|2014/);
  });
});
