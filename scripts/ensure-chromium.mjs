// Makes sure a Chromium and the fonts of every shipped script (CJK, Hangul, Thai, Arabic) exist for the story tests (run by `npm test`); installs what is
// missing. On Debian as root: `apt-get install --no-install-recommends` of only the missing packages
// (nothing else is upgraded), apt's output goes to a log file, and this prints one line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';

const LOG_DIR = join(import.meta.dirname, '..', 'node_modules', '.cache');
const LOG = join(LOG_DIR, 'ensure-chromium.log');

// CI has no stdin: keep apt from prompting.
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const quiet = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore', env }).status === 0;
const canApt = process.platform === 'linux' && process.getuid?.() === 0 && quiet('sh', ['-c', 'command -v apt-get']);
const installed = (pkg) => String(spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { env }).stdout).includes('install ok installed');

function aptInstall(packages) {
  mkdirSync(LOG_DIR, { recursive: true });
  const fd = openSync(LOG, 'a');
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', fd, fd], env }).status === 0;
  // --no-upgrade: a package that is already installed stays at its version.
  const ok = run(['update']) && run(['install', '-y', '--no-install-recommends', '--no-upgrade', ...packages]);
  closeSync(fd);
  return ok;
}

const missing = [];
if (!findChromium()) missing.push('chromium');
// Chinese, Japanese and Korean (fonts-noto-cjk), Thai and Arabic (fonts-noto-core) render as empty boxes in
// Debian's Chromium without these fonts, and the screenshots of those locales would not read.
for (const fonts of ['fonts-noto-cjk', 'fonts-noto-core']) if (canApt && !installed(fonts)) missing.push(fonts);

if (missing.length > 0) {
  if (canApt) {
    if (!aptInstall(missing)) console.error(`apt-get install ${missing.join(' ')} failed; see ${LOG}`);
  } else if (missing.includes('chromium')) {
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  }
}

const found = findChromium();
if (!found) {
  console.error(
    'Install Chromium: `sudo apt-get install -y --no-install-recommends chromium` on Debian/Ubuntu, ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH=/path/to/chrome',
  );
  process.exit(1);
}
const note = missing.length > 0 ? ` (installed ${missing.join(', ')}${canApt ? `; apt log: ${LOG}` : ''})` : '';
console.log(`Chromium: ${found}${note}`);
