/**
 * The policy CLI's YAML reader (policies/documents.ts): js-yaml with the core schema, one document
 * at a time, must give exactly the values `yaml` (what cdk8s writes with) gives, refuse alias bombs
 * and name the line of a problem.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';
import { expandedSize, MAX_EXPANDED_NODES, yamlDocuments } from '../policies/documents';
import { defaultSources, synthesize } from '../stacks/main';

/** What `yaml` reads: the reference. */
function reference(text: string): unknown[] {
  return yaml.parseAllDocuments(text).map((d) => d.toJS());
}

function values(text: string): unknown[] {
  return [...yamlDocuments(text)].map((d) => ('problem' in d ? { problem: d.problem } : d.value));
}

const TRICKY = [
  // scalars the YAML 1.1 and 1.2 schemas disagree on, and JSON-looking ones
  'a: yes\nb: No\nc: on\nd: 2024-01-01\ne: 0x1F\nf: 0o14\ng: 012\nh: ~\ni: .inf\nj: -.Inf\nk: .nan\nl: 1e3\nm: "1"\nn: null\no: Null\np: TRUE\nq: 1_000\nr: +12\ns: 0.\nt: "a\\tb"\n',
  // a marker-looking line inside a block scalar is indented, so it is text
  'kind: ConfigMap\ndata:\n  script: |\n    echo start\n    ---\n    echo end\n  folded: >-\n    one\n    two\n',
  // several documents, comments, an explicit empty document, an end marker
  '# head\napiVersion: v1\nkind: A\n---\n# only a comment\n---\napiVersion: v1\nkind: B\n...\n# trailing\n---\n---\nkind: C\n',
  // a document that starts on its marker line, a literal top-level scalar, flow collections
  '--- {kind: D, list: [1, two, {x: y}]}\n--- |\n  text\n  ---x\n',
  // CRLF line endings
  'kind: E\r\nmetadata:\r\n  name: e\r\n---\r\nkind: F\r\n',
  // anchors and aliases of ordinary size, and a "<<" key (no merge keys in the core schema)
  'base: &b {cpu: 1, memory: 2}\nuse: *b\nlist: &l [1, 2]\nagain: *l\nmerged:\n  <<: *b\n  cpu: 3\n',
  // quoted keys, unicode, long strings and keys that look like markers when indented
  '"--- not a marker": 1\n\'x\': "é \\u00e9"\nnested:\n  ---: 2\n',
  // a document with a directive goes through yaml
  '%YAML 1.2\n---\nkind: G\n',
  // content after an end marker without a new start goes through yaml too
  'kind: H\n...\nkind: I\n',
  // end markers, comments after them, nothing at all, only comments
  'kind: J\n...\n...\n---\nkind: K\n...\n# end\n',
  '',
  '# nothing here\n\n',
  // a directive-looking line inside a block scalar is text
  'kind: L\ndata:\n  x: |\n    %not a directive\n',
];

describe('the policy reader gives the values yaml gives', () => {
  test.each(TRICKY.map((t, i) => [i, t]))('tricky input %i', (_i, text) => {
    expect(values(text as string)).toEqual(reference(text as string));
  });

  test('every file npm run synth writes', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-docs-'));
    try {
      synthesize(defaultSources(tmp));
      const files = fs.readdirSync(tmp).flatMap((env) =>
        fs
          .readdirSync(path.join(tmp, env))
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => path.join(tmp, env, f)),
      );
      expect(files.length).toBeGreaterThanOrEqual(12);
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        expect(values(text)).toEqual(reference(text));
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the policy reader refuses what would hurt and says where', () => {
  /** Eleven levels of ten aliases each: 10^11 nodes when expanded ("billion laughs"). */
  function bomb(): string {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    }
    return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
  }

  test('an alias bomb is refused without expanding it; the documents around it still read', () => {
    const start = process.hrtime.bigint();
    const docs = [...yamlDocuments(bomb())];
    // counting, not expanding: far below the time one expansion of 10^11 nodes would take
    expect(Number(process.hrtime.bigint() - start) / 1e9).toBeLessThan(5);
    expect(docs[0]).toMatchObject({ index: 0, line: 1, value: { metadata: { name: 'ok' } } });
    expect(docs[1]).toEqual({
      index: 1,
      line: 4,
      problem: `cannot be read: its aliases expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb?) or refer to themselves`,
    });
  });

  test('expandedSize counts what aliases would make, without making it', () => {
    const leaf = { a: 1, b: 2 };
    const list = [leaf, leaf, leaf];
    expect(expandedSize({ x: list, y: list })).toBe(1 + 2 * (1 + 3 * 3));
    const loop: any[] = [];
    loop.push(loop);
    expect(expandedSize(loop)).toBe(Infinity);
  });

  test('a syntax error names the line in the file, the other documents still read', () => {
    const docs = [...yamlDocuments('kind: A\n---\nkind: B\nlist: [1, 2\n---\nkind: C\n')];
    expect(docs.map((d) => ('problem' in d ? d.problem : d.value))).toEqual([
      { kind: 'A' },
      expect.stringMatching(/^is not valid YAML: .* at line [45], column \d+$/),
      { kind: 'C' },
    ]);
    expect(docs[2]).toMatchObject({ index: 2, line: 5 });
  });

  test('duplicate keys are refused, as yaml refuses them', () => {
    const text = 'kind: A\nkind: B\n';
    expect(yaml.parseAllDocuments(text)[0].errors.length).toBeGreaterThan(0);
    expect([...yamlDocuments(text)][0]).toEqual({
      index: 0,
      line: 2,
      problem: expect.stringMatching(/^is not valid YAML: duplicated mapping key at line 2/),
    });
  });
});
