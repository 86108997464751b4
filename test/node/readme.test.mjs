// The README agrees with the code: its examples are the files CI compiles and runs; its tables name
// every attribute, event, CSS part and custom property in custom-elements.json, give each attribute
// the values and default of its type, and list every CameraContext method of src/types.ts with each
// option it takes and each field of its result.
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

test('the method table lists every CameraContext method, its options and its result', () => {
  const file = new URL('../../src/types.ts', import.meta.url).pathname;
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const declared = (name) => {
    const node = source.statements.find((statement) => (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === name);
    assert.ok(node, `src/types.ts declares ${name}`);
    return checker.getTypeAtLocation(node);
  };
  /** A type's fields, inherited ones included, without the callback trio and errMsg. */
  const fields = (typeNode) =>
    checker
      .getPropertiesOfType(checker.getTypeFromTypeNode(typeNode))
      .map((property) => property.name)
      .filter((name) => !['success', 'fail', 'complete', 'errMsg'].includes(name));

  const rows = tableRows('method');
  const context = declared('CameraContext');
  const methods = checker.getPropertiesOfType(context);
  assert.deepEqual(
    rows.map(([method]) => codeIn(method)[0].replace(/\(.*/, '')),
    methods.map((method) => method.name),
  );
  for (const method of methods) {
    const [, options, result] = rows.find(([cell]) => codeIn(cell)[0].startsWith(method.name));
    const signature = method.valueDeclaration;
    const [parameter] = signature.parameters;
    if (signature.typeParameters?.length) {
      // takePhoto<T extends TakePhotoOption>(option?: T): PromisifySuccessResult<T, TakePhotoSuccessCallbackResult>
      // The options cell names one option per `;`-separated part, first, in backticks.
      const written = options.split(';').map((part) => codeIn(part)[0]);
      assert.deepEqual(written.toSorted(), fields(signature.typeParameters[0].constraint).toSorted(), `${method.name}'s options`);
      const resultNames = fields(signature.type.typeArguments[1]);
      assert.deepEqual(result.match(/\{([^}]*)\}/)[1].split(',').map((name) => name.trim()).filter(Boolean), resultNames, `${method.name}'s result`);
    } else {
      // onCameraFrame(callback): the callback's argument is the frame.
      const frame = checker.getSignaturesOfType(checker.getTypeFromTypeNode(parameter.type), ts.SignatureKind.Call)[0].parameters[0];
      const frameFields = checker.getPropertiesOfType(checker.getTypeOfSymbol(frame)).map((property) => property.name);
      assert.ok(result.includes(`{ ${frameFields.join(', ')} }`), `${method.name}'s frame fields: ${frameFields.join(', ')}`);
    }
  }
});
