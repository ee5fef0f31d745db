// Hands a file to the browser as a download.

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  // Clicked without joining the document: an open Fluent dialog's focus trap cancels every click
  // that lands outside it (document.body is outside), and then no file comes.
  link.click();
  // Some browsers read the URL after click() returns: revoke it a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
