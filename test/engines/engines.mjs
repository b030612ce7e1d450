// The three engines applicants use, each behind the same small interface, from Debian's packages
// (browsers cannot be downloaded here, toolchain.md):
//   chromium  Debian's Chromium, puppeteer-core over CDP
//   firefox   Debian's Firefox ESR, puppeteer-core over WebDriver BiDi (no geckodriver)
//   webkit    Debian's WebKitGTK MiniBrowser, selenium-webdriver over WebKitWebDriver, under Xvfb
// An engine page only navigates, evaluates an expression, clicks at a point, presses keys, sets
// its viewport's size and takes a screenshot of that viewport; everything else happens in the
// page (page/probe.js) or in run.mjs, the same in every engine.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { Builder, Key } from 'selenium-webdriver';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const engineNames = ['chromium', 'firefox', 'webkit'];

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** Ports of this suite's WebKitWebDriver, and the X display it starts when none is given. */
const webkitDriverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? 8191);
const xDisplay = process.env.VL_XVFB_DISPLAY ?? ':99';

export function launchEngine(name) {
  if (name === 'chromium') return launchPuppeteer('chromium');
  if (name === 'firefox') return launchPuppeteer('firefox');
  if (name === 'webkit') return launchWebKit();
  throw new Error(`unknown engine "${name}" (one of ${engineNames.join(', ')})`);
}

/** What puppeteer's keyboard calls the keys the suite presses. */
const puppeteerKeys = { Enter: 'Enter', Space: ' ', Tab: 'Tab' };

async function launchPuppeteer(name) {
  const browser = await puppeteer.launch(
    name === 'firefox'
      ? {
          browser: 'firefox',
          executablePath: firefoxPath,
          headless: true,
          // Quiet: no update checks, telemetry or remote settings knocking on closed hosts.
          extraPrefsFirefox: {
            'app.update.enabled': false,
            'browser.region.network.url': '',
            'datareporting.policy.dataSubmissionEnabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
          },
        }
      : { browser: 'chrome', executablePath: chromiumPath, headless: true, args: chromiumArgs },
  );
  const version = await browser.version();
  return {
    name,
    version: name === 'firefox' ? `Firefox ESR ${version.replace(/^firefox\//i, '')}` : version,
    async newPage({ width, height }) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        run: (expression) => page.evaluate(expression),
        click: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(puppeteerKeys[key] ?? key),
        type: (text) => page.keyboard.type(text),
        resize: (w, h) => page.setViewport({ width: w, height: h }),
        screenshot: async (path) => writeFileSync(path, await page.screenshot()),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Xvfb on the given display, unless an X server already serves it (then it is left alone). */
async function ensureDisplay() {
  const number = xDisplay.replace(/^:/, '').split('.')[0];
  if (existsSync(`/tmp/.X11-unix/X${number}`)) return { display: xDisplay, stop: () => {} };
  // Tall enough for a full-page screenshot of the longest widget at 375 px.
  const xvfb = spawn('Xvfb', [xDisplay, '-screen', '0', '1400x12000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${number}`); i++) await sleep(50);
  return { display: xDisplay, stop: () => xvfb.kill() };
}

async function launchWebKit() {
  const x = await ensureDisplay();
  const driverProcess = spawn(webkitDriverPath, [`--port=${webkitDriverPort}`, '--host=127.0.0.1'], {
    // gtk.css lets the window shrink to a phone's width (MiniBrowser's toolbar would keep it wider).
    env: { ...process.env, DISPLAY: x.display, XDG_CONFIG_HOME: fileURLToPath(new URL('webkit-gtk', import.meta.url)) },
    stdio: 'ignore',
  });
  const stop = () => {
    driverProcess.kill();
    x.stop();
  };
  try {
    const server = `http://127.0.0.1:${webkitDriverPort}`;
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`${server}/status`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await sleep(50);
    }
    const driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      })
      .build();
    const caps = await driver.getCapabilities();
    const version = `WebKitGTK ${caps.get('browserVersion')} (MiniBrowser)`;
    const keys = { Enter: Key.ENTER, Space: Key.SPACE, Tab: Key.TAB };
    const run = (expression) => driver.executeScript(`return ${expression}`);
    return {
      name: 'webkit',
      version,
      // WebKitWebDriver drives one window: pages are opened one after the other in it.
      async newPage({ width, height }) {
        await resizeViewport(driver, width, height);
        return {
          goto: (url) => driver.get(url),
          run,
          click: (x, y) => driver.actions().move({ x, y, origin: 'viewport' }).click().perform(),
          press: (key) =>
            driver
              .actions()
              .sendKeys(keys[key] ?? key)
              .perform(),
          type: (text) => driver.actions().sendKeys(text).perform(),
          resize: (w, h) => resizeViewport(driver, w, h),
          screenshot: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64')),
          close: () => driver.get('about:blank'),
        };
      },
      async close() {
        await driver.quit().catch(() => {});
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Sizes the window so that the page's viewport (innerWidth × innerHeight) is what was asked. */
async function resizeViewport(driver, width, height) {
  const window = driver.manage().window();
  const [dw, dh] = await driver.executeScript('return [outerWidth - innerWidth, outerHeight - innerHeight]');
  await window.setRect({ width: width + dw, height: height + dh });
}
