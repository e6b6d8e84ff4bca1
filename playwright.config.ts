import { defineConfig } from '@playwright/test';

/** Debian's Chromium, never a downloaded one; flags keep it off the network this machine does not have. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export default defineConfig({
  timeout: 90_000,
  expect: { timeout: 20_000 },
  // One host and its ffmpeg processes at a time: the machine has two cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list'], ['./test/skip-reasons-reporter.ts']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
      },
    },
    { name: 'electron', testDir: 'test/electron-e2e' },
  ],
});
