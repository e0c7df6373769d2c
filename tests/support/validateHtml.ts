import { relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { htmlFiles } from './crawlLinks.ts';

/** One html-validate error in one built file. */
export interface HtmlError {
  /** Path of the file inside the build, e.g. `points-etape/index.html`. */
  file: string;
  line: number;
  rule: string;
  message: string;
}

/** Formats an error as the gate prints it: `file:line: rule: message`. */
export function formatHtmlError({ file, line, rule, message }: HtmlError): string {
  return `${file}:${line}: ${rule}: ${message}`;
}

/** Validates every HTML file of a build with the project's configuration (.htmlvalidate.mjs). */
export async function validateBuiltHtml(outDir: string): Promise<{ files: number; errors: HtmlError[] }> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = htmlFiles(outDir);
  const errors: HtmlError[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push({
          file: relative(outDir, file),
          line: message.line,
          rule: message.ruleId,
          message: message.message,
        });
      }
    }
  }
  return { files: files.length, errors };
}
