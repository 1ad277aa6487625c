import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Diagnostic } from '../core/check/diagnostics';
import { scanTags } from '../core/check/tagScan';
import { parseHeader } from '../core/ink/adapter';
import type { CompiledStory, SourcePos, StoryHeader } from '../core/ink/types';
import { isStageId, type StageId } from '../core/methodology/stages';

export interface CompileResult {
  /** Absent when compiling failed; `diagnostics` then says why. */
  readonly story?: CompiledStory;
  readonly diagnostics: readonly Diagnostic[];
  /** Absolute paths of every file read, the story and its INCLUDEs, for watchers. */
  readonly files: readonly string[];
}

export interface CompileOptions {
  /** Paths in messages and in the compiled story are relative to this folder (default: the working folder). */
  readonly root?: string;
}

/** Compiles an ink story with the inkjs compiler (Node only), then checks its tags against the contract. */
export function compileInkFile(path: string, options: CompileOptions = {}): CompileResult {
  const root = options.root ?? process.cwd();
  const absolute = resolve(root, path);
  const shown = (file: string) => relative(root, resolve(dirname(absolute), file)) || file;
  const storyFile = shown(absolute);
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];

  let source: string;
  try {
    source = readInkText(absolute);
  } catch (error) {
    return {
      diagnostics: [{ file: storyFile, line: null, severity: 'error', message: (error as Error).message }],
      files: [absolute],
    };
  }
  sources.set(absolute, source);

  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(dirname(absolute), name),
    LoadInkFileContents: (name: string) => {
      const text = readInkText(name);
      sources.set(name, text);
      return text;
    },
  };
  const onMessage = (message: string) => {
    diagnostics.push(parseCompilerMessage(message, storyFile, shown));
  };
  const compiler = new Compiler(headerFirst(source), new CompilerOptions(absolute, [], true, onMessage, fileHandler));
  let runtime: ReturnType<Compiler['Compile']> | null = null;
  try {
    runtime = compiler.Compile();
  } catch (error) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ file: storyFile, line: null, severity: 'error', message: (error as Error).message });
    }
  }

  let stage: StageId | null = null;
  let header: StoryHeader | null = null;
  if (runtime) {
    try {
      header = parseHeader(runtime.globalTags ?? [], storyFile);
      stage = header.stage;
    } catch (error) {
      // Bad header values are reported by the tag scan at their own line; only missing tags are left here.
      const message = stripPlace((error as Error).message);
      if (message.includes('header needs')) diagnostics.push({ file: storyFile, line: 1, severity: 'error', message });
    }
  } else {
    const stageTag = /^\s*#\s*stage:\s*(\S+)/m.exec(source)?.[1];
    stage = stageTag && isStageId(stageTag) ? stageTag : null;
  }
  for (const [file, text] of sources) {
    diagnostics.push(...scanTags(shown(file), text, file === absolute, stage));
  }

  const files = [...sources.keys()];
  if (!runtime || !header || diagnostics.some((d) => d.severity === 'error')) return { diagnostics, files };
  const json = runtime.ToJson() ?? '';
  const functions = new Set([...sources.values()].flatMap((text) => [...text.matchAll(FUNCTION)].map((m) => m[1])));
  const { choices, knots } = sourceMaps(runtime.mainContentContainer, shown, functions);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return { story: { file: storyFile, hash, json, header, choices, knots }, diagnostics, files };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** An ink file's text; a folder, a missing file or a file that is not text is an error in one line. */
function readInkText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('no such file');
    if (code === 'EISDIR') throw new Error('is a folder, not an ink file');
    throw new Error(`cannot be read (${code ?? (error as Error).message})`);
  }
  // Text never holds a NUL byte; a sound or an image almost always does.
  if (bytes.includes(0)) throw new Error('is not a text file: an ink story is UTF-8 text');
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new Error('is not UTF-8 text: save the story as UTF-8');
  }
}

const PRELUDE = /^\s*(#.*|\/\/.*|INCLUDE\s.*)?$/;
const INCLUDE_LINE = /^\s*INCLUDE\s/;

/**
 * The source with its header tags ahead of any INCLUDE among them. An INCLUDE leaves a line break where it
 * stood, and ink takes only tags before any output as the story's header, so `INCLUDE` on line 1 would
 * lose the whole header. Only lines of the opening block move, within it; every line after keeps its number.
 */
function headerFirst(source: string): string {
  const lines = source.split('\n');
  let end = 0;
  while (end < lines.length && PRELUDE.test(lines[end])) end++;
  const prelude = lines.slice(0, end);
  if (!prelude.some((l) => INCLUDE_LINE.test(l))) return source;
  const reordered = [...prelude.filter((l) => !INCLUDE_LINE.test(l)), ...prelude.filter((l) => INCLUDE_LINE.test(l))];
  return [...reordered, ...lines.slice(end)].join('\n');
}

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/** inkjs reports "ERROR: 'file' line 4: message"; trainers get "file:4: message". */
function parseCompilerMessage(message: string, storyFile: string, shown: (f: string) => string): Diagnostic {
  const m = MESSAGE.exec(message.trim());
  if (!m) return { file: storyFile, line: null, severity: 'error', message };
  const [, kind, file, line, text] = m;
  return {
    file: file ? shown(file) : storyFile,
    line: line ? Number(line) : null,
    // Warnings fail the build too: a loose end in a training story is a bug, not a style point.
    severity: kind === 'TODO' ? 'warning' : kind.includes('WARNING') ? 'warning' : 'error',
    message: kind === 'TODO' ? `TODO: ${text}` : text,
  };
}

/** Containers the compiler names itself (choices, gathers, sequences) rather than the writer. */
const GENERATED_NAME = /^([cgs]-\d+|\$.*|global .*)$/;
const KNOT_OR_STITCH = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/;
const FUNCTION = /^\s*={2,}\s*function\s+(\w+)/gm;

const stripPlace = (message: string) => message.replace(/^[^:]+:\d+:\s*/, '');

interface RuntimeObject {
  readonly path: { toString(): string };
  readonly debugMetadata: { fileName: string | null; startLineNumber: number } | null;
  readonly content?: readonly RuntimeObject[];
  readonly namedContent?: Map<string, RuntimeObject>;
  readonly pathOnChoice?: unknown;
}

/** Walks the compiled runtime tree, which still carries the compiler's debug metadata, before it is JSON. */
function sourceMaps(main: unknown, shown: (f: string) => string, functions: ReadonlySet<string>) {
  const choices: Record<string, SourcePos> = {};
  const knots: Record<string, SourcePos> = {};
  const at = (o: RuntimeObject): SourcePos | null =>
    o.debugMetadata?.fileName ? { file: shown(o.debugMetadata.fileName), line: o.debugMetadata.startLineNumber } : null;
  const seen = new Set<RuntimeObject>();
  const walk = (o: RuntimeObject) => {
    if (seen.has(o)) return;
    seen.add(o);
    if (o.pathOnChoice !== undefined) {
      const pos = at(o);
      if (pos) choices[o.path.toString()] = pos;
    }
    for (const child of o.content ?? []) walk(child);
    for (const [name, child] of o.namedContent ?? []) {
      const path = child.path.toString();
      // Knots (`knot`) and their stitches (`knot.stitch`); numbered parts are the compiler's own containers.
      const written = KNOT_OR_STITCH.test(path) && !path.split('.').some((p) => GENERATED_NAME.test(p));
      const pos = written && !functions.has(name) ? at(child) : null;
      if (pos) knots[path] = pos;
      walk(child);
    }
  };
  walk(main as RuntimeObject);
  return { choices, knots };
}
