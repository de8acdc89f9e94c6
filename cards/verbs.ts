/** Submit verbs shared by several cards. */
export const HELP_VERB = 'nav.help';
