/** Who may do what: the project leaders (Azure AD object ids from PROJECT_LEADERS) and the one refusal they share. */

/** The polite refusal for anyone who is not a project leader; nothing was changed. */
export const leaderOnlyText = 'Dit kan alleen de projectleider. Er is niets veranderd.';

/** Whether this Azure AD object id belongs to a project leader. A missing id (Emulator, a bot) is never one. */
export function isProjectLeader(leaders: ReadonlySet<string> | readonly string[], aadObjectId: string | undefined): boolean {
  if (aadObjectId === undefined) return false;
  return Array.isArray(leaders) ? leaders.includes(aadObjectId) : (leaders as ReadonlySet<string>).has(aadObjectId);
}
