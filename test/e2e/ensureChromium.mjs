// Makes sure the browser tests can run: Debian's chromium, and CJK fonts so Chinese screenshots read.
// Installs them with apt-get when run as root (as CI is); otherwise names the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPackage = (name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (existsSync('/usr/bin/dpkg') && !hasPackage('fonts-noto-cjk')) missing.push('fonts-noto-cjk');

if (missing.length === 0) process.exit(0);
const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  if (missing.includes('chromium')) {
    console.error(`The browser tests need Debian's Chromium. Install it with: sudo ${command}`);
    process.exit(1);
  }
  console.warn(`Chinese text in browser screenshots needs CJK fonts: sudo ${command}`);
  process.exit(0);
}
console.log(`Installing what the browser tests need: ${missing.join(', ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
