const CHECK_DATE_LINE = /^date_verification:.*$/m;

/**
 * Writes `date_verification: <date>` into a sitothèque YAML file's text, replacing the line if
 * there is one, else appending it. Works on the text so that comments and quoting stay as editors wrote them.
 */
export function updateCheckDate(text: string, isoDate: string): string {
  const line = `date_verification: ${isoDate}`;
  if (CHECK_DATE_LINE.test(text)) return text.replace(CHECK_DATE_LINE, line);
  return `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${line}\n`;
}
