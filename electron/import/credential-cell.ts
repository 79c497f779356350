/**
 * Reads a credential as HR systems write it: a code ("CPC"), a full name ("Certified Professional
 * Coder"), both ("Certified Professional Coder (CPC)", "CPC-A (Apprentice)"), with the certifying
 * body ("RHIT, AHIMA", "AHIMA - RHIT") or a registered mark ("CPC®", "CCS™"). A value the catalog
 * does not know keeps its own name, however long, and gets a code that fits the roster.
 */
import type { CredentialDefinition } from '../../shared/types';
import { BUILT_IN_CATALOG, normaliseCredentialKey, userDefinedCode } from '../../shared/catalog';

export interface CredentialReading {
  /** The catalog entry's code, or the code a new user-defined entry gets. */
  readonly code: string;
  /** Found in the catalog (built-in or the user's own). */
  readonly known: boolean;
  /** The name a new user-defined entry gets (the value without marks, body or code). */
  readonly name: string;
}

/** The longest credential code the roster keeps (credentialCodeSchema). */
const CODE_MAX = 40;
/** The longest credential name the roster keeps (customCredentialSchema). */
const NAME_MAX = 200;

/** ®, ™, ℠, © and their typed-out forms "(R)", "(TM)", "(SM)", "(C)". */
const MARKS = /[®™℠©]|\((?:r|tm|sm|c)\)/gi;

/** Certifying bodies as written beside a credential ("RHIT, AHIMA"), folded. */
const BODY_KEYS: ReadonlySet<string> = new Set(
  [
    ...BUILT_IN_CATALOG.map((c) => c.body),
    'American Health Information Management Association',
    'American Academy of Professional Coders',
    'Association of Clinical Documentation Integrity Specialists',
    'Association of Clinical Documentation Improvement Specialists',
  ].map(normaliseCredentialKey),
);

const clean = (text: string): string => text.replace(MARKS, ' ').replace(/\s+/g, ' ').trim();

/** "Name (CODE)" → { inside: CODE, outside: Name }; null without brackets. */
function splitBrackets(text: string): { inside: string; outside: string } | null {
  const m = /^(.*?)\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*(.*)$/.exec(text);
  if (!m) return null;
  const outside = `${m[1] ?? ''} ${m[3] ?? ''}`.trim();
  return { inside: (m[2] ?? '').trim(), outside };
}

/** The text without a certifying body before or after it ("RHIT, AHIMA", "AHIMA RHIT"); null when there is none. */
function withoutBody(text: string): string | null {
  const parts = text.split(/\s*[,/|:;–—]\s*|\s+-\s+/).filter((p) => p !== '');
  if (parts.length >= 2) {
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    if (BODY_KEYS.has(normaliseCredentialKey(last))) return parts.slice(0, -1).join(', ');
    if (BODY_KEYS.has(normaliseCredentialKey(first))) return parts.slice(1).join(', ');
  }
  const words = text.split(' ');
  if (words.length >= 2) {
    if (BODY_KEYS.has(normaliseCredentialKey(words[words.length - 1] ?? ''))) return words.slice(0, -1).join(' ');
    if (BODY_KEYS.has(normaliseCredentialKey(words[0] ?? ''))) return words.slice(1).join(' ');
  }
  return null;
}

/** The spellings to look up, most specific first. */
function candidates(text: string): string[] {
  const out: string[] = [text];
  const add = (t: string | null | undefined): void => {
    if (t && t.trim() !== '' && !out.includes(t)) out.push(t);
  };
  const brackets = splitBrackets(text);
  if (brackets) {
    add(brackets.inside);
    add(brackets.outside);
    add(`${brackets.outside} ${brackets.inside}`);
  }
  for (const t of [...out]) add(withoutBody(t));
  return out;
}

/** A value in brackets that reads as a code: capitals, digits and dashes, no lower case ("CDIP", "CPC-A"). */
const looksLikeCode = (text: string): boolean => /^[A-Z0-9][A-Z0-9 .&/-]{0,39}$/.test(text) && /[A-Z]/.test(text);

/** Looks a written credential up in the catalog index (catalogIndex), trying each way HR writes one. */
export function readCredentialCell(written: string, index: ReadonlyMap<string, CredentialDefinition>): CredentialReading {
  const text = clean(written);
  for (const candidate of candidates(text)) {
    const def = index.get(normaliseCredentialKey(candidate));
    if (def) return { code: def.code, known: true, name: def.name };
  }
  return unknownCredential(text === '' ? written.trim() : text);
}

/** A credential the catalog does not know: its code from brackets or the text, its name in full. */
function unknownCredential(text: string): CredentialReading {
  const brackets = splitBrackets(text);
  if (brackets && looksLikeCode(brackets.inside) && brackets.outside !== '') {
    const name = withoutBody(brackets.outside) ?? brackets.outside;
    return { code: userDefinedCode(brackets.inside), known: false, name: name.slice(0, NAME_MAX) };
  }
  const plain = withoutBody(text) ?? text;
  return { code: codeFor(plain), known: false, name: plain.slice(0, NAME_MAX) };
}

/** The text as a code; a long full name is cut at a word boundary to fit. */
function codeFor(text: string): string {
  const code = userDefinedCode(text);
  if (code.length <= CODE_MAX) return code;
  const cut = code.slice(0, CODE_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : code.slice(0, CODE_MAX)).trim();
}

/** The key a value mapping is remembered under: the value folded, so "Coding Cert" and "CODING CERT" share one answer. */
export const valueKey = (value: string): string => normaliseCredentialKey(clean(value));
