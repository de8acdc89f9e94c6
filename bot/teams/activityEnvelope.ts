import { z } from 'zod';

/**
 * The shape an activity must have before botbuilder sees it. botbuilder trusts the body: a missing `type` makes
 * it throw (a 500), a missing `conversation` or `recipient` breaks a handler deep inside the turn, and a field
 * of the wrong type (`entities: "x"`) throws where it is used. So the HTTP edge checks the envelope of every
 * activity and answers 400 to anything that is not one; the fields a feature reads are parsed again there.
 * Loose objects: Teams adds fields over time, and those must pass.
 */
const id = z.string().min(1).max(1024);
const optionalText = (max: number) => z.string().max(max).nullish();

const account = z.looseObject({
  id,
  name: optionalText(1024),
  aadObjectId: optionalText(128),
  role: optionalText(64),
});

export const activityEnvelopeSchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: optionalText(1024),
  channelId: z.string().min(1).max(64),
  // Replies go here: in local mode (no authentication) this is the only check on it.
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id,
    conversationType: optionalText(64),
    tenantId: optionalText(128),
    name: optionalText(1024),
    isGroup: z.boolean().nullish(),
  }),
  text: z.string().nullish(),
  textFormat: optionalText(64),
  name: optionalText(256),
  action: optionalText(64),
  locale: optionalText(64),
  localTimezone: optionalText(128),
  timestamp: optionalText(64),
  localTimestamp: optionalText(64),
  replyToId: optionalText(1024),
  entities: z.array(z.looseObject({ type: z.string().max(256) })).max(100).nullish(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(50).nullish(),
  membersAdded: z.array(account).max(1000).nullish(),
  membersRemoved: z.array(account).max(1000).nullish(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: z.string().max(128) }).nullish(),
      team: z.looseObject({ id: optionalText(1024), name: optionalText(1024) }).nullish(),
      channel: z.looseObject({ id: optionalText(1024), name: optionalText(1024) }).nullish(),
      eventType: optionalText(128),
    })
    .nullish(),
});

export type ActivityEnvelopeCheck = { ok: true } | { ok: false; problem: string };

/** Checks a parsed request body; the problem names the first bad field (never its value). */
export function checkActivityEnvelope(body: unknown): ActivityEnvelopeCheck {
  const r = activityEnvelopeSchema.safeParse(body);
  if (r.success) return { ok: true };
  const issue = r.error.issues[0];
  return { ok: false, problem: `${issue?.path.join('.') || 'body'}: ${issue?.code ?? 'invalid'}` };
}
