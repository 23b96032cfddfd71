/** The name of a command group as the palette and the help overlay show it. */
const GROUP_NAME: Readonly<Record<string, string>> = {
  add: 'Add',
  edit: 'Edit',
  history: 'History',
  view: 'View',
  file: 'File',
  workshop: 'Workshop',
};

export const groupName = (group: string): string =>
  GROUP_NAME[group] ?? group.charAt(0).toUpperCase() + group.slice(1);

/** "Ctrl+Shift+Z" → ["Ctrl", "Shift", "Z"]: one key cap each. */
export const shortcutKeys = (shortcut: string): string[] => (shortcut === '+' ? ['+'] : shortcut.split('+'));
