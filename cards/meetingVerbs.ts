/** Card verbs of meetings and groups. Execute = changes state and refreshes the card; Submit = navigation. */
export const MEETING_VERBS = {
  /** Execute, leader: save the meeting form (new or changed). */
  save: 'meeting.save',
  /** Submit, leader: post an empty meeting form. */
  create: 'meeting.new',
  /** Submit: post a meeting card. */
  show: 'meeting.show',
  /** Execute: the meeting card for this person (also the card's refresh action). */
  view: 'meeting.view',
  /** Execute: answer Ik kom / Ik kan niet / Misschien. */
  rsvp: 'meeting.rsvp',
  /** Execute, leader: the edit form in place of the card. */
  edit: 'meeting.edit',
  /** Execute, leader: ask to confirm a cancellation. */
  cancelAsk: 'meeting.cancelAsk',
  /** Execute, leader: cancel. */
  cancel: 'meeting.cancel',
  /** Execute, leader: who answered what. */
  attendees: 'meeting.attendees',
  /** Submit: post the list of upcoming meetings. */
  list: 'meeting.list',
  /** Execute, leader: close a new-meeting form without saving (Annuleren). */
  closeForm: 'meeting.closeForm',
} as const;

export const GROUP_VERBS = {
  /** Submit: post the group list. */
  list: 'group.list',
  /** Execute: the group list in place (after a form, "Terug"). */
  view: 'group.view',
  /** Execute, leader: new group form. */
  create: 'group.new',
  /** Execute, leader: edit form. */
  edit: 'group.edit',
  /** Execute, leader: save the form. */
  save: 'group.save',
  /** Execute, leader: ask to confirm deleting. */
  removeAsk: 'group.deleteAsk',
  /** Execute, leader: delete. */
  remove: 'group.delete',
  /** Execute: follow / unfollow in the personal chat. */
  follow: 'group.follow',
  unfollow: 'group.unfollow',
  /** Execute, leader: link / unlink this channel or group chat. */
  link: 'group.link',
  unlink: 'group.unlink',
} as const;
