/**
 * The numbers shown before anything else when a message signals danger. Sources: shared/domain/facts.md
 * (112, Veilig Thuis 0800-2000 24/7 [AUG-VT] and the regional site [VTGV], Slachtofferhulp 0900-0101 [SHN], Centrum Seksueel Geweld
 * 0800-0188 [CSG], Kindertelefoon 0800-0432 [KT]) and 113 Zelfmoordpreventie (0800-0113, free, 24/7).
 */
export interface Helpline {
  readonly name: string;
  readonly phone: string;
  readonly when: string;
  readonly url?: string;
}

export const HELPLINES = {
  emergency: { name: 'Alarmnummer', phone: '112', when: 'bij direct gevaar, altijd' },
  veiligThuis: { name: 'Veilig Thuis', phone: '0800-2000', when: 'gratis, 24 uur per dag, 7 dagen per week', url: 'https://www.veiligthuisgv.nl' },
  suicide: { name: '113 Zelfmoordpreventie', phone: '0800-0113', when: 'gratis, 24 uur per dag', url: 'https://www.113.nl' },
  police: { name: 'Politie (geen spoed)', phone: '0900-8844', when: 'als er geen direct gevaar is' },
  victimSupport: { name: 'Slachtofferhulp Nederland', phone: '0900-0101', when: 'steun na geweld', url: 'https://www.slachtofferhulp.nl' },
  sexualViolence: { name: 'Centrum Seksueel Geweld', phone: '0800-0188', when: 'gratis, 24/7, liefst binnen 7 dagen', url: 'https://centrumseksueelgeweld.nl' },
  childHelpline: { name: 'Kindertelefoon', phone: '0800-0432', when: 'gratis en anoniem, voor kinderen', url: 'https://www.kindertelefoon.nl' },
} as const satisfies Record<string, Helpline>;

/** `tel:` URI for a Dutch number as we write it ("0800-2000" -> "tel:08002000"). */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
