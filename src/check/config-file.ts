// Finding and reading `.plansrc.json`: the nearest one from the working folder up to the root, or
// the file `--config` names. Errors name the file.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, parseConfig, type CheckConfig } from './config.js';

export const CONFIG_NAME = '.plansrc.json';

export function findConfigFile(startFolder: string): string | null {
  for (let folder = resolve(startFolder); ; folder = dirname(folder)) {
    const candidate = join(folder, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return null;
  }
}

export async function loadConfigFile(path: string): Promise<CheckConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return parseConfig(JSON.parse(text));
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message}`);
  }
}
