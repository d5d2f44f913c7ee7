// The package's own name, version and page, read once from package.json (dist/cli → the root), so
// that --version, SARIF and links never drift from what npm publishes.
import { readFileSync } from 'node:fs';

interface PackageInfo {
  name: string;
  version: string;
  homepage: string;
}

export const PACKAGE: PackageInfo = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageInfo;
