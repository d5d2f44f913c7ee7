// Command-line arguments → the list of inputs: files as given, folders searched recursively for
// plans in every format `plans` reads, globs expanded, and `-` for standard input. fast-glob is
// loaded only when needed.
import { lstat, stat } from 'node:fs/promises';

/** What a folder yields: plain texts, saved web pages, Word documents, PDFs. */
export const PLAN_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'pdf'];
/** ".txt .md .html .htm .docx .pdf", for help and messages. */
export const PLAN_EXTENSION_LIST = PLAN_EXTENSIONS.map((e) => `.${e}`).join(' ');

export interface InputRef {
  /** The path as the user gave it (or as found under a folder), '/' separators; '-' for stdin. */
  path: string;
  /** Named on the command line itself, not found in a folder or by a glob. */
  named?: true;
}

export interface Discovery {
  inputs: InputRef[];
  /** Arguments that name nothing (no such file, a glob that matches none): each is reported. */
  missing: string[];
  /** Folders that hold no file of the extensions asked for. */
  empty: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;
const WINDOWS = process.platform === 'win32';

export async function discoverInputs(args: string[], extensions = PLAN_EXTENSIONS): Promise<Discovery> {
  const inputs: InputRef[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, named = false) => {
    // Windows writes "\" between folders; elsewhere "\" is a letter a file name may hold.
    const path = WINDOWS ? p.replace(/\\/g, '/') : p;
    if (!seen.has(path)) {
      seen.add(path);
      inputs.push(named ? { path, named } : { path });
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-', true);
      continue;
    }
    // lstat when stat fails: a dangling or looping symbolic link is still an input, reported by the reader.
    const info = await stat(arg).catch(() => lstat(arg).catch(() => null));
    // A FIFO or device named outright is passed on, for the reader to refuse with its reason.
    if (info && !info.isDirectory()) {
      add(arg, true);
    } else if (info?.isDirectory()) {
      // "plans/" → "plans"; the lookbehind starts a match only at the first of the trailing slashes.
      const base = WINDOWS ? arg.replace(/(?<![\\/])[\\/]+$/, '') : arg.replace(/(?<!\/)\/+$/, '');
      const found = await glob(`**/*.{${extensions.join(',')}}`, base);
      if (found.length === 0) empty.push(arg);
      found.sort((a, b) => a.localeCompare(b));
      for (const f of found) add(`${base}/${f}`);
    } else if (GLOB_CHARS.test(arg)) {
      const found = await glob(arg, undefined);
      if (found.length === 0) missing.push(arg);
      found.sort((a, b) => a.localeCompare(b));
      for (const f of found) add(f);
    } else {
      missing.push(arg);
    }
  }
  return { inputs, missing, empty };
}

/**
 * Nothing to do: no argument named a file to read. One line, as ESLint says it ("No files matching
 * the pattern … were found"), for a usage error (exit 2).
 */
export function nothingFound(args: string[], kinds = PLAN_EXTENSION_LIST): string {
  return `no files matching ${args.map((a) => JSON.stringify(a)).join(', ')} were found (read: ${kinds}); check the paths`;
}

async function glob(pattern: string, cwd: string | undefined): Promise<string[]> {
  const { default: fg } = await import('fast-glob');
  // followSymbolicLinks: false keeps a symlink loop from running forever.
  return fg(pattern, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false, caseSensitiveMatch: false });
}
