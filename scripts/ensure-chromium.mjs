// Makes sure a Chromium exists for the story tests (run by `npm test`); installs one if missing.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

// CI has no stdin: keep apt from prompting.
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

let found = findChromium();
if (!found) {
  if (process.platform === 'linux' && process.getuid?.() === 0 && hasAptGet()) {
    console.log('Chromium not found: installing it with apt-get ...');
    // Debian's package; Playwright's browser download is not reachable from every network.
    if (run('apt-get', ['update'])) {
      run('apt-get', ['install', '-y', 'chromium']);
    }
  } else {
    console.log('Chromium not found: running `npx playwright install chromium` ...');
    run('npx', ['playwright', 'install', 'chromium']);
  }
  found = findChromium();
}

if (!found) {
  console.error(
    'Install Chromium: `sudo apt-get install -y chromium` on Debian/Ubuntu, ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH=/path/to/chrome',
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
