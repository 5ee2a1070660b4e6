/**
 * The GraphQL documents of README.md, in the order a reader meets them, so a test can run the
 * walkthroughs exactly as written. Three kinds count as documents:
 *   - every ```graphql block;
 *   - an inline code span that is a whole operation (it starts with `mutation` or `query`);
 *   - the JSON body (`-d '...'`) of a curl to /graphql in a ```sh block.
 * The token of a block or inline document is the last ``token `demo-...` `` the prose names since
 * the previous document (the README's convention: "(token `demo-exporter`)"); a curl carries its
 * own `authorization: Bearer` header. A ```json block right after a document is the refusal the
 * README says that step gets.
 */
import { parse, print } from 'graphql';

export interface ReadmeRefusal {
  code: string;
  rule: string;
  message?: string;
}

export interface ReadmeDocument {
  /** 1-based line in README.md where the document starts. */
  line: number;
  kind: 'graphql' | 'inline' | 'curl';
  /** The `## ` heading the document is under. */
  section: string;
  /** The document as written, placeholders included. */
  text: string;
  /** The demo token the README binds it to; undefined when it names none. */
  token?: string;
  /** The refusal the README shows for it (a ```json block that follows it). */
  refusal?: ReadmeRefusal;
}

const FENCE = /^```(\w*)\s*$/;
const TOKEN_IN_PROSE = /token\s+`(demo-[a-z-]+)`/g;
const INLINE_OPERATION = /`((?:mutation|query)\b[^`]*\{[^`]*)`/g;

export function extractReadmeDocuments(markdown: string): ReadmeDocument[] {
  const lines = markdown.split('\n');
  const documents: ReadmeDocument[] = [];
  let section = '';
  let prose = '';
  const add = (doc: Omit<ReadmeDocument, 'section' | 'token'>, token: string | undefined): void => {
    documents.push({ ...doc, section, token });
    prose = '';
  };
  const proseToken = (): string | undefined => [...prose.matchAll(TOKEN_IN_PROSE)].pop()?.[1];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fence = FENCE.exec(line);
    if (!fence) {
      if (line.startsWith('## ')) {
        section = line.slice(3).trim();
        prose = '';
        continue;
      }
      // An inline operation is bound to the token named before it in the same prose.
      let consumed = 0;
      for (const match of line.matchAll(INLINE_OPERATION)) {
        prose += `${line.slice(consumed, match.index)}\n`;
        consumed = (match.index ?? 0) + match[0].length;
        add({ line: i + 1, kind: 'inline', text: match[1] as string }, proseToken());
      }
      prose += `${line.slice(consumed)}\n`;
      continue;
    }
    const language = fence[1];
    const start = i + 1;
    let end = start;
    while (end < lines.length && !FENCE.test(lines[end] as string)) end++;
    if (end >= lines.length) throw new Error(`README.md:${i + 1}: a code block that is never closed`);
    const body = lines.slice(start, end).join('\n');
    i = end;
    const firstLine = start + 1; // 1-based line of the block's first line
    if (language === 'graphql') add({ line: firstLine, kind: 'graphql', text: body }, proseToken());
    else if (language === 'sh') for (const curl of curlDocuments(body, firstLine)) add(curl, curl.token);
    else if (language === 'json' && documents.length > 0 && prose.trim() === '') attachRefusal(documents[documents.length - 1] as ReadmeDocument, body, firstLine);
  }
  return documents;
}

/** One GraphQL request per curl command that posts to /graphql, with its bearer token. */
function curlDocuments(body: string, firstLine: number): Array<Omit<ReadmeDocument, 'section'>> {
  const out: Array<Omit<ReadmeDocument, 'section'>> = [];
  const commands = body.split(/(?<!\\)\n/);
  let line = firstLine;
  for (const command of commands) {
    const here = line;
    line += command.split('\n').length;
    if (!/^\s*curl\b/.test(command) || !command.includes('/graphql')) continue;
    const payload = /-d '([^']*)'/.exec(command)?.[1];
    if (payload === undefined) throw new Error(`README.md:${here}: a curl to /graphql without a -d '...' body`);
    const { query } = JSON.parse(payload) as { query?: unknown };
    if (typeof query !== 'string') throw new Error(`README.md:${here}: the curl body has no "query" string`);
    const token = /authorization: Bearer ([\w-]+)/i.exec(command)?.[1];
    out.push({ line: here, kind: 'curl', text: query, token });
  }
  return out;
}

function attachRefusal(doc: ReadmeDocument, body: string, line: number): void {
  const refusal = JSON.parse(body) as Partial<ReadmeRefusal>;
  if (typeof refusal.code !== 'string' || typeof refusal.rule !== 'string') {
    throw new Error(`README.md:${line}: a JSON block after a document must be the refusal it gets, with "code" and "rule"`);
  }
  doc.refusal = { code: refusal.code, rule: refusal.rule, message: refusal.message };
}

/** The operations of a document, each printed on its own, so a block of several runs one by one. */
export function operationsOf(text: string): Array<{ name?: string; text: string; rootFields: string[] }> {
  const document = parse(text);
  return document.definitions.map((definition) => {
    if (definition.kind !== 'OperationDefinition') throw new Error(`a README document may hold operations only, found ${definition.kind}`);
    const rootFields = definition.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : s.kind));
    return { name: definition.name?.value, text: print(definition), rootFields };
  });
}

/** Placeholders are `<...>` anywhere in a document (GraphQL has no other use for angle brackets). */
const PLACEHOLDER = /<([^<>\n]+)>/g;

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** One placeholder convention: the names it matches and where their value comes from. */
export interface PlaceholderRule {
  pattern: RegExp;
  value: (match: RegExpExecArray) => string;
}

/** Fills every placeholder by the first rule that matches its name; an unknown one throws, naming it. */
export function fillPlaceholders(text: string, rules: PlaceholderRule[]): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    for (const { pattern, value } of rules) {
      const match = pattern.exec(name);
      if (match) return value(match);
    }
    throw new Error(`unknown placeholder <${name}>: follow one of the README's placeholder conventions or add one`);
  });
}
