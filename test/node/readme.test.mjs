// The README agrees with the code: its examples are the files CI compiles and runs, and its
// tables name every attribute, event, CSS part and custom property in custom-elements.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('every example that names a file under test/ is that file, verbatim (or part of it)', () => {
  const header = /```\w+\n(?:\/\/ |<!-- )(test\/[^\s]+)( \(excerpt\))?(?: -->)?\n([\s\S]*?)```/g;
  const examples = [...readme.matchAll(header)];
  assert.ok(examples.length >= 7, `found ${examples.length} checked examples`);
  for (const [, path, excerpt, code] of examples) {
    const file = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    if (excerpt) assert.ok(file.includes(code.trim()), `${path} does not contain its README excerpt`);
    else assert.equal(code.trim(), file.trim(), `${path} differs from its README example`);
  }
});

test('the README tables cover the manifest', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'wx-camera');
  assert.ok(element, 'custom-elements.json declares wx-camera');
  const names = [
    ...element.attributes.map((a) => a.name),
    ...element.events.map((e) => e.name),
    ...(element.cssParts ?? []).map((p) => `::part(${p.name})`),
    ...(element.cssProperties ?? []).map((p) => p.name),
  ];
  const rows = readme.split('\n').filter((line) => line.startsWith('|'));
  for (const name of names) {
    assert.ok(rows.some((row) => row.includes(`\`${name}\``)), `README tables do not mention \`${name}\``);
  }
});
