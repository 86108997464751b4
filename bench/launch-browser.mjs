// Launches a browser for the bench, the scan bench and the soak (puppeteer-core), with its log
// drained: puppeteer reads the browser's stderr only until it has connected, and a pipe nobody
// reads fills and blocks the browser (it held the soak's memory sample to a 60 s timeout).
import puppeteer from 'puppeteer-core';

/** `puppeteer.launch(options)`, with the browser's stdout and stderr read and dropped. */
export async function launchBrowser(options) {
  const browser = await puppeteer.launch(options);
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) stream?.resume();
  return browser;
}
