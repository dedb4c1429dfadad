/** Reading ink source line by line as the compiler sees it: without its comments. */

export interface InkSourceLine {
  /** 1-based. */
  line: number;
  /** The line without `//` and `/* … *\/` comments; blank lines are left out. */
  text: string;
}

export function inkSourceLines(source: string): InkSourceLine[] {
  const lines: InkSourceLine[] = [];
  let inBlockComment = false;
  source.split(/\r?\n/).forEach((raw, index) => {
    let text = raw;
    if (inBlockComment) {
      const end = text.indexOf('*/');
      if (end === -1) return;
      text = text.slice(end + 2);
      inBlockComment = false;
    }
    text = text.replace(/\/\*.*?\*\//g, '');
    const open = text.indexOf('/*');
    if (open !== -1) {
      text = text.slice(0, open);
      inBlockComment = true;
    }
    // `//` after a colon is a URL's, not a comment (ink treats it the same way).
    text = text.replace(/(^|[^\\:])\/\/.*$/, '$1');
    if (text.trim()) lines.push({ line: index + 1, text });
  });
  return lines;
}
