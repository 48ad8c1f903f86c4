// Renders the PNG icons of the web manifest from static/icons/favicon.svg's drawing with
// Debian's chromium. Run by hand when the icon changes: `node tests/tools/make-icons.mjs`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const mark = (scale) => `
  <g transform="translate(${(64 - 64 * scale) / 2} ${(64 - 64 * scale) / 2}) scale(${scale})">
    <circle cx="32" cy="26" r="13" fill="none" stroke="#fff" stroke-width="6"/>
    <circle cx="32" cy="26" r="4" fill="#fff"/>
    <path d="M32 39v15M22 54h20" stroke="#fff" stroke-width="6" stroke-linecap="round"/>
  </g>`;
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1f5f5b"/>${mark(1)}</svg>`;
// Maskable: full-bleed background, the mark inside the central safe zone (80 %).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1f5f5b"/>${mark(0.7)}</svg>`;

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const page = await browser.newPage();
for (const [file, svg, size] of [
	['icon-192.png', rounded, 192],
	['icon-512.png', rounded, 512],
	['maskable-512.png', maskable, 512],
	['apple-touch-icon.png', maskable, 180]
]) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	await page.screenshot({ path: `static/icons/${file}`, omitBackground: true });
}
await browser.close();
console.log('icons written', readFileSync('static/icons/icon-512.png').length);
