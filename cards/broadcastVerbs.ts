/** Card verbs of broadcasts. Execute = changes state and refreshes the card in place; Submit = navigation. */
export const BROADCAST_VERBS = {
  /** Submit, leader: post an empty compose form. */
  compose: 'broadcast.new',
  /** Execute, leader: check the form; the preview (or the form with problems) replaces it. */
  preview: 'broadcast.preview',
  /** Execute, leader: the form again, filled in, in place of the preview. */
  edit: 'broadcast.edit',
  /** Execute, leader: send (or offer for approval, or schedule); the report replaces the preview. */
  confirm: 'broadcast.confirm',
  /** Execute, leader: throw the draft away. */
  discard: 'broadcast.discard',
  /** Execute, another leader: approve / reject from the approval card. */
  approve: 'broadcast.approve',
  reject: 'broadcast.reject',
  /** Execute, leader: stop a broadcast that is scheduled, waiting for approval or sending. */
  cancel: 'broadcast.cancel',
  /** Execute, leader: send again to the recipients that failed (only those). */
  resend: 'broadcast.resend',
  /** Execute, leader: the report card with fresh numbers. */
  refresh: 'broadcast.refresh',
  /** Submit, leader: post the details card (failures by reason). */
  details: 'broadcast.details',
  /** Submit, leader: post the overview of recent updates. */
  overview: 'broadcast.overview',
} as const;
