/** The name a downloaded data file gets. */
export const CSV_FILE_NAME = "loss-space-data.csv";

/** downloadText(text, filename, type) hands the text to the browser as a file to save. Browser only. */
export function downloadText(text: string, filename: string, type = "text/csv"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
