/*
 * Handing a file to the user: the one download helper of the app (exports, the brief, the library's
 * saved texts, and the store's host: src/ui/shared/browserHost.ts).
 */

/** Saves what `href` points at (a data: or blob: URL) as a file, through a temporary link. */
export function downloadUrl(fileName: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves text as a file. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
