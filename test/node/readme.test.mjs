// The README agrees with the code: its examples are the files CI compiles and runs; its tables name
// every attribute, event, CSS part and custom property in custom-elements.json, give each attribute
// the values and default of its type, each event the fields of its detail (WxCameraEventDetails), and
// list every CameraContext method of src/types.ts with each option it takes and each result field.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import ts from 'typescript';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'wx-camera');

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

/** The rows of the README table whose header row starts with `| first |`, as arrays of cells. */
function tableRows(first) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  assert.ok(start >= 0, `README has a table headed "${first}"`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

/** The names written in backticks in a cell: `` `back`, `front` `` gives back, front. */
const codeIn = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map(([, code]) => code);

test('the attribute table gives each attribute the values and default of its type', () => {
  const rows = tableRows('attribute / property');
  assert.deepEqual(
    rows.map(([names]) => codeIn(names)[0]),
    element.attributes.map(({ name }) => name),
  );
  for (const attribute of element.attributes) {
    const [names, values, defaultValue] = rows.find(([cell]) => codeIn(cell)[0] === attribute.name);
    if (attribute.fieldName !== attribute.name) assert.deepEqual(codeIn(names), [attribute.name, attribute.fieldName]);
    const allowed = [...(attribute.parsedType ?? attribute.type).text.matchAll(/'([^']*)'/g)].map(([, value]) => value);
    assert.deepEqual(codeIn(values).toSorted(), allowed.toSorted(), `values of ${attribute.name}`);
    assert.equal(defaultValue, attribute.default ? `\`${attribute.default.replaceAll("'", '')}\`` : 'none', `default of ${attribute.name}`);
  }
});

// The public types, with TypeScript's checker: CameraContext and the options and results in
// src/types.ts, the event map in src/wx-camera.ts.
const sources = ['types.ts', 'wx-camera.ts', 'shared/camera-events.ts'].map((name) => new URL(`../../src/${name}`, import.meta.url).pathname);
const program = ts.createProgram(sources, {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  experimentalDecorators: true,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
});
const checker = program.getTypeChecker();

/** The type `name` declared (an interface or a type alias) in src/`file`. */
function declared(file, name) {
  const source = program.getSourceFile(sources.find((path) => path.endsWith(`/${file}`)));
  const node = source.statements.find((statement) => (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === name);
  assert.ok(node, `src/${file} declares ${name}`);
  return checker.getTypeAtLocation(node);
}

/** A type's fields, inherited ones included. */
const fieldsOf = (type) => checker.getPropertiesOfType(type).map((property) => property.name);
/** An option or result type's fields, without the callback trio and errMsg (every method has them). */
const fields = (type) => fieldsOf(type).filter((name) => !['success', 'fail', 'complete', 'errMsg'].includes(name));

/** The names in a cell's first `{ a, b }`. */
const braced = (cell) => cell.match(/\{([^}]*)\}/)[1].split(',').map((name) => name.trim()).filter(Boolean);

test('the method table lists every CameraContext method, its options and its result', () => {
  const rows = tableRows('method');
  const methods = checker.getPropertiesOfType(declared('types.ts', 'CameraContext'));
  assert.deepEqual(
    rows.map(([method]) => codeIn(method)[0].replace(/\(.*/, '')),
    methods.map((method) => method.name),
  );
  for (const method of methods) {
    const [, options, result] = rows.find(([cell]) => codeIn(cell)[0].startsWith(method.name));
    const signature = method.valueDeclaration;
    if (signature.typeParameters?.length) {
      // takePhoto<T extends TakePhotoOption>(option?: T): PromisifySuccessResult<T, TakePhotoSuccessCallbackResult>
      // The options cell names one option per `;`-separated part, first, in backticks.
      const written = options.split(';').map((part) => codeIn(part)[0]);
      const optionType = checker.getTypeFromTypeNode(signature.typeParameters[0].constraint);
      assert.deepEqual(written.toSorted(), fields(optionType).toSorted(), `${method.name}'s options`);
      assert.deepEqual(braced(result), fields(checker.getTypeFromTypeNode(signature.type.typeArguments[1])), `${method.name}'s result`);
    } else {
      // onCameraFrame(callback): the callback's argument is the frame.
      const callback = checker.getTypeFromTypeNode(signature.parameters[0].type);
      const frame = checker.getSignaturesOfType(callback, ts.SignatureKind.Call)[0].parameters[0];
      assert.deepEqual(braced(result), fields(checker.getTypeOfSymbol(frame)), `${method.name}'s frame`);
    }
  }
});

test('the event table gives each event of WxCameraEventMap the fields of its detail', () => {
  const rows = tableRows('event');
  // WxCameraEventMap maps each of these to CustomEvent<detail>: the details name the events.
  const events = checker.getPropertiesOfType(declared('shared/camera-events.ts', 'WxCameraEventDetails'));
  assert.deepEqual(rows.map(([event]) => codeIn(event)[0]).toSorted(), events.map(({ name }) => name).toSorted());
  for (const event of events) {
    const [, , detail] = rows.find(([cell]) => codeIn(cell)[0] === event.name);
    assert.deepEqual(braced(detail), fieldsOf(checker.getTypeOfSymbol(event)), `${event.name}'s detail`);
  }
});
