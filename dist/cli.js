#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/discover/classify-path.ts
/**
 * Directories whose content never describes what the project builds (domain §4.9): Git's own data,
 * JavaScript dependencies, and Go's `testdata` (ignored by the go command, full of deliberately odd go.mod files).
 */
const SKIPPED_DIRECTORY_NAMES = new Set(['.git', 'node_modules', 'testdata']);
const VENDOR = 'vendor';
/** Below a project's vendor/ only this chain matters: it leads to client-go's own source. */
const VENDORED_CLIENT_GO_CHAIN = ['k8s.io', 'client-go', 'rest'];
/** The file whose presence marks a vendored client-go copy worth judging from source. */
const CLIENT_GO_MARKER = 'config.go';
const MANIFEST_KINDS = new Map([
    ['go.mod', 'go.mod'],
    ['go.work', 'go.work'],
    ['go.sum', 'go.sum'],
    ['Gopkg.lock', 'Gopkg.lock'],
    ['Gopkg.toml', 'Gopkg.toml'],
    ['glide.yaml', 'glide.yaml'],
    ['glide.lock', 'glide.lock'],
]);
/** godep keeps its manifest in a directory of its own; govendor keeps it at the top of vendor/. */
const GODEPS_DIRECTORY = 'Godeps';
const GODEPS_NAME = 'Godeps.json';
const GOVENDOR_NAME = 'vendor.json';
const VENDOR_MODULES_NAME = 'modules.txt';
const CANDIDATE_NAMES = new Set([
    ...MANIFEST_KINDS.keys(),
    VENDOR_MODULES_NAME,
    CLIENT_GO_MARKER,
    GODEPS_NAME,
    GOVENDOR_NAME,
]);
/** The names `docker build` users give Dockerfiles: Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile[.*]. */
function isDockerfileName(name) {
    return (name === 'Dockerfile' ||
        name === 'Containerfile' ||
        name.startsWith('Dockerfile.') ||
        name.startsWith('Containerfile.') ||
        (name.length > '.dockerfile'.length && name.toLowerCase().endsWith('.dockerfile')));
}
/** Most files in a tree are not candidates, and their name alone says so: a cheap test before classifyPath. */
function isCandidateName(name) {
    return CANDIDATE_NAMES.has(name) || isDockerfileName(name);
}
function segmentsOf(relativePath) {
    return relativePath === '' || relativePath === '.' ? [] : relativePath.split('/');
}
/**
 * Whether the walk has any reason to enter this directory (POSIX, relative to the root; '' is the root).
 * Inside a project's vendor/ only the path to k8s.io/client-go/rest is worth reading; a vendor/ nested in
 * another vendor/ tree belongs to a third-party module and is never entered.
 */
function isWalkableDirectory(relativeDirectory) {
    const segments = segmentsOf(relativeDirectory);
    const vendorAt = segments.indexOf(VENDOR);
    const checked = vendorAt === -1 ? segments : segments.slice(0, vendorAt);
    if (checked.some((segment) => SKIPPED_DIRECTORY_NAMES.has(segment)))
        return false;
    if (vendorAt === -1)
        return true;
    const below = segments.slice(vendorAt + 1);
    return below.length <= VENDORED_CLIENT_GO_CHAIN.length && below.every((segment, index) => segment === VENDORED_CLIENT_GO_CHAIN[index]);
}
/**
 * What a file is, judged by its path alone (POSIX, relative to the root). `client-go-source` is returned
 * for `<project>/vendor/k8s.io/client-go/rest/config.go`; the source directory is two levels up
 * (see clientGoDirectoryOf). Everything else inside vendor/ is a third-party file and yields null.
 */
function classifyPath(relativePath) {
    if (!isCandidateName(relativePath.slice(relativePath.lastIndexOf('/') + 1)))
        return null;
    const segments = segmentsOf(relativePath);
    const name = segments.pop();
    if (name === undefined || !isWalkableDirectory(segments.join('/')))
        return null;
    const vendorAt = segments.indexOf(VENDOR);
    if (vendorAt === -1)
        return kindOutsideVendor(name, segments);
    const depthBelowVendor = segments.length - vendorAt - 1;
    if (depthBelowVendor === 0)
        return name === VENDOR_MODULES_NAME ? 'vendor/modules.txt' : name === GOVENDOR_NAME ? 'vendor.json' : null;
    if (depthBelowVendor === VENDORED_CLIENT_GO_CHAIN.length && name === CLIENT_GO_MARKER)
        return 'client-go-source';
    return null;
}
function kindOutsideVendor(name, directories) {
    if (name === GODEPS_NAME)
        return directories.at(-1) === GODEPS_DIRECTORY ? 'Godeps.json' : null;
    if (isDockerfileName(name))
        return 'Dockerfile';
    return MANIFEST_KINDS.get(name) ?? null;
}
/** `a/vendor/k8s.io/client-go/rest/config.go` → `a/vendor/k8s.io/client-go`. */
function clientGoDirectoryOf(markerPath) {
    return markerPath.split('/').slice(0, -2).join('/');
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discover/glob-filter.ts

const PICOMATCH_OPTIONS = { dot: true, windows: false };
function compilePattern(raw) {
    let pattern = raw.trim();
    if (pattern.startsWith('./'))
        pattern = pattern.slice(2);
    const anchored = pattern.startsWith('/');
    pattern = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
    if (pattern === '')
        return null;
    const test = picomatch_default()(pattern, PICOMATCH_OPTIONS);
    if (anchored || pattern.includes('/'))
        return test;
    return (relativePath) => test(relativePath.slice(relativePath.lastIndexOf('/') + 1));
}
function compileAll(patterns) {
    return patterns.map(compilePattern).filter((matcher) => matcher !== null);
}
function matchesAny(matchers, relativePath) {
    return matchers.some((matcher) => matcher(relativePath));
}
/** The path itself, then each ancestor directory, nearest first: `a/b/c` → `a/b/c`, `a/b`, `a`. */
function matchesSelfOrAncestor(matchers, relativePath) {
    for (let end = relativePath.length; end > 0; end = relativePath.lastIndexOf('/', end - 1)) {
        if (matchesAny(matchers, relativePath.slice(0, end)))
            return true;
    }
    return false;
}
function createPathFilter(include, exclude) {
    const includeMatchers = compileAll(include);
    const excludeMatchers = compileAll(exclude);
    const excludes = (relativePath) => matchesSelfOrAncestor(excludeMatchers, relativePath);
    return {
        excludesDirectory: (relativeDirectory) => relativeDirectory !== '' && matchesAny(excludeMatchers, relativeDirectory),
        excludes,
        selects: (relativePath) => !excludes(relativePath) && (includeMatchers.length === 0 || matchesSelfOrAncestor(includeMatchers, relativePath)),
    };
}

;// CONCATENATED MODULE: ./src/discover/walk-tree.ts






/**
 * Directories listed between two yields to the event loop. The listing itself is synchronous (see
 * discoverFiles); yielding now and then keeps timers and signals alive during a long walk.
 */
const DIRECTORIES_PER_YIELD = 256;
/**
 * Lists the dependency files under `root` (see classify-path.ts for which), sorted by path.
 *
 * Nothing inside the tree makes this throw: unreadable directories, symlinks that leave the root, loop or
 * dangle, and oversized candidates all become diagnostics. Only a root that is missing or not a directory
 * throws, because then there is no scan to report on.
 *
 * Real directories are walked first; symlinks are settled afterwards. A directory symlink whose target was
 * already walked is therefore reported once and not followed, and the files keep the path they have in the
 * real tree instead of whichever alias the walk happened to reach first.
 *
 * Why synchronous listing: each asynchronous readdir/lstat round-trips through libuv's thread pool, and
 * on a local disk that hand-off costs more than the call itself. On the bench's 100,000-file tree (npm run
 * bench, 2 CPUs) a bare readdirSync listing took ~210 ms against ~290-330 ms for fs.promises.readdir at
 * concurrency 16-64, and this walker went from ~900 ms (promises, concurrency 16) to ~370 ms. Nothing
 * else runs while the scan waits for its file list, so concurrency had nothing to overlap with.
 */
async function discoverFiles(options) {
    const rootAbsolute = external_node_path_default().resolve(options.root);
    const rootReal = await checkRoot(options.root, rootAbsolute);
    const state = {
        rootAbsolute,
        rootReal,
        filter: createPathFilter(options.include, options.exclude),
        maxFileBytes: options.maxFileBytes,
        files: [],
        sources: [],
        diagnostics: [],
        visited: new Map([[rootReal, '']]),
        links: [],
    };
    await walk(state, [{ relative: '', absolute: rootAbsolute, real: rootReal }]);
    await settleLinks(state);
    return {
        files: state.files.sort((a, b) => compareText(a.path, b.path)),
        clientGoSourceDirectories: state.sources.sort((a, b) => compareText(a.path, b.path)),
        diagnostics: state.diagnostics.sort((a, b) => compareText(a.file, b.file) || compareText(a.message, b.message)),
    };
}
async function checkRoot(given, absolute) {
    let stats;
    try {
        stats = await (0,promises_namespaceObject.stat)(absolute);
    }
    catch (error) {
        const code = errorCode(error);
        const reason = code === 'ENOENT' ? 'it does not exist' : `it cannot be accessed (${code})`;
        throw new Error(`cannot scan ${given}: ${reason}`);
    }
    if (!stats.isDirectory())
        throw new Error(`cannot scan ${given}: it is not a directory`);
    return (0,promises_namespaceObject.realpath)(absolute);
}
/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
function errorCode(error) {
    return error?.code ?? String(error);
}
function childPath(parent, name) {
    return parent === '' ? name : `${parent}/${name}`;
}
/** Depth first, so the stack holds one level of siblings at a time rather than the whole breadth. */
async function walk(state, start) {
    const stack = [...start];
    for (let listed = 1; stack.length > 0; listed += 1) {
        readDirectory(state, stack.pop(), stack);
        if (listed % DIRECTORIES_PER_YIELD === 0)
            await (0,external_node_timers_promises_namespaceObject.setImmediate)();
    }
}
function readDirectory(state, job, stack) {
    let entries;
    try {
        entries = (0,external_node_fs_namespaceObject.readdirSync)(job.absolute, { withFileTypes: true });
    }
    catch (error) {
        state.diagnostics.push({ file: job.relative || '.', line: null, message: `directory cannot be read (${errorCode(error)}); its contents were not scanned` });
        return;
    }
    for (const entry of entries) {
        // Skipping here spares building a path string for each of the many files that are never candidates.
        if (entry.isFile() && !isCandidateName(entry.name))
            continue;
        const relative = childPath(job.relative, entry.name);
        if (entry.isDirectory()) {
            const child = enterableDirectory(state, job, entry.name, relative);
            if (child)
                stack.push(child);
        }
        else if (entry.isSymbolicLink()) {
            if (linkMayMatter(state, relative))
                state.links.push({ relative, absolute: joinName(job.absolute, entry.name), parentReal: job.real });
        }
        else {
            const kind = classifyPath(relative);
            if (kind !== null)
                addEntry(state, kind, relative, joinName(job.absolute, entry.name), entry.isFile());
        }
    }
}
/** path.join normalizes the whole string each time; a name from readdir needs no normalizing. */
function joinName(directory, name) {
    return directory.endsWith((external_node_path_default()).sep) ? `${directory}${name}` : `${directory}${(external_node_path_default()).sep}${name}`;
}
function enterableDirectory(state, parent, name, relative) {
    if (!isWalkableDirectory(relative) || state.filter.excludesDirectory(relative))
        return null;
    const real = joinName(parent.real, name);
    // Without symlinks a real path is met once; a bind mount or a race could still repeat one.
    if (state.visited.has(real))
        return null;
    state.visited.set(real, relative);
    return { relative, absolute: joinName(parent.absolute, name), real };
}
/** A link matters if, as a directory, the walk would enter it, or, as a file, it would be a candidate. */
function linkMayMatter(state, relative) {
    if (state.filter.excludesDirectory(relative))
        return false;
    return isWalkableDirectory(relative) || classifyPath(relative) !== null;
}
function addEntry(state, kind, relative, absolute, isFile) {
    if (!state.filter.selects(relative))
        return;
    if (!isFile) {
        state.diagnostics.push({ file: relative, line: null, message: `${describe(kind)} is not a regular file; skipped` });
        return;
    }
    if (kind === 'client-go-source') {
        addSourceDirectory(state, relative);
        return;
    }
    try {
        addCandidate(state, kind, relative, (0,external_node_fs_namespaceObject.lstatSync)(absolute).size);
    }
    catch (error) {
        state.diagnostics.push({ file: relative, line: null, message: `${kind} cannot be read (${errorCode(error)}); skipped` });
    }
}
function describe(kind) {
    return kind === 'client-go-source' ? 'rest/config.go' : kind;
}
function addSourceDirectory(state, markerPath) {
    const directory = clientGoDirectoryOf(markerPath);
    state.sources.push({ path: directory, absolutePath: external_node_path_default().join(state.rootAbsolute, directory) });
}
function addCandidate(state, kind, relative, size) {
    if (size > state.maxFileBytes) {
        state.diagnostics.push({
            file: relative,
            line: null,
            message: `${kind} is ${size} bytes, over the max-file-size cap of ${state.maxFileBytes} bytes; not read`,
        });
        return;
    }
    state.files.push({ kind, path: relative, absolutePath: external_node_path_default().join(state.rootAbsolute, relative), size });
}
/**
 * Settles symlinks in path order, because each decision depends on which directories the earlier ones
 * walked. Following a directory link can reveal more links, hence the rounds.
 */
async function settleLinks(state) {
    while (state.links.length > 0) {
        const round = state.links.splice(0).sort((a, b) => compareText(a.relative, b.relative));
        for (const link of round)
            await settleLink(state, { ...link, target: resolveLink(link.absolute) });
    }
}
function resolveLink(absolute) {
    try {
        const real = external_node_fs_namespaceObject.realpathSync.native(absolute);
        return { state: 'resolved', real, stats: (0,external_node_fs_namespaceObject.statSync)(real) };
    }
    catch (error) {
        const code = errorCode(error);
        if (code !== 'ENOENT')
            return { state: 'unresolvable', code };
        return { state: 'dangling', target: readLinkOrUnknown(absolute) };
    }
}
function readLinkOrUnknown(absolute) {
    try {
        return (0,external_node_fs_namespaceObject.readlinkSync)(absolute);
    }
    catch {
        return '?';
    }
}
async function settleLink(state, link) {
    const { target } = link;
    if (target.state === 'dangling')
        return note(state, link, `dangling symlink (its target ${target.target} does not exist); not followed`);
    if (target.state === 'unresolvable') {
        const why = target.code === 'ELOOP' ? 'symlink loop (the link resolves through itself)' : `symlink cannot be resolved (${target.code})`;
        return note(state, link, `${why}; not followed`);
    }
    const targetRelative = relativeInside(state.rootReal, target.real);
    const isDirectory = target.stats.isDirectory();
    if (targetRelative === null) {
        // A link to a plain file outside, with a name nobody reads, loses nothing; say nothing about it.
        if (isDirectory || classifyPath(link.relative) !== null)
            note(state, link, 'symlink points outside the scanned root; not followed');
        return;
    }
    if (!isDirectory) {
        const kind = classifyPath(link.relative);
        if (kind !== null)
            settleFileLink(state, link, kind, target.stats);
        return;
    }
    await settleDirectoryLink(state, link, target.real, targetRelative);
}
function settleFileLink(state, link, kind, stats) {
    if (!state.filter.selects(link.relative))
        return;
    if (!stats.isFile())
        return note(state, link, `${describe(kind)} is not a regular file; skipped`);
    if (kind === 'client-go-source')
        return addSourceDirectory(state, link.relative);
    addCandidate(state, kind, link.relative, stats.size);
}
async function settleDirectoryLink(state, link, real, targetRelative) {
    if (!isWalkableDirectory(link.relative))
        return;
    const shown = targetRelative || '.';
    const walkedAs = state.visited.get(real);
    if (walkedAs !== undefined) {
        const loops = link.parentReal === real || link.parentReal.startsWith(`${real}${(external_node_path_default()).sep}`) || real === state.rootReal;
        const message = loops
            ? `symlink loop (it points to ${shown}, which contains the link); not followed`
            : `symlink to a directory already scanned as ${walkedAs || '.'}; not followed`;
        return note(state, link, message);
    }
    if (!isWalkableDirectory(targetRelative))
        return note(state, link, `symlink points into a directory the scan skips (${shown}); not followed`);
    if (state.filter.excludes(targetRelative))
        return note(state, link, `symlink points into an excluded path (${shown}); not followed`);
    state.visited.set(real, link.relative);
    await walk(state, [{ relative: link.relative, absolute: link.absolute, real }]);
}
function note(state, link, message) {
    state.diagnostics.push({ file: link.relative, line: null, message });
}
/** POSIX path of `real` relative to the root, or null when it lies outside. */
function relativeInside(rootReal, real) {
    const relative = external_node_path_default().relative(rootReal, real);
    if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative))
        return null;
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/resolve/client-go-index.data.ts
// GENERATED FILE - do not edit by hand.
// Regenerate: node scripts/build-commit-index.mjs --git-dir <kubernetes/client-go .git dir>
// Method: ../shared/domain.md §2.6. Tables are TSV, parsed on first use by client-go-index.ts.
const INDEX_SOURCE_HEAD = '32ce75a7d6bc';
const INDEX_SOURCE_TIMESTAMP = '20260724140530';
const DEV_LINE = '1.37-dev';
/** name, Kubernetes line ("-" for master), commit. Row i is via token b<i>. */
const BRANCHES_TSV = `release-1.4	1.4	e5fcd1eb6215
release-1.5	1.4	32a6ebfbede3
release-2.0	1.5	668d7ca6dcbe
release-3.0	1.6	a95edf803628
release-4.0	1.7	e4b628f8610b
release-5.0	1.8	432cc9f726c4
release-6.0	1.9	115d23201cc1
release-7.0	1.10	36368dede29b
release-8.0	1.11	4022682532b3
release-9.0	1.12	386e588352a4
release-10.0	1.13	eb5b9a8cfde7
release-11.0	1.14	8e4128053008
release-12.0	1.15	75e09fce8f36
release-13.0	1.16	78b06b51d5b4
release-14.0	1.17	9d37217d8535
release-1.18	1.18	772a768f43f2
release-1.19	1.19	588f1f184561
release-1.20	1.20	c1846f372462
release-1.21	1.21	1110612dc6e5
release-1.22	1.22	f481aa0f41ca
release-1.23	1.23	6a7e45d190b4
release-1.24	1.24	8e2ac1ad1071
release-1.25	1.25	4f1c2e7b9711
release-1.26	1.26	2ef9fa9ab175
release-1.27	1.27	a277ede7be0a
release-1.28	1.28	f1d73d748820
release-1.29	1.29	7811788aa5af
release-1.30	1.30	04736883c5d9
release-1.31	1.31	7e2ea0f194ae
release-1.32	1.32	55b810f8ee53
release-1.33	1.33	b7f7df016a6d
release-1.34	1.34	995d2aef0b4c
release-1.35	1.35	c9748d3a34c9
release-1.36	1.36	f501ada2efb7
master	-	32ce75a7d6bc`;
/** name, Kubernetes line, commit, label where the research table shows another one. Row i is t<i>. */
const TAGS_TSV = `v1.4.0	1.4	3a5b96cfd3d3
v1.5.0	1.4	843f7c4f28b1	1.4*
v1.5.1	1.4	1195e3a8ee1a	1.4*
v1.5.2	1.4	32a6ebfbede3	(retraction-only)
v2.0.0	1.5	e121606b0d09
v2.0.0-alpha.1	1.5	d81cb8523759
v3.0.0	1.6	21300e3e11c9
v3.0.0-beta.0	1.6	3627aeb7d4f6
v4.0.0	1.7	d92e8497f71b
v4.0.0-beta.0	1.7	df46f7f13b3d
v5.0.0	1.8	35874c597fed
v5.0.1	1.8	2ae454230481
v6.0.0	1.9	78700dec6369
v7.0.0	1.10	23781f4d6632
v8.0.0	1.11	7d04d0e2a0a1
v9.0.0	1.12	1638f8970cef
v9.0.0-invalid	1.12	fc239b820367
v10.0.0	1.13	e64494209f55
v11.0.0	1.14	6ee68ca5fd83
v12.0.0	1.15	78d2af792bab
kubernetes-1.7.6	1.7	b1ebb248d0e6
kubernetes-1.7.7	1.7	0853ea94895a
kubernetes-1.7.7-beta.0	1.7	e8ce35d26510
kubernetes-1.7.8	1.7	411a70315449
kubernetes-1.7.8-beta.0	1.7	9734a791aff9
kubernetes-1.7.9	1.7	fd3197e637c2
kubernetes-1.7.9-beta.0	1.7	a7bf9ff51a9d
kubernetes-1.7.10	1.7	75aa0c0fc329
kubernetes-1.7.10-beta.0	1.7	8f5148371f85
kubernetes-1.7.11	1.7	3baca37fe24a
kubernetes-1.7.11-beta.0	1.7	7fa19ae60bb9
kubernetes-1.7.12	1.7	39d8bbc09e2a
kubernetes-1.7.12-beta.0	1.7	3baca37fe24a
kubernetes-1.7.13	1.7	803130ef3e67
kubernetes-1.7.13-beta.0	1.7	39d8bbc09e2a
kubernetes-1.7.14	1.7	f7fa8a1b861a
kubernetes-1.7.14-beta.0	1.7	7b42caf33643
kubernetes-1.7.15	1.7	afd27efb1f28
kubernetes-1.7.15-beta.0	1.7	5e21949ac753
kubernetes-1.7.16	1.7	80e246c39a5a
kubernetes-1.7.16-beta.0	1.7	57dbf254a0b5
kubernetes-1.7.17-beta.0	1.7	9d8e49b7d81b
kubernetes-1.8.0	1.8	35874c597fed
kubernetes-1.8.0-beta.0	1.8	26106dfbeaed
kubernetes-1.8.0-beta.1	1.8	31e7aa2fdd31
kubernetes-1.8.0-rc.1	1.8	9f1049ed5875
kubernetes-1.8.1	1.8	2ae454230481
kubernetes-1.8.1-beta.0	1.8	089ccd91f67e
kubernetes-1.8.2	1.8	35ccd4336052
kubernetes-1.8.2-beta.0	1.8	1fb83015bea3
kubernetes-1.8.3	1.8	7656f45ccb3d
kubernetes-1.8.3-beta.0	1.8	60bf397d7966
kubernetes-1.8.4	1.8	7a03699350aa
kubernetes-1.8.4-beta.0	1.8	584b13d35003
kubernetes-1.8.5	1.8	1b75876d4571
kubernetes-1.8.5-beta.0	1.8	7a03699350aa
kubernetes-1.8.6	1.8	1b75876d4571
kubernetes-1.8.6-beta.0	1.8	1b75876d4571
kubernetes-1.8.7	1.8	3a46b5de730a
kubernetes-1.8.7-beta.0	1.8	1b75876d4571
kubernetes-1.8.8	1.8	3a46b5de730a
kubernetes-1.8.8-beta.0	1.8	3a46b5de730a
kubernetes-1.8.9	1.8	fda499915936
kubernetes-1.8.9-beta.0	1.8	3a46b5de730a
kubernetes-1.8.10	1.8	627485911df7
kubernetes-1.8.10-beta.0	1.8	dcd4e256f3b0
kubernetes-1.8.11	1.8	a2bd2f4bfeb2
kubernetes-1.8.11-beta.0	1.8	44c3be3df2c3
kubernetes-1.8.12	1.8	d20de56ef88b
kubernetes-1.8.12-beta.0	1.8	bca7eb0a2397
kubernetes-1.8.13	1.8	c7d1a4cb7528
kubernetes-1.8.13-beta.0	1.8	f1dffe6bda2e
kubernetes-1.8.14	1.8	c7d1a4cb7528
kubernetes-1.8.14-beta.0	1.8	c7d1a4cb7528
kubernetes-1.8.15	1.8	0b75a1917525
kubernetes-1.8.15-beta.0	1.8	c7d1a4cb7528
kubernetes-1.8.16-beta.0	1.8	f690d7b96f95
kubernetes-1.9.0	1.9	78700dec6369
kubernetes-1.9.0-alpha.0	1.9	f95030429f8d
kubernetes-1.9.0-alpha.1	1.9	82aa063804cf
kubernetes-1.9.0-alpha.2	1.9	928a5255308b
kubernetes-1.9.0-alpha.3	1.9	208cbb64bfc6
kubernetes-1.9.0-beta.0	1.9	be88969207df
kubernetes-1.9.0-beta.1	1.9	069098300ed8
kubernetes-1.9.0-beta.2	1.9	78700dec6369
kubernetes-1.9.1	1.9	9389c055a838
kubernetes-1.9.1-beta.0	1.9	78700dec6369
kubernetes-1.9.2	1.9	9389c055a838
kubernetes-1.9.2-beta.0	1.9	9389c055a838
kubernetes-1.9.3	1.9	9389c055a838
kubernetes-1.9.3-beta.0	1.9	9389c055a838
kubernetes-1.9.4	1.9	812d021c2640
kubernetes-1.9.4-beta.0	1.9	9389c055a838
kubernetes-1.9.5	1.9	cd245c62f5d5
kubernetes-1.9.5-beta.0	1.9	a690a83792c3
kubernetes-1.9.6	1.9	e56f95336983
kubernetes-1.9.6-beta.0	1.9	f1539f8d10d2
kubernetes-1.9.7	1.9	90539b4e75a8
kubernetes-1.9.7-beta.0	1.9	d06ef10219aa
kubernetes-1.9.8	1.9	1692bdde78a6
kubernetes-1.9.8-beta.0	1.9	90539b4e75a8
kubernetes-1.9.9	1.9	164c15bbca33
kubernetes-1.9.9-beta.0	1.9	1692bdde78a6
kubernetes-1.9.10	1.9	cabe5c16b786
kubernetes-1.9.10-beta.0	1.9	60a42dbd593b
kubernetes-1.9.11	1.9	fe6ffc34b303
kubernetes-1.9.11-beta.0	1.9	9c85ad6abc74
kubernetes-1.9.12-beta.0	1.9	bcf64c3d2547
kubernetes-1.10.0	1.10	23781f4d6632
kubernetes-1.10.0-alpha.0	1.10	be88969207df
kubernetes-1.10.0-alpha.1	1.10	17dfc2579839
kubernetes-1.10.0-alpha.2	1.10	1957ffeb3d06
kubernetes-1.10.0-alpha.3	1.10	4b76cf9824ec
kubernetes-1.10.0-beta.0	1.10	5f85fe426e7a
kubernetes-1.10.0-beta.1	1.10	82eadfdc3900
kubernetes-1.10.0-beta.2	1.10	b379a2676756
kubernetes-1.10.0-beta.3	1.10	a94cee6b92bc
kubernetes-1.10.0-beta.4	1.10	b702fddfb9a5
kubernetes-1.10.0-rc.1	1.10	5e04b0f75003
kubernetes-1.10.1	1.10	989be4278f35
kubernetes-1.10.1-beta.0	1.10	0ef6cb0873f3
kubernetes-1.10.2	1.10	33f2870a2b83
kubernetes-1.10.2-beta.0	1.10	989be4278f35
kubernetes-1.10.3	1.10	29ae1f00c3d8
kubernetes-1.10.3-beta.0	1.10	33f2870a2b83
kubernetes-1.10.4	1.10	26a26f55b28a
kubernetes-1.10.4-beta.0	1.10	fa0cdd446f83
kubernetes-1.10.5	1.10	b0722d92a7c1
kubernetes-1.10.5-beta.0	1.10	26a26f55b28a
kubernetes-1.10.6	1.10	483aada58add
kubernetes-1.10.6-beta.0	1.10	f78ba573adc8
kubernetes-1.10.7	1.10	745ca8300397
kubernetes-1.10.7-beta.0	1.10	84ad8b2a0e90
kubernetes-1.10.8	1.10	169153f9d2d6
kubernetes-1.10.8-beta.0	1.10	745ca8300397
kubernetes-1.10.9	1.10	85ed251159e4
kubernetes-1.10.9-beta.0	1.10	8b5d5449a251
kubernetes-1.10.10	1.10	249fa7a1d3aa
kubernetes-1.10.10-beta.0	1.10	0870b6068193
kubernetes-1.10.11	1.10	ff0d167d8bcb
kubernetes-1.10.11-beta.0	1.10	ad97504b654b
kubernetes-1.10.12	1.10	569d08962b07
kubernetes-1.10.12-beta.0	1.10	cd4aaeafa84c
kubernetes-1.10.13	1.10	36368dede29b
kubernetes-1.10.13-beta.0	1.10	3dd551c0f083
kubernetes-1.10.14-beta.0	1.10	36368dede29b
kubernetes-1.11.0	1.11	7d04d0e2a0a1
kubernetes-1.11.0-alpha.0	1.11	5f85fe426e7a
kubernetes-1.11.0-alpha.1	1.11	3debbd8c317e
kubernetes-1.11.0-alpha.2	1.11	135662879656
kubernetes-1.11.0-beta.0	1.11	ea16f6128e46
kubernetes-1.11.0-beta.1	1.11	46b5520a878b
kubernetes-1.11.0-beta.2	1.11	74dcea033614
kubernetes-1.11.0-rc.1	1.11	4cacfee698b0
kubernetes-1.11.0-rc.2	1.11	f5c5cedfc061
kubernetes-1.11.0-rc.3	1.11	b0d7322e12eb
kubernetes-1.11.1	1.11	59698c7d9724
kubernetes-1.11.1-beta.0	1.11	c0c1efa8e945
kubernetes-1.11.2	1.11	1f13a808da65
kubernetes-1.11.2-beta.0	1.11	954a4d8f4e87
kubernetes-1.11.3	1.11	2cefa64ff137
kubernetes-1.11.3-beta.0	1.11	1f13a808da65
kubernetes-1.11.4	1.11	3db8bfc8858d
kubernetes-1.11.4-beta.0	1.11	9e4461f62284
kubernetes-1.11.5	1.11	d4cbff6e80d2
kubernetes-1.11.5-beta.0	1.11	5fa5f071cedc
kubernetes-1.11.6	1.11	8a775d0346c8
kubernetes-1.11.6-beta.0	1.11	4f81b5674da0
kubernetes-1.11.7	1.11	08ba23b07bfd
kubernetes-1.11.7-beta.0	1.11	d57cae859f53
kubernetes-1.11.8	1.11	3cf55fe6680b
kubernetes-1.11.8-beta.0	1.11	f696fa0035b1
kubernetes-1.11.9	1.11	c4d6791c962c
kubernetes-1.11.9-beta.0	1.11	e87c28401341
kubernetes-1.11.10	1.11	3ec0d5188431
kubernetes-1.11.10-beta.0	1.11	467a0f1700d5
kubernetes-1.11.11-beta.0	1.11	8f0c821c70c8
kubernetes-1.12.0	1.12	1638f8970cef
kubernetes-1.12.0-alpha.0	1.12	ea16f6128e46
kubernetes-1.12.0-alpha.1	1.12	2527bef70829
kubernetes-1.12.0-beta.0	1.12	33bed69e72de
kubernetes-1.12.0-beta.1	1.12	173ad5fde8e4
kubernetes-1.12.0-beta.2	1.12	9d61d93378cd
kubernetes-1.12.0-beta.2-invalid	1.12	20034be40228
kubernetes-1.12.0-invalid	1.12	fc239b820367
kubernetes-1.12.0-rc.1	1.12	508ef814cc1c
kubernetes-1.12.0-rc.1-invalid	1.12	f91e48d7cff0
kubernetes-1.12.0-rc.2	1.12	f95740e17102
kubernetes-1.12.0-rc.2-invalid	1.12	8ad43087cf14
kubernetes-1.12.1	1.12	cb4883f3dea0
kubernetes-1.12.1-beta.0	1.12	1d3869eff2a3
kubernetes-1.12.1-beta.0-invalid	1.12	cb0e33492f3c
kubernetes-1.12.2	1.12	bf181536cb4d
kubernetes-1.12.2-beta.0	1.12	e7716c6dc574
kubernetes-1.12.3	1.12	d082d5923d3c
kubernetes-1.12.3-beta.0	1.12	0d0d5b2832a5
kubernetes-1.12.4	1.12	5e6a3d4e34f6
kubernetes-1.12.4-beta.0	1.12	01c3dc91a23d
kubernetes-1.12.5	1.12	701b91367003
kubernetes-1.12.5-beta.0	1.12	5e6a3d4e34f6
kubernetes-1.12.6	1.12	78295b709ec6
kubernetes-1.12.6-beta.0	1.12	701b91367003
kubernetes-1.12.7	1.12	5392b64e5c0b
kubernetes-1.12.7-beta.0	1.12	8f93d5bd49b6
kubernetes-1.12.8	1.12	3c52a38b38d5
kubernetes-1.12.8-beta.0	1.12	0311bb112f6c
kubernetes-1.12.9	1.12	4f3abb12cae2
kubernetes-1.12.9-beta.0	1.12	90f7f82a6ae6
kubernetes-1.12.10	1.12	77c08c6b86df
kubernetes-1.12.10-beta.0	1.12	7c26cf59aecb
kubernetes-1.12.11-beta.0	1.12	2298e76bb360
kubernetes-1.13.0	1.13	e64494209f55
kubernetes-1.13.0-alpha.0	1.13	6294b7edd14b
kubernetes-1.13.0-alpha.1	1.13	5e167e7c1e8a
kubernetes-1.13.0-alpha.2	1.13	c8c30ced287c
kubernetes-1.13.0-alpha.3	1.13	315e03f5e13d
kubernetes-1.13.0-beta.0	1.13	3d0291ef797f
kubernetes-1.13.0-beta.1	1.13	46a8dc78ec29
kubernetes-1.13.0-beta.2	1.13	a47917edff34
kubernetes-1.13.0-rc.1	1.13	05cbc6e58d91
kubernetes-1.13.0-rc.2	1.13	691e95f070c2
kubernetes-1.13.1	1.13	8d9ed539ba31
kubernetes-1.13.1-beta.0	1.13	7d662d11545b
kubernetes-1.13.2	1.13	6bf63545bd02
kubernetes-1.13.2-beta.0	1.13	e8acc01d5ca1
kubernetes-1.13.3	1.13	6e4752048fde
kubernetes-1.13.3-beta.0	1.13	1692d5881361
kubernetes-1.13.4	1.13	b40b2a5939e4
kubernetes-1.13.4-beta.0	1.13	b55f97942fff
kubernetes-1.13.5	1.13	7621a5ebb88b
kubernetes-1.13.5-beta.0	1.13	0807e91524da
kubernetes-1.13.6	1.13	65905f29c17c
kubernetes-1.13.6-beta.0	1.13	7621a5ebb88b
kubernetes-1.13.7	1.13	177766529176
kubernetes-1.13.7-beta.0	1.13	65905f29c17c
kubernetes-1.13.8	1.13	23c0fac11e3d
kubernetes-1.13.8-beta.0	1.13	177766529176
kubernetes-1.13.9	1.13	1d96a4ab23d1
kubernetes-1.13.9-beta.0	1.13	a868b4d71893
kubernetes-1.13.10	1.13	ee6c071a42cf
kubernetes-1.13.10-beta.0	1.13	a9b57e14fab9
kubernetes-1.13.11	1.13	ee6c071a42cf
kubernetes-1.13.11-beta.0	1.13	ee6c071a42cf
kubernetes-1.13.12	1.13	eb5b9a8cfde7
kubernetes-1.13.12-beta.0	1.13	ee6c071a42cf
kubernetes-1.13.13-beta.0	1.13	eb5b9a8cfde7
kubernetes-1.14.0	1.14	6ee68ca5fd83
kubernetes-1.14.0-alpha.0	1.14	d7e5e537ca35
kubernetes-1.14.0-alpha.1	1.14	b831b8de7155
kubernetes-1.14.0-alpha.2	1.14	49c5a90f135c
kubernetes-1.14.0-alpha.3	1.14	d5932b57b4a2
kubernetes-1.14.0-beta.0	1.14	fb4389c517a8
kubernetes-1.14.0-beta.1	1.14	ed8db5ef46ec
kubernetes-1.14.0-beta.2	1.14	94c2b28f7daa
kubernetes-1.14.0-rc.1	1.14	6ee68ca5fd83
kubernetes-1.14.1	1.14	1a26190bd76a
kubernetes-1.14.1-beta.0	1.14	6ee68ca5fd83
kubernetes-1.14.2	1.14	ae8359b20417
kubernetes-1.14.2-beta.0	1.14	637a424f65e1
kubernetes-1.14.3	1.14	b8faab9c5193
kubernetes-1.14.3-beta.0	1.14	88d756b975d6
kubernetes-1.14.4	1.14	62e1c231c5dc
kubernetes-1.14.4-beta.0	1.14	105acaca3a90
kubernetes-1.14.5	1.14	88a2adca7e76
kubernetes-1.14.5-beta.0	1.14	afdf2039de59
kubernetes-1.14.6	1.14	7e43eff7c80a
kubernetes-1.14.6-beta.0	1.14	6502b5e7b1b5
kubernetes-1.14.7	1.14	c0e3722d5cf0
kubernetes-1.14.7-beta.0	1.14	9f0915223e9e
kubernetes-1.14.8	1.14	01520b8320fc
kubernetes-1.14.8-beta.0	1.14	ad1fca8008a2
kubernetes-1.14.9	1.14	8e4128053008
kubernetes-1.14.9-beta.0	1.14	01520b8320fc
kubernetes-1.14.10	1.14	8e4128053008
kubernetes-1.14.10-beta.0	1.14	8e4128053008
kubernetes-1.14.11-beta.0	1.14	8e4128053008
kubernetes-1.14.11-beta.1	1.14	8e4128053008
kubernetes-1.15.0	1.15	78d2af792bab
kubernetes-1.15.0-alpha.0	1.15	1f401a01c752
kubernetes-1.15.0-alpha.1	1.15	921a716ae8da
kubernetes-1.15.0-alpha.2	1.15	d426adfcaca8
kubernetes-1.15.0-alpha.3	1.15	1d38c5b5fbbc
kubernetes-1.15.0-beta.0	1.15	d014f46af78e
kubernetes-1.15.0-beta.1	1.15	1e90b7a36f25
kubernetes-1.15.0-beta.2	1.15	ffa50d62902a
kubernetes-1.15.0-rc.1	1.15	b1f7e46ee619
kubernetes-1.15.1	1.15	8e956561bbf5
kubernetes-1.15.1-beta.0	1.15	d697df55dbe9
kubernetes-1.15.2	1.15	2fe0317bcee0
kubernetes-1.15.2-beta.0	1.15	e7110fb801cf
kubernetes-1.15.3	1.15	e14f31a72a77
kubernetes-1.15.3-beta.0	1.15	01133ae33a4e
kubernetes-1.15.4	1.15	06eb1244587a
kubernetes-1.15.4-beta.0	1.15	80a1a93c2f21
kubernetes-1.15.5	1.15	54936ba21026
kubernetes-1.15.5-beta.0	1.15	56c36d2f2372
kubernetes-1.15.6	1.15	8cba805ad12d
kubernetes-1.15.6-beta.0	1.15	b3a3bab7e51f
kubernetes-1.15.7	1.15	38ca635ada5d
kubernetes-1.15.7-beta.0	1.15	7cb0fae7ea9f
kubernetes-1.15.8	1.15	0d8ac07342ee
kubernetes-1.15.8-beta.0	1.15	452ce57031f8
kubernetes-1.15.8-beta.1	1.15	54276fc66397
kubernetes-1.15.9	1.15	bcaa470f9d99
kubernetes-1.15.9-beta.0	1.15	3013d3e5282f
kubernetes-1.15.10	1.15	bb4f0ebb4744
kubernetes-1.15.10-beta.0	1.15	f1639530484d
kubernetes-1.15.11	1.15	3dbadc3cbc24
kubernetes-1.15.11-beta.0	1.15	ef9f22eb8117
kubernetes-1.15.12	1.15	28e1f35180cc
kubernetes-1.15.12-beta.0	1.15	ff0f03f28596
kubernetes-1.15.13-beta.0	1.15	0e81333bb50d
kubernetes-1.16.0	1.16	1fbdaa4c8d90
kubernetes-1.16.0-alpha.0	1.16	42f9eb3046f9
kubernetes-1.16.0-alpha.1	1.16	0b9df81a49b9
kubernetes-1.16.0-alpha.2	1.16	554656fd9dfc
kubernetes-1.16.0-alpha.3	1.16	8076529c96b8
kubernetes-1.16.0-beta.0	1.16	126d4091162d
kubernetes-1.16.0-beta.1	1.16	0a74433fb222
kubernetes-1.16.0-beta.2	1.16	1592ba1f99b8
kubernetes-1.16.0-rc.1	1.16	5d531c047890
kubernetes-1.16.0-rc.2	1.16	5ff489491ea7
kubernetes-1.16.1	1.16	f68efa97b39e
kubernetes-1.16.1-beta.0	1.16	c0d68a6b017a
kubernetes-1.16.2	1.16	bec269661e48
kubernetes-1.16.2-beta.0	1.16	9f8e52c915d3
kubernetes-1.16.3	1.16	6c5935290e33
kubernetes-1.16.3-beta.0	1.16	6dd9e8fec77e
kubernetes-1.16.4	1.16	20ea64f01e4d
kubernetes-1.16.4-beta.0	1.16	bce18dfc8d26
kubernetes-1.16.5	1.16	77d82f328e86
kubernetes-1.16.5-beta.0	1.16	88fb33cf2b7b
kubernetes-1.16.5-beta.1	1.16	f01bb31ea30a
kubernetes-1.16.6	1.16	e77b6202900a
kubernetes-1.16.6-beta.0	1.16	94ffa8fc040e
kubernetes-1.16.7	1.16	a6e4942d4327
kubernetes-1.16.7-beta.0	1.16	6168512483b8
kubernetes-1.16.8	1.16	ae52d63f38b9
kubernetes-1.16.8-beta.0	1.16	751cafb9e2cd
kubernetes-1.16.9	1.16	002560d5bf54
kubernetes-1.16.9-beta.0	1.16	f743cc3fc845
kubernetes-1.16.10	1.16	0f69009510c3
kubernetes-1.16.10-beta.0	1.16	5d8f446394e1
kubernetes-1.16.11	1.16	81c4b2b9eeff
kubernetes-1.16.11-rc.0	1.16	4e2bde04f2cc
kubernetes-1.16.12	1.16	bc3d5603e449
kubernetes-1.16.12-rc.0	1.16	1ef1fa633e43
kubernetes-1.16.12-rc.1	1.16	acfd9460550e
kubernetes-1.16.13	1.16	9a60e030176b
kubernetes-1.16.13-rc.0	1.16	7f9ae98e9b1c
kubernetes-1.16.14	1.16	a2f5b5dc82e6
kubernetes-1.16.14-rc.0	1.16	de08bbb66591
kubernetes-1.16.15	1.16	4744acb1ce54
kubernetes-1.16.15-rc.0	1.16	8df9b9d392b8
kubernetes-1.16.16-rc.0	1.16	7004a5ac666a
kubernetes-1.17.0	1.17	c68b62b1efa1
kubernetes-1.17.0-alpha.0	1.17	09fbbeea2ad6
kubernetes-1.17.0-alpha.1	1.17	e4642e2516bd
kubernetes-1.17.0-alpha.2	1.17	347e4def6c74
kubernetes-1.17.0-alpha.3	1.17	87e18d96d65e
kubernetes-1.17.0-beta.0	1.17	f5614af16d55
kubernetes-1.17.0-beta.1	1.17	df4eff532f89
kubernetes-1.17.0-beta.2	1.17	54e1c278f3e1
kubernetes-1.17.0-rc.1	1.17	ed16ecbdf3a0
kubernetes-1.17.0-rc.2	1.17	ea72ff2b5b2f
kubernetes-1.17.1	1.17	69012f50f4b0
kubernetes-1.17.1-beta.0	1.17	067b4ebedaca
kubernetes-1.17.2	1.17	bdedab45d4f6
kubernetes-1.17.3	1.17	ae93ed28af15
kubernetes-1.17.3-beta.0	1.17	a1fa2e7dd52a
kubernetes-1.17.4	1.17	9927afa28807
kubernetes-1.17.4-beta.0	1.17	77e0a9bae5bf
kubernetes-1.17.5	1.17	83ff4b85fd20
kubernetes-1.17.5-beta.0	1.17	31f7a3277ae2
kubernetes-1.17.6	1.17	1dc8aba5ffa6
kubernetes-1.17.6-beta.0	1.17	4b330d7ca3f4
kubernetes-1.17.7	1.17	bb7595983547
kubernetes-1.17.7-rc.0	1.17	63cdbb88a915
kubernetes-1.17.8	1.17	2dcee919fe90
kubernetes-1.17.8-rc.0	1.17	335d3b1d38dc
kubernetes-1.17.8-rc.1	1.17	f694a57165b5
kubernetes-1.17.9	1.17	693546bf5895
kubernetes-1.17.9-rc.0	1.17	41db891b3bf5
kubernetes-1.17.10-rc.0	1.17	d9201e1f6beb
kubernetes-1.17.11	1.17	96bd268c6b32
kubernetes-1.17.11-rc.1	1.17	5e8aeec71b8e
kubernetes-1.17.12	1.17	d93d2139373a
kubernetes-1.17.12-rc.0	1.17	ffe88ffdb697
kubernetes-1.17.13	1.17	e6017390cea5
kubernetes-1.17.13-rc.0	1.17	48a4c57519ab
kubernetes-1.17.14	1.17	004d1b6dfcb1
kubernetes-1.17.14-rc.0	1.17	fbb1adbdc834
kubernetes-1.17.15	1.17	5d54c88cef27
kubernetes-1.17.15-rc.0	1.17	c38bdb994554
kubernetes-1.17.16	1.17	6d083d1d1bb3
kubernetes-1.17.16-rc.0	1.17	da2246d71eb2
kubernetes-1.17.16-rc.1	1.17	2e2a841d0c7a
kubernetes-1.17.17	1.17	40525512cf35
kubernetes-1.17.17-rc.0	1.17	3e5f8edf1455
kubernetes-1.17.18-rc.0	1.17	ba2a65124bdb
kubernetes-1.18.0	1.18	0b19784585bd
kubernetes-1.18.0-alpha.0	1.18	56fddad37e62
kubernetes-1.18.0-alpha.1	1.18	161ce6706f89
kubernetes-1.18.0-alpha.2	1.18	cfaba55ee5bd
kubernetes-1.18.0-alpha.4	1.18	b9b199a03401
kubernetes-1.18.0-alpha.5	1.18	128cc3953ea3
kubernetes-1.18.0-beta.0	1.18	5ff74f98bc1b
kubernetes-1.18.0-beta.1	1.18	33a99c0dca04
kubernetes-1.18.0-beta.2	1.18	79bdd08d9889
kubernetes-1.18.0-rc.1	1.18	15626c3e2d2a
kubernetes-1.18.1	1.18	f81a9405fae9
kubernetes-1.18.1-beta.0	1.18	5ea691bdc1a0
kubernetes-1.18.2	1.18	6b7c68377979
kubernetes-1.18.2-beta.0	1.18	536dfb4139f9
kubernetes-1.18.3	1.18	7345229d4860
kubernetes-1.18.3-beta.0	1.18	889205adf627
kubernetes-1.18.4	1.18	e05ca24c4895
kubernetes-1.18.4-rc.0	1.18	ab4ae5c9a4cc
kubernetes-1.18.5	1.18	ef9570953e04
kubernetes-1.18.5-rc.0	1.18	5bd52e0a8983
kubernetes-1.18.5-rc.1	1.18	ff5d72944ac8
kubernetes-1.18.6	1.18	dea2c884774c
kubernetes-1.18.6-rc.0	1.18	426bfd3a2eea
kubernetes-1.18.7-rc.0	1.18	63c1f5201ae7
kubernetes-1.18.8	1.18	f31b3fe87d73
kubernetes-1.18.8-rc.1	1.18	2d9d7f2478ce
kubernetes-1.18.9	1.18	146dcd5d6f33
kubernetes-1.18.9-rc.0	1.18	4d40dff0ad5c
kubernetes-1.18.10	1.18	5f9873e4cab8
kubernetes-1.18.10-rc.0	1.18	2450ddb6f6e1
kubernetes-1.18.11-rc.0	1.18	73871dd86bf4
kubernetes-1.18.12	1.18	6cff822ba522
kubernetes-1.18.12-rc.1	1.18	8da5a08430b8
kubernetes-1.18.13	1.18	f0ffbb3aea69
kubernetes-1.18.13-rc.0	1.18	852cb7ab2533
kubernetes-1.18.14	1.18	28af562d40fa
kubernetes-1.18.14-rc.0	1.18	2a7bba872f29
kubernetes-1.18.14-rc.1	1.18	8d7747d44dcc
kubernetes-1.18.15	1.18	b4570ab99c8d
kubernetes-1.18.15-rc.0	1.18	866690f57c51
kubernetes-1.18.16	1.18	eac3e14b8aeb
kubernetes-1.18.16-rc.0	1.18	6bbd3ca30bf9
kubernetes-1.18.17	1.18	e467912882c9
kubernetes-1.18.17-rc.0	1.18	fcf13f46df75
kubernetes-1.18.18	1.18	73ae53dffbf2
kubernetes-1.18.18-rc.0	1.18	2138fc9d3872
kubernetes-1.18.19	1.18	a31487e3ef6b
kubernetes-1.18.19-rc.0	1.18	31a7f2839e20
kubernetes-1.18.20-rc.0	1.18	aae0a5786f0b
kubernetes-1.19.0	1.19	2568220050f6
kubernetes-1.19.0-alpha.0	1.19	c21f1e26fb37
kubernetes-1.19.0-alpha.1	1.19	ab4be91f964a
kubernetes-1.19.0-alpha.2	1.19	fa0e01894bae
kubernetes-1.19.0-alpha.3	1.19	70ca5f0ac24f
kubernetes-1.19.0-beta.0	1.19	110cf7ed73b5
kubernetes-1.19.0-beta.1	1.19	4fedb976048a
kubernetes-1.19.0-beta.2	1.19	bac7322090bc
kubernetes-1.19.0-rc.0	1.19	f4a2b2a4a703
kubernetes-1.19.0-rc.1	1.19	f7e4e244582d
kubernetes-1.19.0-rc.2	1.19	8d6f26336c64
kubernetes-1.19.0-rc.3	1.19	ee37d68b4156
kubernetes-1.19.0-rc.4	1.19	5521967004d8
kubernetes-1.19.1	1.19	028b2b5fa000
kubernetes-1.19.1-rc.0	1.19	9ad7951108e0
kubernetes-1.19.2	1.19	1d4a1e824370
kubernetes-1.19.2-rc.0	1.19	3048d3ef278d
kubernetes-1.19.3	1.19	7068d2c29396
kubernetes-1.19.3-rc.0	1.19	47c213b17d8d
kubernetes-1.19.4	1.19	2bb8681d6833
kubernetes-1.19.4-rc.0	1.19	957082fff39f
kubernetes-1.19.5	1.19	854fa8a99fd7
kubernetes-1.19.5-rc.0	1.19	fb77dc94c4b3
kubernetes-1.19.6	1.19	3ab43aa31c32
kubernetes-1.19.6-rc.0	1.19	3feda76d9e64
kubernetes-1.19.6-rc.1	1.19	843e12153c11
kubernetes-1.19.7	1.19	c7a570ddfedd
kubernetes-1.19.7-rc.0	1.19	2bda11874dab
kubernetes-1.19.8	1.19	90332c819085
kubernetes-1.19.8-rc.0	1.19	734079328c73
kubernetes-1.19.9	1.19	f3979e9a9fb8
kubernetes-1.19.9-rc.0	1.19	d7ef9ca5dcfd
kubernetes-1.19.10	1.19	eb59782c13b0
kubernetes-1.19.10-rc.0	1.19	7ef44463b2a6
kubernetes-1.19.11	1.19	bedd036250b3
kubernetes-1.19.11-rc.0	1.19	7206ac4af57f
kubernetes-1.19.12	1.19	3cb344ca3cb6
kubernetes-1.19.12-rc.0	1.19	ec06da877346
kubernetes-1.19.13	1.19	005cbda6d5ff
kubernetes-1.19.13-rc.0	1.19	5454dbb242e6
kubernetes-1.19.14	1.19	b8162dce9e91
kubernetes-1.19.14-rc.0	1.19	ea6aba233469
kubernetes-1.19.15	1.19	8a7aa8763006
kubernetes-1.19.15-rc.0	1.19	9fc4b7230cd2
kubernetes-1.19.16	1.19	f440adf500cd
kubernetes-1.19.16-rc.0	1.19	3204a0b2f52c
kubernetes-1.19.17-rc.0	1.19	29bbbadbe1e8
kubernetes-1.20.0	1.20	afa3b34fe368
kubernetes-1.20.0-alpha.0	1.20	2e7af12ebb60
kubernetes-1.20.0-alpha.1	1.20	63714016958d
kubernetes-1.20.0-alpha.2	1.20	a80f975967ad
kubernetes-1.20.0-alpha.3	1.20	9255be66a41b
kubernetes-1.20.0-beta.0	1.20	d0de3b5e66ab
kubernetes-1.20.0-beta.1	1.20	c3251a64da7b
kubernetes-1.20.0-beta.2	1.20	820c342e50a7
kubernetes-1.20.0-rc.0	1.20	e5d4215a90a9
kubernetes-1.20.1	1.20	40b34d25b436
kubernetes-1.20.1-rc.0	1.20	aa736b9192d6
kubernetes-1.20.1-rc.1	1.20	4b6b794783fe
kubernetes-1.20.2	1.20	a1a652a556b5
kubernetes-1.20.2-rc.0	1.20	addf7e90d20f
kubernetes-1.20.3	1.20	f8fe10dc2a74
kubernetes-1.20.3-rc.0	1.20	f866939a235c
kubernetes-1.20.4	1.20	48b276a58dba
kubernetes-1.20.4-rc.0	1.20	10c94dc0299e
kubernetes-1.20.5	1.20	05b7f154ae6b
kubernetes-1.20.5-rc.0	1.20	05ea91240732
kubernetes-1.20.6	1.20	45dab53b9202
kubernetes-1.20.6-rc.0	1.20	b3e199b0ca6d
kubernetes-1.20.7	1.20	435503cb1009
kubernetes-1.20.7-rc.0	1.20	a7ddb2756e85
kubernetes-1.20.8	1.20	723c49507182
kubernetes-1.20.8-rc.0	1.20	6f7bb01ba418
kubernetes-1.20.9	1.20	04cd3cba9493
kubernetes-1.20.9-rc.0	1.20	f3e5077d9b8e
kubernetes-1.20.10	1.20	d172f2b3f74e
kubernetes-1.20.10-rc.0	1.20	5a7ec96624ef
kubernetes-1.20.11	1.20	96cb04b0e71f
kubernetes-1.20.11-rc.0	1.20	15d2b5d7f164
kubernetes-1.20.12	1.20	e4148da02a3f
kubernetes-1.20.12-rc.0	1.20	1b513f4f3d08
kubernetes-1.20.13	1.20	04f047787279
kubernetes-1.20.13-rc.0	1.20	3355712e6b55
kubernetes-1.20.14	1.20	514a6dfd2244
kubernetes-1.20.14-rc.0	1.20	ec00e2043fc1
kubernetes-1.20.15	1.20	1b9f43a6c0b4
kubernetes-1.20.15-rc.0	1.20	f3a17ade26de
kubernetes-1.20.16-rc.0	1.20	744a562811a9
kubernetes-1.21.0	1.21	b09a9ce3bf3b
kubernetes-1.21.0-alpha.0	1.21	4350ff24fd5f
kubernetes-1.21.0-alpha.1	1.21	d0762ad3fa91
kubernetes-1.21.0-alpha.2	1.21	7d78f8dc90b4
kubernetes-1.21.0-alpha.3	1.21	27dce7ccea22
kubernetes-1.21.0-beta.0	1.21	f0b343266d8f
kubernetes-1.21.0-beta.1	1.21	c45f5d471c7e
kubernetes-1.21.0-rc.0	1.21	9c4b7622bc6e
kubernetes-1.21.1	1.21	58854425ecd2
kubernetes-1.21.1-rc.0	1.21	fb6fb2bdec43
kubernetes-1.21.2	1.21	6711973af1c5
kubernetes-1.21.2-rc.0	1.21	5884b251263d
kubernetes-1.21.3	1.21	e33707782915
kubernetes-1.21.3-rc.0	1.21	2dbc57275959
kubernetes-1.21.4	1.21	a2642abd5c72
kubernetes-1.21.4-rc.0	1.21	4b2319dc3d30
kubernetes-1.21.5	1.21	32851927df20
kubernetes-1.21.5-rc.0	1.21	233022c7803c
kubernetes-1.21.6	1.21	966a914f9f2e
kubernetes-1.21.6-rc.0	1.21	77169906fed1
kubernetes-1.21.7	1.21	fb2d02d49d1c
kubernetes-1.21.7-rc.0	1.21	a9a7c2e2818a
kubernetes-1.21.8	1.21	66dc0ea2c0e2
kubernetes-1.21.8-rc.0	1.21	f23ee3463a87
kubernetes-1.21.9	1.21	e1e98b3fc038
kubernetes-1.21.9-rc.0	1.21	d07b1c39c279
kubernetes-1.21.10	1.21	1dadc608ceb1
kubernetes-1.21.10-rc.0	1.21	32996ed2dfeb
kubernetes-1.21.11	1.21	a91257a935bf
kubernetes-1.21.11-rc.0	1.21	9aa2c30a2779
kubernetes-1.21.12	1.21	901d5e1a6a75
kubernetes-1.21.12-rc.0	1.21	9a4d11f287f5
kubernetes-1.21.13	1.21	3ec795807b1a
kubernetes-1.21.13-rc.0	1.21	fffef05ce3d7
kubernetes-1.21.14	1.21	9e3273fe2f25
kubernetes-1.21.14-rc.0	1.21	2ba9c1334a71
kubernetes-1.21.15-rc.0	1.21	106642ea7772
kubernetes-1.22.0	1.22	b7a07ff768c8
kubernetes-1.22.0-alpha.0	1.22	c5659b5285e2
kubernetes-1.22.0-alpha.1	1.22	b4e8663d8bf6
kubernetes-1.22.0-alpha.2	1.22	6d9b7db401ff
kubernetes-1.22.0-alpha.3	1.22	dadd6c8b61bf
kubernetes-1.22.0-beta.0	1.22	cae8ad7d6b4a
kubernetes-1.22.0-beta.1	1.22	b0fe31035f0e
kubernetes-1.22.0-beta.2	1.22	8a233ea759c5
kubernetes-1.22.0-rc.0	1.22	8ee144aefe5e
kubernetes-1.22.1	1.22	35bf219cc609
kubernetes-1.22.1-rc.0	1.22	08f4e4eea5ca
kubernetes-1.22.2	1.22	a4e27104a2f8
kubernetes-1.22.2-rc.0	1.22	baa50a8a4f60
kubernetes-1.22.3	1.22	006da668df1f
kubernetes-1.22.3-rc.0	1.22	47340e5a44dc
kubernetes-1.22.4	1.22	29f81448d77a
kubernetes-1.22.4-rc.0	1.22	978dc252443d
kubernetes-1.22.5	1.22	a406c9342705
kubernetes-1.22.5-rc.0	1.22	cb7bb39ed556
kubernetes-1.22.6	1.22	c76a06cc7d39
kubernetes-1.22.6-rc.0	1.22	1398cf19e10f
kubernetes-1.22.7	1.22	5d4a51ea95b1
kubernetes-1.22.7-rc.0	1.22	edbee042b2ff
kubernetes-1.22.8	1.22	364906732220
kubernetes-1.22.8-rc.0	1.22	4aa19c417a3a
kubernetes-1.22.9	1.22	8a58a371c454
kubernetes-1.22.9-rc.0	1.22	45f3f81036d3
kubernetes-1.22.10	1.22	066e0bd559c6
kubernetes-1.22.10-rc.0	1.22	d72e159a150a
kubernetes-1.22.11	1.22	b39b5b7d180c
kubernetes-1.22.11-rc.0	1.22	7c5c1b3bc508
kubernetes-1.22.12	1.22	3aad4c001a8d
kubernetes-1.22.12-rc.0	1.22	098bb3c53725
kubernetes-1.22.13	1.22	7f87a5df2274
kubernetes-1.22.13-rc.0	1.22	f3dea5dc4c7f
kubernetes-1.22.14	1.22	46058ccabeba
kubernetes-1.22.14-rc.0	1.22	ad04db163e68
kubernetes-1.22.15	1.22	150c3c96ff67
kubernetes-1.22.15-rc.0	1.22	c919bad2e154
kubernetes-1.22.16	1.22	1e9a74581623
kubernetes-1.22.16-rc.0	1.22	6ecc6555a581
kubernetes-1.22.17	1.22	1309f64d6648
kubernetes-1.22.17-rc.0	1.22	4939f3fd7680
kubernetes-1.22.18-rc.0	1.22	2ecb596ee88f
kubernetes-1.23.0	1.23	2371cfb50000
kubernetes-1.23.0-alpha.0	1.23	ce5acd8c1d85
kubernetes-1.23.0-alpha.1	1.23	d7354b1a3ef0
kubernetes-1.23.0-alpha.2	1.23	1c1f11726e34
kubernetes-1.23.0-alpha.3	1.23	9646a08c721c
kubernetes-1.23.0-alpha.4	1.23	1480773207cf
kubernetes-1.23.0-rc.0	1.23	009116621ded
kubernetes-1.23.0-rc.1	1.23	47c31d6d28e1
kubernetes-1.23.1	1.23	4ae0d1917adf
kubernetes-1.23.1-rc.0	1.23	2dfb96932c92
kubernetes-1.23.2	1.23	c096072e3835
kubernetes-1.23.2-rc.0	1.23	5cc33587b089
kubernetes-1.23.3	1.23	b28e5dc3384c
kubernetes-1.23.3-rc.0	1.23	71ab4ad9b1df
kubernetes-1.23.4	1.23	b425fb657986
kubernetes-1.23.4-rc.0	1.23	bf4fd4124df3
kubernetes-1.23.5	1.23	97582f25c9fa
kubernetes-1.23.5-rc.0	1.23	3ade1645e92a
kubernetes-1.23.6	1.23	be758edd136e
kubernetes-1.23.6-rc.0	1.23	b14f5f227c1d
kubernetes-1.23.7	1.23	2ed1d941824c
kubernetes-1.23.7-rc.0	1.23	eb5f349e1170
kubernetes-1.23.8	1.23	14fa49e736dc
kubernetes-1.23.8-rc.0	1.23	629672ad6b23
kubernetes-1.23.9	1.23	11f68c5f693c
kubernetes-1.23.9-rc.0	1.23	699f80142aab
kubernetes-1.23.10	1.23	89e8ee77eaac
kubernetes-1.23.10-rc.0	1.23	da648aacbe81
kubernetes-1.23.11	1.23	00601238d285
kubernetes-1.23.11-rc.0	1.23	9119230dead9
kubernetes-1.23.12	1.23	a5845daa0e48
kubernetes-1.23.12-rc.0	1.23	95fe9bc60a53
kubernetes-1.23.13	1.23	84e38b0e3633
kubernetes-1.23.13-rc.0	1.23	f5a8e644ca3a
kubernetes-1.23.14	1.23	c3f5d458cdd8
kubernetes-1.23.14-rc.0	1.23	5db6b12d97bf
kubernetes-1.23.15	1.23	27fda4ac6013
kubernetes-1.23.15-rc.0	1.23	df057f227264
kubernetes-1.23.16	1.23	6a3c04e593dc
kubernetes-1.23.16-rc.0	1.23	8a9119cfa870
kubernetes-1.23.17	1.23	6323305c7908
kubernetes-1.23.17-rc.0	1.23	3d6d30e55a90
kubernetes-1.23.18-rc.0	1.23	e9722d17a0e8
kubernetes-1.24.0	1.24	cab7ba1d4a52
kubernetes-1.24.0-alpha.0	1.24	9a8226511c90
kubernetes-1.24.0-alpha.1	1.24	54b7c48717e8
kubernetes-1.24.0-alpha.2	1.24	2ae866c09b24
kubernetes-1.24.0-alpha.3	1.24	20e1b926f00d
kubernetes-1.24.0-alpha.4	1.24	66c153f4e749
kubernetes-1.24.0-beta.0	1.24	12b37409eb1a
kubernetes-1.24.0-rc.0	1.24	961d812034f6
kubernetes-1.24.0-rc.1	1.24	fbee0e2c8835
kubernetes-1.24.1	1.24	246c54064332
kubernetes-1.24.1-rc.0	1.24	70ef8a2614fd
kubernetes-1.24.2	1.24	7e9c304fe772
kubernetes-1.24.2-rc.0	1.24	b182cb7ade98
kubernetes-1.24.3	1.24	ee1a5aaf793a
kubernetes-1.24.3-rc.0	1.24	e6527b4c7ac9
kubernetes-1.24.4	1.24	3e73df67605e
kubernetes-1.24.4-rc.0	1.24	6ad4b6f1fd8c
kubernetes-1.24.5	1.24	8d523c09e7c2
kubernetes-1.24.5-rc.0	1.24	8ebfff1e4564
kubernetes-1.24.6	1.24	8596c55b5ab1
kubernetes-1.24.6-rc.0	1.24	5c864768b4a9
kubernetes-1.24.7	1.24	97058812c480
kubernetes-1.24.7-rc.0	1.24	645076a0b81a
kubernetes-1.24.8	1.24	9338614c8273
kubernetes-1.24.8-rc.0	1.24	103fac4f00df
kubernetes-1.24.9	1.24	2b7499604b5f
kubernetes-1.24.9-rc.0	1.24	048f8879c4d7
kubernetes-1.24.10	1.24	68af50a1e57c
kubernetes-1.24.10-rc.0	1.24	634dee600e34
kubernetes-1.24.11	1.24	f457f9a91b70
kubernetes-1.24.11-rc.0	1.24	90b09906897c
kubernetes-1.24.12	1.24	86cb738fc83d
kubernetes-1.24.12-rc.0	1.24	8a554aa86140
kubernetes-1.24.13	1.24	0b0067519a00
kubernetes-1.24.14	1.24	8831f33bcc20
kubernetes-1.24.15	1.24	a5f138a8a454
kubernetes-1.24.16	1.24	e3d8b4b4d19e
kubernetes-1.24.17	1.24	28dd10be1f9c
kubernetes-1.25.0	1.25	2666bd29867c
kubernetes-1.25.0-alpha.0	1.25	24b3ebb27a01
kubernetes-1.25.0-alpha.1	1.25	f71ee81953e6
kubernetes-1.25.0-alpha.2	1.25	456981240ef9
kubernetes-1.25.0-alpha.3	1.25	52c50d2fc27a
kubernetes-1.25.0-beta.0	1.25	0e86f563accd
kubernetes-1.25.0-rc.0	1.25	89b748aeae69
kubernetes-1.25.0-rc.1	1.25	33460d32ed4b
kubernetes-1.25.1	1.25	94e3f9cfec72
kubernetes-1.25.1-rc.0	1.25	d3831421601e
kubernetes-1.25.2	1.25	593f096b659f
kubernetes-1.25.2-rc.0	1.25	0b000c3f6e1c
kubernetes-1.25.3	1.25	62756eea6f0e
kubernetes-1.25.3-rc.0	1.25	383ebdccbe36
kubernetes-1.25.4	1.25	7226b15af000
kubernetes-1.25.4-rc.0	1.25	9236e76a0e3a
kubernetes-1.25.5	1.25	e10d1ea1b12c
kubernetes-1.25.5-rc.0	1.25	1fdabecfdb1c
kubernetes-1.25.6	1.25	2c8128c8fba0
kubernetes-1.25.6-rc.0	1.25	c8912866ddc7
kubernetes-1.25.7	1.25	6c67334bd9b2
kubernetes-1.25.7-rc.0	1.25	32de1a128554
kubernetes-1.25.8	1.25	4cb537502205
kubernetes-1.25.8-rc.0	1.25	13021e1397ca
kubernetes-1.25.9	1.25	6761a11e0bb0
kubernetes-1.25.10	1.25	54b98bb630df
kubernetes-1.25.11	1.25	71fde77b7f35
kubernetes-1.25.12	1.25	0a3e4ef94219
kubernetes-1.25.13	1.25	5be835d31aab
kubernetes-1.25.14	1.25	c738a5e83113
kubernetes-1.25.15	1.25	80cc0af5171d
kubernetes-1.25.16	1.25	e8e56a3499dd
kubernetes-1.26.0	1.26	e7cd4ba474b5
kubernetes-1.26.0-alpha.0	1.26	6fccb112f13b
kubernetes-1.26.0-alpha.1	1.26	57716e046b00
kubernetes-1.26.0-alpha.2	1.26	d2df14722e4c
kubernetes-1.26.0-alpha.3	1.26	4f91c800d440
kubernetes-1.26.0-beta.0	1.26	cf1cac2e9637
kubernetes-1.26.0-rc.0	1.26	465512c276b1
kubernetes-1.26.0-rc.1	1.26	27a2b7b98c41
kubernetes-1.26.1	1.26	babfe9663190
kubernetes-1.26.1-rc.0	1.26	2ea2de1c6199
kubernetes-1.26.2	1.26	620cb6067534
kubernetes-1.26.2-rc.0	1.26	0b8a423c90d3
kubernetes-1.26.3	1.26	8cbca742aebe
kubernetes-1.26.3-rc.0	1.26	6caccdf461b2
kubernetes-1.26.4	1.26	4c37c66bb85e
kubernetes-1.26.5	1.26	6e9dabb6762c
kubernetes-1.26.6	1.26	6ab07f775da9
kubernetes-1.26.7	1.26	30088cdd7e8d
kubernetes-1.26.8	1.26	e7a795639554
kubernetes-1.26.9	1.26	82608c6a8138
kubernetes-1.26.10	1.26	e796c90e5348
kubernetes-1.26.11	1.26	9376f8e3e04a
kubernetes-1.26.12	1.26	587796ace18f
kubernetes-1.26.13	1.26	e6f7698a3e2c
kubernetes-1.26.14	1.26	bda79d41e9f4
kubernetes-1.26.15	1.26	f70badf7fad1
kubernetes-1.27.0	1.27	704cac462081
kubernetes-1.27.0-alpha.0	1.27	a0a39afef01b
kubernetes-1.27.0-alpha.1	1.27	9b108793f0a5
kubernetes-1.27.0-alpha.2	1.27	bb22d27fc7db
kubernetes-1.27.0-alpha.3	1.27	ff66d402746e
kubernetes-1.27.0-beta.0	1.27	c8d7f51f618f
kubernetes-1.27.0-rc.0	1.27	17fc8a090b5d
kubernetes-1.27.0-rc.1	1.27	692e1e94f0d5
kubernetes-1.27.1	1.27	6c596fdbc11c
kubernetes-1.27.2	1.27	7c4f8c88f6cb
kubernetes-1.27.3	1.27	4d71421d948d
kubernetes-1.27.4	1.27	c04e419b6ad1
kubernetes-1.27.5	1.27	5a6ea3612a86
kubernetes-1.27.6	1.27	f2d91322bf55
kubernetes-1.27.7	1.27	bec45d3c69b5
kubernetes-1.27.8	1.27	393d7cebae79
kubernetes-1.27.9	1.27	ce598b9f33a2
kubernetes-1.27.10	1.27	dedf54e6de81
kubernetes-1.27.11	1.27	b80007ccf357
kubernetes-1.27.12	1.27	c991e9a3b5c4
kubernetes-1.27.13	1.27	6423f18f703b
kubernetes-1.27.14	1.27	b2b4f7cf0f0c
kubernetes-1.27.15	1.27	67dc91381672
kubernetes-1.27.16	1.27	8829919e29ed
kubernetes-1.28.0	1.28	9081272f7fb2
kubernetes-1.28.0-alpha.0	1.28	ecd5faa6f951
kubernetes-1.28.0-alpha.1	1.28	3bc0b31a81b7
kubernetes-1.28.0-alpha.2	1.28	accb080e33e2
kubernetes-1.28.0-alpha.3	1.28	621242f825b3
kubernetes-1.28.0-alpha.4	1.28	37837102cd24
kubernetes-1.28.0-beta.0	1.28	9a6774d3a176
kubernetes-1.28.0-rc.0	1.28	a0f28ad38824
kubernetes-1.28.0-rc.1	1.28	04526ff4dd1b
kubernetes-1.28.1	1.28	dd6c5527b7a1
kubernetes-1.28.2	1.28	6030d798e440
kubernetes-1.28.3	1.28	9d454d6c3adf
kubernetes-1.28.4	1.28	dc247fecb923
kubernetes-1.28.5	1.28	94205f8c40c6
kubernetes-1.28.6	1.28	ec3fadfb2b14
kubernetes-1.28.7	1.28	001ca025743c
kubernetes-1.28.8	1.28	36c461ca57ec
kubernetes-1.28.9	1.28	e2101e16480f
kubernetes-1.28.10	1.28	8f0ddabc697f
kubernetes-1.28.11	1.28	0663e45786de
kubernetes-1.28.12	1.28	6386c4bd89bc
kubernetes-1.28.13	1.28	072b798d11fd
kubernetes-1.28.14	1.28	6c3e5801b84e
kubernetes-1.28.15	1.28	d52a08760b7e
kubernetes-1.29.0	1.29	fb8b7346aace
kubernetes-1.29.0-alpha.0	1.29	40a8abb1fef7
kubernetes-1.29.0-alpha.1	1.29	20885dae8cb7
kubernetes-1.29.0-alpha.2	1.29	9421327399ec
kubernetes-1.29.0-alpha.3	1.29	304f9afaac21
kubernetes-1.29.0-rc.0	1.29	1370a40b7f29
kubernetes-1.29.0-rc.1	1.29	a456339dc30e
kubernetes-1.29.0-rc.2	1.29	358f2c7ab445
kubernetes-1.29.1	1.29	b0ed45df6613
kubernetes-1.29.2	1.29	62c5e9e7b4bd
kubernetes-1.29.3	1.29	46588f2726fa
kubernetes-1.29.4	1.29	9f00f2c9b2bb
kubernetes-1.29.5	1.29	4467d2d9817b
kubernetes-1.29.6	1.29	264f302431a6
kubernetes-1.29.7	1.29	49b2c81cadd7
kubernetes-1.29.8	1.29	867b18821e49
kubernetes-1.29.9	1.29	42752665f137
kubernetes-1.29.10	1.29	56676936fda8
kubernetes-1.29.11	1.29	8c994ba4e623
kubernetes-1.29.12	1.29	ce7e726471eb
kubernetes-1.29.13	1.29	cc93253c2f96
kubernetes-1.29.14	1.29	5dc33244556b
kubernetes-1.29.15	1.29	e94b988d4af1
kubernetes-1.30.0	1.30	3aa45779f2e5
kubernetes-1.30.0-alpha.0	1.30	c79ed195ea84
kubernetes-1.30.0-alpha.1	1.30	3f9c0e9ceb9f
kubernetes-1.30.0-alpha.2	1.30	5dc18a7aede2
kubernetes-1.30.0-alpha.3	1.30	7f4bc0ee624b
kubernetes-1.30.0-beta.0	1.30	a909ceb58fa3
kubernetes-1.30.0-rc.0	1.30	5384afa135d7
kubernetes-1.30.0-rc.1	1.30	742f2335b9e4
kubernetes-1.30.0-rc.2	1.30	cee763f346aa
kubernetes-1.30.1	1.30	8e3349bf5499
kubernetes-1.30.2	1.30	592d891671b2
kubernetes-1.30.3	1.30	ece8c0001459
kubernetes-1.30.4	1.30	33d7cb6f22a8
kubernetes-1.30.5	1.30	07d68c820b85
kubernetes-1.30.6	1.30	24ad14499265
kubernetes-1.30.7	1.30	255d1dd98c2c
kubernetes-1.30.8	1.30	b47f9d493bdc
kubernetes-1.30.9	1.30	2d3af1c28ade
kubernetes-1.30.10	1.30	25aacdf9b021
kubernetes-1.30.11	1.30	d7cf8c9b3193
kubernetes-1.30.12	1.30	2673833c9d23
kubernetes-1.30.13	1.30	5aad27e7ba95
kubernetes-1.30.14	1.30	e0974dcc31e5
kubernetes-1.31.0	1.31	02a19c375c49
kubernetes-1.31.0-alpha.0	1.31	d39033f045f2
kubernetes-1.31.0-alpha.1	1.31	0d728e628729
kubernetes-1.31.0-alpha.2	1.31	ef61656b8a37
kubernetes-1.31.0-alpha.3	1.31	67d4de780d32
kubernetes-1.31.0-beta.0	1.31	1b189bad12ba
kubernetes-1.31.0-rc.0	1.31	52a8acc26a51
kubernetes-1.31.0-rc.1	1.31	a5110e3cfd46
kubernetes-1.31.1	1.31	c5196ebcc18e
kubernetes-1.31.2	1.31	270e5ab17145
kubernetes-1.31.3	1.31	ef98edcb9b36
kubernetes-1.31.4	1.31	4b5b7fa1eef9
kubernetes-1.31.5	1.31	f874bdf34413
kubernetes-1.31.6	1.31	f8a6f48d8e4e
kubernetes-1.31.7	1.31	445043185815
kubernetes-1.31.8	1.31	aed7e56a01ea
kubernetes-1.31.9	1.31	21a94d495971
kubernetes-1.31.10	1.31	c88bbf6bdaf8
kubernetes-1.31.11	1.31	abe8c6c78ccc
kubernetes-1.31.12	1.31	782358486163
kubernetes-1.31.13	1.31	68b71e8c329e
kubernetes-1.31.14	1.31	7c4160db6d7a
kubernetes-1.32.0	1.32	0d554618e21a
kubernetes-1.32.0-alpha.0	1.32	183d19832746
kubernetes-1.32.0-alpha.1	1.32	d0ad18c2fcc1
kubernetes-1.32.0-alpha.2	1.32	6e81f97bd959
kubernetes-1.32.0-alpha.3	1.32	79a7334678c3
kubernetes-1.32.0-beta.0	1.32	42722cdad2a2
kubernetes-1.32.0-rc.0	1.32	4ea8474dc7f8
kubernetes-1.32.0-rc.1	1.32	5ab0e4c86023
kubernetes-1.32.0-rc.2	1.32	c8fe61c9c4bf
kubernetes-1.32.1	1.32	9d43434511c4
kubernetes-1.32.2	1.32	86ff7a15de4e
kubernetes-1.32.3	1.32	c106b23895ed
kubernetes-1.32.4	1.32	7abc795f6150
kubernetes-1.32.5	1.32	be54dafcc3ad
kubernetes-1.32.6	1.32	c52bc113af19
kubernetes-1.32.7	1.32	8f8431d3f24f
kubernetes-1.32.8	1.32	798361a3ff2a
kubernetes-1.32.9	1.32	5f4444947b31
kubernetes-1.32.10	1.32	de181b01774c
kubernetes-1.32.11	1.32	eb1d92f29ced
kubernetes-1.32.12	1.32	4cbd4f7480ed
kubernetes-1.32.13	1.32	4e84f2419846
kubernetes-1.33.0	1.33	3aa3c77983ce
kubernetes-1.33.0-alpha.0	1.33	289299a4b9fd
kubernetes-1.33.0-alpha.1	1.33	afa4b4adc4f5
kubernetes-1.33.0-alpha.2	1.33	cce6f521f112
kubernetes-1.33.0-alpha.3	1.33	d3a97a308eef
kubernetes-1.33.0-beta.0	1.33	dd35d933c56e
kubernetes-1.33.0-rc.0	1.33	5985c3c311cd
kubernetes-1.33.0-rc.1	1.33	0b317dbef3db
kubernetes-1.33.1	1.33	e7397e54da6d
kubernetes-1.33.2	1.33	f2e6cadbe00d
kubernetes-1.33.3	1.33	23a84e44140a
kubernetes-1.33.4	1.33	9c62a4c57feb
kubernetes-1.33.5	1.33	eb437e3f242e
kubernetes-1.33.6	1.33	9ddecfc5b199
kubernetes-1.33.7	1.33	394f88dd68a7
kubernetes-1.33.8	1.33	2e4aff7355f8
kubernetes-1.33.9	1.33	79fc3d82b1d0
kubernetes-1.33.10	1.33	54813a966618
kubernetes-1.33.11	1.33	80b727f02718
kubernetes-1.33.12	1.33	f82b58adc8e6
kubernetes-1.33.13	1.33	dc14a3808635
kubernetes-1.34.0	1.34	b1c7d7bb6258
kubernetes-1.34.0-alpha.0	1.34	4e8a53562c07
kubernetes-1.34.0-alpha.1	1.34	e6ad1934ac7e
kubernetes-1.34.0-alpha.2	1.34	b9ffbee154a9
kubernetes-1.34.0-alpha.3	1.34	51aa8455791f
kubernetes-1.34.0-beta.0	1.34	daba11968879
kubernetes-1.34.0-rc.0	1.34	a99c51b3295b
kubernetes-1.34.0-rc.1	1.34	627f03916732
kubernetes-1.34.0-rc.2	1.34	8d516ca46d47
kubernetes-1.34.1	1.34	d033c497ffef
kubernetes-1.34.2	1.34	54601aa99ffd
kubernetes-1.34.3	1.34	38928043aa3e
kubernetes-1.34.4	1.34	d4cfd0702861
kubernetes-1.34.5	1.34	188736d2d1fe
kubernetes-1.34.6	1.34	2ca4863a4014
kubernetes-1.34.7	1.34	9ba2b870d2dc
kubernetes-1.34.8	1.34	1650e4f98a3c
kubernetes-1.34.9	1.34	19764777078f
kubernetes-1.34.10	1.34	e1a156ee233b
kubernetes-1.35.0	1.35	9bcb69436287
kubernetes-1.35.0-alpha.0	1.35	4e67598575e2
kubernetes-1.35.0-alpha.1	1.35	4256cfda8622
kubernetes-1.35.0-alpha.2	1.35	0ee46383f12f
kubernetes-1.35.0-alpha.3	1.35	bc679d1ba7bc
kubernetes-1.35.0-beta.0	1.35	99cbc76d90a7
kubernetes-1.35.0-rc.0	1.35	0a1ee4e0f499
kubernetes-1.35.0-rc.1	1.35	8dc323e7298d
kubernetes-1.35.1	1.35	b464ad8ba822
kubernetes-1.35.2	1.35	a21b32978c42
kubernetes-1.35.3	1.35	4f1f0a2dce40
kubernetes-1.35.4	1.35	d43aed2afb13
kubernetes-1.35.5	1.35	906076cd0234
kubernetes-1.35.6	1.35	ad0b54ea523b
kubernetes-1.35.7	1.35	d2a9618f5864
kubernetes-1.36.0	1.36	1d95f02c1723
kubernetes-1.36.0-alpha.0	1.36	8c53c296edd9
kubernetes-1.36.0-alpha.1	1.36	0f60bc9b6905
kubernetes-1.36.0-alpha.2	1.36	ea4816f0ebd7
kubernetes-1.36.0-beta.0	1.36	213a618af695
kubernetes-1.36.0-rc.0	1.36	692db0b73f29
kubernetes-1.36.0-rc.1	1.36	ec6b935e3a12
kubernetes-1.36.1	1.36	55ef15a9fb55
kubernetes-1.36.2	1.36	877f5359348b
kubernetes-1.36.3	1.36	44a8af2fee83
kubernetes-1.37.0-alpha.0	1.37	03af60434236
kubernetes-1.37.0-alpha.1	1.37	81042e1c538e
kubernetes-1.37.0-alpha.2	1.37	68d28fb0b452
kubernetes-1.37.0-alpha.3	1.37	e127a78b9099
kubernetes-1.37.0-beta.0	1.37	e68a8a7323d4
v0.15.7	1.15	38ca635ada5d
v0.15.8	1.15	0d8ac07342ee
v0.15.8-beta.0	1.15	452ce57031f8
v0.15.8-beta.1	1.15	54276fc66397
v0.15.9	1.15	bcaa470f9d99
v0.15.9-beta.0	1.15	3013d3e5282f
v0.15.10	1.15	bb4f0ebb4744
v0.15.10-beta.0	1.15	f1639530484d
v0.15.11	1.15	3dbadc3cbc24
v0.15.11-beta.0	1.15	ef9f22eb8117
v0.15.12	1.15	28e1f35180cc
v0.15.12-beta.0	1.15	ff0f03f28596
v0.15.13-beta.0	1.15	0e81333bb50d
v0.16.4	1.16	20ea64f01e4d
v0.16.5	1.16	77d82f328e86
v0.16.5-beta.0	1.16	88fb33cf2b7b
v0.16.5-beta.1	1.16	f01bb31ea30a
v0.16.6	1.16	e77b6202900a
v0.16.6-beta.0	1.16	94ffa8fc040e
v0.16.7	1.16	a6e4942d4327
v0.16.7-beta.0	1.16	6168512483b8
v0.16.8	1.16	ae52d63f38b9
v0.16.8-beta.0	1.16	751cafb9e2cd
v0.16.9	1.16	002560d5bf54
v0.16.9-beta.0	1.16	f743cc3fc845
v0.16.10	1.16	0f69009510c3
v0.16.10-beta.0	1.16	5d8f446394e1
v0.16.11	1.16	81c4b2b9eeff
v0.16.11-rc.0	1.16	4e2bde04f2cc
v0.16.12	1.16	bc3d5603e449
v0.16.12-rc.0	1.16	1ef1fa633e43
v0.16.12-rc.1	1.16	acfd9460550e
v0.16.13	1.16	9a60e030176b
v0.16.13-rc.0	1.16	7f9ae98e9b1c
v0.16.14	1.16	a2f5b5dc82e6
v0.16.14-rc.0	1.16	de08bbb66591
v0.16.15	1.16	4744acb1ce54
v0.16.15-rc.0	1.16	8df9b9d392b8
v0.16.16-rc.0	1.16	7004a5ac666a
v0.17.0	1.17	c68b62b1efa1
v0.17.1	1.17	69012f50f4b0
v0.17.1-beta.0	1.17	067b4ebedaca
v0.17.2	1.17	bdedab45d4f6
v0.17.3	1.17	ae93ed28af15
v0.17.3-beta.0	1.17	a1fa2e7dd52a
v0.17.4	1.17	9927afa28807
v0.17.4-beta.0	1.17	77e0a9bae5bf
v0.17.5	1.17	83ff4b85fd20
v0.17.5-beta.0	1.17	31f7a3277ae2
v0.17.6	1.17	1dc8aba5ffa6
v0.17.6-beta.0	1.17	4b330d7ca3f4
v0.17.7	1.17	bb7595983547
v0.17.7-rc.0	1.17	63cdbb88a915
v0.17.8	1.17	2dcee919fe90
v0.17.8-rc.0	1.17	335d3b1d38dc
v0.17.8-rc.1	1.17	f694a57165b5
v0.17.9	1.17	693546bf5895
v0.17.9-rc.0	1.17	41db891b3bf5
v0.17.10-rc.0	1.17	d9201e1f6beb
v0.17.11	1.17	96bd268c6b32
v0.17.11-rc.1	1.17	5e8aeec71b8e
v0.17.12	1.17	d93d2139373a
v0.17.12-rc.0	1.17	ffe88ffdb697
v0.17.13	1.17	e6017390cea5
v0.17.13-rc.0	1.17	48a4c57519ab
v0.17.14	1.17	004d1b6dfcb1
v0.17.14-rc.0	1.17	fbb1adbdc834
v0.17.15	1.17	5d54c88cef27
v0.17.15-rc.0	1.17	c38bdb994554
v0.17.16	1.17	6d083d1d1bb3
v0.17.16-rc.0	1.17	da2246d71eb2
v0.17.16-rc.1	1.17	2e2a841d0c7a
v0.17.17	1.17	40525512cf35
v0.17.17-rc.0	1.17	3e5f8edf1455
v0.17.18-rc.0	1.17	ba2a65124bdb
v0.18.0	1.18	0b19784585bd
v0.18.0-alpha.1	1.18	161ce6706f89
v0.18.0-alpha.2	1.18	cfaba55ee5bd
v0.18.0-alpha.4	1.18	b9b199a03401
v0.18.0-alpha.5	1.18	128cc3953ea3
v0.18.0-beta.0	1.18	5ff74f98bc1b
v0.18.0-beta.1	1.18	33a99c0dca04
v0.18.0-beta.2	1.18	79bdd08d9889
v0.18.0-rc.1	1.18	15626c3e2d2a
v0.18.1	1.18	f81a9405fae9
v0.18.1-beta.0	1.18	5ea691bdc1a0
v0.18.2	1.18	6b7c68377979
v0.18.2-beta.0	1.18	536dfb4139f9
v0.18.3	1.18	7345229d4860
v0.18.3-beta.0	1.18	889205adf627
v0.18.4	1.18	e05ca24c4895
v0.18.4-rc.0	1.18	ab4ae5c9a4cc
v0.18.5	1.18	ef9570953e04
v0.18.5-rc.0	1.18	5bd52e0a8983
v0.18.5-rc.1	1.18	ff5d72944ac8
v0.18.6	1.18	dea2c884774c
v0.18.6-rc.0	1.18	426bfd3a2eea
v0.18.7-rc.0	1.18	63c1f5201ae7
v0.18.8	1.18	f31b3fe87d73
v0.18.8-rc.1	1.18	2d9d7f2478ce
v0.18.9	1.18	146dcd5d6f33
v0.18.9-rc.0	1.18	4d40dff0ad5c
v0.18.10	1.18	5f9873e4cab8
v0.18.10-rc.0	1.18	2450ddb6f6e1
v0.18.11-rc.0	1.18	73871dd86bf4
v0.18.12	1.18	6cff822ba522
v0.18.12-rc.1	1.18	8da5a08430b8
v0.18.13	1.18	f0ffbb3aea69
v0.18.13-rc.0	1.18	852cb7ab2533
v0.18.14	1.18	28af562d40fa
v0.18.14-rc.0	1.18	2a7bba872f29
v0.18.14-rc.1	1.18	8d7747d44dcc
v0.18.15	1.18	b4570ab99c8d
v0.18.15-rc.0	1.18	866690f57c51
v0.18.16	1.18	eac3e14b8aeb
v0.18.16-rc.0	1.18	6bbd3ca30bf9
v0.18.17	1.18	e467912882c9
v0.18.17-rc.0	1.18	fcf13f46df75
v0.18.18	1.18	73ae53dffbf2
v0.18.18-rc.0	1.18	2138fc9d3872
v0.18.19	1.18	a31487e3ef6b
v0.18.19-rc.0	1.18	31a7f2839e20
v0.18.20-rc.0	1.18	aae0a5786f0b
v0.19.0	1.19	2568220050f6
v0.19.0-alpha.0	1.19	c21f1e26fb37
v0.19.0-alpha.1	1.19	ab4be91f964a
v0.19.0-alpha.2	1.19	fa0e01894bae
v0.19.0-alpha.3	1.19	70ca5f0ac24f
v0.19.0-beta.0	1.19	110cf7ed73b5
v0.19.0-beta.1	1.19	4fedb976048a
v0.19.0-beta.2	1.19	bac7322090bc
v0.19.0-rc.0	1.19	f4a2b2a4a703
v0.19.0-rc.1	1.19	f7e4e244582d
v0.19.0-rc.2	1.19	8d6f26336c64
v0.19.0-rc.3	1.19	ee37d68b4156
v0.19.0-rc.4	1.19	5521967004d8
v0.19.1	1.19	028b2b5fa000
v0.19.1-rc.0	1.19	9ad7951108e0
v0.19.2	1.19	1d4a1e824370
v0.19.2-rc.0	1.19	3048d3ef278d
v0.19.3	1.19	7068d2c29396
v0.19.3-rc.0	1.19	47c213b17d8d
v0.19.4	1.19	2bb8681d6833
v0.19.4-rc.0	1.19	957082fff39f
v0.19.5	1.19	854fa8a99fd7
v0.19.5-rc.0	1.19	fb77dc94c4b3
v0.19.6	1.19	3ab43aa31c32
v0.19.6-rc.0	1.19	3feda76d9e64
v0.19.6-rc.1	1.19	843e12153c11
v0.19.7	1.19	c7a570ddfedd
v0.19.7-rc.0	1.19	2bda11874dab
v0.19.8	1.19	90332c819085
v0.19.8-rc.0	1.19	734079328c73
v0.19.9	1.19	f3979e9a9fb8
v0.19.9-rc.0	1.19	d7ef9ca5dcfd
v0.19.10	1.19	eb59782c13b0
v0.19.10-rc.0	1.19	7ef44463b2a6
v0.19.11	1.19	bedd036250b3
v0.19.11-rc.0	1.19	7206ac4af57f
v0.19.12	1.19	3cb344ca3cb6
v0.19.12-rc.0	1.19	ec06da877346
v0.19.13	1.19	005cbda6d5ff
v0.19.13-rc.0	1.19	5454dbb242e6
v0.19.14	1.19	b8162dce9e91
v0.19.14-rc.0	1.19	ea6aba233469
v0.19.15	1.19	8a7aa8763006
v0.19.15-rc.0	1.19	9fc4b7230cd2
v0.19.16	1.19	f440adf500cd
v0.19.16-rc.0	1.19	3204a0b2f52c
v0.19.17-rc.0	1.19	29bbbadbe1e8
v0.20.0	1.20	afa3b34fe368
v0.20.0-alpha.0	1.20	2e7af12ebb60
v0.20.0-alpha.1	1.20	63714016958d
v0.20.0-alpha.2	1.20	a80f975967ad
v0.20.0-alpha.3	1.20	9255be66a41b
v0.20.0-beta.0	1.20	d0de3b5e66ab
v0.20.0-beta.1	1.20	c3251a64da7b
v0.20.0-beta.2	1.20	820c342e50a7
v0.20.0-rc.0	1.20	e5d4215a90a9
v0.20.1	1.20	40b34d25b436
v0.20.1-rc.0	1.20	aa736b9192d6
v0.20.1-rc.1	1.20	4b6b794783fe
v0.20.2	1.20	a1a652a556b5
v0.20.2-rc.0	1.20	addf7e90d20f
v0.20.3	1.20	f8fe10dc2a74
v0.20.3-rc.0	1.20	f866939a235c
v0.20.4	1.20	48b276a58dba
v0.20.4-rc.0	1.20	10c94dc0299e
v0.20.5	1.20	05b7f154ae6b
v0.20.5-rc.0	1.20	05ea91240732
v0.20.6	1.20	45dab53b9202
v0.20.6-rc.0	1.20	b3e199b0ca6d
v0.20.7	1.20	435503cb1009
v0.20.7-rc.0	1.20	a7ddb2756e85
v0.20.8	1.20	723c49507182
v0.20.8-rc.0	1.20	6f7bb01ba418
v0.20.9	1.20	04cd3cba9493
v0.20.9-rc.0	1.20	f3e5077d9b8e
v0.20.10	1.20	d172f2b3f74e
v0.20.10-rc.0	1.20	5a7ec96624ef
v0.20.11	1.20	96cb04b0e71f
v0.20.11-rc.0	1.20	15d2b5d7f164
v0.20.12	1.20	e4148da02a3f
v0.20.12-rc.0	1.20	1b513f4f3d08
v0.20.13	1.20	04f047787279
v0.20.13-rc.0	1.20	3355712e6b55
v0.20.14	1.20	514a6dfd2244
v0.20.14-rc.0	1.20	ec00e2043fc1
v0.20.15	1.20	1b9f43a6c0b4
v0.20.15-rc.0	1.20	f3a17ade26de
v0.20.16-rc.0	1.20	744a562811a9
v0.21.0	1.21	b09a9ce3bf3b
v0.21.0-alpha.0	1.21	4350ff24fd5f
v0.21.0-alpha.1	1.21	d0762ad3fa91
v0.21.0-alpha.2	1.21	7d78f8dc90b4
v0.21.0-alpha.3	1.21	27dce7ccea22
v0.21.0-beta.0	1.21	f0b343266d8f
v0.21.0-beta.1	1.21	c45f5d471c7e
v0.21.0-rc.0	1.21	9c4b7622bc6e
v0.21.1	1.21	58854425ecd2
v0.21.1-rc.0	1.21	fb6fb2bdec43
v0.21.2	1.21	6711973af1c5
v0.21.2-rc.0	1.21	5884b251263d
v0.21.3	1.21	e33707782915
v0.21.3-rc.0	1.21	2dbc57275959
v0.21.4	1.21	a2642abd5c72
v0.21.4-rc.0	1.21	4b2319dc3d30
v0.21.5	1.21	32851927df20
v0.21.5-rc.0	1.21	233022c7803c
v0.21.6	1.21	966a914f9f2e
v0.21.6-rc.0	1.21	77169906fed1
v0.21.7	1.21	fb2d02d49d1c
v0.21.7-rc.0	1.21	a9a7c2e2818a
v0.21.8	1.21	66dc0ea2c0e2
v0.21.8-rc.0	1.21	f23ee3463a87
v0.21.9	1.21	e1e98b3fc038
v0.21.9-rc.0	1.21	d07b1c39c279
v0.21.10	1.21	1dadc608ceb1
v0.21.10-rc.0	1.21	32996ed2dfeb
v0.21.11	1.21	a91257a935bf
v0.21.11-rc.0	1.21	9aa2c30a2779
v0.21.12	1.21	901d5e1a6a75
v0.21.12-rc.0	1.21	9a4d11f287f5
v0.21.13	1.21	3ec795807b1a
v0.21.13-rc.0	1.21	fffef05ce3d7
v0.21.14	1.21	9e3273fe2f25
v0.21.14-rc.0	1.21	2ba9c1334a71
v0.21.15-rc.0	1.21	106642ea7772
v0.22.0	1.22	b7a07ff768c8
v0.22.0-alpha.0	1.22	c5659b5285e2
v0.22.0-alpha.1	1.22	b4e8663d8bf6
v0.22.0-alpha.2	1.22	6d9b7db401ff
v0.22.0-alpha.3	1.22	dadd6c8b61bf
v0.22.0-beta.0	1.22	cae8ad7d6b4a
v0.22.0-beta.1	1.22	b0fe31035f0e
v0.22.0-beta.2	1.22	8a233ea759c5
v0.22.0-rc.0	1.22	8ee144aefe5e
v0.22.1	1.22	35bf219cc609
v0.22.1-rc.0	1.22	08f4e4eea5ca
v0.22.2	1.22	a4e27104a2f8
v0.22.2-rc.0	1.22	baa50a8a4f60
v0.22.3	1.22	006da668df1f
v0.22.3-rc.0	1.22	47340e5a44dc
v0.22.4	1.22	29f81448d77a
v0.22.4-rc.0	1.22	978dc252443d
v0.22.5	1.22	a406c9342705
v0.22.5-rc.0	1.22	cb7bb39ed556
v0.22.6	1.22	c76a06cc7d39
v0.22.6-rc.0	1.22	1398cf19e10f
v0.22.7	1.22	5d4a51ea95b1
v0.22.7-rc.0	1.22	edbee042b2ff
v0.22.8	1.22	364906732220
v0.22.8-rc.0	1.22	4aa19c417a3a
v0.22.9	1.22	8a58a371c454
v0.22.9-rc.0	1.22	45f3f81036d3
v0.22.10	1.22	066e0bd559c6
v0.22.10-rc.0	1.22	d72e159a150a
v0.22.11	1.22	b39b5b7d180c
v0.22.11-rc.0	1.22	7c5c1b3bc508
v0.22.12	1.22	3aad4c001a8d
v0.22.12-rc.0	1.22	098bb3c53725
v0.22.13	1.22	7f87a5df2274
v0.22.13-rc.0	1.22	f3dea5dc4c7f
v0.22.14	1.22	46058ccabeba
v0.22.14-rc.0	1.22	ad04db163e68
v0.22.15	1.22	150c3c96ff67
v0.22.15-rc.0	1.22	c919bad2e154
v0.22.16	1.22	1e9a74581623
v0.22.16-rc.0	1.22	6ecc6555a581
v0.22.17	1.22	1309f64d6648
v0.22.17-rc.0	1.22	4939f3fd7680
v0.22.18-rc.0	1.22	2ecb596ee88f
v0.23.0	1.23	2371cfb50000
v0.23.0-alpha.0	1.23	ce5acd8c1d85
v0.23.0-alpha.1	1.23	d7354b1a3ef0
v0.23.0-alpha.2	1.23	1c1f11726e34
v0.23.0-alpha.3	1.23	9646a08c721c
v0.23.0-alpha.4	1.23	1480773207cf
v0.23.0-rc.0	1.23	009116621ded
v0.23.0-rc.1	1.23	47c31d6d28e1
v0.23.1	1.23	4ae0d1917adf
v0.23.1-rc.0	1.23	2dfb96932c92
v0.23.2	1.23	c096072e3835
v0.23.2-rc.0	1.23	5cc33587b089
v0.23.3	1.23	b28e5dc3384c
v0.23.3-rc.0	1.23	71ab4ad9b1df
v0.23.4	1.23	b425fb657986
v0.23.4-rc.0	1.23	bf4fd4124df3
v0.23.5	1.23	97582f25c9fa
v0.23.5-rc.0	1.23	3ade1645e92a
v0.23.6	1.23	be758edd136e
v0.23.6-rc.0	1.23	b14f5f227c1d
v0.23.7	1.23	2ed1d941824c
v0.23.7-rc.0	1.23	eb5f349e1170
v0.23.8	1.23	14fa49e736dc
v0.23.8-rc.0	1.23	629672ad6b23
v0.23.9	1.23	11f68c5f693c
v0.23.9-rc.0	1.23	699f80142aab
v0.23.10	1.23	89e8ee77eaac
v0.23.10-rc.0	1.23	da648aacbe81
v0.23.11	1.23	00601238d285
v0.23.11-rc.0	1.23	9119230dead9
v0.23.12	1.23	a5845daa0e48
v0.23.12-rc.0	1.23	95fe9bc60a53
v0.23.13	1.23	84e38b0e3633
v0.23.13-rc.0	1.23	f5a8e644ca3a
v0.23.14	1.23	c3f5d458cdd8
v0.23.14-rc.0	1.23	5db6b12d97bf
v0.23.15	1.23	27fda4ac6013
v0.23.15-rc.0	1.23	df057f227264
v0.23.16	1.23	6a3c04e593dc
v0.23.16-rc.0	1.23	8a9119cfa870
v0.23.17	1.23	6323305c7908
v0.23.17-rc.0	1.23	3d6d30e55a90
v0.23.18-rc.0	1.23	e9722d17a0e8
v0.24.0	1.24	cab7ba1d4a52
v0.24.0-alpha.0	1.24	9a8226511c90
v0.24.0-alpha.1	1.24	54b7c48717e8
v0.24.0-alpha.2	1.24	2ae866c09b24
v0.24.0-alpha.3	1.24	20e1b926f00d
v0.24.0-alpha.4	1.24	66c153f4e749
v0.24.0-beta.0	1.24	12b37409eb1a
v0.24.0-rc.0	1.24	961d812034f6
v0.24.0-rc.1	1.24	fbee0e2c8835
v0.24.1	1.24	246c54064332
v0.24.1-rc.0	1.24	70ef8a2614fd
v0.24.2	1.24	7e9c304fe772
v0.24.2-rc.0	1.24	b182cb7ade98
v0.24.3	1.24	ee1a5aaf793a
v0.24.3-rc.0	1.24	e6527b4c7ac9
v0.24.4	1.24	3e73df67605e
v0.24.4-rc.0	1.24	6ad4b6f1fd8c
v0.24.5	1.24	8d523c09e7c2
v0.24.5-rc.0	1.24	8ebfff1e4564
v0.24.6	1.24	8596c55b5ab1
v0.24.6-rc.0	1.24	5c864768b4a9
v0.24.7	1.24	97058812c480
v0.24.7-rc.0	1.24	645076a0b81a
v0.24.8	1.24	9338614c8273
v0.24.8-rc.0	1.24	103fac4f00df
v0.24.9	1.24	2b7499604b5f
v0.24.9-rc.0	1.24	048f8879c4d7
v0.24.10	1.24	68af50a1e57c
v0.24.10-rc.0	1.24	634dee600e34
v0.24.11	1.24	f457f9a91b70
v0.24.11-rc.0	1.24	90b09906897c
v0.24.12	1.24	86cb738fc83d
v0.24.12-rc.0	1.24	8a554aa86140
v0.24.13	1.24	0b0067519a00
v0.24.14	1.24	8831f33bcc20
v0.24.15	1.24	a5f138a8a454
v0.24.16	1.24	e3d8b4b4d19e
v0.24.17	1.24	28dd10be1f9c
v0.25.0	1.25	2666bd29867c
v0.25.0-alpha.0	1.25	24b3ebb27a01
v0.25.0-alpha.1	1.25	f71ee81953e6
v0.25.0-alpha.2	1.25	456981240ef9
v0.25.0-alpha.3	1.25	52c50d2fc27a
v0.25.0-beta.0	1.25	0e86f563accd
v0.25.0-rc.0	1.25	89b748aeae69
v0.25.0-rc.1	1.25	33460d32ed4b
v0.25.1	1.25	94e3f9cfec72
v0.25.1-rc.0	1.25	d3831421601e
v0.25.2	1.25	593f096b659f
v0.25.2-rc.0	1.25	0b000c3f6e1c
v0.25.3	1.25	62756eea6f0e
v0.25.3-rc.0	1.25	383ebdccbe36
v0.25.4	1.25	7226b15af000
v0.25.4-rc.0	1.25	9236e76a0e3a
v0.25.5	1.25	e10d1ea1b12c
v0.25.5-rc.0	1.25	1fdabecfdb1c
v0.25.6	1.25	2c8128c8fba0
v0.25.6-rc.0	1.25	c8912866ddc7
v0.25.7	1.25	6c67334bd9b2
v0.25.7-rc.0	1.25	32de1a128554
v0.25.8	1.25	4cb537502205
v0.25.8-rc.0	1.25	13021e1397ca
v0.25.9	1.25	6761a11e0bb0
v0.25.10	1.25	54b98bb630df
v0.25.11	1.25	71fde77b7f35
v0.25.12	1.25	0a3e4ef94219
v0.25.13	1.25	5be835d31aab
v0.25.14	1.25	c738a5e83113
v0.25.15	1.25	80cc0af5171d
v0.25.16	1.25	e8e56a3499dd
v0.26.0	1.26	e7cd4ba474b5
v0.26.0-alpha.0	1.26	6fccb112f13b
v0.26.0-alpha.1	1.26	57716e046b00
v0.26.0-alpha.2	1.26	d2df14722e4c
v0.26.0-alpha.3	1.26	4f91c800d440
v0.26.0-beta.0	1.26	cf1cac2e9637
v0.26.0-rc.0	1.26	465512c276b1
v0.26.0-rc.1	1.26	27a2b7b98c41
v0.26.1	1.26	babfe9663190
v0.26.1-rc.0	1.26	2ea2de1c6199
v0.26.2	1.26	620cb6067534
v0.26.2-rc.0	1.26	0b8a423c90d3
v0.26.3	1.26	8cbca742aebe
v0.26.3-rc.0	1.26	6caccdf461b2
v0.26.4	1.26	4c37c66bb85e
v0.26.5	1.26	6e9dabb6762c
v0.26.6	1.26	6ab07f775da9
v0.26.7	1.26	30088cdd7e8d
v0.26.8	1.26	e7a795639554
v0.26.9	1.26	82608c6a8138
v0.26.10	1.26	e796c90e5348
v0.26.11	1.26	9376f8e3e04a
v0.26.12	1.26	587796ace18f
v0.26.13	1.26	e6f7698a3e2c
v0.26.14	1.26	bda79d41e9f4
v0.26.15	1.26	f70badf7fad1
v0.27.0	1.27	704cac462081
v0.27.0-alpha.0	1.27	a0a39afef01b
v0.27.0-alpha.1	1.27	9b108793f0a5
v0.27.0-alpha.2	1.27	bb22d27fc7db
v0.27.0-alpha.3	1.27	ff66d402746e
v0.27.0-beta.0	1.27	c8d7f51f618f
v0.27.0-rc.0	1.27	17fc8a090b5d
v0.27.0-rc.1	1.27	692e1e94f0d5
v0.27.1	1.27	6c596fdbc11c
v0.27.2	1.27	7c4f8c88f6cb
v0.27.3	1.27	4d71421d948d
v0.27.4	1.27	c04e419b6ad1
v0.27.5	1.27	5a6ea3612a86
v0.27.6	1.27	f2d91322bf55
v0.27.7	1.27	bec45d3c69b5
v0.27.8	1.27	393d7cebae79
v0.27.9	1.27	ce598b9f33a2
v0.27.10	1.27	dedf54e6de81
v0.27.11	1.27	b80007ccf357
v0.27.12	1.27	c991e9a3b5c4
v0.27.13	1.27	6423f18f703b
v0.27.14	1.27	b2b4f7cf0f0c
v0.27.15	1.27	67dc91381672
v0.27.16	1.27	8829919e29ed
v0.28.0	1.28	9081272f7fb2
v0.28.0-alpha.0	1.28	ecd5faa6f951
v0.28.0-alpha.1	1.28	3bc0b31a81b7
v0.28.0-alpha.2	1.28	accb080e33e2
v0.28.0-alpha.3	1.28	621242f825b3
v0.28.0-alpha.4	1.28	37837102cd24
v0.28.0-beta.0	1.28	9a6774d3a176
v0.28.0-rc.0	1.28	a0f28ad38824
v0.28.0-rc.1	1.28	04526ff4dd1b
v0.28.1	1.28	dd6c5527b7a1
v0.28.2	1.28	6030d798e440
v0.28.3	1.28	9d454d6c3adf
v0.28.4	1.28	dc247fecb923
v0.28.5	1.28	94205f8c40c6
v0.28.6	1.28	ec3fadfb2b14
v0.28.7	1.28	001ca025743c
v0.28.8	1.28	36c461ca57ec
v0.28.9	1.28	e2101e16480f
v0.28.10	1.28	8f0ddabc697f
v0.28.11	1.28	0663e45786de
v0.28.12	1.28	6386c4bd89bc
v0.28.13	1.28	072b798d11fd
v0.28.14	1.28	6c3e5801b84e
v0.28.15	1.28	d52a08760b7e
v0.29.0	1.29	fb8b7346aace
v0.29.0-alpha.0	1.29	40a8abb1fef7
v0.29.0-alpha.1	1.29	20885dae8cb7
v0.29.0-alpha.2	1.29	9421327399ec
v0.29.0-alpha.3	1.29	304f9afaac21
v0.29.0-rc.0	1.29	1370a40b7f29
v0.29.0-rc.1	1.29	a456339dc30e
v0.29.0-rc.2	1.29	358f2c7ab445
v0.29.1	1.29	b0ed45df6613
v0.29.2	1.29	62c5e9e7b4bd
v0.29.3	1.29	46588f2726fa
v0.29.4	1.29	9f00f2c9b2bb
v0.29.5	1.29	4467d2d9817b
v0.29.6	1.29	264f302431a6
v0.29.7	1.29	49b2c81cadd7
v0.29.8	1.29	867b18821e49
v0.29.9	1.29	42752665f137
v0.29.10	1.29	56676936fda8
v0.29.11	1.29	8c994ba4e623
v0.29.12	1.29	ce7e726471eb
v0.29.13	1.29	cc93253c2f96
v0.29.14	1.29	5dc33244556b
v0.29.15	1.29	e94b988d4af1
v0.30.0	1.30	3aa45779f2e5
v0.30.0-alpha.0	1.30	c79ed195ea84
v0.30.0-alpha.1	1.30	3f9c0e9ceb9f
v0.30.0-alpha.2	1.30	5dc18a7aede2
v0.30.0-alpha.3	1.30	7f4bc0ee624b
v0.30.0-beta.0	1.30	a909ceb58fa3
v0.30.0-rc.0	1.30	5384afa135d7
v0.30.0-rc.1	1.30	742f2335b9e4
v0.30.0-rc.2	1.30	cee763f346aa
v0.30.1	1.30	8e3349bf5499
v0.30.2	1.30	592d891671b2
v0.30.3	1.30	ece8c0001459
v0.30.4	1.30	33d7cb6f22a8
v0.30.5	1.30	07d68c820b85
v0.30.6	1.30	24ad14499265
v0.30.7	1.30	255d1dd98c2c
v0.30.8	1.30	b47f9d493bdc
v0.30.9	1.30	2d3af1c28ade
v0.30.10	1.30	25aacdf9b021
v0.30.11	1.30	d7cf8c9b3193
v0.30.12	1.30	2673833c9d23
v0.30.13	1.30	5aad27e7ba95
v0.30.14	1.30	e0974dcc31e5
v0.31.0	1.31	02a19c375c49
v0.31.0-alpha.0	1.31	d39033f045f2
v0.31.0-alpha.1	1.31	0d728e628729
v0.31.0-alpha.2	1.31	ef61656b8a37
v0.31.0-alpha.3	1.31	67d4de780d32
v0.31.0-beta.0	1.31	1b189bad12ba
v0.31.0-rc.0	1.31	52a8acc26a51
v0.31.0-rc.1	1.31	a5110e3cfd46
v0.31.1	1.31	c5196ebcc18e
v0.31.2	1.31	270e5ab17145
v0.31.3	1.31	ef98edcb9b36
v0.31.4	1.31	4b5b7fa1eef9
v0.31.5	1.31	f874bdf34413
v0.31.6	1.31	f8a6f48d8e4e
v0.31.7	1.31	445043185815
v0.31.8	1.31	aed7e56a01ea
v0.31.9	1.31	21a94d495971
v0.31.10	1.31	c88bbf6bdaf8
v0.31.11	1.31	abe8c6c78ccc
v0.31.12	1.31	782358486163
v0.31.13	1.31	68b71e8c329e
v0.31.14	1.31	7c4160db6d7a
v0.32.0	1.32	0d554618e21a
v0.32.0-alpha.0	1.32	183d19832746
v0.32.0-alpha.1	1.32	d0ad18c2fcc1
v0.32.0-alpha.2	1.32	6e81f97bd959
v0.32.0-alpha.3	1.32	79a7334678c3
v0.32.0-beta.0	1.32	42722cdad2a2
v0.32.0-rc.0	1.32	4ea8474dc7f8
v0.32.0-rc.1	1.32	5ab0e4c86023
v0.32.0-rc.2	1.32	c8fe61c9c4bf
v0.32.1	1.32	9d43434511c4
v0.32.2	1.32	86ff7a15de4e
v0.32.3	1.32	c106b23895ed
v0.32.4	1.32	7abc795f6150
v0.32.5	1.32	be54dafcc3ad
v0.32.6	1.32	c52bc113af19
v0.32.7	1.32	8f8431d3f24f
v0.32.8	1.32	798361a3ff2a
v0.32.9	1.32	5f4444947b31
v0.32.10	1.32	de181b01774c
v0.32.11	1.32	eb1d92f29ced
v0.32.12	1.32	4cbd4f7480ed
v0.32.13	1.32	4e84f2419846
v0.33.0	1.33	3aa3c77983ce
v0.33.0-alpha.0	1.33	289299a4b9fd
v0.33.0-alpha.1	1.33	afa4b4adc4f5
v0.33.0-alpha.2	1.33	cce6f521f112
v0.33.0-alpha.3	1.33	d3a97a308eef
v0.33.0-beta.0	1.33	dd35d933c56e
v0.33.0-rc.0	1.33	5985c3c311cd
v0.33.0-rc.1	1.33	0b317dbef3db
v0.33.1	1.33	e7397e54da6d
v0.33.2	1.33	f2e6cadbe00d
v0.33.3	1.33	23a84e44140a
v0.33.4	1.33	9c62a4c57feb
v0.33.5	1.33	eb437e3f242e
v0.33.6	1.33	9ddecfc5b199
v0.33.7	1.33	394f88dd68a7
v0.33.8	1.33	2e4aff7355f8
v0.33.9	1.33	79fc3d82b1d0
v0.33.10	1.33	54813a966618
v0.33.11	1.33	80b727f02718
v0.33.12	1.33	f82b58adc8e6
v0.33.13	1.33	dc14a3808635
v0.34.0	1.34	b1c7d7bb6258
v0.34.0-alpha.0	1.34	4e8a53562c07
v0.34.0-alpha.1	1.34	e6ad1934ac7e
v0.34.0-alpha.2	1.34	b9ffbee154a9
v0.34.0-alpha.3	1.34	51aa8455791f
v0.34.0-beta.0	1.34	daba11968879
v0.34.0-rc.0	1.34	a99c51b3295b
v0.34.0-rc.1	1.34	627f03916732
v0.34.0-rc.2	1.34	8d516ca46d47
v0.34.1	1.34	d033c497ffef
v0.34.2	1.34	54601aa99ffd
v0.34.3	1.34	38928043aa3e
v0.34.4	1.34	d4cfd0702861
v0.34.5	1.34	188736d2d1fe
v0.34.6	1.34	2ca4863a4014
v0.34.7	1.34	9ba2b870d2dc
v0.34.8	1.34	1650e4f98a3c
v0.34.9	1.34	19764777078f
v0.34.10	1.34	e1a156ee233b
v0.35.0	1.35	9bcb69436287
v0.35.0-alpha.0	1.35	4e67598575e2
v0.35.0-alpha.1	1.35	4256cfda8622
v0.35.0-alpha.2	1.35	0ee46383f12f
v0.35.0-alpha.3	1.35	bc679d1ba7bc
v0.35.0-beta.0	1.35	99cbc76d90a7
v0.35.0-rc.0	1.35	0a1ee4e0f499
v0.35.0-rc.1	1.35	8dc323e7298d
v0.35.1	1.35	b464ad8ba822
v0.35.2	1.35	a21b32978c42
v0.35.3	1.35	4f1f0a2dce40
v0.35.4	1.35	d43aed2afb13
v0.35.5	1.35	906076cd0234
v0.35.6	1.35	ad0b54ea523b
v0.35.7	1.35	d2a9618f5864
v0.36.0	1.36	1d95f02c1723
v0.36.0-alpha.0	1.36	8c53c296edd9
v0.36.0-alpha.1	1.36	0f60bc9b6905
v0.36.0-alpha.2	1.36	ea4816f0ebd7
v0.36.0-beta.0	1.36	213a618af695
v0.36.0-rc.0	1.36	692db0b73f29
v0.36.0-rc.1	1.36	ec6b935e3a12
v0.36.1	1.36	55ef15a9fb55
v0.36.2	1.36	877f5359348b
v0.36.3	1.36	44a8af2fee83
v0.37.0-alpha.0	1.37	03af60434236
v0.37.0-alpha.1	1.37	81042e1c538e
v0.37.0-alpha.2	1.37	68d28fb0b452
v0.37.0-alpha.3	1.37	e127a78b9099
v0.37.0-beta.0	1.37	e68a8a7323d4`;
/**
 * Sorted by timestamp, then commit. Columns: commit, pseudo-version timestamp (UTC committer time),
 * via (b<i> branch, t<i> tag, m master only), reload codes in-cluster then kubeconfig
 * (w yes-wrap, b yes-btf, d NO-btf-dropped, n no, x n/a).
 */
const COMMITS_TSV = `b7b3ea539440	20160825201018	b0	xx
294573fbeaf0	20160825202026	b0	xx
fb302effa4e2	20160826202212	b0	xx
eb638c622f39	20160831125422	b0	xx
3ccba384d509	20160901125421	b0	xx
e1a6aa664414	20160903125428	b0	xx
93fcd402979c	20160908154451	b0	xx
0b62e254fe85	20160923131122	b0	xx
5974905c2ab2	20160927233816	b0	xx
c589d0c9f0d8	20160930001402	b0	xx
d05464429a0d	20161007180245	b0	xx
4bb6b2ad1d15	20161007222000	m	xx
531f8cd1656e	20161007222516	m	xx
b781ece9525b	20161007234227	b0	xx
f8e519fcc088	20161007234720	b0	xx
cee4f8bc2f88	20161014202137	b0	xx
83873134e54a	20161014202728	m	xx
d72c0e162789	20161015192347	b1	xx
38c2576f8d07	20161017173346	b1	xx
361e60804990	20161017180212	b2	xx
0092ea53596d	20161017180224	b2	xx
6631b2769fbf	20161017180312	b2	xx
4e647cdbb292	20161017180808	b1	xx
3a5b96cfd3d3	20161017181522	b0	xx
a6d206121d05	20161019213419	b2	nn
f7407c4f3cb9	20161019213929	b2	nn
c72e2838b9cf	20161019214243	b2	nn
75399f68c88d	20161021044419	b2	nn
496ce4be34f8	20161021170626	b1	xx
19897ef4d24a	20161021191647	b2	nn
4050de67a839	20161021193340	b2	nn
843f7c4f28b1	20161023202710	b1	xx
f11d57fed792	20161025224254	b2	nn
b22087a53bec	20161030210623	b2	nn
6fb670782497	20161104185022	b3	nn
d6263b114f5b	20161104192123	b3	nn
cf262eae7dee	20161104192934	b3	nn
0742ae7ca5f8	20161105064338	b3	nn
49f8f1bf914a	20161107130445	b3	nn
24b73253cdf2	20161108033856	b3	nn
ae6775eeec5c	20161111033904	b3	nn
febd84839076	20161111054548	b3	nn
89c60099837a	20161112033906	b3	nn
d939327644ca	20161114151521	m	nn
3806ead8822c	20161114151546	m	nn
10a1750b21a4	20161114154531	m	nn
4cf24266e418	20161114154547	m	nn
bd676a62ca8d	20161114155016	m	nn
f485fdd0f8b4	20161114155034	m	nn
350093b7fbf1	20161114155230	m	nn
d83a7abb0c29	20161115014244	b3	nn
e60355686b83	20161115014326	b3	nn
b51b7defabcf	20161115014729	b3	nn
ecd05810bd98	20161121220949	b3	nn
5d8c36c93cf5	20161124081551	b3	nn
8f363150b0db	20161202150336	m	nn
41a99d711af7	20161203081609	b3	nn
f5446e22c318	20161203202159	m	nn
ba0f238fe616	20161203202337	m	nn
00101960b71e	20161203203147	m	nn
d950115ee111	20161203203210	m	nn
c236ce66e199	20161203203304	m	nn
577d1900c3ba	20161203205809	m	nn
124670e99da1	20161204113955	b3	nn
a875be90a2de	20161207201003	b7	nn
6841809cf1b0	20161208121759	b3	nn
243d8a9cb66a	20161211151940	b3	nn
b8fd850e881b	20161214195208	b3	nn
e84bb27cafd6	20161214203454	b3	nn
280a11dd85b5	20161214225649	b2	nn
93f59dca8d5d	20161214225649	b2	nn
a7e2e096888a	20161214225649	b2	nn
f672dd619ef2	20161214225649	b2	nn
2a26fffee3ad	20161214225702	b2	nn
4cfa3441eb89	20161214225702	b2	nn
47044f129a6c	20161214225809	b2	nn
0d05577f3dc3	20161214225857	b2	nn
1fa1950168a8	20161214225857	b2	nn
f53b36f8561f	20161214225857	b2	nn
dd9bc19bbba4	20161215151941	b3	nn
5fe6fc56cb38	20161217151941	b3	nn
d81cb8523759	20161220062322	b2	nn
24a02a6d7d2c	20170102151942	b3	nn
dc7da3f40561	20170112122621	m	nn
3effe20fdeab	20170113092450	m	nn
8ab7dd3ce916	20170113151943	b3	nn
204f12b1f312	20170114151947	b3	nn
0e140df9af0e	20170117151943	b3	nn
8a19655663e9	20170118083147	m	nn
8fa0506b2636	20170118151942	b3	nn
4565835efaf1	20170118211446	m	nn
14ee64eb52e5	20170119151943	b3	nn
b9c3951e5291	20170119190205	m	nn
98aceecbfb39	20170120151941	b3	nn
0eb5431cb722	20170121151942	b3	nn
ff01f012a058	20170122155029	m	nn
687fd4290343	20170124151942	b3	nn
fcdf37233b57	20170125151943	b3	nn
f427d46f9123	20170126151941	b3	nn
fb6075f2e0b0	20170127151942	b3	nn
a88e2b8a0e63	20170130151943	b3	nn
b766ef93a46c	20170131151942	b3	nn
49948ae0ca8e	20170201030637	b3	nn
724650ebfc50	20170201030646	b2	nn
7ec3231d5bc1	20170201030700	m	nn
0add239e796c	20170201030701	m	nn
b7db396afa17	20170202002836	b3	nn
69171ff7bb8b	20170202003051	b3	nn
a7f2cee95d86	20170202005822	b3	nn
1679e38db83a	20170202010148	b3	nn
257a6ccd0751	20170203041248	m	nn
7ac12361944b	20170203220957	b3	nn
2213a932785a	20170208022952	b1	xx
1195e3a8ee1a	20170208023319	b1	xx
77d10a7d8279	20170208095447	m	nn
76f46e05d023	20170208100352	m	nn
5396c67ba452	20170211133311	b3	nn
decc012434aa	20170211133353	b3	nn
582881bb0a76	20170211133714	b2	nn
0814629f2660	20170211134552	b2	nn
9ec487b8357a	20170211135029	b1	xx
8ea5dda70bda	20170211135338	b0	xx
7c07d5a2af69	20170211135539	b1	xx
e5fcd1eb6215	20170211140036	b0	xx
17c583b14204	20170212031607	b3	nn
86a2be1b447d	20170213040537	b3	nn
3ac7cf0bf8e4	20170213042149	b2	nn
dc74be7b4a1a	20170213065504	m	nn
47f5a9606df7	20170213140119	m	nn
ced0cd3e22df	20170213140438	m	nn
3b52870977d3	20170213144039	m	nn
e121606b0d09	20170213174650	b2	nn
5a1cc94dac14	20170214140122	m	nn
fb733f657523	20170214140254	m	nn
acc1dae7bfdf	20170214230810	m	nn
a0a777840a56	20170215010516	b3	nn
58d844e6f004	20170215134916	b3	nn
c3e0964ba497	20170215135100	b3	nn
66dba492d573	20170215140124	m	nn
a876b8a08959	20170215140248	m	nn
5614504eca78	20170215182607	b3	nn
933c034a1292	20170215183645	b3	nn
8b466d64c5da	20170215184155	b3	nn
543d9386dd86	20170216123359	b3	nn
1ac605be0fe3	20170216123915	b3	nn
2834bbe9f56f	20170216140159	m	nn
62b638b8f643	20170216140328	m	nn
65e34307ed9b	20170216174238	b3	nn
5adfdb2d3522	20170216174301	b3	nn
0dff3f49d887	20170216183240	b3	nn
2f1c0eef9aec	20170216185226	b3	nn
abc8616fc47a	20170216185344	b3	nn
f98510f4d500	20170216185657	b3	nn
a5fc1b625e95	20170216191057	m	nn
02373be9d7f7	20170216230055	b3	nn
37ff77bb5395	20170217140147	m	nn
1fc8a58c0189	20170217140317	m	nn
88caeea7ea26	20170217212329	b3	nn
bf876db9b2b6	20170217214020	b3	nn
bcde30fb7eae	20170217214107	b3	nn
b0a4cc77316a	20170218140108	m	nn
bf1431979dd0	20170218140232	m	nn
f43906570695	20170219140115	m	nn
a588df79ac7e	20170219140240	m	nn
28db9f949e22	20170220140116	m	nn
09fcffcf7ef0	20170220140241	m	nn
b35d0cbc342b	20170221122314	b3	nn
f2c5b268757a	20170221140116	m	nn
f9016067eb3e	20170221140240	m	nn
f163222bdd0e	20170222004133	b3	nn
766a1c29837b	20170222004851	b3	nn
82a657e3904b	20170222164643	b3	nn
1902a1e65ed9	20170222181823	m	nn
416948da08df	20170222200409	b3	nn
cd78283690df	20170223172107	m	nn
5fbce75e01c7	20170223181738	b3	nn
088dc4a30d8a	20170223202732	b3	nn
13a1262624b4	20170223203654	b3	nn
65ac4e638a79	20170224203639	b3	nn
04fe5faa3574	20170224205448	b3	nn
6500775c58c4	20170224205554	b3	nn
c867d87a0583	20170228222750	m	nn
6ef2397bb560	20170228222837	m	nn
af0517a86e3a	20170301225948	b3	nn
3cee30e62a1c	20170301234943	m	nn
526944ea0656	20170301234943	m	nn
5c3fded0e42b	20170301234943	m	nn
9cd0b8e4a00d	20170301234943	m	nn
a45a74cb6f22	20170301234943	m	nn
aa6a45932fc2	20170301234943	m	nn
bb7426860ce8	20170301234943	m	nn
39c6d698976c	20170301234944	m	nn
cd813e737aa0	20170301234944	m	nn
97fab58d1c6b	20170301235010	m	nn
78e08cd9aff1	20170302001623	m	nn
33fe097e188f	20170302001703	m	nn
ca90456a21c1	20170302182154	b3	nn
c04eceb59649	20170307063023	b3	nn
8147f564dfb1	20170307182422	b3	nn
e1a476c8cc05	20170307203155	m	nn
6c315a68f38f	20170308193144	b3	nn
0b5e2de8597d	20170308202447	b3	nn
f7a4a7ac5137	20170308220822	b2	nn
1bb4ecc0ae78	20170310003455	b6	nn
701d3f42ac25	20170314210218	b3	nn
d04a6004ffb1	20170314231733	b3	nn
7933416f833c	20170315174746	m	nn
012d8620e371	20170318195023	b3	nn
1f37358b9384	20170318195023	b3	nn
7395acc6da34	20170318195023	b3	nn
c11b7bc45b28	20170318195023	b3	nn
3f88c175ed93	20170318195024	b3	nn
54f3f67453a0	20170318195024	b3	nn
6dab156779fe	20170318195024	b3	nn
7eb14114aa99	20170318195024	b3	nn
a5e766ba6a23	20170318195024	b3	nn
ad81b3551c3b	20170318195024	b3	nn
bab65175bbd4	20170318195024	b3	nn
f2dbd57c78cd	20170318195024	b3	nn
f64798435d2c	20170318195024	b3	nn
338a2829832d	20170318195025	b3	nn
3426f69f71af	20170318195025	b3	nn
41b2639c6a9b	20170318195025	b3	nn
584752ae88cc	20170318195025	b3	nn
6c610aff0531	20170318195025	b3	nn
7f2b2a8d71b0	20170318195025	b3	nn
8fabaa8f6e9b	20170318195025	b3	nn
c43b329d2e24	20170318195025	b3	nn
ca95d09fc091	20170318195025	b3	nn
fd507f71e639	20170318195025	b3	nn
22e5b7f1e57d	20170318195039	b3	nn
cad5f5e1e70e	20170318195319	b2	nn
0f5d91fdc333	20170320201058	b2	nn
2cb68a18c3a2	20170320203055	b3	nn
5f5adbd882c4	20170320215452	b3	nn
5571124637a9	20170320215508	b3	nn
ee4c9ee6c80c	20170320215845	b2	nn
a65d60b6eec7	20170320215856	b2	nn
577c46c713bb	20170321195330	b7	nn
76153773eaa3	20170321210959	b3	nn
fc49675c2251	20170321211118	b2	nn
399b27ce3142	20170321230902	b4	nn
1d65cc99cd68	20170330005715	m	nn
16abbdbb587f	20170330005716	m	nn
1ce296c1702c	20170330005716	m	nn
2cac08a9b2fb	20170330005716	m	nn
609defd4f0ff	20170330005716	m	nn
8245905e5c4f	20170330005716	m	nn
b43f3191f5f9	20170330005716	m	nn
c042fb35d3e8	20170330005716	m	nn
e3376a3f472d	20170330005716	m	nn
ff0837313411	20170330005716	m	nn
10cfc597aec7	20170330005736	m	nn
200ba6b1ab29	20170331202929	b4	nn
45e7f68a042b	20170331202929	b4	nn
09ffb13d7648	20170331202930	b4	nn
45bc41463a31	20170331202930	b4	nn
6be328a96b55	20170331202930	b4	nn
8462402abd5a	20170331202930	b4	nn
98caa049f97b	20170331202930	b4	nn
999c0d5c20bd	20170331202930	b4	nn
9be38b2aa2af	20170331202930	b4	nn
f15453e5cda7	20170331202930	b4	nn
4c84db01cadc	20170331202947	b4	nn
196d103cc9c7	20170331203405	b3	nn
2da1ffdb382f	20170331203405	b3	nn
52cbe06e49ce	20170331203405	b3	nn
9efa3fc488a7	20170331203405	b3	nn
a6ed9d14b563	20170331203405	b3	nn
f0985967e7d6	20170331203405	b3	nn
fd59eaee0f2e	20170331203405	b3	nn
46f4236624bf	20170331203406	b3	nn
abf9b83bc262	20170331203406	b3	nn
d72c2305ba4d	20170331203406	b3	nn
3627aeb7d4f6	20170331203426	b3	nn
63e44d449358	20170331235544	b4	nn
b61c955c4e4f	20170402180159	m	nn
43949f122dcc	20170403172458	m	nn
20aa040788b5	20170403174845	b4	nn
1b8a363f598f	20170403193507	b4	nn
16f41facbc1b	20170403202813	b4	nn
8c2f08eadb25	20170403202813	b4	nn
c2302c7ce604	20170403205537	m	nn
388446dfe789	20170403212619	b4	nn
e8ae1e5c8e2a	20170403213239	b4	nn
bcb98146bb80	20170403224949	b4	nn
e65642b61982	20170403225308	b4	nn
4e221f82e2ad	20170404202814	b4	nn
6919445563c2	20170404202814	b4	nn
630b262f11b8	20170404203246	b3	nn
d55bff0e8b2b	20170404203246	b3	nn
d74acfe80e95	20170405005821	m	nn
dabf37f5df16	20170405202815	b4	nn
e4d1dd445df5	20170405202815	b4	nn
1f9cd88972c3	20170406202815	b4	nn
7f5f33cf4b6d	20170406202815	b4	nn
d89514765be6	20170406202815	b4	nn
623dbc3dc4e2	20170406202832	b4	nn
fab6dd31b869	20170407203304	b3	nn
74bee732dd2d	20170408202818	b4	nn
8459297e5e66	20170408202818	b4	nn
dcd132623d81	20170408202818	b4	nn
f065b8d2f7bd	20170408202818	b4	nn
f256b244dbf1	20170408202818	b4	nn
875418b28644	20170408202819	b4	nn
b71dbc873e3b	20170408202819	b4	nn
0ec10d4351f3	20170408202836	b4	nn
1953732e1e3f	20170410202832	b4	nn
035f98d6c6d0	20170411202818	b4	nn
5d5193044bfa	20170411202818	b4	nn
634770b327bf	20170411202818	b4	nn
bd7878428d90	20170411202818	b4	nn
e4963c97a8dd	20170411202818	b4	nn
f503ec43c708	20170411202818	b4	nn
4a3ab2f5be51	20170411202838	b4	nn
c204b7cde436	20170411223551	m	nn
d7af91d79600	20170412202819	b4	nn
0865289f28f1	20170412202820	b4	nn
184fe30384d7	20170412202820	b4	nn
5cca8d538004	20170412202820	b4	nn
656cf48fd6e4	20170412202820	b4	nn
b4836ee03ef2	20170412202820	b4	nn
bcb754b77579	20170412202820	b4	nn
faba476f2696	20170412202820	b4	nn
5b0e11b577b3	20170412202838	b4	nn
57fb61ca9cbd	20170413182549	b4	nn
d2a94be40125	20170413192515	b4	nn
bc86c3518391	20170413202817	b4	nn
fcf5e39983af	20170413202817	b4	nn
2457b594eda1	20170414202004	m	nn
268171e690d2	20170414202820	b4	nn
449f25e66996	20170414202820	b4	nn
8a68cfcf75a0	20170414202820	b4	nn
3cbc5ba655bf	20170414202821	b4	nn
5b1ad11ba709	20170414202821	b4	nn
76c209704f66	20170414202821	b4	nn
a1a3cacf902c	20170414202839	b4	nn
35748ed7f1d1	20170414203301	b3	nn
e2160376022a	20170414203301	b3	nn
4b15a8b13662	20170415202818	b4	nn
633aab4beaba	20170415202818	b4	nn
9a45999fa023	20170415202818	b4	nn
bb2e2ad83cfe	20170415202818	b4	nn
dd45794e1589	20170415202818	b4	nn
4f4d9e78f5be	20170415202835	b4	nn
f215249656a9	20170416202834	b4	nn
2876fbe4ad63	20170417202821	b4	nn
3113f909d825	20170417202821	b4	nn
5188c3e3d41b	20170417202821	b4	nn
354468e55167	20170418202821	b4	nn
65b634c822fd	20170418202821	b4	nn
ad53524c7c2a	20170418202821	b4	nn
b128bee2cc63	20170418202821	b4	nn
69f0a81e21e0	20170418202840	b4	nn
845ec4da7bbc	20170418203308	b3	nn
d257309ce8cc	20170418203308	b3	nn
ecbf6a306a31	20170418231716	m	nn
4c84996bc221	20170420202819	b4	nn
e57428f505c4	20170420202819	b4	nn
f64a115c809b	20170420202819	b4	nn
06387e8a4dfc	20170420203257	b3	nn
df2bb22315e7	20170420203257	b3	nn
1baf68dddb68	20170421202821	b4	nn
3e24501bb680	20170421202822	b4	nn
a8293e236336	20170421202822	b4	nn
a4c9f96ebf1f	20170421202840	b4	nn
1aa489224eed	20170422202823	b4	nn
7972aac9f369	20170422202823	b4	nn
e2c503b4205e	20170424202845	b4	nn
714e60e8905d	20170425202824	b4	nn
21a475eefb85	20170425202825	b4	nn
70c13e394dd9	20170425202825	b4	nn
d3789e97799b	20170425202825	b4	nn
837527a2a018	20170425202846	b4	nn
1e64882b980c	20170425203324	b3	nn
a0dd3f74e8b2	20170425203324	b3	nn
e8d7cc384082	20170425203324	b3	nn
51e9e663fd31	20170426202823	b4	nn
818c53c78073	20170426202824	b4	nn
71cbfce9d8b9	20170426202844	b4	nn
c192350f2cd5	20170427202832	b4	nn
dee664a95b97	20170427202832	b4	nn
313ec0555a56	20170427202833	b4	nn
3fa06e848c1f	20170427202833	b4	nn
6bc199969053	20170427202833	b4	nn
6cd603a009ed	20170427202833	b4	nn
97a8b3b040ad	20170427202833	b4	nn
c6d944a2de22	20170427202833	b4	nn
670b68600ead	20170427202858	b4	nn
cf012f20d0a7	20170428202825	b4	nn
153fd0bab23a	20170428202826	b4	nn
1a014f453972	20170428202826	b4	nn
384737846d0b	20170428202826	b4	nn
d4d5232db66f	20170428202826	b4	nn
54b86aca521e	20170428202848	b4	nn
66e13efc6b3a	20170428203402	b3	nn
750abd47117c	20170429202822	b4	nn
9ccb53151074	20170429202822	b4	nn
e7b07ed0c168	20170429202822	b4	nn
ee36746f4296	20170429202822	b4	nn
db4645fe4543	20170429202842	b4	nn
7ba6be594966	20170501202846	b4	nn
bc6311c19c69	20170502202823	b4	nn
f1cb94b672d5	20170502202824	b4	nn
7b1f9a193bb6	20170503202831	b4	nn
ad97d39b9124	20170503202832	b4	nn
b3c3c3d1fef8	20170503202832	b4	nn
f0ab6b85bde2	20170503202857	b4	nn
0389c7514754	20170504202828	b4	nn
64e947de2f88	20170504202828	b4	nn
89e9cea531bc	20170504202828	b4	nn
8e696697e7bc	20170504202828	b4	nn
69da22a50f3d	20170504202829	b4	nn
6db1a83402a1	20170504202829	b4	nn
85c50f4ccb44	20170504202829	b4	nn
ede4e68eb716	20170504202829	b4	nn
d2e281defdde	20170504202852	b4	nn
22eca115bd15	20170505202827	b4	nn
e71930600eb7	20170505202827	b4	nn
1f311d1b79b9	20170512172158	b4	nn
ca719949f11b	20170512172158	b4	nn
dad27d745a35	20170512172158	b4	nn
02b7d62fd45b	20170512172159	b4	nn
1120d7fc8d48	20170512172159	b4	nn
29ea990f7c1f	20170512172159	b4	nn
5a21aa58a250	20170512172159	b4	nn
6434e2e4bb5f	20170512172159	b4	nn
650f6b4f1d39	20170512172159	b4	nn
8d49905c48ed	20170512172159	b4	nn
958f3df6a4f1	20170512172159	b4	nn
a46cb79cf4c3	20170512172159	b4	nn
bb2e182124d5	20170512172159	b4	nn
bdefb3c11a80	20170512172159	b4	nn
d112596ad6a1	20170512172159	b4	nn
e833e172a0ae	20170512172159	b4	nn
1b8c2a3e22db	20170512172218	b4	nn
90ca02ccd072	20170512172453	b2	nn
aafe6e0f595a	20170512172651	b3	nn
f13d80654722	20170512172652	b3	nn
2622726a58d0	20170512172708	b3	nn
3c049628f881	20170513172025	b4	nn
7ee9bbd10c7b	20170513172025	b4	nn
f1648c639195	20170513172025	b4	nn
f3b79c332375	20170513172025	b4	nn
1bf81ae841b9	20170513172026	b4	nn
9679848f284c	20170513172507	b3	nn
bf7e376fe1f8	20170513172507	b3	nn
e2272dfdf582	20170513172507	b3	nn
eb79b53964c6	20170513172507	b3	nn
1e2deb500883	20170513172527	b3	nn
a546461dcc4d	20170515172025	b4	nn
f851632ada55	20170515172025	b4	nn
fe9ac9f9c07b	20170515172025	b4	nn
567ef9f0095a	20170516163628	m	nn
8a3629184539	20170516172027	b4	nn
fdfa162aed4c	20170516172027	b4	nn
20e59c60f899	20170516172028	b4	nn
28760732a9c9	20170516172028	b4	nn
29b5bff0fa6a	20170516172028	b4	nn
7ed1861317dd	20170516172028	b4	nn
9e7cf8d7ca52	20170516172028	b4	nn
dffa08376088	20170516172028	b4	nn
299a25eb5a82	20170516172046	b4	nn
c5bdf38534f7	20170517172029	b4	nn
0aaf615b8c8d	20170517172030	b4	nn
2ea6418cfa5f	20170517172030	b4	nn
3290c558e276	20170517172030	b4	nn
5eab562d64a1	20170517172030	b4	nn
a53d10f5ad96	20170517172030	b4	nn
cf4cea8c3f65	20170517172030	b4	nn
cf4d5c32f3a7	20170517172030	b4	nn
8aceb98010c1	20170517172047	b4	nn
35b898845e35	20170517172518	b3	nn
117378eef311	20170517172519	b3	nn
24b46cb91bd3	20170517182619	b4	nn
3a86c9334835	20170518172027	b4	nn
b904f78ea0b5	20170518172027	b4	nn
16495c6a8fce	20170518172028	b4	nn
17882860204c	20170518172028	b4	nn
59a623b7ba1b	20170518172028	b4	nn
6a84e825d912	20170518172028	b4	nn
45154911ef4d	20170518172047	b4	nn
2255f227585d	20170519172032	b4	nn
4e6534081be4	20170519172032	b4	nn
1f73522a95af	20170520172032	b4	nn
b59661b22cf5	20170520172032	b4	nn
074f58b23a49	20170521172029	b4	nn
09165439d763	20170521172029	b4	nn
25835dfc1e19	20170521172029	b4	nn
c6a337302166	20170521172029	b4	nn
d84ceacdd115	20170521172029	b4	nn
dd465010d335	20170521172029	b4	nn
34de54914155	20170521172030	b4	nn
450baa5d60f8	20170521172049	b4	nn
6b1566ccaa7c	20170522175413	b4	nn
c35ac9bd3ad8	20170526063424	m	nn
2b19da2c338a	20170526084554	m	nn
6eca5ea54399	20170604011636	m	nn
07c4fcb4df69	20170613203842	b4	nn
309d9ec71a49	20170613203843	b4	nn
6e8ae30f39ab	20170613203843	b4	nn
8debebccfb63	20170613203843	b4	nn
8efad6dbf069	20170613203843	b4	nn
d12329fb4d03	20170613203843	b4	nn
e06018a16666	20170613203843	b4	nn
e15298083cbe	20170613203843	b4	nn
0c8efe21e295	20170613203844	b4	nn
0d7af62b8393	20170613203844	b4	nn
1309db5ec61a	20170613203844	b4	nn
18c891469072	20170613203844	b4	nn
2e44fe3560fc	20170613203844	b4	nn
48409ad603e6	20170613203844	b4	nn
6bfadd9f8f47	20170613203844	b4	nn
87c960d69bdd	20170613203844	b4	nn
a5e25d721881	20170613203844	b4	nn
dc0c59238650	20170613203844	b4	nn
ed614f066ab1	20170613203844	b4	nn
10e9ca1449cd	20170613203845	b4	nn
44b2cb72820a	20170613203845	b4	nn
5ae2719295b8	20170613203845	b4	nn
5ccf40117658	20170613203845	b4	nn
7bef0aa41b84	20170613203845	b4	nn
b1f4aacc7049	20170613203845	b4	nn
c39a8b699d21	20170613203845	b4	nn
cad616fd7bd3	20170613203845	b4	nn
d3d2ebe2d311	20170613203845	b4	nn
e65054aaa937	20170613203845	b4	nn
11c69ac1270a	20170613203846	b4	nn
27aa69fcc8d2	20170613203846	b4	nn
375eed416fc0	20170613203846	b4	nn
38cb1a951d7d	20170613203846	b4	nn
8787fb55e2f2	20170613203846	b4	nn
8db6be287cd3	20170613203846	b4	nn
a23ebdbf488c	20170613203846	b4	nn
aad51bc86dd1	20170613203846	b4	nn
b113bd5b2658	20170613203846	b4	nn
d9ea62815a9d	20170613203846	b4	nn
157df171118f	20170613203847	b4	nn
1db1ab7b1161	20170613203847	b4	nn
1f501c6ac01b	20170613203847	b4	nn
25e58688a75f	20170613203847	b4	nn
52247e913086	20170613203847	b4	nn
5f9a3355846a	20170613203847	b4	nn
62a5cd097562	20170613203847	b4	nn
a8d18952cbd3	20170613203847	b4	nn
b1f01ecf002c	20170613203847	b4	nn
bf9b15475ad6	20170613203847	b4	nn
4f99d163911e	20170613203848	b4	nn
5990d225d981	20170613203848	b4	nn
5c1634105857	20170613203848	b4	nn
92eadecb1316	20170613203848	b4	nn
99b01357a034	20170613203848	b4	nn
bbe6158ef326	20170613203848	b4	nn
d44b3079caaa	20170613203848	b4	nn
83b4b27326b3	20170613203914	b4	nn
1d15ab0d0afe	20170613204144	b2	nn
392d415723dd	20170613204145	b2	nn
7a5eb923c3fa	20170613204145	b2	nn
ea4480a08e97	20170613204145	b2	nn
668d7ca6dcbe	20170613204159	b2	nn
14ff8c69a144	20170613204421	b3	nn
794d95e91ec7	20170613225637	b4	nn
1741b65fcb29	20170613230211	b4	nn
fabe644bb3dd	20170614203706	b4	nn
c2459566d629	20170614203707	b4	nn
d184230daaff	20170614203707	b4	nn
e12b58626cb4	20170614203707	b4	nn
36b51953e6ef	20170614203732	b4	nn
7a26c9599de4	20170614220951	b3	nn
9e35ef7520e1	20170614220951	b3	nn
a8d5b7ee85a2	20170614220951	b3	nn
2163038fbf3e	20170616220356	b4	nn
5adaf62880a7	20170616220356	b4	nn
6df6f2148a8d	20170616220356	b4	nn
70922d408fbb	20170616220356	b4	nn
5c999e1aec3c	20170616220422	b4	nn
18fe241720d5	20170616220855	b3	nn
836838f4470e	20170616220855	b3	nn
936b386bc79b	20170616220855	b3	nn
c489f97d4e64	20170617091722	b6	nn
7e76c26781b4	20170617220357	b4	nn
c1b6a1c0a439	20170617220358	b4	nn
d54b530cba4a	20170619235740	b4	nn
dbc1e2815891	20170619235741	b4	nn
b3357e1e1080	20170619235813	b4	nn
2c59aca31761	20170620172845	b4	nn
6620bd1af973	20170620172845	b4	nn
83b93de35af2	20170620172845	b4	nn
b131aa47b5c0	20170620172845	b4	nn
ecd7406c9fc6	20170620172845	b4	nn
3bffbce69ddc	20170620202716	m	nn
1c32168167c2	20170622035347	b4	nn
4030b37262ec	20170622035347	b4	nn
cc9ad31a2a13	20170622035347	b4	nn
46003734b1d7	20170622035348	b4	nn
56e6e0e8fd00	20170622035348	b4	nn
51bf18f5e629	20170622035409	b4	nn
1cd03f0805b2	20170622181106	b4	nn
cc44961f935a	20170622181106	b4	nn
0d9a4f4f483e	20170623200638	m	nn
a656d7c41a36	20170627081242	m	nn
1e9caa8e14e1	20170628000644	b5	nn
8fa00ce039c5	20170628000644	b5	nn
9476066ae2be	20170628000644	b5	nn
d5fd79170879	20170628000644	b5	nn
d82cfb70ddc9	20170628000644	b5	nn
164b30d85ed6	20170628000645	b5	nn
5b6f5174d800	20170628000645	b5	nn
959d3293e8b6	20170628000645	b5	nn
ed0ae8c7070e	20170628000645	b5	nn
42a124578af9	20170628000709	b5	nn
e28ebe6126f1	20170628001121	b3	nn
99c199238964	20170628001122	b3	nn
27928e458d1e	20170628134750	m	nn
1a2327dce837	20170629000434	b5	nn
e76df37d58b3	20170629100333	m	nn
3774ae21f88b	20170629102043	m	nn
d4a425fcd99b	20170629103418	b5	nn
e36c1e5a16a7	20170629190448	b5	nn
4943de335e84	20170629190507	m	nn
9a3abb182f5c	20170630083710	b5	nn
5e440ec3fc45	20170701083321	b5	nn
13c848bad2ff	20170701083322	b5	nn
bd8206e3cad5	20170701083322	b5	nn
56fd84210219	20170701083338	b5	nn
59eef07b24b2	20170704083334	b5	nn
695e707421ff	20170705225041	m	nn
e6f9d5c493f9	20170705225528	m	nn
cbcceee40ddb	20170705231848	m	nn
f872ced9e581	20170705231936	m	nn
9ffde92a6467	20170705235141	b5	nn
ca3828e0be49	20170705235141	b5	nn
6daa6a29b8b8	20170705235201	b5	nn
c32e4dfc5d3f	20170705235608	b3	nn
1bf6994c7c45	20170705235609	b3	nn
21300e3e11c9	20170705235609	b3	nn
6470a25cda1e	20170706000559	b5	nn
dd636ffdd8f6	20170706000559	b5	nn
27f2f9370c97	20170706234918	b5	nn
37e54679316e	20170706234918	b5	nn
e7816d5d9aed	20170706234918	b5	nn
b1ed43528171	20170706234942	b5	nn
382c3919884e	20170707202734	b4	nn
63a56d743922	20170707202734	b4	nn
eddc268ce3a6	20170707202734	b4	nn
684c9f06e8fd	20170707202735	b4	nn
d8822e05975c	20170707202735	b4	nn
df46f7f13b3d	20170707202735	b4	nn
e356aa2e77ab	20170707202735	b4	nn
e83269bc2bf1	20170707202735	b4	nn
cdcf23551af7	20170707210726	b5	nn
f07b1ff63611	20170707214837	m	nn
d03136c06742	20170711200438	b5	nn
361294f01037	20170711203338	b5	nn
534933d5304b	20170711204536	b5	nn
886446d4a938	20170711234543	b5	nn
53c7adfd0294	20170711235949	b5	nn
06f95366f0e5	20170713034612	b5	nn
a37549263b65	20170713034729	b5	nn
4d6d8e1ac12d	20170716035841	b5	nn
847cceef55bb	20170716035841	b5	nn
e21a2f60cf7d	20170716035841	b5	nn
3bb413eede43	20170716035842	b5	nn
4e62d7d64d5a	20170716035842	b5	nn
55381253448c	20170716035842	b5	nn
757f27a376de	20170716035842	b5	nn
75943a8927b8	20170716035842	b5	nn
812b4cbd4b9b	20170716035842	b5	nn
9869cc1684bc	20170716035842	b5	nn
a08928a06771	20170716035842	b5	nn
ad2ff902669b	20170716035842	b5	nn
c0b21e1d030e	20170716035842	b5	nn
d164d632d16d	20170716035842	b5	nn
ec4003cdb5fd	20170716035842	b5	nn
1850dd66e421	20170716035903	b5	nn
16b0436fa2a2	20170716040519	b4	nn
25bffd9c4562	20170716040519	b4	nn
9508caae84c1	20170716040519	b4	nn
50c6f808e0f0	20170719033906	b5	nn
0a8adc4df492	20170719033907	b5	nn
0e9b63a3bbe4	20170719033907	b5	nn
1a0ee4cda25a	20170719033907	b5	nn
1be407b92aa3	20170719033907	b5	nn
3954f889c7ba	20170719033907	b5	nn
4596ac0d5c31	20170719033907	b5	nn
526a4ea1590d	20170719033907	b5	nn
5b30b91d3a29	20170719033907	b5	nn
5f6ea627a306	20170719033907	b5	nn
88f7fb81926b	20170719033907	b5	nn
b5da66a5eb39	20170719033907	b5	nn
f772360c2a77	20170719033907	b5	nn
7c69e9802107	20170719033924	b5	nn
85e11fd40e90	20170719035555	m	nn
3f8f8fe0e508	20170728101337	m	nn
0c5d33049399	20170728134548	b5	nn
517feb7802a0	20170728134548	b5	nn
bcd15c35a46c	20170728134548	b5	nn
c5fd4b120205	20170728134548	b5	nn
f0c66765d7a3	20170728134548	b5	nn
203206d11aed	20170728134549	b5	nn
27faac48eb45	20170728134549	b5	nn
2993dace6477	20170728134549	b5	nn
54d90de185a1	20170728134549	b5	nn
54dc2e892029	20170728134549	b5	nn
6311ab7ddb43	20170728134549	b5	nn
684e17ef901e	20170728134549	b5	nn
6bbe54e5efb8	20170728134549	b5	nn
953296ece8fd	20170728134549	b5	nn
a2643f9d5855	20170728134549	b5	nn
a335243fc87f	20170728134549	b5	nn
be3e7bb9a4aa	20170728134549	b5	nn
bf288836fee3	20170728134549	b5	nn
cb42486a30f7	20170728134549	b5	nn
d9c32d7ac47a	20170728134549	b5	nn
687e8a49bc3a	20170728134609	b5	nn
0caf586a658e	20170728135240	b4	nn
1f9a49df2c06	20170728135241	b4	nn
91e3f9312a3f	20170728135241	b4	nn
d1fa9c161c18	20170728135241	b4	nn
d9588c19ff10	20170728135241	b4	nn
ec392585e9b9	20170728135241	b4	nn
d92e8497f71b	20170728135302	b4	nn
24f566f085b7	20170729134546	b5	nn
fe298b57509f	20170729134547	b5	nn
c7ed6bc9c1c9	20170729134606	b5	nn
177f86d25ff5	20170801094041	b5	nn
45673e060eb9	20170801234653	b5	nn
5b4fc260205c	20170801234653	b5	nn
6c2dc43bdac4	20170802124233	b4	nn
1ab41bb21e4a	20170803053301	b5	nn
c50d5106093a	20170803091214	b5	nn
f37156e3305a	20170803091219	b5	nn
cb38c4e658f4	20170804035541	m	nn
6bb970b17c82	20170804163737	m	nn
d635032284f8	20170806155254	b5	nn
051779ac390b	20170807172627	m	nn
823af6a2623d	20170808110319	b5	nn
4e59bd848114	20170809015651	m	nn
677d75feacad	20170810123358	b5	nn
b0aa1a022d13	20170811152722	b5	nn
f760bb58c466	20170811210904	m	nn
50351071572d	20170811211116	m	nn
7059e20d67f7	20170811212242	m	nn
46ce3c9bb06f	20170814092246	m	nn
b346b478e8af	20170814151921	b5	nn
2103a0e46b61	20170814170932	b5	nn
7cdaec7d07b2	20170815121558	b6	nn
660679d0b8e3	20170816225946	b5	nn
1dfa7531a41a	20170818004751	b5	nn
dd2f10871408	20170818011153	b5	nn
1f4847043cf2	20170818011210	m	nn
cd328eca8831	20170818011211	m	nn
f0291a1ba77f	20170818011218	m	nn
5e8fc3691908	20170818011220	m	nn
d9c8d700d641	20170818011223	m	nn
9675d048204b	20170818012227	b5	nn
de1119d69cce	20170818012246	m	nn
0d0245d7cd3b	20170818012250	m	nn
0d29eb72ac2b	20170818012253	m	nn
b31a88a6393f	20170818082736	m	nn
2a227f04f328	20170818114306	b4	nn
600e2800bb11	20170821152626	b5	nn
a4f6f78b2911	20170821184739	b7	nn
1dd484c96908	20170821213006	b5	nn
807ac87af24c	20170822021023	b5	nn
da075d8627a0	20170823075600	m	nn
40083c8b9161	20170828141503	b6	nn
394768f55312	20170829124809	b5	nn
755bbca820db	20170829124919	b5	nn
1afef6a3b975	20170829124920	b5	nn
2b9f1a2ec92e	20170829124920	b5	nn
ccbff9fa83a2	20170829124920	b5	nn
3baab95e2e7c	20170829124947	b5	nn
d2d99774f7e9	20170829124947	b5	nn
0648979117b6	20170829124948	b5	nn
8d33656deabf	20170829124948	b5	nn
b303648bf651	20170829124948	b5	nn
b4b413abb199	20170829124948	b5	nn
fe0b3c259031	20170829124948	b5	nn
226ece9c5b1f	20170829124949	b5	nn
2ae2a25386d0	20170829125017	b5	nn
9d2814a37fcb	20170829125017	b5	nn
c1d19009a764	20170829125017	b5	nn
f921a7394233	20170829125017	b5	nn
fd5a0ee04dc0	20170829125017	b5	nn
10908324c6e5	20170829125018	b5	nn
5e0e877ac2ab	20170829125018	b5	nn
9f99bf70e2e2	20170829125018	b5	nn
d7f469601fda	20170829125018	b5	nn
0103f0d62ac9	20170829125052	b5	nn
1091ffb59e0b	20170829125052	b5	nn
55f5a3317c80	20170829125052	b5	nn
3954143278f8	20170829125053	b5	nn
d37a8e495ca5	20170829125053	b5	nn
eb8ca254db13	20170829125053	b5	nn
14f0c0a211a7	20170829125123	b5	nn
1f91834be77a	20170829125123	b5	nn
53ab900949e9	20170829125124	b5	nn
e549550bb5ef	20170829125152	b5	nn
1820c423c9b2	20170829125153	b5	nn
a966f481aa7a	20170829125153	b5	nn
3c733696a308	20170829125154	b5	nn
573b6e62891e	20170829125154	b5	nn
5d104a8df63e	20170829125154	b5	nn
e447af640387	20170829125154	b5	nn
f977147926f8	20170829125154	b5	nn
5da217e5c452	20170829125155	b5	nn
6c07108d9ff1	20170829125155	b5	nn
99c44987e02a	20170829125155	b5	nn
f7e05a1f9c49	20170829125155	b5	nn
fa2ceb7462a5	20170829125155	b5	nn
32ad290dcba2	20170829125226	b5	nn
4de1c5fff83a	20170829125226	b5	nn
6a94c085e7c1	20170829125226	b5	nn
9f92bb772b7b	20170829125226	b5	nn
ada55fe32f7f	20170829125226	b5	nn
b1046943dcb9	20170829125226	b5	nn
0f0bf9875039	20170829125227	b5	nn
890c48c52ec8	20170829125227	b5	nn
ae992f7e2ca7	20170829125227	b5	nn
c16edbc0b013	20170829125227	b5	nn
e60e32ff027e	20170829125227	b5	nn
1bc6d1247e2f	20170829125228	b5	nn
5b8c25a3124f	20170829125228	b5	nn
97b64b59a93b	20170829125228	b5	nn
b511eba3caea	20170829125228	b5	nn
f96ed3fc691a	20170829125228	b5	nn
273e78d7c8ef	20170829125302	b5	nn
863a062955af	20170829125302	b5	nn
97bf9e0e3526	20170829125302	b5	nn
989de02eb2f8	20170829125302	b5	nn
4df98607765a	20170829125333	b5	nn
8797b732d6d6	20170829125333	b5	nn
ee3e65839850	20170829125333	b5	nn
174c4c21d7da	20170829125404	b5	nn
2554b0b4622d	20170829125404	b5	nn
83f7b229eacb	20170829125404	b5	nn
db8228460e2d	20170829125404	b5	nn
e1798d5fa281	20170829125404	b5	nn
6844dbd5e2be	20170829130210	b3	nn
0a8b58b60312	20170829130222	b3	nn
291ca3008314	20170829130222	b3	nn
3eed2b4ac26a	20170829130222	b3	nn
a3b7105649da	20170829130222	b3	nn
cb7307007f3b	20170829130222	b3	nn
a95edf803628	20170829130306	b3	nn
1ba4b2858ae8	20170829130601	b4	nn
42398f6a797e	20170829130618	b4	nn
78b0bb850ab5	20170829130618	b4	nn
2f0363f3bf69	20170829130619	b4	nn
4cbb4d746a6a	20170829130619	b4	nn
54857ec767eb	20170829130619	b4	nn
031a3824a2d2	20170829130645	b4	nn
b261ffea31a1	20170829130645	b4	nn
b5c461544860	20170829130645	b4	nn
ec52d278b25c	20170829130645	b4	nn
98978c1f8dcb	20170831065009	m	nn
69ccf759fce4	20170831103647	b4	nn
d31224ad2267	20170901020308	b6	nn
1d8640158d72	20170901040919	b5	nn
098205466664	20170901043430	b4	nn
17da6b01b25b	20170901161859	b5	nn
fc47db2e7edc	20170901161859	b5	nn
0b7513368a96	20170901161900	b5	nn
1429110930f6	20170901161900	b5	nn
1ceb9f71e100	20170901161900	b5	nn
2ed3ee452480	20170901161900	b5	nn
928f5804e3b4	20170901161900	b5	nn
e3b9d1a520ee	20170901161900	b5	nn
00f65f7d4447	20170901161932	b5	nn
462d9adec65d	20170901161932	b5	nn
8fd8317e7468	20170901161932	b5	nn
f62736c05e21	20170901161932	b5	nn
f95030429f8d	20170901162006	b5	nn
35d425a0d98c	20170903134906	b5	nn
daf8ef60c5ca	20170903134906	b5	nn
0c6cc8dd985e	20170903134907	b5	nn
2074f539933a	20170903134907	b5	nn
2b76a1826e59	20170903134907	b5	nn
48ade6dd30d8	20170903134907	b5	nn
6adf847055c0	20170903134907	b5	nn
78f8f273dfd8	20170903134907	b5	nn
7b48f37a96c8	20170903134907	b5	nn
1213be369b88	20170903134908	b5	nn
84661730675d	20170903134908	b5	nn
994192e4fe54	20170903134908	b5	nn
568b669beaf9	20170903135006	b5	nn
74549f85f488	20170903153324	b5	nn
6316abbfad18	20170904134915	b5	nn
809288e7047f	20170904134915	b5	nn
d779598b4067	20170904134915	b5	nn
4d791e32729b	20170904134916	b5	nn
a18b27ec1ff3	20170904134916	b5	nn
ab00972686a2	20170904134916	b5	nn
bab8392c8233	20170904134916	b5	nn
bf85a9d89b2b	20170904134916	b5	nn
e748549190b7	20170904134916	b5	nn
302b3649ef89	20170904195606	b6	nn
170149c11b71	20170905134855	b5	nn
bac0212263f9	20170905134856	b5	nn
5859689dc342	20170906134915	b5	nn
8e9c6b232271	20170906134915	b5	nn
4bea3a5096cf	20170906134943	b5	nn
aa671fcc5b8e	20170906134943	b5	nn
d26bea504f2a	20170906134943	b5	nn
bf0966b34633	20170906135012	b5	nn
b2a410d66016	20170906151712	b4	nn
269360b4bea5	20170909014905	b4	nn
4e283c96d6ad	20170909213006	b5	nn
561701ed84eb	20170909213006	b5	nn
f549520368f0	20170909213007	b5	nn
fa6f560e8988	20170909213007	b5	nn
c6f8cf2c47d2	20170909213045	b5	nn
760de9bc0896	20170912081124	b4	nn
a51b7225e68a	20170913144626	b6	nn
88ea2eef1a57	20170913204158	b6	nn
b1ebb248d0e6	20170914063406	b4	nn
e8ce35d26510	20170914082702	b4	nn
90239c130442	20170915000907	b6	nn
48c8058911b7	20170915080801	b5	nn
9138498d7bd9	20170919055548	b6	nn
1d75f4f0f16c	20170920095017	b6	nn
9678eb04738f	20170921105813	b6	nn
54288be59ce0	20170921215356	b6	nn
8741eb91075f	20170921215429	b6	nn
7a2d69e09e5f	20170922112206	b5	nn
06d5d6259935	20170922112207	b5	nn
0fd8a31bad16	20170922112207	b5	nn
bae75f056877	20170922112207	b5	nn
baf97d23c32f	20170922112207	b5	nn
cecfce38a7e1	20170922112207	b5	nn
8ffd241e20d3	20170922112208	b5	nn
82aa063804cf	20170922112243	b5	nn
26106dfbeaed	20170922113615	b5	nn
31e7aa2fdd31	20170922113638	b5	nn
f8bdb100d189	20170922113638	b5	nn
e698488786cd	20170922113701	b5	nn
116a3cc0c040	20170922113722	b5	nn
b5186781b396	20170922113743	b5	nn
afb4606c45ba	20170922113805	b5	nn
9f1049ed5875	20170923012316	b5	nn
f49c543e2ac2	20170923192154	b6	nn
0b1f8b0d859a	20170925165716	b6	nn
00c624b92c52	20170926115848	b6	nn
f6d2dca1b0b2	20170928024311	b6	nn
e58a2c7896a3	20170928115656	b6	nn
e1ccf9f3198d	20170928210223	b6	nn
5e3eb38791b2	20170928225853	b6	nn
089ccd91f67e	20170928230904	b5	nn
0853ea94895a	20170928235417	b4	nn
9734a791aff9	20170929011837	b4	nn
837e26094217	20170929014952	b4	nn
6dbd395521e2	20170929214347	b6	nn
f660c1f78a04	20170930045215	b6	nn
bb96050dfb8d	20171001201051	b6	nn
acaedba49776	20171002084904	m	nn
efc4037802d9	20171004044956	m	nn
83f0666e4014	20171004050514	m	nn
4e80b271566c	20171004220149	b6	nn
456cbc011814	20171004224254	b5	nn
4e3b79aa5908	20171004224254	b6	nn
411a70315449	20171005063326	b4	nn
a7bf9ff51a9d	20171005082833	b4	nn
8c1471aedaac	20171005225157	b6	nn
f7a735a8c2ce	20171005225753	b6	nn
ddf6c35ca5d5	20171005230757	b6	nn
0cfc379ff856	20171006113012	b6	nn
6e4f879729bc	20171006181332	b6	nn
d6f3ab164c2f	20171008172822	b6	nn
3c01efff3343	20171009090141	b4	nn
85e068bab8f1	20171010213100	b6	nn
1372839f297a	20171011001503	b6	nn
5e8cd580d294	20171011182129	b6	nn
bb89f2cbb885	20171011182348	b6	nn
1fb83015bea3	20171011234711	b5	nn
1ae3aba19bf3	20171012021928	b8	nn
3df32f530e34	20171012202531	b6	nn
c92755ea3b0e	20171012205210	b6	nn
22e2e0ebf18a	20171013215553	b6	nn
7be903ab671d	20171016062751	b6	nn
7dbd7b4f8331	20171016062751	b6	nn
282f9313c28b	20171016062752	b6	nn
b6540d4794b3	20171016062752	b6	nn
fab36f20959c	20171016062820	b6	nn
350fc9ed99ab	20171016062821	b6	nn
643c2cc9a619	20171016062821	b6	nn
8d1bb259cc7c	20171016062822	b6	nn
a6c294a7f393	20171016062822	b6	nn
0176ee01a71e	20171016062823	b6	nn
2cc3e12659d3	20171016062843	b6	nn
dda0d7573509	20171016062843	b6	nn
41b0611ef68a	20171016062903	b6	nn
bee45f3389b9	20171016062903	b6	nn
2f42898d3bf9	20171016062904	b6	nn
10a3c2dff480	20171016062925	b6	nn
77fb8363ad17	20171016062925	b6	nn
076e344c86e5	20171016062926	b6	nn
2ae454230481	20171016064201	b5	nn
35874c597fed	20171016064201	b5	nn
c80a7b81424d	20171017105254	b6	nn
8614b685e256	20171017225804	m	nn
ec4c91bdde9c	20171017235502	b4	nn
18d0325d5c7c	20171018165759	b6	nn
a4c4c24b613c	20171018221956	b6	nn
8f5148371f85	20171019085216	b4	nn
25d194bf2e62	20171019173158	m	nn
05b8feb1c5d3	20171019201903	b5	nn
7180b8677aff	20171019201903	b6	nn
ed5f848ba045	20171019201903	b4	nn
5fa971246a96	20171019214434	b6	nn
21595ad1ef9e	20171020101912	b6	nn
182e6d80e3cb	20171020190733	b6	nn
271cb504b63e	20171020202532	b6	nn
33ec09b121f1	20171023100103	b6	nn
acd3fa9fb5e6	20171024154129	b4	nn
6f3147f6addc	20171025012330	m	nn
20ecc2c0ac04	20171026010939	b6	nn
3a6b3c01b184	20171026021422	b6	nn
867bf1622333	20171026021731	b6	nn
a8796a1db2b6	20171026121004	b6	nn
fc5236ea2986	20171026121004	b6	nn
71d5cae01157	20171026121005	b6	nn
f80b02661252	20171026121006	b6	nn
d198d1dc194c	20171026121041	b6	nn
19f27357d1d4	20171026121103	b6	nn
accfc9b01ec6	20171026121103	b6	nn
1994b6c21b72	20171026121125	b6	nn
dbe8fe09ed16	20171026121147	b6	nn
35ccd4336052	20171026121518	b5	nn
60bf397d7966	20171026121538	b5	nn
3c9596422809	20171027084844	b5	nn
a112de7a5b95	20171027195438	m	nn
8cd3482868a0	20171027195439	m	nn
e1ccdedbb729	20171027195441	m	nn
742a5f2338cb	20171027215105	b6	nn
fba05540b8d9	20171030172046	b6	nn
42d24bb9c1ff	20171030194909	m	nn
c7399657fecf	20171031000550	m	nn
95f098b95358	20171031171854	m	nn
62be166cecd0	20171101023626	b6	nn
3f3e5f4ba32d	20171101024732	b6	nn
98d1cb61d1bb	20171101024853	b6	nn
73c17354d415	20171101083418	b6	nn
d876f8e6ffb0	20171101083418	b5	nn
a6812b3f802a	20171101143222	b6	nn
7fd6807de422	20171101151035	b6	nn
47e8ee909798	20171101182015	b6	nn
72e1c2a1ef30	20171101191150	b6	nn
cb1d458c418d	20171102043434	b6	nn
e744febfbfbe	20171102154822	b6	nn
b38bbd711b6e	20171102174637	b6	nn
bb459ffc83d9	20171102194133	b6	nn
639297b48a74	20171102224848	b6	nn
75aa0c0fc329	20171103162746	b4	nn
7fa19ae60bb9	20171103183645	b4	nn
4b0c9403ef7d	20171104070414	b6	nn
5ab5f9877727	20171106124915	b7	nn
5cf3fd5ef110	20171106124915	b8	nn
9177580b4cf6	20171106153044	b6	nn
06b71f997cbf	20171106215448	b6	nn
097057c51c9a	20171107113131	b6	nn
1e45615a5e63	20171107151934	b7	nn
a455af0fbf3d	20171107204206	b6	nn
80e12d16320e	20171108012901	b6	nn
7656f45ccb3d	20171108182656	b5	nn
584b13d35003	20171108185949	b5	nn
4fda22f3a1f7	20171108233749	b4	nn
802f4da84aa6	20171108233749	b5	nn
de49589ab5d4	20171108233749	b6	nn
134dba2dab94	20171109002401	b6	nn
834a79b0f6a2	20171109112720	b6	nn
693567fbccf9	20171109114014	b6	nn
20fe48113a0e	20171109181513	b6	nn
a9f914433358	20171110055638	b6	nn
8b2365351896	20171111215019	b5	nn
ede7254aff37	20171112100632	b5	nn
3baca37fe24a	20171113231621	b4	nn
fbdcd4b51527	20171114022857	b6	nn
056405fb692a	20171114031620	b6	nn
66ea4a936265	20171114033632	b6	nn
fbf050708ded	20171114130315	b6	nn
9fa87b55f6c8	20171115031610	b6	nn
de5d593c0dc8	20171115032524	b6	nn
5ed3cd03be31	20171116054509	b6	nn
f1ca0e5f1de8	20171116180643	b6	nn
784121630341	20171117204746	b6	nn
e84c4b1f0c6d	20171118001548	b6	nn
165eb612030c	20171118003223	b6	nn
29bb67c07b78	20171119214110	b6	nn
51e0616ae6dd	20171119214120	b6	nn
723afcf62088	20171120052127	b7	nn
8424065b23a7	20171120233605	b6	nn
b0a657da6048	20171121002557	b5	nn
98c937e24a68	20171121011217	b4	nn
1cc00c00247c	20171121065143	b6	nn
952b1dd10955	20171122100114	b6	nn
3c0e41ca6a1a	20171122101431	b6	nn
4f1818c3cd76	20171127150526	b4	nn
b83876e8263c	20171127150526	b5	nn
fdf7e51f228b	20171127150526	b6	nn
6744cdbac64d	20171128020754	b6	nn
96438d3a5c2f	20171129125608	b4	nn
1f6b441016e2	20171129195739	m	nn
f741b93f7a33	20171130185453	m	nn
7df292cbf544	20171201183827	m	nn
832b09bf1bae	20171202204902	b7	nn
370f3b346bbd	20171204063905	b7	nn
60b0546760cf	20171204195129	b7	nn
b7af4c11d3f5	20171204222344	b7	nn
a65956729d24	20171206234615	m	nn
928a5255308b	20171207041340	b6	nn
97bcf95ca029	20171207041341	b6	nn
60cef58577a5	20171207041405	b6	nn
3af225c75868	20171207041406	b6	nn
a55b7b5a78fc	20171207041406	b6	nn
659fda893c8f	20171207041407	b6	nn
55df955d1da4	20171207041427	b6	nn
62461cc6ff9c	20171207041444	b6	nn
b9cceae1f891	20171207041444	b6	nn
7dc0693659e8	20171207041445	b6	nn
d01773068878	20171207041445	b6	nn
782f045d1d94	20171207041447	b6	nn
ef7f446745da	20171207041447	b6	nn
1fa4c0082771	20171207041448	b6	nn
208cbb64bfc6	20171207041504	b6	nn
8d6b7712c92f	20171207041504	b6	nn
8fa1ff825cb9	20171207041522	b6	nn
54736e510ac6	20171207041539	b6	nn
be88969207df	20171207041539	b6	nn
a9b11fb1b420	20171207041556	b6	nn
5b93d2bc5a7c	20171207041557	b6	nn
f14e54e4a9de	20171207041557	b6	nn
005b26dbdfe0	20171207041558	b6	nn
b29da5307c48	20171207041558	b6	nn
be57bfe69be6	20171207041617	b6	nn
a286873b90fc	20171207041635	b6	nn
d2ae8ddbe028	20171207041652	b6	nn
b7e0485a837a	20171207041653	b6	nn
375bcf98d2ce	20171207041711	b6	nn
01662c3c1c66	20171207041712	b6	nn
36dd0d2168d5	20171207041712	b6	nn
b59eb049cd83	20171207041730	b6	nn
84b6352f9866	20171207041731	b6	nn
59ab1a8387ec	20171207041748	b6	nn
3f762e31a5f7	20171207042145	b5	nn
7a03699350aa	20171207042200	b5	nn
7d1e7662cab1	20171207042201	b5	nn
1b75876d4571	20171207042216	b5	nn
c71215b4b3f6	20171207042540	b6	nn
d97bb3ec4ca8	20171207042542	b6	nn
651d7a881870	20171207042543	b6	nn
069098300ed8	20171207042544	b6	nn
78700dec6369	20171207042602	b6	nn
0144e907557d	20171207144126	m	nn
f17d6594e8f5	20171208202546	b7	nn
88b5d2a76a5c	20171210073931	b7	nn
b0821b956a56	20171211200436	m	nn
5e9d18c77cad	20171212095355	b7	nn
b06ac967c741	20171213193731	b7	nn
246626c8d5a3	20171214154055	b7	nn
87887458218a	20171214154143	b7	nn
77f9dfa07357	20171215230231	b7	nn
99b02d3434f1	20171216234433	b7	nn
37ead7f1669b	20171216234455	b7	nn
17dfc2579839	20171217074510	b7	nn
6cddcf6b0055	20171218122544	b7	nn
4170dc586c88	20171218163601	b7	nn
f4d24c8a4701	20171219034600	b7	nn
35fc4e77b2dd	20171219081457	b7	nn
a4971b3c1721	20171219082245	b7	nn
4670b764c4e4	20171219114132	m	nn
f7c9f68417f4	20171219114227	m	nn
d6f5cef4991d	20171220053543	b7	nn
092629949085	20171220073811	b7	nn
73165849782e	20171220115542	b7	nn
82ac99ce9cbc	20171220132915	b7	nn
8309c2df2196	20171220183133	m	nn
e57a132df826	20171220183137	m	nn
b7e986aa58c5	20171220202156	b7	nn
af8ed43b018a	20171221085016	b7	nn
34ead213458b	20171221091047	b7	nn
2a98de87d5cb	20171221094240	b7	nn
de090a6a8d5a	20171222220951	b7	nn
95954ff38417	20171222221251	b7	nn
c96a48875f22	20171223014255	b7	nn
fe985a55a2e8	20171223210626	b7	nn
d79b7d1f8bc2	20171224014254	b7	nn
f855fad41e76	20171225034656	b7	nn
62b2cb756b8c	20180102082107	b7	nn
dd8d2af23e24	20180102082107	b6	nn
e5c444542402	20180102082107	b5	nn
7e03948729e6	20180102175224	b7	nn
6829d13c4347	20180103015245	b7	nn
9389c055a838	20180103015815	b6	nn
ad1ee6bff212	20180103060730	b7	nn
3a46b5de730a	20180103175353	b5	nn
f22d7feaeba7	20180103223503	b4	nn
18ec62fe9032	20180104055507	b7	nn
bd935b15f724	20180104135225	b7	nn
1b825e3a7863	20180107194259	b7	nn
21ab0aa61a13	20180108121405	b7	nn
8331bec30fb4	20180108180013	b7	nn
e36946081f5a	20180108203411	b7	nn
109fef42a850	20180109081702	b7	nn
7e9fc247fefd	20180110171117	b7	nn
69fbc9fa3c6a	20180110231737	b7	nn
c9d111913151	20180111072600	b7	nn
271600dc67a2	20180111072645	b7	nn
13c6fb4c46e1	20180111073054	b4	nn
84c85820d114	20180111073057	b4	nn
caa80039ae35	20180111073057	b4	nn
c41ddd7cdab4	20180111073128	b4	nn
fd3197e637c2	20180111073128	b4	nn
805261c343ad	20180111073130	b4	nn
39d8bbc09e2a	20180111073132	b4	nn
0cdf7ac6ed10	20180111073159	b4	nn
dde6ef6eafb8	20180111112556	b7	nn
b1fb949a8b50	20180112113155	b7	nn
f031b2af1463	20180113113223	b7	nn
c3fe8ff5fbe6	20180115215701	b7	nn
5fecd3df8922	20180116160043	b7	nn
e9556070fb13	20180116184531	b7	nn
d8b352f6b2b3	20180116184559	b7	nn
f5d6749301b9	20180117013500	b7	nn
01f7f3801f94	20180117082237	b7	nn
ced341259581	20180117082303	b7	nn
807bb8875be9	20180117201502	b7	nn
ce9bf2bd6c56	20180118011036	b7	nn
da710ccb08aa	20180118011058	b7	nn
8a28689b296b	20180118131050	b7	nn
1c2a06d4c03d	20180118180718	b7	nn
7392f7f78f82	20180119065933	b7	nn
acc52496ce5c	20180119070851	b7	nn
8a8517e82fc1	20180119131100	b7	nn
1a16aa9e1a5d	20180119191538	b7	nn
9c1975875751	20180119191538	b8	nn
7776bd547a38	20180119191827	b8	nn
dea0758d47ac	20180119191827	b7	nn
3d181c773122	20180122123753	b8	nn
7f749abb08c5	20180122192117	b7	nn
ccd242909341	20180123042627	b7	nn
b044414c7d52	20180123091046	b7	nn
dcdb23334e7d	20180124143403	b8	nn
1957ffeb3d06	20180124211101	b7	nn
91392bcd633d	20180127051115	b7	nn
3f65b3827953	20180128192828	b7	nn
c673e31530e1	20180129163014	b7	nn
9f7db9794b9b	20180130011133	b7	nn
7e1535c0b5d8	20180130183057	b7	nn
b719749aa6d3	20180131100944	b7	nn
4b76cf9824ec	20180131131054	b7	nn
b6a34c5a0028	20180131183345	b7	nn
3bf2cc9238f7	20180131232209	b8	nn
ed49bb357448	20180131232209	b7	nn
68154ad48fd1	20180201111119	b7	nn
526671fd79a7	20180201115351	b7	nn
ffc92ea3a90f	20180201211053	b7	nn
2f62824dde31	20180202051054	b7	nn
3c4da130df86	20180202130549	b7	nn
059133e3e3ab	20180202171106	b7	nn
b30485cc03cc	20180204062456	b8	nn
f48569b364fb	20180204062456	b7	nn
a52532be7bc8	20180204071455	b8	nn
63d0eb00024d	20180204131107	b7	nn
d8fcdee8ffe4	20180204171107	b7	nn
e2d750fcad02	20180204171124	b7	nn
c4f02185e317	20180205093429	b7	nn
05d8c8911c01	20180205162100	b7	nn
c4ff8ae9ca81	20180205162100	b8	nn
847d15469aad	20180205171136	b7	nn
bd9218ea5f01	20180205211149	b7	nn
4def1285ff0e	20180205211206	b7	nn
ef30f5779f2c	20180206013809	b9	nn
5f742c0476a0	20180206045325	b7	nn
d5f7182e00ce	20180206045325	b8	nn
5e622f37cd6e	20180206051134	b7	nn
33bd23f75b6d	20180207211117	b7	nn
19c591bac28a	20180207234312	b8	nn
a3bffe5d33a8	20180207234312	b7	nn
29c5d6f1b65b	20180207234846	b8	nn
d22e08fbc42d	20180207234846	b7	nn
5c4221286fe0	20180208000402	b7	nn
93a87a9af965	20180208000402	b8	nn
d39d12f4b0b2	20180209065353	b7	nn
7cd1d3291b7d	20180211091133	b7	nn
a8dc497f30cb	20180211115049	b8	nn
e5261fe39c72	20180211115049	b7	nn
d90294e8f95a	20180211131700	b8	nn
2e7a6d75a568	20180212012431	b7	nn
79cc4033c791	20180212094853	b9	nn
ad39df114e7a	20180212100256	b9	nn
39577c6be170	20180213182915	b8	nn
cfa927c19ff5	20180213182915	b7	nn
3f0de10d86fb	20180213193236	b7	nn
7cef162dc9e0	20180213193236	b5	nn
c777fab147d1	20180213193236	b6	nn
209867a87c4f	20180213193321	b5	nn
5c864f2fba9b	20180213193321	b7	nn
5f3aeb1d83ce	20180213193321	b6	nn
a82b3b75b29b	20180214015553	b7	nn
35d357565b16	20180214095542	b7	nn
5f85fe426e7a	20180214175558	t113	nn
a2fa59617540	20180214184832	m	nn
3bf59c62ad4e	20180214215644	b8	nn
04b7cf8ad618	20180215020332	b5	nn
afa6acd011fa	20180215213102	b7	nn
dcf48dd3992e	20180215213102	b8	nn
4c4a49fdd0b3	20180216020224	b8	nn
6e2b4fff22f8	20180216020224	b7	nn
16d72c3ed9af	20180216043017	b7	nn
dd61bd25300b	20180216043017	b8	nn
e00c8f23c00e	20180216130548	b8	nn
50a0fcce591a	20180216132103	b7	nn
68725b77a427	20180216162326	b8	nn
7c9b0dc0978d	20180216162326	b7	nn
abbedebe40f9	20180216214301	b7	nn
fca8bb29280b	20180216214301	b8	nn
ae2f68095517	20180219194011	b8	nn
f9840ecc2ed7	20180219194011	b7	nn
ad9b46a1e90b	20180220172141	b7	nn
b44779503fc7	20180220172141	b8	nn
31a3a561fca6	20180220172240	b8	nn
7e3e837ff59e	20180220172240	b7	nn
a258223ae41f	20180222100524	b8	nn
17d4c50f8aab	20180222151557	b10	nn
73fcd97c3afb	20180222151557	b9	nn
ef0fd623c918	20180222195850	b7	nn
3fe103ad08af	20180223092849	b8	nn
d8f55ede1733	20180223092849	b7	nn
1bc18ec75052	20180224202252	b7	nn
c9a11b02aa5e	20180225090258	b8	nn
ac9f9572cd85	20180226075836	b8	nn
d1f2f222560c	20180226075836	b7	nn
4db3e53339cc	20180226080421	b8	nn
64101cbe6af2	20180226190311	b8	nn
77e73af6e6c7	20180226191115	b7	nn
f8751c684741	20180226191115	b8	nn
40a18eb359de	20180226202333	b8	nn
0e3c65c3e9b7	20180226235833	b9	nn
5f9a755f732f	20180226235833	b8	nn
8f6bac1a7563	20180227010907	b8	nn
d3e282295fcf	20180227010908	b8	nn
6c6051c8d6c5	20180227010933	b8	nn
fd88764ee880	20180227010933	b8	nn
58d111d3524c	20180227010954	b8	nn
f09bc8b4371d	20180227010954	b8	nn
37ccd13bb45c	20180227010955	b8	nn
35f61b2f0324	20180227010956	b8	nn
8b0c96689ac6	20180227010956	b8	nn
93d55aca0844	20180227010957	b8	nn
9132b13e95d3	20180227011015	b8	nn
50244542bbee	20180227011614	b8	nn
a3e9cfc0b877	20180227011614	b7	nn
0ff29eaf8023	20180227012519	b7	nn
da7a6fee9d49	20180227012519	b7	nn
89fa90e86ad7	20180227012520	b7	nn
c4b9f086d07d	20180227012521	b7	nn
25505bfbc786	20180227012538	b7	nn
f8c68b19c42b	20180227012538	b7	nn
5d7928c54128	20180227012559	b7	nn
52a78f7b0fb9	20180227012600	b7	nn
f29d72208b27	20180227012600	b7	nn
00b7839442b8	20180227012601	b7	nn
c6810f466e4c	20180227012602	b7	nn
78a1c5c6e7fb	20180227012603	b7	nn
87e5a5fc06ce	20180227012603	b7	nn
ab10f7aa224f	20180227012621	b7	nn
c819d66f5303	20180227090854	b8	nn
fbdccbf09b0c	20180227090917	b8	nn
d89f1e4c085a	20180227093408	b8	nn
601d858a59b7	20180227130831	b8	nn
be4c601dfca6	20180227130848	b8	nn
1e55c209038c	20180228042022	b8	nn
dce0331f190b	20180228050926	b8	nn
06ac755d8d4d	20180228052459	b7	nn
a359b7922448	20180228052516	b7	nn
ce807c7acd6d	20180228052516	b7	nn
b16d5cf21da1	20180228052517	b7	nn
f29a60b40a76	20180228052517	b7	nn
0caa5e78a2c3	20180228052534	b7	nn
4bc82dd2a3f9	20180228111135	b8	nn
baacc24498ea	20180228111135	b9	nn
d902e7da4bfa	20180228130855	b8	nn
d6de2be5f298	20180228212419	b7	nn
123c6c631831	20180228212435	b7	nn
5d7eb0287c63	20180301012453	b7	nn
2f45bcbf57f0	20180301090951	b8	nn
82eadfdc3900	20180301092616	t114	nn
7b42caf33643	20180301131341	t36	nn
803130ef3e67	20180301131343	t33	nn
f8d192aa2433	20180302141952	b8	nn
2fce0bafad16	20180302190235	b7	nn
d5472ab191b7	20180302190250	b7	nn
606eb1e93101	20180305184433	b8	nn
d7928f5b56ab	20180305184433	b7	nn
cafb570f1719	20180306210330	b8	nn
a3c9a30b35fc	20180307024657	b8	nn
694c2d5e5f7f	20180307031028	b7	nn
c1e13e8dbf75	20180307123314	b8	nn
da4f265a7654	20180307224853	b8	nn
b379a2676756	20180307230616	t115	nn
fda499915936	20180312184936	t62	nn
dcd4e256f3b0	20180312184938	t65	nn
5e21949ac753	20180312224521	t38	nn
f7fa8a1b861a	20180312224523	t35	nn
a690a83792c3	20180312225308	t94	nn
812d021c2640	20180312225310	t91	nn
a94cee6b92bc	20180312225738	t116	nn
a0c32b3ff47c	20180314034828	m	nn
84095f3a2c50	20180314035023	m	nn
ebd3379ef192	20180314044900	m	nn
5a14372b8a8f	20180314050002	m	nn
b702fddfb9a5	20180314105559	t117	nn
949db79a1d7f	20180314183819	b8	nn
fff8c3d73ec5	20180315091938	b8	nn
2437bfa43acc	20180315092325	b4	nn
45cf21002ef6	20180315092655	b5	nn
cade0e592a3a	20180315093020	b6	nn
fd2b358bbeef	20180315093357	b7	nn
44608c3c9d40	20180316162850	b8	nn
57dbf254a0b5	20180319212219	t40	nn
afd27efb1f28	20180319212220	t37	nn
44c3be3df2c3	20180319212610	t67	nn
627485911df7	20180319212611	t64	nn
f1539f8d10d2	20180319212948	t96	nn
cd245c62f5d5	20180319212950	t93	nn
5e04b0f75003	20180320014334	t118	nn
de2cf6fb9af8	20180320030806	b8	nn
484f27892430	20180320051918	b8	nn
e39ef6557250	20180320083541	b8	nn
4f2b10cdd3d7	20180320143508	b8	nn
51a3ecb2eb38	20180320183321	b8	nn
e50cb60ce918	20180320223213	b8	nn
cc0ac3c0b276	20180320223231	b8	nn
d06ef10219aa	20180321184739	t98	nn
e56f95336983	20180321184741	t95	nn
01eabee36475	20180321223302	b8	nn
30089d3674f3	20180322063312	b8	nn
b9a0cf870f23	20180324023338	b8	nn
ae5d73243cd7	20180327023244	b8	nn
0ef6cb0873f3	20180327024833	t120	nn
23781f4d6632	20180327024835	t108	nn
d74b6802c2c9	20180327143247	b8	nn
8ae4a66b9b24	20180327183305	b8	nn
48231725ad3b	20180327184417	b8	nn
90539b4e75a8	20180327231050	b6	nn
0d7e95ff3b11	20180328023141	b8	nn
88e8ea169afa	20180328185441	b8	nn
37d44da37d83	20180329115525	b8	nn
e3815ad762e8	20180330002151	b8	nn
88ed8939d1c5	20180330002335	b8	nn
13a6e8222e54	20180330182035	b8	nn
74d8cc8c8f7e	20180330182035	b7	nn
9446f4ef9d70	20180331084143	b8	nn
a76f38785691	20180402195741	b8	nn
5cffd7d5c93d	20180403074613	b8	nn
555a8ece7020	20180403080428	b8	nn
1de93b50aeef	20180403082532	b8	nn
8048d500b51c	20180403183404	b8	nn
991626bd9b8c	20180403201603	b8	nn
caf2e70aa1f5	20180405015615	b8	nn
7ce05d76deb0	20180405120002	b8	nn
8c732d02e942	20180406105856	b8	nn
bf48af014653	20180406105856	b8	nn
053ad44d48d7	20180406105857	b8	nn
94607b9cd4d4	20180406105918	b8	nn
f2e4bfdd42eb	20180406105937	b8	nn
47c485781f23	20180406105957	b8	nn
80e246c39a5a	20180406110422	t39	nn
9d8e49b7d81b	20180406110424	t41	nn
a2bd2f4bfeb2	20180406110822	t66	nn
bca7eb0a2397	20180406110823	t69	nn
989be4278f35	20180406111602	b7	nn
b7d03ad8c683	20180406225903	b8	nn
bc399996ff5e	20180407024234	b8	nn
766b12e75a2c	20180409091247	b8	nn
e7bf2d1742fd	20180409222253	b8	nn
94b05e5087ba	20180410182145	b8	nn
dd92f6b11395	20180411142156	b8	nn
616d41b04782	20180411150057	b11	dd
6f353b5328d1	20180411183730	b9	nn
a53e5845b9fd	20180411183730	b8	nn
72322d0c6db8	20180412134225	b16	bb
e302dbfef585	20180412134225	b15	bb
92a7e0590135	20180412142203	b8	nn
ac76ac506093	20180413001243	b7	nn
c7cdeca31ff2	20180413001243	b8	nn
dd40bd1fb28b	20180413222140	b8	nn
1af4095d6eac	20180414035432	b8	nn
11179e1670c3	20180414222217	b8	nn
015563ab585e	20180417045856	b8	nn
345769d958d7	20180417045856	b7	nn
be703b426301	20180417045856	b6	nn
262ea94a5996	20180417045927	b7	nn
2eeae9f2aa16	20180417045927	b6	nn
d23614d7ea1f	20180417045927	b8	nn
4c785b2638da	20180417142934	b8	nn
e4b628f8610b	20180417143339	b4	nn
fad7d0b0323e	20180417143730	b5	nn
65b43df093d1	20180417144110	b6	nn
27ca8df00321	20180417144447	b7	nn
d1f4ecc28d6c	20180417145838	b8	nn
fb258089cb01	20180418010126	m	nn
3025079a24f4	20180418010231	m	nn
c75e967654de	20180418022539	b8	nn
f99e02d6b727	20180418192204	b8	nn
2468a89fde42	20180418230936	b8	nn
9b46f3224a79	20180419182637	b8	nn
3debbd8c317e	20180420022634	t148	nn
467c17c87a25	20180420142606	b8	nn
58bdd5cade7f	20180420182601	b8	nn
f123460f1193	20180421022536	b8	nn
7455e67b7641	20180421022556	b8	nn
c72689654975	20180423142301	b8	nn
3631461fc713	20180423222704	b8	nn
d20de56ef88b	20180424063552	t68	nn
f1dffe6bda2e	20180424063553	t71	nn
e6f1c09a627b	20180424064206	b8	nn
f849531fe27b	20180424122123	b8	nn
581437501aaf	20180424150556	b8	nn
2e1683e1a1b5	20180424174140	b8	nn
33f2870a2b83	20180424211516	b7	nn
d36be08adf48	20180425102726	b8	nn
3df37beef0d0	20180425142725	b8	nn
7205c0679a53	20180425145517	b8	nn
cfcdaaea855a	20180425161121	b8	nn
82253abe83e8	20180425182709	b8	nn
7130d1acc263	20180425220230	b8	nn
95a2d0bcbba7	20180425222725	b8	nn
a6f5cf653e27	20180425225138	b8	nn
f0d11262904f	20180426062721	b8	nn
34472877d4e9	20180426062722	b8	nn
e18ef65b0f98	20180426062742	b8	nn
1f41b7593383	20180426193607	b8	nn
2b0acf6f5a16	20180427060711	b8	nn
f71f3da0d1e0	20180427075603	b8	nn
7757aaeb1496	20180427152905	b8	nn
3fd815dfa7e8	20180428142554	b8	nn
9e6dfd5187a0	20180428142554	b8	nn
8b5d933521cf	20180428142555	b8	nn
e26238c32415	20180428142614	b8	nn
01d6a1350dd5	20180501182648	b8	nn
835de9289c97	20180502003327	b8	nn
135662879656	20180503022718	t149	nn
d17062c63745	20180503194758	b8	nn
7e5a9c2cb47b	20180504022728	b8	nn
46ab86af26b0	20180504033409	b8	nn
998a5ff4b90a	20180504182744	b8	nn
bf62f5b7d657	20180504182809	b8	nn
5c71aff0f39c	20180507123203	b8	nn
6174473dce45	20180507123220	b8	nn
8296aa170883	20180507142800	b8	nn
1c9ae1b2ac9c	20180507194113	b8	nn
334b50415a80	20180507195425	b8	nn
8a7f1bb868c2	20180508175036	b8	nn
7a2dcd71b099	20180509002717	b8	nn
c7b9128fb6db	20180509022650	b8	nn
e06cc6501b0f	20180509022650	b8	nn
9124a4f71a35	20180509022712	b8	nn
0c30aacc9d87	20180509150149	b8	nn
37c8d52754a1	20180509151232	b8	nn
d50d58e11c60	20180509151718	b8	nn
77541e5cb7c3	20180509165212	b8	nn
1c46f3b96c52	20180509165424	b8	nn
f6af22edb3e7	20180509165812	b8	nn
3fb10702338f	20180509175307	b8	nn
62c4633c17ed	20180509182728	b8	nn
de3c9b6cf841	20180509182748	b8	nn
1d7970429728	20180509214614	b7	nn
212413e762db	20180509220012	b9	nn
0401348fc773	20180509222242	b6	nn
9cabba199835	20180509222711	b8	nn
d25bb75a842a	20180510000456	b5	nn
638bb430f4af	20180510062721	b8	nn
e35117bf8f8f	20180510144228	b6	nn
b2243688f827	20180510182903	b8	nn
cf2db96347ae	20180510182926	b8	nn
c7d1a4cb7528	20180510183819	b5	nn
7d6d7324194e	20180511052941	b9	nn
b4efb2d46b33	20180511142934	b8	nn
a0e8687452a4	20180511195013	b8	nn
421cf66e414f	20180511214916	b8	nn
41a5bc501faf	20180514141453	b8	nn
988feb35af24	20180514223003	b8	nn
10b605faabb6	20180515130050	b8	nn
1692bdde78a6	20180515144434	b6	nn
ef648e29172e	20180515164723	b8	nn
690cda5361bc	20180515183059	b8	nn
0be17c78bfcc	20180515185012	b7	nn
f9b6f71f0a4e	20180515212316	b8	nn
4e1458887593	20180516002227	b9	nn
79540301d5b6	20180516022953	b8	nn
8417b79caec1	20180516120820	b8	nn
acfb32b7e440	20180516120820	b9	nn
6c082e81517b	20180516173053	b8	nn
ea16f6128e46	20180516183214	b8	nn
4bb327ea2f8e	20180517072830	b9	nn
4a75b93cb4ed	20180518221437	b9	nn
603d97a703cb	20180518221437	b8	nn
d9cf97751096	20180519102806	b9	nn
fd323869ad03	20180519142813	b9	nn
e1b1ad35184a	20180519142834	b9	nn
fa0cdd446f83	20180521144558	t126	nn
29ae1f00c3d8	20180521144600	t123	nn
be44d9f40730	20180521193520	b8	nn
1088d9ef0963	20180523190037	b9	nn
6a96aaddc7ce	20180523190037	b8	nn
55b7c99dca99	20180523231254	b9	nn
c3d9963cb579	20180523231254	b8	nn
aee33a819703	20180524110208	b9	nn
1ea562b7b9fa	20180524133343	b9	nn
c7ec09eb4f82	20180524133343	b8	nn
8ad25042a9f8	20180524165533	b9	nn
9ca66310eb3c	20180524165533	b8	nn
ae6749452b83	20180524195122	b9	nn
9126b42c46c6	20180525123533	b9	nn
517bcf146994	20180525134944	b8	nn
dd9316d8bf8d	20180525134944	b9	nn
12a6e5ed0a50	20180525173246	b9	nn
edd106906800	20180525225549	b9	nn
f8adda79b77c	20180525225549	b8	nn
d7f4abc82c89	20180529070731	b9	nn
52e5f114ac82	20180529071052	b9	nn
b66a02842a0e	20180529071625	b8	nn
f4c1c0ae19ee	20180529071625	b9	nn
9a5fde770f6e	20180529085232	b9	nn
503789350801	20180530101858	b9	nn
a6fa57c79cad	20180530145403	b8	nn
c88b4728711b	20180530145403	b9	nn
0684545aa588	20180530210332	b8	nn
c66958028886	20180530210332	b9	nn
b9ecec59bd20	20180531082004	b9	nn
599e5c2d9af4	20180531182428	b8	nn
4d6c30f52a70	20180531191827	b9	nn
d0c8d510fb1e	20180531191827	b8	nn
d7b585cf00e7	20180531210034	b9	nn
e9e677202c89	20180531210034	b8	nn
0243d85adfea	20180531212745	b8	nn
f58a8f4fd079	20180531212745	b9	nn
8e3c4b8b5cd1	20180531212827	b8	nn
c61cf26da456	20180531212827	b9	nn
45b15acf0b00	20180531213033	b9	nn
a776f223c280	20180531213033	b8	nn
15affbb73e49	20180601173445	b8	nn
f2a982331673	20180601173445	b9	nn
b270d8c8ce52	20180601181924	b9	nn
2f54fb8dfb4a	20180601182024	b9	nn
552869353bc6	20180601182024	b9	nn
e1509da70ed1	20180601182025	b9	nn
6acf51d140da	20180601182026	b9	nn
93fbd18835c2	20180601182026	b9	nn
33a8186d0a9e	20180601182027	b9	nn
ec14e9de0ef5	20180601182135	b9	nn
26a26f55b28a	20180601184321	b7	nn
08e4505e02b1	20180601221822	b9	nn
91354d62fb6f	20180602101715	b9	nn
787033cb7267	20180602101800	b9	nn
3c4446fb4da0	20180602141905	b9	nn
b0458069170c	20180603045958	b9	nn
5e3044cdb820	20180604224956	b8	nn
984235702ae2	20180604224956	b9	nn
04971aee25bb	20180605022028	b9	nn
532187284bfc	20180605172434	b8	nn
ddee7171183b	20180605221845	b9	nn
389936a9c877	20180606165808	b8	nn
f6745953479d	20180607043303	b9	nn
6fd8d2ef33ca	20180607061914	b9	nn
9aa389df39ec	20180607160240	b8	nn
90da597c7758	20180607181222	b8	nn
b3579891ef81	20180607181222	b9	nn
b7f631141848	20180608015617	b9	nn
2f61378d319a	20180608021906	b9	nn
9405a468ab9d	20180608153029	b8	nn
7b33f1b0700e	20180608153030	b8	nn
d1038de14ee1	20180608153030	b8	nn
3fe7061dad0d	20180608153057	b8	nn
966db4b3a20b	20180608153058	b8	nn
0f896184a725	20180608153059	b8	nn
26ba46adf7a5	20180608153059	b8	nn
b9e20545010b	20180608153100	b8	nn
54553fda9f07	20180608153101	b8	nn
a2802ecd4192	20180608153101	b8	nn
37fcf22e5b3c	20180608153102	b8	nn
60d2f9ee1b1a	20180608153103	b8	nn
4fcb07e80eb6	20180608153123	b8	nn
dc18462b71da	20180608153123	b8	nn
75756cae8021	20180608153143	b8	nn
61801dc04d85	20180608153144	b8	nn
94da77252651	20180608153204	b8	nn
74dcea033614	20180608153230	t152	nn
46b5520a878b	20180608153232	t151	nn
0bb1a137a4da	20180610234843	b8	nn
3cf09b8baac7	20180610234843	b9	nn
cd89475a098c	20180611192849	b8	nn
9f7f556240b1	20180613075347	b9	nn
321986595fc4	20180613182725	b9	nn
ab6fed13f4fc	20180613182725	b8	nn
bb0a4fa2f71b	20180614013303	b9	nn
2d1fce8ff83d	20180614153010	b8	nn
8d6e3480fc03	20180614230759	b9	nn
11bffe824e29	20180615162043	b8	nn
805e3104666a	20180615174642	b7	nn
856081306415	20180615193000	b8	nn
b24ca9f3f174	20180619180055	b9	nn
1406b3f8f94c	20180619180339	b9	nn
a312bfe35c40	20180619232744	b7	nn
5c54f12e943f	20180620032300	b8	nn
e3d7c757a44d	20180620032300	b9	nn
57f617c0b1c4	20180620074431	b9	nn
157b02554c46	20180620110826	b9	nn
70f02b11c695	20180620150824	b9	nn
2e8676d253d9	20180620150855	b9	nn
c72a3893b115	20180621013557	b9	nn
c4be56f535a8	20180621030908	b9	nn
037e6c200eac	20180621030934	b9	nn
4cacfee698b0	20180621033303	t153	nn
e5757a72963d	20180621062907	b6	nn
e5bc2a7bbbdf	20180621073103	b8	nn
715f1319cb78	20180621150921	b9	nn
2a94c229c06d	20180621150948	b9	nn
b0722d92a7c1	20180621152933	t127	nn
f78ba573adc8	20180621152935	t130	nn
3b3d4e13da94	20180621215155	b9	nn
d589639e75f6	20180622233913	b9	nn
c4202c13a562	20180624140626	b5	nn
933d5771283e	20180624153407	b9	nn
8d892d34b2a1	20180624190843	b9	nn
615dfd3eb0c3	20180624190844	b9	nn
57012a8ca3a7	20180624190911	b9	nn
f5c5cedfc061	20180625193854	t154	nn
b0d7322e12eb	20180626234016	t155	nn
e2680bfa7718	20180627072700	b6	nn
03bfb9bdcfe5	20180627180038	b9	nn
35bd65deaadf	20180628032213	b9	nn
c0c1efa8e945	20180628043048	t157	nn
7d04d0e2a0a1	20180628043050	t146	nn
432cc9f726c4	20180628122552	b5	nn
2cab959d03ec	20180628183550	b9	nn
4b6317c5d458	20180628183550	b10	nn
9936c2e1aa00	20180628184425	b9	nn
164c15bbca33	20180629071307	t101	nn
60a42dbd593b	20180629071309	t104	nn
eab69171261f	20180629093022	b9	nn
9a187ab54b63	20180629180231	b9	nn
c2109436a0f8	20180630052409	b9	nn
82b3a5753636	20180630052451	b9	nn
1ca2f836dce5	20180702074939	b9	nn
f783e1bbe39e	20180702172554	b9	nn
4b3edba2bea7	20180703052508	b9	nn
7c4d4e9c37e4	20180703052534	b9	nn
3cf0092cd11c	20180703092826	b9	nn
ebd0a9ebba14	20180703092851	b9	nn
4927d9fd2d5a	20180703181543	b9	nn
e88f3768420c	20180703181543	b10	nn
c8e8c4a6eff2	20180703201714	b9	nn
231e48e9f39e	20180703202517	b13	bb
ba984c792ffe	20180703202517	b12	bb
44f554f6a39d	20180704041915	b6	nn
cce189a67e2b	20180704041915	b9	nn
e07adc6e6917	20180704041915	b8	nn
fa6525815cd9	20180704041915	b7	nn
29c058197f96	20180704075515	b9	nn
39e71913f47e	20180704110513	b9	nn
7e80aece91a4	20180704172609	b9	nn
44530d33a760	20180704195201	b10	nn
ae46060c39ab	20180704195201	b9	nn
442fc9f1c484	20180704205244	b10	nn
50b95c82d9c9	20180704205244	b9	nn
a0aa36085fdd	20180705212639	b9	nn
7ab20732fabb	20180705212705	b9	nn
ad896870c52a	20180706100438	b9	nn
5242ede50e21	20180706131737	b9	nn
21fd7d2b8a00	20180706131805	b9	nn
03f517daafe2	20180706154426	b9	nn
a452c6c43611	20180708012609	b9	nn
58e6824c4bed	20180709023512	m	nn
0ec73abb067f	20180709172653	b9	nn
874fbcf9764c	20180711005309	b9	nn
4b43750b963d	20180711170554	b9	nn
f7a93c0e7473	20180711170554	b8	nn
f690d7b96f95	20180712053632	t76	nn
0b75a1917525	20180712053634	t74	nn
f1995823ace2	20180712092733	b9	nn
a20933ff15b5	20180713212726	b9	nn
5e5e185a9e90	20180714052544	b9	nn
7aab05103990	20180716173843	b9	nn
897ec2f63924	20180716173843	b8	nn
a9a2ba84e688	20180716173843	b7	nn
58a34f32bd80	20180716214354	b9	nn
334ce435af87	20180716230003	b9	nn
33b66b7514d6	20180717091650	m	nn
9c18288d03f4	20180717092228	m	nn
26fe45c84cf3	20180717114258	b9	nn
919235c0c38e	20180717114330	b9	nn
4e3d951df380	20180717172020	b9	nn
b34565476457	20180717210611	b10	wn
cfba9881e4f6	20180717210611	b9	wn
954a4d8f4e87	20180718001004	t159	nn
59698c7d9724	20180718001006	t156	nn
8ffec625dedf	20180719155303	b9	nn
d6a5799477e6	20180719195334	b9	nn
739dd8f9d480	20180719235251	b9	nn
274af9078f81	20180720155712	m	nn
32ec4b188208	20180723201625	b9	wn
a6d1c60475b2	20180723201625	b10	wn
875f881c7c6f	20180723202935	b9	nn
3db81bdd1286	20180724102132	b9	nn
401c87edddaf	20180725232232	b8	nn
dd5f11e1e6c6	20180725232232	b9	nn
483aada58add	20180726144143	t129	nn
84ad8b2a0e90	20180726144145	t132	nn
0b97d57a869d	20180726182331	b9	nn
93515e7d7fa5	20180727021356	b9	nn
5798b4e636c7	20180731201736	b9	nn
5c69d94a914a	20180801002300	b9	nn
a83d2a268247	20180801002300	b10	nn
3e9a51baf54d	20180801140132	b9	nn
b46e3962ed07	20180801141841	b9	nn
29424b90cbd2	20180801173543	b9	nn
5764fa1b79d4	20180801173546	b9	nn
cbdb98d74d1e	20180802121159	b9	nn
045dbe7ac1d4	20180802153044	b10	nn
e46b34c539d3	20180802153044	b9	nn
9ca9c42570c5	20180802153445	b6	nn
5f3a23fd5328	20180802191427	b9	nn
30599d9dbae3	20180803000029	b9	nn
03b9b1062ab5	20180803115144	b9	nn
4026bdeec208	20180803132242	b9	nn
82acb64076f1	20180803132242	b10	nn
6dac86f710e4	20180803140828	b10	nn
7f2b32bee9ab	20180803140828	b9	nn
4528feba43e2	20180803144541	b10	nn
f50e19ec6ed9	20180803144541	b9	nn
2c1efc9ef45f	20180803144626	b9	nn
f314ed00c19f	20180803144626	b10	nn
c4528e977819	20180804021835	b6	nn
1ab85cc3cc5c	20180806123236	b9	nn
7d948ea4adb7	20180806132439	b9	nn
b00d4d1d423d	20180806132439	b9	nn
453b06420959	20180806132525	b9	nn
d0ef5a1c7d06	20180806132526	b9	nn
32a482af2030	20180806132527	b9	nn
02384dbe123f	20180806132601	b9	nn
2527bef70829	20180806132629	t179	nn
cabe5c16b786	20180806133048	t103	nn
9c85ad6abc74	20180806133049	t106	nn
1f13a808da65	20180806134042	b8	nn
12e8bc7b09e4	20180806155113	b9	nn
bdfc4cfc125f	20180806212658	b9	nn
61141c1efe90	20180807191357	b9	nn
84710d1308ed	20180809164818	b11	dd
33d45c1319b1	20180809214248	b9	nn
32e20113305e	20180812051626	b9	nn
43b95360bda4	20180812051626	b10	nn
69308bcf06bc	20180813182934	b10	nn
d100788af7fe	20180813182934	b9	nn
5c58a85d6ffe	20180813234717	b9	wn
eb0f6510effb	20180813234717	b10	wn
b35fd0f035dc	20180814002257	b10	wn
f3c7bb05b070	20180815021903	b10	wn
60fd738f896f	20180815102843	b8	nn
d3e82fd896ae	20180815212401	b9	nn
961ecfb9a28b	20180816133356	b9	nn
791991630fd3	20180816133453	b9	nn
744b11616f03	20180816133454	b10	nn
b95fa2e4f33e	20180816133557	b10	nn
6294b7edd14b	20180816133628	t212	nn
56edb760931c	20180816134751	b7	nn
e1ca545b2ca2	20180816201126	b10	wn
745ca8300397	20180817174322	b7	nn
d3f03ecc37b2	20180817213235	b10	nn
ab58715064c2	20180818002520	b9	nn
35223a068171	20180818010558	b10	wn
e31aaf55929d	20180818010558	b9	wn
5d107d4ebc00	20180818013048	b10	nn
b53d9ecf53bb	20180818053000	b10	nn
7e091e3663b9	20180820131647	b9	nn
8dd267ed2488	20180820131647	b10	nn
4b8eacabe1f1	20180820225018	b9	nn
3a9231911442	20180820232647	b10	nn
f2f85107cac6	20180821074022	b8	nn
6007d7f0a9fd	20180822095607	b10	nn
f272f4e32d57	20180822095607	b9	nn
79cb21f5b3b1	20180823152847	b10	nn
7dc224ff75b1	20180823194450	b9	nn
595a92811c1c	20180824092617	b9	nn
ada81a0d757a	20180824092617	b10	nn
030d9710551b	20180827192436	b10	nn
855e8fadf4b3	20180827232516	b10	nn
31ff53b61673	20180828033001	b10	nn
d38fdf805ccf	20180828124613	b9	nn
87935b98dd4a	20180828232743	b10	nn
346cddd7c2a1	20180829094025	b14	bb
7d13a606b3dd	20180829094025	b15	bb
22e1ddcc4852	20180829215702	b10	nn
ffd2ca39e7f3	20180829215702	b9	nn
ec724c24d1d4	20180901034145	b10	nn
65879682f7e1	20180902030740	b9	nn
f06dbfd73543	20180902073250	b10	wn
1bb88b0329ce	20180903160519	b9	wn
9a73dd213672	20180904091412	b10	wn
365228789024	20180904171300	b10	wn
37c3c02ec965	20180904190850	b10	wn
33fabb1e0f42	20180904210832	b10	wn
0c4a616cc6ec	20180906181618	b9	nn
a11c470ac749	20180906181619	b9	nn
12e1fc488126	20180906181620	b9	nn
5a488b5950bf	20180906181724	b9	nn
48fd11139ebb	20180906181726	b9	nn
96da7319912e	20180906181728	b9	nn
9eab462eec62	20180906181729	b9	nn
4a67cd79cec0	20180906181815	b9	nn
239503d989b1	20180906181816	b9	nn
cb4babb1f6ec	20180906181816	b9	nn
227cb5081d61	20180906181818	b9	wn
173ad5fde8e4	20180906181913	b9	wn
b5eba4c26140	20180907091727	b10	wn
33bed69e72de	20180908141624	t180	nn
9e4461f62284	20180910062810	t163	nn
2cefa64ff137	20180910083459	t160	nn
115d23201cc1	20180910202539	b6	nn
20034be40228	20180912034848	t183	wn
86dcffcddee1	20180914080650	b10	wn
014054a6d374	20180914183121	b8	nn
13b096589c63	20180914183121	b10	wn
c268c175b4b5	20180914183121	b9	wn
b4527731f15b	20180915063246	b9	wn
8b5d5449a251	20180915103828	t136	nn
169153f9d2d6	20180915103829	t133	nn
539ab164ee8e	20180916050800	b9	wn
bd418b418672	20180917100019	b10	wn
bfcfd8228340	20180917170700	b10	wn
cf575eb0795a	20180917170700	b10	wn
780aa459ed9e	20180917193944	b10	wn
1fb328fb3326	20180918034155	b9	wn
8f44824f9b39	20180918034226	b9	wn
782e8407789e	20180918152522	b9	wn
c8e76297e14d	20180918152522	b10	wn
5b1220ffefb3	20180918215836	b9	wn
f91e48d7cff0	20180919015307	t186	wn
0152131f08bc	20180919101027	b10	wn
91ab78fabaf4	20180919102843	b10	wn
7f726ce02d09	20180919113429	b10	wn
ca74aedde1ee	20180919120459	b10	wn
93821fae8052	20180919132214	b10	wn
3e32c8333043	20180919225554	b9	wn
0fa55156311a	20180920014546	b10	wn
d914ce8e0a32	20180920050326	b9	wn
073aba60c820	20180920051218	b9	wn
c99ff00c5d44	20180920114604	b9	wn
2126806484ab	20180920120059	b9	wn
65c8710a3ea1	20180921131154	b10	ww
cf91644e9c0b	20180921131154	b11	ww
3655b8b06119	20180922075322	b10	wn
c5518cda52e1	20180922075330	b10	wn
8ad43087cf14	20180924074238	t188	wn
33124a8148e1	20180925113440	b10	wn
b8d8ea0ef036	20180925131636	b10	wn
e39833ec3c5d	20180925153100	b10	wn
087039522ddd	20180925153148	b10	wn
a5d40177db18	20180925153250	b10	wn
4d3c94690f78	20180926073554	b10	wn
44e7f0ea193b	20180926233341	b10	wn
bb17ab6ef178	20180926233442	b10	wn
97dc22a90a29	20180927013249	b10	wn
e2bc6cda8da5	20180927072737	b10	wn
f95740e17102	20180927152433	t187	wn
508ef814cc1c	20180927152435	t185	wn
9d61d93378cd	20180927152438	t182	wn
c49eef9ec85d	20180927171600	b10	wn
cb0e33492f3c	20180927233344	t191	wn
fc239b820367	20180927233347	t184	wn
78bf9020c4ad	20180928125408	b10	wn
61a24777f8d9	20180928184601	b10	wn
ed35c194bb3f	20180930030932	b10	wn
2a9c6c421016	20181001065250	b10	wn
155d5ec829e1	20181001235357	b10	wn
aa75b7764b7e	20181002040821	b10	wn
30575d7a9fdb	20181002124945	b10	wn
41406bf985e3	20181002133052	b10	wn
da56c29d61e9	20181002154617	b10	wn
a0aefdd1eb53	20181003033551	b10	wn
3e116d45271a	20181003080538	b10	wn
751106186186	20181003193926	b10	wn
02543cdbce0d	20181004110259	b8	nn
bcf64c3d2547	20181004124205	t107	nn
fe6ffc34b303	20181004124206	t105	nn
1638f8970cef	20181004124242	t177	wn
1d3869eff2a3	20181004165231	t190	wn
ae670e1f7cca	20181005110214	b10	wn
9c8160489419	20181005143322	b10	wn
7f1c01699a8a	20181005195938	b10	wn
e7716c6dc574	20181005204317	t193	wn
cb4883f3dea0	20181005204318	t189	wn
1f8420dc261f	20181006043316	b10	wn
4c5811d72b13	20181006073855	b10	wn
672cf70624bc	20181006185806	b10	wn
b9b3f6d2e7cf	20181008160832	b10	wn
40fb7ab6be3e	20181008183736	b10	wn
9d900fc3f3eb	20181008183819	b10	wn
ba3e01d473d8	20181008235542	b10	wn
2ccedc1ac864	20181009035639	b10	wn
7f0192792d56	20181009080620	b10	wn
f3fa17a20765	20181009084843	b10	wn
dcf16a0f3b52	20181009210435	b10	wn
56e7a63b5e38	20181010045704	b8	nn
a1c4661c0313	20181010141420	b10	wn
79cc61940109	20181010204957	b10	wn
beabef4bea1b	20181011015107	b10	wn
6c1248a47f4e	20181011065357	b10	wn
9b03088ac34f	20181011105049	b10	wn
f1576713572d	20181013010908	b10	wn
7571b2924a4a	20181013054348	b10	wn
cbd9965a0e71	20181015214059	b10	wn
d380bc8c2d7c	20181016002030	b10	wn
70926af6e803	20181016014101	b10	wn
5e167e7c1e8a	20181016054141	t213	wn
2ec13bc1ce61	20181016165247	b10	ww
39159c379b2e	20181016165247	b11	ww
0870b6068193	20181016174655	t138	nn
85ed251159e4	20181016174657	t135	nn
80f980e507e3	20181017054121	b10	wn
c4e862c05acd	20181018014122	b10	wn
982e3f55001f	20181018134134	b10	wn
c1a902d20ddc	20181022222930	b10	wn
01c2e0034e28	20181023044158	m	wn
63eb0a3a1fa9	20181023174805	b10	wn
d016aa79091f	20181025094235	b10	wn
d355f0b411df	20181026145831	b10	wn
045bdd8bd8f4	20181026145832	b10	wn
e7898cb3b541	20181026145832	b10	wn
585e98112a2f	20181026145905	b10	wn
5fa5f071cedc	20181026150253	t165	nn
3db8bfc8858d	20181026150254	t162	nn
13596e875acc	20181026150422	b9	wn
c8c30ced287c	20181026185003	t214	wn
0d0d5b2832a5	20181026185217	t195	wn
bf181536cb4d	20181026185218	t192	wn
af076e5342ee	20181029080322	b10	wn
1926f2ea0dad	20181029142445	b10	wn
5e17e6b505cc	20181030145101	b10	wn
080a06bd75a1	20181030153741	b10	wn
68a445f5cbc7	20181031092745	b10	wn
315e03f5e13d	20181031211421	t215	wn
edbf08276b19	20181101001123	b10	wn
74d0afcfd9ce	20181101081207	b10	wn
855e624bb96f	20181101091715	b10	wn
ddab801f99a1	20181101212311	b10	wn
05d4e2f0fd65	20181102091352	b10	wn
970a002e5e84	20181102173647	b10	ww
9c219fe68db0	20181102175357	b10	ww
f73b61fce1c5	20181102181101	b10	ww
420f3f77fbde	20181102183914	b11	dd
8c1dafc8055e	20181102204157	b10	ww
c425b7f92c76	20181102204157	b11	ww
e8d832bc5e6b	20181102233254	b10	wn
ecf1ee491e2e	20181102233255	b10	wn
6054fbfc6590	20181102233320	b10	wn
98e0c7ac0da1	20181103015745	b10	ww
193c4639ffa2	20181106085852	b10	ww
5a751dfb0c49	20181106234950	b11	ww
6315ddfd1837	20181106234950	b10	ww
bf41d317a151	20181106234950	b9	wn
d43910c7edec	20181106234950	b8	nn
5d5edad923c4	20181107002359	b10	ww
f099e4c0167b	20181107002359	b11	ww
d7e5e537ca35	20181107045855	b11	ww
971efa119499	20181107131934	b12	dd
e4985597f0e4	20181107131934	b11	dd
eadee0c4540e	20181107212125	b11	ww
2059e953fcd3	20181108041323	b11	dd
e6341db955e2	20181108051245	b11	ww
3d0291ef797f	20181108102759	b10	ww
2e9f26a34ca7	20181108144656	b12	dd
fd1915267114	20181108144656	b11	dd
b1c1d2e7ca76	20181108193515	b11	ww
e46ee4cfd398	20181109010210	b10	ww
1f45ff1aa5b5	20181109033418	b10	ww
38be6cb053df	20181109033439	b10	ww
95de409bddc9	20181109033500	b10	ww
529e20d9605c	20181109184344	b10	ww
75d4dad9228f	20181109184344	b11	ww
74cd8bbeee08	20181109184910	b11	ww
cf8528600308	20181109184910	b10	ww
213a1e8b1309	20181109192502	b11	dd
af3b000da05f	20181109214126	b11	ww
c1bf4fa6c85a	20181109214126	b10	ww
26f9385b8e21	20181110001211	b11	ww
c4722f2caf97	20181110001211	b10	ww
7d7bf3381f04	20181110001315	b11	ww
a2cd2a4216e2	20181110001315	b10	ww
ee7a1ba5cdf1	20181110191352	b11	ww
e05f4b2441fd	20181111022459	b10	ww
e403f1715c20	20181111022459	b11	ww
b79f1c6f6b55	20181111024643	b10	ww
cc2731ad7e5b	20181111024643	b11	ww
bd4105de0ee4	20181112000635	b11	dd
d4d6a69313da	20181112111830	b10	ww
725fabc6f630	20181112185218	b10	ww
952b05be2373	20181112185218	b11	ww
d78478ddf469	20181112205742	b10	ww
f0e9de6741df	20181112205742	b11	ww
e3b944a2368a	20181113000856	b10	ww
ef24efb2a30e	20181113000856	b11	ww
5dc6658914ec	20181113005353	b11	ww
a7cad1dc0e87	20181113005353	b10	ww
28931a70f239	20181113011509	b11	ww
6dbbc7dd301f	20181113011509	b10	ww
b5f2e1aa4f76	20181113023145	b11	ww
02c3db7e5d30	20181113024521	b8	nn
751eb6abb53d	20181113024521	b7	nn
f0a328366e95	20181113024521	b11	ww
f7b655dd8e60	20181113024521	b10	ww
f9c22737cd85	20181113024521	b9	wn
755215f3b671	20181113081751	m	ww
c2d0ac0df35a	20181113082831	b11	dd
586525425457	20181113121031	b11	dd
4f0c2e8470db	20181113155733	b10	ww
5a40e141bd67	20181113155733	b11	ww
0d0f02ef3f21	20181113182643	b10	ww
8986d6b66cb5	20181113182643	b11	ww
c4b39e79529e	20181113231318	b11	ww
d56d3df33a99	20181113231342	b11	ww
347ed2dc64c9	20181114031736	b10	ww
d97da3df6f41	20181114031736	b10	ww
1836361180cb	20181114031802	b10	ww
0f2b134a3edc	20181114073638	b12	dd
92cd65e5b259	20181114073638	b11	dd
08d4ddc55e10	20181114075951	b10	ww
cb4ba7f9b2e8	20181114075951	b11	ww
48718c4bec9d	20181114130116	b11	ww
e6b88efb3353	20181114130116	b10	ww
ad97504b654b	20181114151911	t140	nn
249fa7a1d3aa	20181114151913	t137	nn
1f6887366864	20181114191350	b11	ww
e9ae4fad335f	20181114231344	b11	ww
0892273a33e6	20181114232248	b12	dd
130cbb7b444c	20181115031742	b10	ww
778b92062ab0	20181115031742	b10	ww
a27488ec944d	20181115031809	b10	ww
b9c7cc1b30ae	20181115062959	b11	dd
4ed618c60934	20181115071552	b11	ww
9a85277e6815	20181115071553	b11	ww
79203b61db19	20181115071616	b11	ww
9bea17718df8	20181115111358	b11	ww
9d25e41b0ece	20181115222102	b10	ww
cbb80ab872b0	20181115222102	b11	ww
3859b525268e	20181116031736	b10	ww
f365f3ce2190	20181116031736	b10	ww
5a58551eb0cd	20181116031737	b10	ww
5ed0a48d9d0c	20181116031737	b10	ww
dba3bbbd4b16	20181116031802	b10	ww
46eed7d0daa7	20181116133857	b10	ww
8987df28a44c	20181116133857	b11	ww
acc621f88da0	20181116231337	b11	ww
c90a87409af2	20181117054536	b13	bb
4e63d755dcde	20181117111601	b11	ww
46a8dc78ec29	20181117111822	b10	ww
22a50a88aeab	20181117152423	b10	ww
57b75fe80bea	20181117152423	b11	ww
3dda0e178874	20181117183343	b11	ww
96e95840d454	20181117184458	b11	ww
99faa9d1418f	20181118005432	b10	ww
f3619f04f115	20181118094035	b11	dd
93c815ca9980	20181119175017	b11	dd
e10ef5817f31	20181120152944	b11	dd
67246686ed03	20181121021301	b11	ww
76c72f7e9eb3	20181121021301	b10	ww
c270b352df14	20181121034347	b11	dd
8abb21031259	20181121071415	b11	ww
a47917edff34	20181121191925	b10	ww
d082d5923d3c	20181126152608	t194	wn
01c3dc91a23d	20181126152610	t197	wn
ff0d167d8bcb	20181126192138	t139	nn
cd4aaeafa84c	20181126192139	t142	nn
d4cbff6e80d2	20181126192323	t164	nn
4f81b5674da0	20181126192324	t167	nn
30b06a83d674	20181128025121	b11	dd
05cbc6e58d91	20181128032408	t219	ww
02f343fb2703	20181128192247	b9	wn
abaa46c11592	20181129045012	b12	dd
da84c978fb4c	20181129194755	b11	dd
e18c556acb6c	20181130002535	m	ww
e2d85a507946	20181130141404	b11	dd
691e95f070c2	20181201151839	t220	ww
bc06bb2a211c	20181203064443	b11	ww
cdcff04a6c8c	20181203064450	b11	ww
b2d26f285639	20181203094823	b11	ww
d71b6c1c6dfa	20181203100933	b10	ww
7f18b8751982	20181203100951	b10	ww
4bfa0bdae855	20181203155805	b11	ww
81f05ccbec2f	20181204000443	b8	nn
7d662d11545b	20181204000742	t222	ww
e64494209f55	20181204000744	t211	ww
d25d9a3c52b6	20181204030140	b11	dd
573fc71f7a51	20181204040158	b8	nn
8c54759349ed	20181204041004	b11	ww
01eda157bc99	20181204103615	b11	ww
cde316a81d98	20181204104923	b10	ww
49478befba46	20181204121838	b10	ww
1a246d9074ff	20181204162429	b10	dd
66e83da33c60	20181204162429	b11	dd
f1cd4ed0758b	20181204162429	b9	dd
77c598ed240d	20181204230332	b11	dd
03e373bae255	20181205022011	b11	dd
5e6a3d4e34f6	20181205110444	b9	wn
5a0ab6a74c4d	20181205203648	b13	bb
cdbf1c4b6218	20181205203648	b14	bb
23e9999aeefe	20181207070017	b11	dd
117d288bbeeb	20181207190507	b11	dd
aa3fe300a2e3	20181209091245	b11	dd
ba851ad1973b	20181210002438	b12	dd
d000da197ab5	20181210002438	b11	dd
8ae8e474b0e6	20181211181314	b9	dd
abf3a7067f0c	20181212030843	b10	dd
6658e1f4a301	20181212085032	b11	dd
16a8a034ed28	20181213030409	b7	nn
e8acc01d5ca1	20181213151033	t224	dd
8d9ed539ba31	20181213151034	t221	dd
6924ba6dfc02	20181213230135	b11	dd
d57cae859f53	20181216231013	t169	nn
8a775d0346c8	20181216231014	t166	nn
fd14659572ae	20181218013956	b11	dd
ba28f5cc8eb9	20181218055056	b11	dd
cba530535919	20181218055056	b10	dd
81acdc381bac	20181219091922	b11	dd
749453644fd2	20181219110142	b11	dd
3dd551c0f083	20181219152756	t144	nn
569d08962b07	20181219152758	t141	nn
c9a54130eea8	20181219190202	b11	dd
248a9512b904	20181219190230	b11	dd
9e44a08cb19e	20181219213256	b11	dd
dc58f1a41e3e	20181219215212	b11	dd
dbd11fce0f2e	20181220070405	b11	dd
27dcc2ed8cf0	20181220105654	b11	dd
150ac40a918a	20181220150320	b11	dd
e88b66d04fb7	20181221193407	b11	dd
8d8ad929bb8f	20181227025234	b12	dd
615e8e2492cb	20181227164750	b11	dd
77dfa9569ab3	20181227172934	b11	dd
a2b80e67e1b7	20181228143443	b11	dd
8145e5e32111	20181228193409	b11	dd
7856fdbcc3be	20181228233426	b11	dd
8d99f9c3d9f8	20181230031828	b9	wn
db8265370814	20181230031828	b10	dd
f46a378f78c0	20181230031828	b11	dd
8bb74a6e75bd	20190101033401	b11	dd
2c52a580e89a	20190101073356	b11	dd
1a4f03865c34	20190101073421	b11	dd
00496caa6af7	20190101225015	b11	dd
e6b0ffda95bb	20190102073424	b11	dd
164b2f8a052d	20190102195234	b11	dd
ce00ab47ae0a	20190103124546	b12	dd
dacfae647c0b	20190103124546	b11	dd
931e6a04ad59	20190103171820	b11	dd
84dcc145e12f	20190103172628	b11	dd
7ab9b6348c01	20190104073811	b11	dd
3fe0cc40c140	20190107125955	b12	dd
9f32e39f8bce	20190107125955	b11	dd
f97fdd8c9d7e	20190107233441	b11	dd
7a94d612adef	20190108085202	b11	dd
ca71eb39ed3e	20190108165753	b11	dd
bfc2f811739f	20190109182024	b11	dd
959fd3518b70	20190109182124	b11	dd
e21449da977d	20190110193047	b11	dd
0403ab611e94	20190110193112	b11	dd
7bee181585cb	20190110193321	b9	wn
73dad31f020d	20190110193554	b10	dd
1692d5881361	20190111032707	t226	dd
6bf63545bd02	20190111032708	t223	dd
832c4d89038d	20190111085938	b9	dd
0a8c852f46b2	20190111153818	b8	nn
2c402984876e	20190111153818	b10	dd
4f3f813d72e8	20190111153818	b11	dd
76bdf5a9dd81	20190111153818	b9	dd
a399a222c339	20190112005724	b11	dd
b831b8de7155	20190112054256	b11	dd
648b80a212d8	20190114195837	b7	nn
701b91367003	20190115164855	b9	dd
86dbf26d38ed	20190115175254	b10	dd
32801e2d7c44	20190116072607	b11	dd
2fd69f1603cc	20190116151944	b11	dd
36368dede29b	20190116205426	b7	nn
3e0afcd74e07	20190117032929	b11	dd
652fc289c16d	20190117034955	b11	dd
35efedd302d8	20190117051442	b11	dd
a98509645409	20190117140228	b11	dd
75f9ee62c120	20190117163507	b16	bb
0dbe75c4178c	20190117173236	b11	dd
2b7cbe3ec1df	20190117173402	b11	dd
1466062a68cf	20190117184550	b11	dd
4022682532b3	20190117233410	b8	nn
cfd1e5200459	20190118113601	b11	dd
fcf459855fba	20190118140447	b11	dd
60920bb9e4e1	20190118142837	b11	dd
4b473f5dc746	20190119001420	b11	dd
837b88074c40	20190119021334	b11	dd
68a55fba7cd4	20190119021417	b11	dd
b24a573d92e9	20190119122957	b11	dd
5180cf107671	20190121135823	b11	dd
36160aac1bb3	20190121173000	b11	dd
e33bc59d4129	20190121203055	b11	dd
e3fddcc5acab	20190121211120	b11	dd
6b7e2becf298	20190121215852	b11	dd
583180148285	20190122043211	b11	dd
213861716a42	20190122095729	b11	dd
c386de2aa626	20190122131555	b11	dd
29e468d1ac4a	20190122174113	b11	dd
0c54a1af24ea	20190123063132	b11	dd
58ae7b3039c9	20190123084537	b11	dd
2ee37da3f559	20190123135037	b11	dd
498c0c77a96b	20190124021950	b11	dd
57d4daeaf49b	20190124153047	b11	dd
610d91732563	20190124163433	b11	dd
3fa0933a1ede	20190124163748	b11	dd
ffc134e66487	20190125115324	b11	dd
94eb698e3ae0	20190126160847	b11	dd
75103f970827	20190126160848	b11	dd
c5fe2baa437b	20190126160848	b11	dd
a3d0f22db34f	20190126160849	b11	dd
100c369875e5	20190126160920	b11	dd
cce357d05478	20190126160944	b11	dd
6134db91200e	20190126161006	b11	dd
f696fa0035b1	20190126161702	t171	nn
08ba23b07bfd	20190126161703	t168	nn
583ea2df484d	20190128224301	b11	dd
21a91e3c2108	20190129014201	b10	dd
098c0c5761bf	20190129020752	b11	dd
49d4edf41995	20190129095319	b11	dd
df095556e1e4	20190129222639	b11	dd
458bdf6a6740	20190130042739	b13	bb
94093d252794	20190130190500	b11	dd
711082b69fc3	20190131174204	b11	dd
c5e224142f36	20190131175619	b11	dd
bd926d827d4b	20190201140129	b11	dd
2975fa56c085	20190201140132	b11	dd
0d661d3855a2	20190201140134	b11	dd
796e63518fbf	20190201140253	b11	dd
7b99873e5521	20190201140354	b11	dd
49c5a90f135c	20190201171407	t249	dd
6e4752048fde	20190202011228	t225	dd
b55f97942fff	20190202011229	t228	dd
26439bcc003a	20190202125248	b11	dd
015b6f08fcca	20190203180119	b11	dd
e70639fd33a0	20190203180119	b12	dd
99c0ce7cfe6b	20190204174754	b10	dd
dd00f4ed848c	20190204174754	b11	dd
6320f74bd688	20190204182831	b11	dd
d84f9adf31ce	20190205011501	b11	dd
e6a502f77fde	20190205051545	b11	dd
2cc261d78b06	20190205103536	b11	dd
42ebdc32c26a	20190205121747	b11	dd
353e58d58a21	20190206181654	b11	dd
c18e8550d499	20190206191641	m	dd
2e9cc3b939bc	20190207011615	b11	dd
5846423975af	20190207091613	b11	dd
2dda7ceeec10	20190207131649	b11	dd
19c7576fd9a6	20190208171623	b11	dd
8d305b9816f9	20190209164959	b11	dd
d5549376b914	20190210201745	b11	dd
91731b4e98b0	20190211011610	b11	dd
ae78dce898e1	20190211052123	b11	dd
643eaf21152c	20190211162229	b11	dd
6d7018244d72	20190211171706	b13	bb
e478dd3a68a8	20190211211651	b11	dd
cd12199def58	20190211223420	b12	dd
8a26210eaba6	20190211234729	b11	dd
4b146a95cd4f	20190212053154	b15	bb
f1f7f7d67310	20190212053154	b14	bb
8ec3773e468c	20190212115124	m	dd
8f0b1639b67e	20190212121031	m	dd
033ba736241a	20190212122123	m	dd
d5932b57b4a2	20190212151426	t250	dd
71e68111cf45	20190212160003	b11	dd
1b476292615b	20190212231258	b11	dd
90c6e99142f0	20190212231643	b11	dd
25de10860f94	20190213031335	b11	dd
65ff1483c9e4	20190213031601	b11	dd
4e5119130387	20190213144034	b13	bb
33eb3679dde6	20190214052824	b12	dd
6374b8b7d5a6	20190214052824	b11	dd
57d0671d8cab	20190214060028	b12	dd
f3b045ef5f30	20190214060028	b11	dd
6d14209323d3	20190214072251	b11	dd
7d90aa8990ac	20190215040838	b11	dd
fc20e1abff02	20190215080940	b11	dd
666c7b3f0ccb	20190215100528	b11	dd
574a25a8d9a6	20190215230725	b11	dd
d4b8d6c680fb	20190215230725	b12	dd
53a3c0b02a10	20190216013444	b11	dd
d51bcfed7e79	20190216053503	b11	dd
8ecda4e5ed6e	20190218172023	b12	dd
f6ca7fe8a394	20190218172023	b11	dd
229c29ef15fd	20190218172234	b11	dd
5c442be2ce8f	20190218172234	b12	dd
0dbf86afcf04	20190219034205	b12	dd
0c67a1f23ff9	20190219053715	b11	dd
1f401a01c752	20190219213553	t278	dd
5b8ea8e61cb8	20190220053518	b12	dd
7a36f7e3901d	20190220204215	b11	dd
e2e9f18ef2ae	20190220204215	b12	dd
5671c12f19a7	20190221093731	b12	dd
95d7e86e1d6d	20190221093752	b12	dd
7f4dae86e231	20190221113304	b12	dd
83a8e8f67a86	20190221113304	b11	dd
31aec1c4485e	20190221185012	b11	dd
d2861e956fe1	20190221185012	b12	dd
2396a520171d	20190221192536	b17	bb
34a507b4d201	20190221204716	b11	dd
f0c6576981f2	20190221204716	b12	dd
f8e521c159ad	20190221214311	b10	dd
879ff4004d2d	20190222014351	b12	dd
f16f247e79d0	20190222014351	b11	dd
200b26a9b4e6	20190222023038	b12	dd
20e2a89ad125	20190222023038	b11	dd
09020b8c65dd	20190222092928	b11	dd
6e378217e628	20190222093734	b12	dd
b729c78e7e17	20190222152746	b11	dd
e6881e4a0213	20190222152746	b12	dd
508753d17923	20190223013928	b12	dd
12a0647ebb46	20190223013951	b12	dd
10c60a26bb37	20190223133718	b12	dd
3bc27cd87706	20190223133742	b12	dd
56f803b7468e	20190225094456	b11	dd
8f93d5bd49b6	20190226174126	t203	dd
78295b709ec6	20190226174127	t200	dd
9cc5c53f769c	20190226213838	b12	dd
a1320a3a472a	20190227002224	b12	dd
adcd4a6e9472	20190227002224	b10	dd
ed0fa9a6cb83	20190227002224	b11	dd
f8885b25ae2e	20190227002224	b9	dd
3e22b55a33f1	20190227045010	b12	dd
6e9966a82c20	20190227045010	b11	dd
91013a06466b	20190227053802	b12	dd
269fa37ba0d1	20190227053827	b12	dd
dc645c6345db	20190227094900	b11	dd
53ec5200c8bf	20190227153555	b11	dd
c04fc653fac5	20190227153555	b12	dd
f8b04c2bdb3e	20190227173540	b12	dd
24814d20da5e	20190227173602	b12	dd
bad694ec20e3	20190227213613	b12	dd
8fa0a3d9a7e5	20190228095115	b11	dd
77e032213d34	20190228133956	b9	dd
0807e91524da	20190228174229	t230	dd
b40b2a5939e4	20190228174230	t227	dd
e87c28401341	20190228214141	t173	nn
3cf55fe6680b	20190228214142	t170	nn
1aa26a64a39c	20190301085234	b11	dd
6fc1fd6eaa7c	20190301085234	b12	dd
9c9f7f424e65	20190301173621	b12	dd
0ac458559945	20190302003939	b11	dd
98bb412ae394	20190302003939	b12	dd
151868784d50	20190306052639	b12	dd
1abd19a10ba5	20190306073615	b12	dd
86e6819dc317	20190306073615	b11	dd
964f8fefa30e	20190306073637	b11	dd
e59babd6b310	20190306073637	b12	dd
668b48b482ab	20190306093353	b11	dd
2c6eaaa872ce	20190306223630	b12	dd
dbaaf69ec6ff	20190306223630	b11	dd
52d188ef6cac	20190306232133	b10	dd
5691acfeece0	20190306232133	b12	dd
a7a9c94e2044	20190306232133	b11	dd
a5f27269a1a6	20190307085324	b11	dd
060f7d3455c3	20190307093949	b12	dd
525240525aae	20190307160402	b12	dd
2aaf7914a042	20190307160403	b12	dd
9163569417cf	20190307160403	b12	dd
bab6fc9d63bb	20190307160404	b12	dd
c4c6ef336ec3	20190307160446	b12	dd
7621a5ebb88b	20190307161346	b10	dd
aaf1b0017bdd	20190307161851	b11	dd
ba5aaeedee90	20190307161911	b11	dd
b0802c8fcaf5	20190307161931	b11	dd
b54a99efc1ee	20190307161951	b11	dd
374c4356cd38	20190307161952	b11	dd
6ec80cc44b52	20190307162012	b11	dd
53e30d3ff13d	20190307162013	b11	dd
eed918870a42	20190307162013	b11	dd
16b786c9cd6c	20190307162015	b11	dd
326b39868c44	20190307162016	b11	dd
6e68ffcef0a5	20190307162016	b11	dd
13c52267c334	20190307162017	b11	dd
b93ec125367a	20190307162017	b11	dd
8dcd51b38b58	20190307162018	b11	dd
a06557c77700	20190307162019	b11	dd
7dc950e71cc3	20190307162020	b11	dd
ae2e03c81568	20190307162020	b11	dd
d5894dbfdf4b	20190307162043	b11	dd
fb4389c517a8	20190307162125	t251	dd
ed8db5ef46ec	20190307162127	t252	dd
e413b96486df	20190307165543	b12	dd
c1a984fa82ed	20190308075216	b12	dd
54b354c5dc5b	20190308083456	b12	dd
570d5e0778b1	20190308083456	b11	dd
588ca2044e06	20190308155527	b11	dd
68d65038ed78	20190308172348	m	dd
025ea9e3fde1	20190308182324	b12	dd
ee65211c22b6	20190308182324	b11	dd
dfef1155b5f7	20190308234951	b12	dd
efa2d6bde221	20190310144445	b12	dd
191b4b122801	20190311155817	b12	dd
11b3283309e4	20190311160323	b11	dd
541d0b05600a	20190312115954	b11	dd
94c2b28f7daa	20190312120014	b11	dd
37c2040264ad	20190312131645	b11	dd
dc3face7b2de	20190312131645	b12	dd
48376054912d	20190313115909	b12	dd
6ee68ca5fd83	20190313235726	b11	dd
0e7e85480fd9	20190314035543	b12	dd
d858f18787fe	20190314202619	b12	dd
861da69465cb	20190318155726	b12	dd
94d52886d7a3	20190319101623	b12	dd
caa074ae2884	20190320064731	b12	dd
205043aa6629	20190320064754	b12	dd
8833dd0c8035	20190320144812	b12	dd
d43f2ef22889	20190321182507	b12	dd
33b8c3799f59	20190322010055	b12	dd
3d7e523148a5	20190322025343	b12	dd
c48e0dd815b3	20190322025406	b12	dd
e06a4c01515b	20190322033340	b12	dd
6ccfe144cd33	20190322055110	b12	dd
862890c1a3e0	20190322073835	b11	bb
9e76b965b378	20190322073835	b12	dd
6e554669acd4	20190322134751	b12	dd
3110a47af2a0	20190322144754	b12	dd
8cc93799701d	20190322225006	b12	dd
c6841eb0ec87	20190323104805	b12	dd
5392b64e5c0b	20190325145348	t202	dd
0311bb112f6c	20190325145349	t205	dd
467a0f1700d5	20190325185811	t175	nn
c4d6791c962c	20190325185812	t172	nn
49804083df76	20190326131442	b12	dd
6a49eed407e8	20190326224808	b12	dd
ad771aa269e6	20190326224832	b12	dd
35ae057ca185	20190327024830	b12	dd
f570226af06a	20190327132907	b12	dd
d41af2f7d33e	20190327185252	b12	dd
24499f0573ae	20190328223914	b12	dd
6b306657f11a	20190328224920	b12	dd
4009d98e8338	20190401105100	b12	dd
afabcc0be656	20190401150704	b12	dd
0eaec696666d	20190402194507	b13	bb
b83dc9a7d9da	20190403161211	b13	bb
3da8d3a9fe22	20190403172437	b12	dd
b9d8bc3e502a	20190404034449	b10	dd
75debb4b680d	20190404070121	b12	dd
1300bc81aae5	20190404070122	b12	dd
5e968874f268	20190404070123	b12	dd
2a3e58aa7026	20190404070124	b12	dd
617d24211c61	20190404084903	b12	dd
a3ddca5b7460	20190404085415	b12	dd
2d3d91e38e9e	20190404090452	b12	dd
52eec3d2ff87	20190404093431	b12	dd
0346d528375e	20190404093851	b12	dd
5953f520f949	20190404155103	b12	dd
2e1a3ed22ac5	20190404172613	b12	dd
31f4cfb1b5e2	20190404182006	b12	dd
6c6c98c9ca57	20190405010101	b12	dd
1268fab57b4f	20190405052620	b12	dd
95d8a92c4875	20190405092624	b12	dd
89e9ab5330ad	20190405092625	b12	dd
08575a9eb201	20190405151845	b12	dd
408147bc775c	20190405152158	b12	dd
cc353da02e63	20190405155123	b12	dd
a18eda0c053a	20190405172624	b12	dd
f90d5ea8dd6e	20190405172632	b12	dd
85d9fd007295	20190405173502	b12	dd
aca271b5f46e	20190405182021	b12	dd
89226ff90625	20190405212609	b12	dd
c53debf1b4c9	20190406142037	b12	dd
b0cc8c7b302c	20190406143905	b12	dd
5706478b695f	20190406151139	b12	dd
1ddc8c9dfe01	20190408132424	b12	dd
b7e8408f656e	20190408172623	b12	dd
637a424f65e1	20190409021437	t258	dd
1a26190bd76a	20190409021438	t255	dd
ca8df85b1798	20190409092706	b12	dd
90da71b8c37b	20190409105652	b12	dd
05172190e9e9	20190410212639	b12	dd
7a6b4715b709	20190411052641	b12	dd
08d927e1a15a	20190411225745	b12	dd
abf396d787a7	20190412173718	b13	bb
acd2d2a6b0a2	20190412203800	b12	dd
108c485f896e	20190413052642	b12	dd
e6938fbb7576	20190414044305	b12	dd
09d1dca9d8cd	20190414191016	b12	dd
51f3d7784427	20190415081801	b15	bb
f12b22a8d9fe	20190415101528	b12	dd
0df29606e0e8	20190415132652	b12	dd
b3a67e14073f	20190415145844	b12	dd
4dc5e1154b7f	20190416052645	b12	dd
b7bf0a35f111	20190416092645	b12	dd
9bd918eeb1c6	20190416142844	b12	dd
3c381244c2f5	20190416171941	b12	dd
b56073019691	20190416212641	b12	dd
c34bf9c3f770	20190417212702	b12	dd
2537fc5f7611	20190418212245	b12	dd
1d2e9628a1ee	20190418212717	b12	dd
59781b88d0fa	20190419212732	b12	dd
12b4f300cc81	20190422230752	b12	dd
366dcbb3df3f	20190423044146	b13	dd
ce329ac04ee2	20190423044146	b12	dd
39b6c766b223	20190423172718	b12	dd
90f7f82a6ae6	20190424021553	t207	dd
3c52a38b38d5	20190424021555	t204	dd
157c3d454138	20190424052710	b12	dd
e627a7e49a7a	20190425085130	b12	dd
65184652c889	20190425172711	b12	dd
501db86fbe2b	20190427201655	b12	bb
bdead75b4b5d	20190427201655	b13	bb
ef81ee0960bf	20190501104856	b12	dd
3ec0d5188431	20190503184104	t174	nn
8f0c821c70c8	20190503184105	t176	nn
0caa50056a59	20190503205017	b16	bb
5551f5649d86	20190504035053	b12	bb
ba0da5aa4d3d	20190504035053	b13	bb
76ec0dac1eee	20190505032742	b12	dd
8cfd3fd77322	20190506051451	b12	dd
65905f29c17c	20190507014756	b10	dd
1697ab523af9	20190508063710	b12	dd
1babf78c8b32	20190508063711	b12	dd
1dd778153e11	20190509053402	b12	dd
3eaf20941456	20190509135545	m	dd
778d0004922b	20190509140043	b12	dd
c1b7d8fba71b	20190510063701	b12	dd
066127c6df69	20190510063702	b12	dd
6d7835f19aa9	20190510190510	b11	dd
4d7952c18c3a	20190510194134	b12	dd
c6f3777976ad	20190511023711	b12	dd
185f79a1f62d	20190513031338	b13	bb
98cbc2c6accd	20190513031338	b12	bb
ee078c72e201	20190513112208	b13	bb
171f146b9085	20190514023622	b12	bb
f2156b6dde71	20190514023622	b13	bb
36e0c54762a5	20190514023711	b13	dd
57fa10648d5f	20190514064938	b9	dd
790a4f636321	20190514064938	b13	bb
7c7fe05819cb	20190514064938	b10	bb
c076c6e06341	20190514064938	b12	bb
d9b9519d379f	20190514064938	b11	bb
459cb72bc620	20190514162916	b13	bb
465fab1523ad	20190514162916	b12	bb
90c3c9898f75	20190514162916	b9	bb
e51768ecedc6	20190514162916	b11	bb
f0d58821438e	20190514162916	b10	bb
dd7f3ad83f18	20190514184034	b12	dd
78e94f51a042	20190515023709	b13	dd
7b18d6600f6b	20190515063710	b13	bb
85e546b378e7	20190515121502	b12	bb
8ca6fa75ef97	20190515121502	b9	bb
9ae57bd75eaf	20190515121502	b13	bb
c042b7cfb12c	20190515121502	b11	bb
f2f74ab51abe	20190515121502	b10	bb
987d27d1af86	20190515154723	b13	bb
ed62839de3bd	20190515154723	b12	bb
c80077227fbc	20190515174817	b13	bb
fa64ba9235d0	20190515174817	b12	bb
c42884485225	20190516033424	b12	bb
2c91b666c226	20190516164612	b12	bb
73e70571010f	20190516195450	b12	bb
e4a7e7086116	20190516195450	b13	bb
88d756b975d6	20190516230507	t260	dd
ae8359b20417	20190516230509	t257	dd
b37f4f2534be	20190517094003	b13	bb
d64f01921197	20190517094003	b12	bb
4deb1a7db23c	20190517101219	b12	bb
f6c046f83afb	20190517101219	b13	bb
0dc1c77c9f60	20190517145545	b13	bb
0f3c6ef2dcb7	20190517145545	b12	bb
7615511cc09e	20190517163054	b12	bb
c3d4ca8db61c	20190517163054	b13	bb
1a6ae704e2a3	20190517165638	b13	bb
7d76947ccd9c	20190517165638	b12	bb
d9857e2e8027	20190517195810	b9	dd
4645e65539af	20190518015742	b13	bb
22ef81a89855	20190518021942	b12	bb
3ebee8cab043	20190518021942	b13	bb
3ed0010e300a	20190518032338	b12	bb
b6aa6aafe32b	20190518070419	b9	bb
0673906c426e	20190521080321	b12	bb
5c0812a8fc72	20190521170820	b11	bb
1b0f6441b0b2	20190521172025	b10	bb
177766529176	20190521190702	b10	bb
11646d1007e0	20190521191137	b11	bb
0976f4afe286	20190522175133	b12	bb
ecfd343fccea	20190522175133	b13	bb
1d2c64df009d	20190523093902	b12	bb
7c26cf59aecb	20190528110159	t209	bb
4f3abb12cae2	20190528110200	t206	bb
56a6b7d2228e	20190528154722	b13	bb
ed5ad93c9c41	20190528154723	b13	bb
19c6c11b9899	20190528154724	b13	bb
e10a9b6eaa39	20190528154724	b13	bb
864b54ac3604	20190528154725	b13	bb
4ec78d810e71	20190528154726	b13	bb
f027d0f9e72c	20190528154727	b13	bb
7fc601088dd7	20190528154728	b13	bb
206dbbdfd5d0	20190528154730	b13	bb
2830425c912e	20190528154731	b13	bb
09484b1d585c	20190528154732	b13	bb
ba257ce558b4	20190528154733	b13	bb
cbb2f3806aab	20190528154733	b13	bb
79226fe1949a	20190528154735	b13	bb
df931a0dfc8c	20190528154735	b13	bb
a0a9a3744ff5	20190528155206	b12	bb
45ef4fc0dce0	20190528155207	b12	bb
f7ff47eb372d	20190528155207	b12	bb
4ea001dc73c6	20190528155208	b12	bb
94836903b24b	20190528155209	b12	bb
9a62005bf9dc	20190528155211	b12	bb
958c03a8ddac	20190528155212	b12	bb
424bde0e0149	20190528155213	b12	bb
a99ac36e1a85	20190528155214	b12	bb
c0015c0cc12e	20190528155215	b12	bb
9bcc91098515	20190528155217	b12	bb
26011c05ab50	20190528155218	b12	bb
127c8ce62971	20190528155219	b12	bb
a2e13ccd4999	20190528155220	b12	bb
08100801030e	20190528155223	b12	bb
339a6d47a3f6	20190529054519	b13	bb
f78d31a2bc7e	20190529054519	b12	bb
bae599d048cd	20190529095235	b13	bb
898c0bb9bade	20190529154002	b13	bb
ea09349e3beb	20190529154002	b12	bb
f6af94938bac	20190530045707	b12	bb
540d4de24905	20190530130320	b13	bb
f0e0a63eeac2	20190530130320	b12	bb
3e37d3cec6a8	20190531030430	b12	bb
d2583122ce7e	20190531132435	b13	bb
5ecd7315c79c	20190531132436	b13	bb
5cefd29505bf	20190531132437	b13	bb
d58e65e5f4b1	20190531132438	b13	bb
88ff0afc48bb	20190531132439	b13	bb
0f8ad595c909	20190531132917	b12	bb
46aef4b64fd6	20190531132917	b12	bb
b34ddfd55a9f	20190531132918	b12	bb
e4ab670a95b5	20190531132920	b12	bb
e85d69084ae6	20190531132921	b12	bb
e65ca70987a6	20190602130007	b13	bb
935aad3790a0	20190602130412	b12	bb
58c2617e2804	20190605182759	b13	bb
cade5c047378	20190605182851	b13	bb
b8faab9c5193	20190606204521	t259	bb
105acaca3a90	20190606204523	t262	bb
465553e287c1	20190609073453	b13	bb
55984cdeff71	20190610194751	b13	bb
3c67f637e256	20190612082741	b12	bb
f139db1a801e	20190612082741	b13	bb
5c45477a8ae7	20190612125919	b13	bb
e4cdb82809fc	20190612210332	b12	bb
23e6ea699ebd	20190613203606	b13	bb
f1a699f1fd21	20190614045934	b13	bb
9f52f725d4f3	20190614125942	b13	bb
47059beb8d89	20190614145152	b13	bb
3c1534c2ebee	20190614150040	b13	bb
d422db9ef0a4	20190614150403	b13	bb
efbc7af4f2d9	20190614151045	b13	bb
ef4592e4bb42	20190614151915	b13	bb
dc39ccf7e4fd	20190614152057	b13	bb
e65eb0b5fe0f	20190614153437	b13	bb
dc4444a75a54	20190614153801	b13	bb
56cdfd719e68	20190614154128	b13	bb
132e540b8d25	20190614154638	b13	bb
2ee65257e574	20190614190439	b13	bb
a493c8da9a1a	20190614210858	b16	bb
f4cd5ff32d50	20190614210858	b15	bb
5759fedc8dc9	20190615005933	b13	bb
8352f269cd49	20190615085936	b13	bb
7de88b14dcc8	20190615125933	b13	bb
921a716ae8da	20190619194433	t279	dd
42f9eb3046f9	20190619194437	t313	dd
1d38c5b5fbbc	20190619194442	t281	dd
d426adfcaca8	20190619194445	t280	dd
585a16d2e773	20190620074045	b13	bb
d697df55dbe9	20190620085041	t287	bb
1e90b7a36f25	20190620085046	t283	bb
b1f7e46ee619	20190620085051	t285	bb
d014f46af78e	20190620085054	t282	dd
ffa50d62902a	20190620085058	t284	bb
78d2af792bab	20190620085101	t277	bb
4562e6a9dd75	20190620170436	b16	bb
8f99f834326d	20190621041746	b13	bb
d126bd6059d5	20190622184022	b13	bb
2c6e35a5b9cf	20190624085356	b13	bb
c8a491caea48	20190625134344	b13	bb
1ec4b74c7bda	20190626045420	b13	bb
66b01d91cdc4	20190626073049	b13	bb
bc1d7464f629	20190627024228	b13	bb
a691cd0d293a	20190627033327	b13	bb
8079e8478206	20190627034031	b13	bb
deab738de6e2	20190627151856	b13	bb
11059204e07c	20190627205436	b13	bb
8873628f237b	20190628005442	b13	bb
2705570f5e70	20190628101319	b10	bb
11b26abdb119	20190628204652	b13	bb
1f68422b5bf3	20190628224550	b13	bb
5633e3a6167a	20190629004123	b10	bb
98902b2ea1c2	20190629125432	b13	bb
94daee016480	20190630025627	b13	bb
e926b6fbfd63	20190701092254	b13	bb
e1c806028db3	20190702005447	b13	bb
c597d117149b	20190702045442	b13	bb
e12fc4389902	20190702081243	b13	bb
418369312edb	20190702153406	b13	bb
73102250a848	20190703044406	b13	bb
bf9edae4fc91	20190703045459	b13	bb
d1d42e472fc0	20190703045500	b13	bb
b3101450e21d	20190703045505	b13	bb
4747a4bccd61	20190703122719	b13	bb
388b554311aa	20190703134528	m	bb
9ee55cd54709	20190703135244	m	bb
50dafea4386d	20190703143832	b13	bb
6b2766cb3982	20190703143914	b13	bb
ac1a9799d0d2	20190703165502	b13	bb
ab25eb98f4df	20190703205744	b13	bb
5aceab658876	20190703205746	b13	bb
b8dc41b6b2d0	20190704044832	m	bb
07281898b0f0	20190704045512	b13	bb
386e588352a4	20190704095228	b9	bb
bcbe2274730c	20190704095723	b10	bb
640d9f240853	20190704100234	b11	bb
a553c2c2cc94	20190704111208	b13	bb
39b8e819a8b3	20190705033702	b13	bb
36ad1c08c8a8	20190705121802	b13	bb
4ed54556a14a	20190706005506	b13	bb
2298e76bb360	20190708094434	t210	bb
77c08c6b86df	20190708094436	t208	bb
23c0fac11e3d	20190708175219	t235	bb
a868b4d71893	20190708175221	t238	bb
afdf2039de59	20190708175431	t264	bb
62e1c231c5dc	20190708175433	t261	bb
2b8d87c0821d	20190710040052	b13	bb
2c14e0f87093	20190710194104	b13	bb
0f7aa3096ba5	20190710223545	b13	bb
890a5924dac8	20190710232518	b13	bb
79ec8b81e234	20190711032454	b13	bb
39956190ba42	20190711103859	b13	bb
2abfa8322dee	20190711103900	b13	bb
d5b3f640e958	20190711103901	b13	bb
4a0861cac5e0	20190711103903	b13	bb
2cca84cf52bc	20190711103905	b13	bb
885c525d7604	20190711123459	b13	bb
0cb32da4ad11	20190711213333	b13	bb
deaa3604a63e	20190711223015	b13	bb
3d21683b8752	20190712022957	b13	bb
e8d4ff64b701	20190712022959	b13	bb
611184f7c43a	20190712102959	b13	bb
2e9049d47ba4	20190713080703	b13	bb
43e18f262774	20190716061904	b13	bb
1c70f0310521	20190716063011	b13	bb
81763ea0de19	20190716142725	b13	bb
0c47f9da0001	20190717023132	b13	bb
0b9df81a49b9	20190717063104	t314	bb
0dd469e42b36	20190718044603	b15	bb
c7ba5618fd70	20190718044603	b14	bb
e7110fb801cf	20190718183606	t289	bb
8e956561bbf5	20190718183610	t286	bb
ee2735b48e27	20190721180040	b13	bb
830fc9beb586	20190722111801	b13	bb
cea58bd85b8c	20190722143104	b13	bb
8720706276bf	20190722183102	b13	bb
f16ff99a1d2d	20190723023103	b13	bb
3e0ec8b7fd16	20190724222155	b13	bb
0c0e2ef3a249	20190725054522	b13	bb
579ad46bdcb9	20190725230141	b13	bb
a9c895e7f2ac	20190726023111	b13	bb
c02e303b36e2	20190726165934	b15	bb
70681df7b926	20190729043324	b13	bb
bc72a37034d5	20190729182728	b13	bb
a865205fb0c5	20190729215349	b13	bb
693ed41095c3	20190730143201	b13	bb
ba8f4e87135f	20190730183157	b13	bb
f725dd354080	20190730183158	b13	bb
554656fd9dfc	20190730183229	t315	bb
1ff77877ed87	20190730194834	b14	bb
9d95539429f7	20190730194834	b13	bb
34e435f00c68	20190731013834	b13	bb
de47f833b8db	20190731143132	b13	bb
1bed22dd11fa	20190801132349	b13	bb
fdb3fbe99e1d	20190802021151	b13	bb
40d852a94d97	20190802182333	b13	bb
1522bb2fc630	20190803064724	b13	bb
2f8e84e40808	20190803071036	b13	bb
228a22312879	20190803214003	b15	bb
710705cfe628	20190803214003	b17	bb
7d1b704e4446	20190803214003	b14	bb
b32de8e148dc	20190803214003	b16	bb
1a5d15641433	20190805063755	b11	bb
5abdc64bf885	20190805063755	b12	bb
6dbe622bff78	20190805063755	b13	bb
01133ae33a4e	20190805141517	t291	bb
2fe0317bcee0	20190805141520	t288	bb
10488e3b13bd	20190805180924	b13	bb
1d96a4ab23d1	20190805182504	t237	bb
a9b57e14fab9	20190805182506	t240	bb
88a2adca7e76	20190805182715	t263	bb
6502b5e7b1b5	20190805182717	t266	bb
ba49d2a180aa	20190806174832	b14	bb
571d7ec2d885	20190807015654	b11	bb
4fd06e107451	20190807061213	b13	bb
b70c0323e60d	20190807195351	b13	bb
8076529c96b8	20190807221027	t316	bb
7575937ffeae	20190808140827	b13	bb
dafe3c5e1851	20190808141243	b13	bb
8355a02ca758	20190808180456	b14	bb
be9bc239bab7	20190808180456	b13	bb
396a06da3bd7	20190808180953	b13	bb
62f300f03a5f	20190809221226	b13	bb
7d84cadb4fbb	20190812191137	b13	bb
cde59a28d7ff	20190812191137	b14	bb
4f902818859a	20190812221009	b13	bb
8ade4cae055d	20190813041623	b14	bb
c46c59360c02	20190813041623	b13	bb
96d4b4ca2c73	20190813141446	b12	bb
31cdc045422c	20190813160739	b14	bb
c3eee973abdf	20190813160739	b13	bb
689d09071176	20190813163613	b14	bb
93c325cd9515	20190813163613	b13	bb
09fbbeea2ad6	20190813181053	t356	bb
48bc0598fd18	20190813221021	b14	bb
7eecfc25a0aa	20190813221022	b14	bb
17815e944e15	20190814004553	b14	bb
81d21c03639b	20190814004553	b13	bb
777a8ca82e2d	20190814005145	b13	bb
d522c037ae7c	20190814005145	b14	bb
1ca6f0db2b22	20190814061024	b14	bb
92cf7d1eaf64	20190814061025	b14	bb
6ffad8d5b660	20190814062122	b11	bb
e290f153d148	20190814101625	b14	bb
126d4091162d	20190814102431	t317	bb
9a8caafaa5b5	20190814133003	m	bb
bce394846a1d	20190814133610	m	bb
33fd3701cd72	20190814142303	b14	bb
cca417f1ca13	20190815215749	b14	bb
fc8f647b3e52	20190815215749	b13	bb
26d42a515236	20190816032054	b11	bb
44c2c549a534	20190816061517	b12	bb
6de8fdd4109d	20190816101343	b14	bb
2e05e8a827bb	20190816101640	b13	bb
48ec506cd3e6	20190816101641	b13	bb
98353c3b1fa9	20190816101642	b13	bb
e1fc35c3239a	20190816101644	b13	bb
e57c476f29b2	20190816101645	b13	bb
a240a565b073	20190816101647	b13	bb
069aa55f4ae0	20190816180155	b12	bb
cbfe85d220c2	20190816184944	b11	bb
7ee6383729a6	20190816191553	b14	bb
ee2e9c29c1ef	20190816191553	b13	bb
6d55c1b1f1ca	20190816222228	b11	bb
637fc595d17a	20190817021527	b12	bb
2d48f18feae5	20190817070410	b10	bb
ee6c071a42cf	20190817222206	b10	bb
e14f31a72a77	20190819141724	t290	bb
80a1a93c2f21	20190819141728	t293	bb
6a1fb71239b8	20190820041846	b14	bb
dcdb50aa6ee7	20190820041846	b13	bb
9f0915223e9e	20190820062729	t268	bb
7e43eff7c80a	20190820062731	t265	bb
c8dc69f8a8bf	20190820101407	b14	bb
2597db3f9d08	20190820102012	b13	bb
e484c9e80a37	20190821142400	b13	bb
3ffb7003d7f4	20190822025411	m	bb
f4e58ce6093c	20190822053941	b14	bb
e4af74985a8f	20190822054751	b13	bb
0a74433fb222	20190822054823	t318	bb
bac0f5a6c75b	20190822065845	b14	bb
c04d72efe3db	20190822065845	b13	bb
72094bc6d562	20190822105635	b14	bb
d975a7692884	20190822105635	b13	bb
cdbd92c111cf	20190823012814	b14	bb
5c0e283ed802	20190823095045	b14	bb
d768c4d3c910	20190823095045	b13	bb
e0d2c14f19fa	20190823121056	b13	bb
51b2905727f6	20190823225145	b14	bb
c1bd5124e1c6	20190823225145	b13	bb
66eec82cbac1	20190826044806	b13	bb
9fc8bb16d6b5	20190826115321	b14	bb
597bab4578e0	20190826115322	b14	bb
cc5a7c7149a7	20190826115323	b14	bb
7fbd0083d94a	20190826115949	b13	bb
de5739d200bc	20190826115951	b13	bb
7e45b45e87aa	20190826115954	b13	bb
8d86f340d3c0	20190826115955	b13	bb
532b6f676e5b	20190826125532	b14	bb
56dbcf5ef67e	20190826125532	b13	bb
35c406afa624	20190826144626	b13	bb
541253da7499	20190826144626	b14	bb
6ddd067b1589	20190826234919	b14	bb
cfbd47c887ff	20190827050453	b13	bb
69c62aaa8709	20190827075327	b13	bb
15739c3f8076	20190827114928	b14	bb
33ba61063500	20190827122246	b14	bb
292400c13268	20190828052114	b15	bb
6a6b2af8ea6e	20190828052114	b16	bb
b4d94f01600c	20190828114957	b14	bb
072974b1c721	20190828135537	b13	bb
696c159e45f8	20190828135537	b14	bb
66e051383d2f	20190828155338	b13	bb
960df9c23167	20190828155339	b13	bb
8248d0a0e61a	20190828235140	b14	bb
325de63e79ad	20190829003516	b14	bb
9185f580bf85	20190829003516	b13	bb
8666a3c21262	20190829123250	b13	bb
065c7aba1f3f	20190829155211	b14	bb
7b1701244292	20190829155703	b13	bb
c4765fa903b0	20190830021028	b13	bb
cb7b787fa1ac	20190830021028	b14	bb
326ca7a019c8	20190830034949	b14	bb
1a9591bb972b	20190830070518	b21	bb
d8bd9d957cba	20190830082758	b13	bb
fc996b4e8f67	20190830115407	b13	bb
88d1b7768400	20190830115408	b13	bb
d4d906eb580f	20190830154949	b14	bb
7f988d725c5d	20190830155848	b14	bb
3fe2abece89e	20190831074946	b14	bb
dd35e17ce261	20190831152136	b13	bb
f98c928ade9e	20190831155413	b13	bb
76b513d72602	20190831155414	b13	bb
978154148255	20190903162617	b14	bb
e990876d88dc	20190904103206	b14	bb
1592ba1f99b8	20190904195533	t319	bb
a7d8568b02a4	20190905135959	b14	bb
0e80a77286d3	20190906103334	b14	bb
4fe193761397	20190906150001	b14	bb
77dac3396c21	20190906150001	b13	bb
fc74d0f6b398	20190906174841	b14	bb
9bcaef49c8d2	20190906181016	b14	bb
67a413f31aea	20190906195228	b14	bb
6b59ea55de48	20190906233004	b13	bb
6d3b14b4683f	20190906233004	b14	bb
5c318c31974d	20190907115030	b13	bb
2225ff19d98e	20190909141700	b14	bb
5aa4fef661d6	20190909141700	b15	bb
27adef1f4b87	20190910091922	m	bb
5d531c047890	20190910195619	t320	bb
e0bb139390ab	20190910214255	b14	bb
aebe267284b8	20190911143008	b14	bb
e6a1dc4b133b	20190912172246	b14	bb
86c133ba2864	20190913080821	b14	bb
26b1e9b52936	20190913080822	b14	bb
6f3bc4ba9215	20190913080825	b14	bb
5ff489491ea7	20190913200447	t321	bb
67a52dfbe2b0	20190916180036	b14	bb
ecd4f6fb8c21	20190917075824	b14	bb
b284cb9910ea	20190917105802	b16	bb
f8b31137647e	20190917155228	b14	bb
297c8350f5d7	20190918035823	b14	bb
c0d68a6b017a	20190918160340	t323	bb
1fbdaa4c8d90	20190918160344	t312	bb
06eb1244587a	20190918200256	t292	bb
56c36d2f2372	20190918200300	t295	bb
c0e3722d5cf0	20190918222721	t267	bb
ad1fca8008a2	20190918222722	t270	bb
6078bde84ca4	20190920101817	b14	bb
a537b01432fc	20190920133244	b14	bb
bcb3724b2b9c	20190920155738	b14	bb
bfc25e76056c	20190923085143	b14	bb
bc70a20c1204	20190923120016	b14	bb
2bd34d193bac	20190923155754	b14	bb
ab4e4fccf4d5	20190924012040	b14	bb
d147ce7d6e7a	20190924012154	b14	bb
18d8747a777a	20190924150225	b14	bb
0df3af31cdd4	20190924155751	b14	bb
bec79dc075e2	20190925141530	b14	bb
0e97bf020219	20190925195752	b14	bb
61aeaa97a261	20190925195753	b14	bb
6ff11032556d	20190925195756	b14	bb
07054768d98d	20190925235746	b14	bb
1db9859ae820	20190926155747	b14	bb
95884bf844a9	20190926235751	b14	bb
3eb165927dd5	20190927020650	b14	bb
ad4f099992b0	20190927200009	b14	bb
a39e818a0987	20190929040153	b13	bb
1289614f84a2	20191001182505	b14	bb
0ebb3d5f4902	20191001195819	b14	bb
3e20d7024090	20191002184608	b13	bb
539d9f1f03d6	20191002184608	b12	bb
9c30dbec4de5	20191002184608	b14	bb
e1e28c215f39	20191002184608	b10	bb
f8c0605848cf	20191002184608	b11	bb
9f8e52c915d3	20191003000414	t325	bb
f68efa97b39e	20191003000419	t322	bb
a746c2f219b7	20191003035859	b14	bb
e4642e2516bd	20191003075858	t357	bb
eb5b9a8cfde7	20191004102537	b10	bb
01520b8320fc	20191004102930	b11	bb
b2f42092e376	20191004120415	b12	bb
f06fe3961ca9	20191004120905	b13	bb
ec28f1ce4612	20191004155830	b14	bb
1706989ec7e2	20191005000822	b14	bb
54033229aa15	20191005000822	b15	bb
b1fd78950135	20191005115821	b14	bb
95b72f73069b	20191006021057	b14	bb
24302e441ba4	20191006174021	b14	bb
c918cd02a1a3	20191006235818	b14	bb
911ef75fbcbf	20191007155814	b14	bb
c4ea3eed4f6b	20191007155838	b14	bb
1210218b4a26	20191008115822	b14	bb
9be50f2e079f	20191008160852	b14	bb
6cdcb13531bd	20191009181429	b14	bb
9bd45d74d6bf	20191009181429	b13	bb
a3f022a93c93	20191009234532	b15	bb
f7396e6e2b29	20191009234532	b14	bb
e318746e79ea	20191009235830	b14	bb
172b42569cca	20191010200049	b14	bb
5462db59443b	20191011144521	b14	bb
4b3ee5811632	20191012141003	b14	bb
5c806db0319b	20191012141003	b15	bb
dc265f33cfef	20191012234419	b14	bb
c51c673cf873	20191014070653	b14	bb
bd505ee787b2	20191014070654	b14	bb
35cdbdf66962	20191014161905	b13	bb
699a46738ff5	20191014161905	b12	bb
99beff3c74bc	20191014161905	b11	bb
cc50c9b33370	20191014161905	b14	bb
8a1fbdc8bbcc	20191015080606	b14	bb
347e4def6c74	20191015145958	t358	bb
54936ba21026	20191016110837	t294	bb
b3a3bab7e51f	20191016110841	t297	bb
6dd9e8fec77e	20191016111057	t327	bb
bec269661e48	20191016111102	t324	bb
57ffd16d28c1	20191016230209	b14	bb
14c42cd304d9	20191016230210	b14	bb
678d0436c400	20191019010902	b14	bb
69cd73bcf407	20191019010902	b15	bb
cd92d91e0fe5	20191021043045	b15	bb
dc0ddc68f28a	20191021043045	b14	bb
21f4308ca20b	20191021081544	b22	bb
87e18d96d65e	20191022230018	t359	bb
d1b30110f1ab	20191023065929	b14	bb
808ced118300	20191023071755	b15	bb
e58f47ad45c4	20191023071755	b14	bb
d81654af9d49	20191023140738	b14	bb
6c8f3ca2c613	20191023203736	b14	bb
464ec5ba048d	20191024105928	b14	bb
ac8adc6f4c50	20191024111831	b14	bb
6663414a1fef	20191024120951	b14	bb
370c449f1e5e	20191025215910	b15	bb
43649d11a3dc	20191025215910	b14	bb
af0e48646694	20191025225928	b14	bb
f79cf5fbef3d	20191025225929	b14	bb
0bdba2f91880	20191026065934	b14	bb
85843e6e0259	20191028131222	b15	bb
ce6197e865c9	20191028132337	b15	bb
64d0d9280f0e	20191028210940	b14	bb
7bd7ed862160	20191028210940	b15	bb
1a481fb1e32d	20191028230319	b14	bb
8e4128053008	20191029005444	b11	bb
5f2132fc4383	20191029021442	b12	bb
f0b66610246d	20191029070646	b13	bb
cc78c193eebb	20191029083027	b14	bb
6ec083fb70df	20191029084345	b14	bb
56fddad37e62	20191029225935	t401	bb
62f256057db7	20191030071836	b14	bb
15d0792143ec	20191031143501	b14	bb
ecaa2792f492	20191031143501	b15	bb
f5614af16d55	20191101110709	t360	bb
940f07561929	20191101190346	b15	bb
7727ca7e789d	20191101190952	b14	bb
e9766ae82012	20191101230044	b15	bb
890ae1879817	20191102070040	b15	bb
881cd219a8bc	20191103201012	b15	bb
9155fb5a6d65	20191103201012	b14	bb
60db0a7b4e4d	20191104115250	b14	bb
20cbac8786aa	20191104150619	b14	bb
d26f3bbd8aac	20191104150620	b14	bb
1e021533f513	20191104180431	b14	bb
93a8bb4af030	20191104180431	b15	bb
7579be31b144	20191104184048	b14	bb
d46fe40533ef	20191104184048	b15	bb
7a5b91a7ca93	20191104184628	b15	bb
af7d282afb23	20191104184628	b14	bb
a7c4a955b2a3	20191104190107	b15	bb
85029d69edea	20191104230547	b13	bb
52092c3c67fa	20191105030321	b15	bb
b132d4e8c200	20191105135202	b14	bb
737b0684f762	20191105150617	b14	bb
100eed2f5c92	20191105150618	b14	bb
00967f30df50	20191105164535	b14	bb
d3a5e5f7985a	20191105164535	b15	bb
df4eff532f89	20191105190755	t361	bb
7e3bd584456a	20191105191110	b14	bb
d4d115c90543	20191105191110	b15	bb
52589237ebcb	20191105225140	b15	bb
d063930b33a9	20191106070050	b15	bb
d7ea50d263ec	20191106070052	b15	bb
5fc7a9e1ae72	20191106113314	b14	bb
86bac3ac1a52	20191106190551	b14	bb
eaf5bb0b3645	20191106190552	b14	bb
a57d0056dbf1	20191106230057	b15	bb
6f1579c35d23	20191107030344	b15	bb
a537b3b5272f	20191107030346	b15	bb
4fb1ca18cab3	20191107082716	b14	bb
656c97889d66	20191107103908	b15	bb
c22145c02d48	20191107103908	b14	bb
e0e2ffb8d07e	20191107111048	b14	bb
e706f8232c12	20191107111051	b14	bb
e55a71a3e03e	20191107190107	b15	bb
3d7529091726	20191108055706	b13	bb
ab63be764293	20191108055706	b15	bb
d78350395c95	20191108055706	b14	bb
e21b6cb63630	20191108055706	b12	bb
f8f007fd456c	20191108070106	b15	bb
14c92e3dc9df	20191108101507	b14	bb
902f3aa269ae	20191108110648	b14	bb
4ad43eb493a7	20191108110649	b14	bb
989511ab6f3d	20191108223009	b13	bb
3c0d1af94be5	20191109102209	b15	bb
fcde0a10c837	20191109155659	b14	bb
8d80aca82749	20191109221305	b14	bb
9bbcc2938d41	20191110215208	b15	bb
fed41f524ffc	20191110215208	b14	bb
a56922badea0	20191111061043	b15	bb
357aaec4204d	20191111141305	b14	bb
f67770132dd9	20191112082659	b15	bb
dac3b9c76aa0	20191112100811	b15	bb
83d8f38ea775	20191112131242	b14	bb
bc842b510e89	20191112133024	b14	bb
f5d68cde58ff	20191112133024	b15	bb
4bda71482ccb	20191112151026	b15	bb
7100912c8447	20191112151026	b14	bb
a56e5813157f	20191113045426	b14	bb
d3ab79945308	20191113045426	b15	bb
eded95fdfd1d	20191113133434	b14	bb
5971a24b4047	20191114100659	b15	bb
74d7a2e0ebca	20191114100700	b15	bb
1f4f5fa64a6c	20191114100703	b15	bb
19241984841b	20191114100705	b15	bb
7cb0fae7ea9f	20191114101333	t299	bb
8cba805ad12d	20191114101336	t296	bb
6c5935290e33	20191114101535	t326	bb
bce18dfc8d26	20191114101540	t329	bb
41d0b92a78bf	20191114101719	b14	bb
b7610099654c	20191114101722	b14	bb
46af7b589b16	20191114101723	b14	bb
d7b4c23325da	20191114103459	b15	bb
e5778855b5b8	20191114103459	b14	bb
a4893d527171	20191114153630	b15	bb
abd95e9c0a90	20191114153630	b14	bb
f3cdcaf970ea	20191114184158	b14	bb
af446e4f1356	20191114203000	b15	bb
e18bdbc3349d	20191114203000	b14	bb
6f03b71b98e6	20191114220110	b15	bb
7bd04c470bf8	20191114220657	b14	bb
6e9b2dbbe2b3	20191114220658	b14	bb
145c0413a4e9	20191115124859	b15	bb
98f2fa70a1bc	20191115124859	b14	bb
050872ffe744	20191115135807	b15	bb
a4c677cde034	20191115142644	b14	bb
e6529cdf9293	20191115180323	b14	bb
ce851c0bab43	20191115180324	b14	bb
3fe849aec46e	20191115185958	b14	bb
f8772cd39bc4	20191115185958	b15	bb
debe729c799a	20191115215801	b15	bb
0a8a1d7b7fae	20191115215802	b15	bb
e7b5e74ed4e6	20191116161330	b14	bb
cb7acd771d1f	20191116180334	b14	bb
d6c3975d422a	20191116180336	b14	bb
a2a1463427b0	20191117193652	b15	bb
54e1c278f3e1	20191118180547	t362	bb
bdbda539e100	20191119173927	b15	bb
7c85ddb6ae4d	20191120163005	b15	bb
571c0ef67034	20191121015835	b15	bb
3a262fe58afa	20191121175918	b14	bb
ed16ecbdf3a0	20191122220542	t363	bb
775f4ddf382a	20191123012930	b15	bb
c4788cee6e5f	20191123015943	b15	bb
8d0e6f1b7b78	20191123055820	b15	bb
e3970fe37d8a	20191202165906	b14	bb
318a83db09a0	20191203070034	b15	bb
41735bf4786a	20191204000156	b15	bb
0e1c000cb798	20191204073605	b15	bb
68946526601c	20191204075656	b15	bb
8c19b9f4a642	20191204082517	b15	bb
e9644b2e3edc	20191204082519	b15	bb
bc9b51d240b2	20191204082520	b15	bb
ea72ff2b5b2f	20191204083517	t364	bb
7624422635d1	20191206102300	b15	bb
f1b1e474f499	20191206202315	b15	bb
802190f49ee6	20191206211942	b15	bb
98b61416aae9	20191207012625	b15	bb
238f979bb496	20191209161526	b15	bb
3922ef290939	20191209161527	b15	bb
b9197b961aab	20191210230325	b15	bb
067b4ebedaca	20191210230902	t366	bb
c68b62b1efa1	20191210230907	t355	bb
1132e72f6cdf	20191211142419	b15	bb
ba02bb8cc032	20191211145606	b15	bb
6e35722da543	20191211163651	b14	bb
d4e85bc08a18	20191211163651	b15	bb
a1d3d648d066	20191211190744	b15	bb
38ca635ada5d	20191211191335	t298	bb
452ce57031f8	20191211191339	t301	bb
88fb33cf2b7b	20191211191532	t331	bb
20ea64f01e4d	20191211191537	t328	bb
d528d16a5d27	20191211233832	b15	bb
16bcffe0e4b7	20191212070425	b15	bb
54276fc66397	20191214070258	t302	bb
f01bb31ea30a	20191214070319	t332	bb
f1dfb4fe82c2	20191214114314	b15	bb
a32a6f7a3052	20191214190045	b15	bb
61c8f156a0cd	20191215052145	b14	bb
b775e00fe53e	20191216173430	b15	bb
6b3a79f9fc22	20191217080153	b15	bb
572a228b29c7	20191217151253	b15	bb
161ce6706f89	20191218150152	t402	bb
1b3201d12d75	20191218221748	b14	bb
efe42e9182db	20191218221748	b15	bb
5bbae61f117e	20191219042121	b13	bb
62a43cf1f48c	20191219042121	b14	bb
b6e5d4b89089	20191219042121	b15	bb
e213ccc306fe	20191219042121	b12	bb
0b8da7416048	20191219150334	b15	bb
23563064f4f1	20191219150614	b13	bb
12aee9c4f0d8	20191219223042	b15	bb
d16537844a7a	20191220035004	b15	bb
31f4619a2737	20191220233752	b15	bb
1b1a35e41a57	20191222113738	b15	bb
73fd2ddc9180	20191225075139	b12	bb
4173cb3f5e03	20191225075339	b13	bb
27494d4fc8fd	20191225101938	b14	bb
9f2f78dfcb40	20191225195628	b14	bb
526b2fff5289	20191227015938	b15	bb
a28f39cdb516	20191227074929	b15	bb
5534e24283d0	20191230125328	b15	bb
3ada5c0eb830	20191230165547	b15	bb
7d44382a3cb3	20191231084828	b15	bb
c26559b1242e	20200102095317	b15	bb
f229b70415e7	20200102190919	b15	bb
fa41b0c76b9f	20200102194631	b14	bb
d726e8a89b37	20200103033829	b15	bb
0421cde51b51	20200103084402	b15	bb
bad9a45b339a	20200103084719	b15	bb
2f9f325a3bd3	20200103090105	b15	bb
787fa2adce7c	20200103113829	b15	bb
1f6e3b32af0e	20200106064929	b15	bb
8454aaf1be5f	20200106065652	b15	bb
261b8a00e452	20200106181039	b15	bb
db5618cb1f98	20200106205911	b15	bb
edca6489254f	20200106211126	b15	bb
7985654fe8ee	20200106225816	b14	bb
c68732b80820	20200107072329	b15	bb
a1b3b98c4ba0	20200107074001	b15	bb
4aedce0891a1	20200107135631	b15	bb
926e1ee119a5	20200107153846	b15	bb
8ead54f5cff8	20200107234521	b15	bb
d01661091c9b	20200110210541	b15	bb
ea0a6e11838c	20200111153838	b15	bb
c5db9bb2f89f	20200112033836	b15	bb
d83cd18d3d94	20200113101705	b15	bb
52a0e61d7848	20200113173325	b15	bb
81f50f67b652	20200113223607	b15	bb
94ec48afe935	20200113223818	b15	bb
b71b6102bf35	20200113224024	b15	bb
bcaa73156d59	20200113233857	b15	bb
7ec8a74ae980	20200114073902	b15	bb
69012f50f4b0	20200114234505	t365	bb
ded4aaa1cc04	20200115033918	b15	bb
1aa326d7304e	20200116034004	b15	bb
0d8ac07342ee	20200116234709	t300	bb
3013d3e5282f	20200116234713	t304	bb
94ffa8fc040e	20200116234856	t334	bb
77d82f328e86	20200116234901	t330	bb
ccd5becdffb7	20200117174608	b16	bb
833abd59fab1	20200118030608	b15	bb
a432bd9ba7da	20200118233946	b15	bb
cc22aafc1f1e	20200120165244	b15	bb
2d0dc91385cb	20200121020101	b16	bb
21c891ebdb9a	20200121181134	b15	bb
cfaba55ee5bd	20200121193423	t403	bb
f1639530484d	20200121193600	t306	bb
bcaa470f9d99	20200121193604	t303	bb
e77b6202900a	20200121193751	t333	bb
6168512483b8	20200121193756	t336	bb
bdedab45d4f6	20200121193945	t367	bb
a1fa2e7dd52a	20200121193950	t369	bb
84fd45eec7d3	20200121230356	b15	bb
8c99132f9960	20200122152725	m	bb
177021707629	20200122193239	b13	bb
b5eac8e74457	20200122193239	b14	bb
c11dbb51c1c0	20200122193239	b15	bb
fba74aef0c16	20200122193239	b12	bb
dbf12d30bab2	20200123072453	b15	bb
4bd5b4c2309f	20200123222133	b12	bb
5494d16ef184	20200123222133	b15	bb
5ee463b7afee	20200123222133	b14	bb
98bfbf939085	20200123222133	b13	bb
7a0c6cfdb0e9	20200124032435	b15	bb
bccad466ab89	20200124032437	b15	bb
142dce433b42	20200124112438	b15	bb
7f990bd4b1ff	20200125032427	b15	bb
996f3529d39b	20200125072430	b15	bb
1245dcc076d9	20200126074333	b15	bb
49f8c8f17a45	20200126074333	b16	bb
ae9f6b2601c8	20200128015413	b15	bb
1b1a1841fad3	20200128021212	b15	bb
b136e9eb2b56	20200128021944	b15	bb
09009e85cabe	20200128025227	b15	bb
5f8ab2bf6815	20200128035247	b15	bb
c4a6de2f338c	20200128035247	b15	bb
0e2dbbf70a15	20200128083927	b15	bb
6ece45329e63	20200128222911	b15	bb
f55f946138b4	20200129192510	b15	bb
0fcd5b52ae3f	20200130072521	b15	bb
1ae532aad6ad	20200130072523	b15	bb
1133cbffc1c0	20200130110423	b15	bb
69becbbf2951	20200130120814	b15	bb
dc6b49f16970	20200131032650	b15	bb
7f8b49ad0a21	20200131103704	b13	bb
537443fada71	20200131113135	b13	bb
c39fa9734cf3	20200131160021	b12	bb
0cdd283dfd7a	20200131194155	b14	bb
19522ff28802	20200131194156	b14	bb
c06521ac77c2	20200131232729	b12	bb
9ee80cfbdc72	20200201001722	b15	bb
521dc77f40df	20200201033900	b15	bb
3176187cb152	20200202065403	b15	bb
21de178e1daf	20200202104520	b15	bb
abea97436e5a	20200203214122	b15	bb
276a3a8673e4	20200203214335	b15	bb
1df276a7c684	20200203233251	b15	bb
203d909765c9	20200204110004	b15	bb
3e02731f97c3	20200204181330	b15	bb
8462896174b4	20200204183605	b15	bb
50a5d4094b19	20200204204547	b15	bb
e7a922c979d0	20200205015304	b15	bb
a9af074362a2	20200205020208	b15	bb
8a503c805acf	20200205110617	b15	bb
d002e5e2a598	20200206231025	b15	bb
0088fd151443	20200207030102	b15	bb
473926661c44	20200207030105	b15	bb
cf84c08bad11	20200207110052	b15	bb
5be5d5753fd2	20200207150107	b15	bb
60a034667217	20200208021647	b15	bb
4b7e8bfcc145	20200208144352	b15	bb
6659ae52165a	20200208173021	b15	bb
08cc53159fcb	20200208213001	b15	bb
c44f517f891f	20200209070100	b15	bb
af50d22222d3	20200209070101	b15	bb
b1c983c25e2d	20200210184948	b15	bb
c416eeb74a95	20200210190125	b15	bb
d6bfb32c178d	20200210203124	b15	bb
0ff5a65499e6	20200210225353	b15	bb
ef9f22eb8117	20200211231322	t308	bb
bb4f0ebb4744	20200211231326	t305	bb
751cafb9e2cd	20200211231527	t338	bb
a6e4942d4327	20200211231533	t335	bb
77e0a9bae5bf	20200211231733	t371	bb
ae93ed28af15	20200211231738	t368	bb
03953c1a93da	20200212161422	b15	bb
516a933b481e	20200212161422	b14	bb
99258cdbd03d	20200212161422	b12	bb
d50e3bcd662b	20200212161422	b13	bb
9d42b5ecf10e	20200212190956	b16	bb
b8a07f42d55f	20200212190956	b15	bb
2d3138825ec1	20200213213212	b16	bb
69a103b2cebe	20200213213212	b15	bb
b0779d525a9f	20200214032214	b15	bb
bf78b1a1f3d2	20200214082304	b15	bb
e38a84523341	20200214082307	b15	bb
ce0298a60b3c	20200214082308	b15	bb
200280e33639	20200216054613	b15	bb
a1d715839a20	20200216054614	b15	bb
6ca9f7245f61	20200217230602	b15	bb
e8be24fd4c84	20200217230602	b16	bb
94f6bd178554	20200218102420	b15	bb
3431a996fae8	20200218134404	b16	bb
6c3faaec46f4	20200218134404	b15	bb
9346d688810d	20200218192322	b15	bb
ba7b52f674d5	20200219125025	b16	bb
40d13067fe64	20200219162948	b15	bb
46ad60adf97e	20200220211751	b15	bb
4dd6cc67e1f3	20200220211751	b16	bb
9a5f31f5c826	20200220211751	b13	bb
fef9ee0446a8	20200220211751	b14	bb
6720cad25564	20200220214023	b16	bb
8f2c761d18cd	20200220214023	b15	bb
7f576abe0ebe	20200221045642	b12	bb
ba11e8f3d1ec	20200221050508	b14	bb
a2779a270f33	20200221053104	b13	bb
39a9bc1d5a52	20200221134140	b15	bb
6f3281669678	20200221163113	b16	bb
cb2a0501818e	20200221163114	b16	bb
5e1786105b6f	20200221163115	b16	bb
c21f1e26fb37	20200221163143	t450	bb
b9b199a03401	20200221163147	t404	bb
128cc3953ea3	20200221163151	t405	bb
f772958f8a29	20200222082411	b16	bb
010dce13f834	20200223092941	b15	bb
789de056aacd	20200223123001	b15	bb
b52b5a278be0	20200223123003	b15	bb
8f6e628cf6a6	20200223123006	b15	bb
5ff74f98bc1b	20200223123038	t406	bb
63b7bdc3faaf	20200224141504	b15	bb
6b7675c693a3	20200224141504	b16	bb
02b6fab671fc	20200225052045	b16	bb
4c92726be3b0	20200225052045	b15	bb
33a99c0dca04	20200226163144	t407	bb
5403cae7f7fa	20200226233957	b15	bb
6776475b7122	20200226233957	b16	bb
1ade84933ed3	20200227160327	b16	bb
dd730ded405f	20200227162456	b16	bb
8f319dd0ec69	20200227204123	b15	bb
076fbc5c36a7	20200228043304	b12	bb
5d151b22632e	20200228043758	b13	bb
e3bfc0127563	20200228043759	b13	bb
2a689211e542	20200228082956	b14	bb
722d7c83fd19	20200228202245	b15	bb
ef1eac84b252	20200228202245	b16	bb
38ae657aaebd	20200229022245	b15	bb
b60e7dd7a74f	20200229022245	b16	bb
bcb30edc8b38	20200229082506	b16	bb
bc450043dc76	20200229162612	b15	bb
cad9369f5c3d	20200229202550	b15	bb
756db0d4aab9	20200301165433	b16	bb
cca4bbf0228c	20200301165433	b15	bb
5c80d489323e	20200301172442	b16	bb
9c3e96b76402	20200301172442	b15	bb
ca7edf3d8a93	20200302082525	b16	bb
29bb8bf3445e	20200302194838	b16	bb
68503dd6f840	20200302194838	b15	bb
b4195b390d33	20200302203027	b15	bb
ec0a5f3fd2ba	20200303002533	b16	bb
133860aa5062	20200303002534	b16	bb
0c19a3c0da53	20200303131404	b16	bb
60fa75c07154	20200303131404	b15	bb
eb0bad8167df	20200303162532	b16	bb
39958e487b48	20200303174219	b15	bb
3eda474fcebb	20200303174219	b16	bb
665c6734d2d3	20200303174944	b15	bb
275032820d4f	20200303181650	b15	bb
32fece0e08d2	20200303181650	b16	bb
5e884de6b76d	20200303203026	b15	bb
b229bee3a8dc	20200303203027	b15	bb
38dc9a8fb0d7	20200303233517	b16	bb
db9ba44b5780	20200303233517	b15	bb
83e04303df20	20200304082524	b16	bb
4824e7e100c6	20200304082525	b16	bb
03ea99686473	20200304082526	b16	bb
f12177f0a965	20200304162518	b16	bb
c2cd954c1a7f	20200304180238	b15	bb
7ba7043ddf8e	20200304184933	b16	bb
a884d2d0bcf9	20200304184933	b15	bb
130ee555e264	20200304203034	b15	bb
cbb845eb7b71	20200304203035	b15	bb
c97745df16a2	20200304203036	b15	bb
4f9ddd276b5b	20200305042528	b16	bb
8fbf5159e565	20200305133519	b16	bb
9836cc012a38	20200305210950	b16	bb
fe51308355d9	20200305210950	b15	bb
9793c43f3608	20200306003355	b15	bb
fe49f17efb32	20200306042756	b16	bb
d5117536391e	20200306042758	b16	bb
1faf9e8d03b9	20200306062711	b16	bb
aa9e2e1d2873	20200306062711	b15	bb
d319f3c8b1b5	20200306082531	b16	bb
686d8407e650	20200306135659	b16	bb
963287bf1bf8	20200306135659	b15	bb
2c6476911c0a	20200306152027	b16	bb
6d9df0db96fc	20200306152027	b15	bb
62641f51d9d8	20200306152040	b15	bb
67a40b9a1a88	20200306152040	b16	bb
5883a775b1f4	20200306154218	b16	bb
e21d8b321dd6	20200306154218	b15	bb
c0782940c860	20200306162522	b16	bb
95caa2d638fa	20200306170923	b15	bb
2f9d817fc1ae	20200306203339	b15	bb
b4b41575df27	20200306203340	b15	bb
5c2a76ef0f43	20200306203342	b15	bb
1088ee5da121	20200306213037	b15	bb
fac020784f10	20200306213037	b16	bb
7b31ec144ad8	20200307002525	b16	bb
b173caf5988c	20200307002526	b16	bb
425ea3e5d030	20200307002527	b16	bb
209355739219	20200307043534	b16	bb
5194bac86967	20200307122516	b16	bb
b13839ec7584	20200307143510	b16	bb
aad7e5b6d4c2	20200308145338	b15	bb
e686f3a6b107	20200308162621	b15	bb
1f8ca21aead2	20200308162622	b15	bb
1979366505c4	20200308162624	b15	bb
f6341befeb56	20200308162625	b15	bb
fe487330090c	20200310192247	b16	bb
c3817f4bbd9a	20200310204930	b16	bb
79bdd08d9889	20200311003231	t408	bb
f9d070a72cf5	20200311144629	b16	bb
326ffd93416c	20200311211355	b16	bb
ff0f03f28596	20200313003639	t310	bb
3dbadc3cbc24	20200313003643	t307	bb
ae52d63f38b9	20200313003825	t337	bb
f743cc3fc845	20200313003830	t340	bb
31f7a3277ae2	20200313004021	t373	bb
9927afa28807	20200313004026	t370	bb
7ee24064f0ea	20200316181211	b16	bb
f1bda3ffd6f4	20200316205433	b16	bb
c00c68282c99	20200316210125	b16	bb
d7a772a8dee4	20200316213814	b16	bb
7e5a0c583e37	20200317001539	b14	bb
d4a54d1ba875	20200317191350	b16	bb
15626c3e2d2a	20200317203952	t409	bb
0d5f18fe08f1	20200318042606	b16	bb
da706024f356	20200318042607	b16	bb
cc684433cdc7	20200318184806	b16	bb
2b32f6d21530	20200318202604	b16	bb
6251a13f71aa	20200319082612	b16	bb
c426e0f36d6b	20200319082613	b16	bb
364a20b9b1d7	20200319082614	b16	bb
365234d2fcf0	20200319202630	b16	bb
b111a6213597	20200320042643	b16	bb
2ae858f2d5ed	20200320211348	b16	bb
63c6663c5674	20200320211348	b15	bb
b8fba595e8fa	20200321162612	b16	bb
d0229e78f42c	20200321202708	b15	bb
a6c937f0cdef	20200322090420	b16	bb
0382bf0f53b2	20200322164302	b16	bb
15241c58474a	20200322212147	b16	bb
6be3e0bf768a	20200322212147	b15	bb
1ded602dc06c	20200323041529	b16	bb
70eb4849511b	20200323042902	b16	bb
3e3c7a420997	20200323043346	b15	bb
4235d261af9a	20200324171142	b16	bb
f71098ae3db5	20200324171944	b16	bb
afa8f1e8ea69	20200324172429	b16	bb
9f2520a6ffe9	20200324173758	b16	bb
60f8ad838ac1	20200324173941	b16	bb
48f05c2db18c	20200324174131	b16	bb
eac0268b4e42	20200324174314	b16	bb
2247a44b6b38	20200324174455	b16	bb
8ca7f667a253	20200324212119	b15	bb
ea7facdb8f3b	20200324212119	b16	bb
615fa027f2fb	20200325002655	b16	bb
3a9f765d9135	20200325002656	b16	bb
80b546a37f63	20200325002657	b16	bb
c20e80a28e46	20200325043332	b16	bb
dc8515ba9674	20200325044045	b15	bb
6cdba1719161	20200325122621	b16	bb
6240434e1ad6	20200326020446	b16	bb
5ea691bdc1a0	20200326021628	t411	bb
0b19784585bd	20200326021633	t400	bb
1b0bf7e2a6b1	20200326073258	m	bb
ab4be91f964a	20200326095543	t451	bb
3e9d5317f00e	20200327081546	b16	bb
faf5681d1c7b	20200327103920	b16	bb
07e69aceacd6	20200330143601	b14	bb
2b2ae3c6ee51	20200330143601	b12	bb
33c1f9f2a432	20200330143601	b16	bb
45223f1cdca0	20200330143601	b13	bb
dbcb4c305c4d	20200330143601	b15	bb
ed67da3a2364	20200330180519	b16	bb
d847b4c9642e	20200331211856	b16	bb
136e483e709b	20200331225937	b15	bb
de57c8c011a5	20200331225937	b16	bb
cd3db5b5a10c	20200331231419	b16	bb
0197b870e36f	20200401185104	b16	bb
5934c03f9a0b	20200402060539	b16	bb
cb664d40f84c	20200402220554	b16	bb
65865ed0840e	20200403181050	b16	bb
7039b495eb3e	20200403220520	b16	bb
1ff0856e8168	20200403234719	b16	bb
aa2d6328a363	20200403234719	b15	bb
8e91b7aa91b1	20200404062133	b16	bb
9ffc32955335	20200404062653	b14	bb
88ba1c9b80ef	20200404155945	b15	bb
fe32aa3b9449	20200404181738	b16	bb
1c7ee45b9bc8	20200407071838	b16	bb
386829fa6bc5	20200407101523	b16	bb
478cc67308e2	20200408005027	b16	bb
4b490f30cab2	20200408061738	b16	bb
536dfb4139f9	20200408222241	t413	bb
f81a9405fae9	20200408222246	t410	bb
2a5c88adcc5c	20200409021545	b16	bb
3ce1317b148f	20200409185142	b15	bb
66aacac7c062	20200409191005	b14	bb
37e11edd1aad	20200409191633	b13	bb
7b0589a2468d	20200410022504	b16	bb
75e09fce8f36	20200410023015	b12	bb
c94387a2cabe	20200410023234	b13	bb
585dacffb22b	20200410023728	b14	bb
b3ff053fb1b2	20200410024227	b15	bb
1be5940d0dd4	20200410182515	b16	bb
4622a81a82b3	20200415022635	b16	bb
4529075edf97	20200415181605	b16	bb
bd76c10336a2	20200415214544	b16	bb
e72c3d3ce2f4	20200416050610	b16	bb
a57a2165c2a8	20200416085336	b16	bb
b3b874faea7e	20200416141618	b16	bb
002560d5bf54	20200417022747	t339	bb
5d8f446394e1	20200417022751	t342	bb
83ff4b85fd20	20200417022938	t372	bb
4b330d7ca3f4	20200417022942	t375	bb
889205adf627	20200417023136	t415	bb
6b7c68377979	20200417023141	t412	bb
19e102247db2	20200417143715	b15	bb
71473e9b7bc7	20200417143715	b16	bb
75fea27a27a0	20200417192506	b16	bb
ede92e0fe62d	20200419061629	b16	bb
403aae046786	20200420023028	b16	bb
fa0e01894bae	20200422021739	t452	bb
d5598eafb022	20200422061635	b16	bb
2ea9231e9b0c	20200422225244	b14	bb
5053776c1e66	20200422225244	b15	bb
7efa26368779	20200422225244	b17	bb
e65aa52ba111	20200422225244	b16	bb
0ad81dc3c85d	20200424080147	b16	bb
d3d74fb975c2	20200425224902	b16	bb
f74b86b7ea24	20200426003504	b16	bb
5159cff060fb	20200426040145	b16	bb
be961bda71c3	20200426150632	b16	bb
3e4f7cd409fc	20200427062901	m	bb
c062ecda0310	20200427143925	b16	bb
11b3f81436a3	20200428204439	b15	bb
b063729e49a6	20200429002950	b13	bb
ad3bb8e4ccf1	20200429003608	b14	bb
573f9163af85	20200429082053	b16	bb
7b592a8174df	20200429122812	b15	bb
303c51f3d403	20200430002605	b15	bb
d3f56086aa62	20200505015206	b16	bb
70ca5f0ac24f	20200506002606	t453	bb
9e147f192f60	20200506050109	b17	bb
8959cc249735	20200506052811	b17	bb
eb15c1011324	20200506061737	b17	bb
c16c96a7f1b4	20200506173757	b16	bb
2ff3b163f593	20200506175152	b16	bb
73aa499de024	20200507000113	b16	bb
28e1f35180cc	20200507003030	t309	bb
0e81333bb50d	20200507003034	t311	bb
06f6a9f8889f	20200507162346	b16	bb
16393a6dc703	20200507182146	b16	bb
a099a3ff31ea	20200510162320	b16	bb
d4685ebf697c	20200512002333	b16	bb
48c3485ab5c4	20200512155113	b16	bb
5fdcde36251d	20200513072734	b16	bb
998b8b4418a3	20200514212308	b16	bb
54985447af8a	20200514212525	b16	bb
5f806ce0823b	20200514212732	b16	bb
1d0d14eaa504	20200514213415	b16	bb
fa52b12ba454	20200514213828	b16	bb
cf08bd4c6314	20200514214037	b16	bb
356dee6609ee	20200514214244	b16	bb
eace4b6f3713	20200514214451	b16	bb
702a29462874	20200514214656	b16	bb
4e242beac281	20200514214903	b16	bb
284ce9e1018e	20200514215316	b16	bb
6d41533acd65	20200514215524	b16	bb
74a329a2edb0	20200514215735	b16	bb
8ce29a4286ed	20200514215940	b16	bb
372442b19c79	20200514220155	b16	bb
6d56f3d16ba0	20200514220408	b16	bb
99fc7658c92a	20200514230057	b16	bb
806d15d65454	20200515122352	b16	bb
aea2fc690601	20200517034107	b16	bb
3d5c80942cce	20200517042358	b16	bb
2802c11f217a	20200518043708	b16	bb
d8441915a6dc	20200518044021	b16	bb
455d6109ca5a	20200519082352	b16	bb
110cf7ed73b5	20200519202000	t454	bb
55f6825a5920	20200520002849	b16	bb
c4288707f015	20200520042624	b16	bb
7ab8430bef2c	20200520082344	b16	bb
ab4ae5c9a4cc	20200520163132	t417	bb
7345229d4860	20200520163139	t414	bb
6b620f177784	20200520192020	b16	bb
4e2bde04f2cc	20200520203334	t344	bb
0f69009510c3	20200520203339	t341	bb
63cdbb88a915	20200520203535	t377	bb
1dc8aba5ffa6	20200520203541	t374	bb
11ef39e64343	20200522001320	b16	bb
89cf2be62c85	20200526024810	b16	bb
f099a72e140a	20200527002520	b16	bb
cacbf4f9e0c9	20200527094512	b16	bb
fb82acb39d68	20200527182708	b16	bb
198e8f5ee424	20200528144849	b16	bb
78a7be5457ad	20200529064127	b16	bb
7530c5eab3f5	20200530104834	b16	bb
01913eaa6118	20200530104835	b16	bb
e900be4b2f96	20200602022624	b16	bb
72878402c89c	20200602065001	b16	bb
10e6fa29f11a	20200603021354	b16	bb
be97aaa976ad	20200603035352	b16	bb
2321e60ec1a2	20200603221205	b16	bb
3ab7d09ea9e1	20200604024002	b16	bb
1d719d3045aa	20200604185043	b16	bb
e7fab6fed01d	20200604211801	b16	bb
a8a31f0d9bef	20200605013604	b16	bb
55768fa31f27	20200609011041	b16	bb
b5d419114905	20200609030145	b16	bb
826338c31994	20200609225728	b17	bb
6674917427c8	20200612111108	b16	bb
277eea62aa52	20200615105921	b18	bb
6d09f8e62e0a	20200615111127	b18	bb
6cc39819fdfb	20200615111745	b18	bb
29b07456f584	20200615114708	b18	bb
afa880fea118	20200615115311	b16	bb
9f48a1ba5020	20200616091855	b16	bb
e2038ac22061	20200616091856	b16	bb
0adb702ae49b	20200616091859	b16	bb
63eae69e3c59	20200616091901	b16	bb
31e286ee1926	20200616091903	b16	bb
4fedb976048a	20200616091949	t455	bb
bac7322090bc	20200616091956	t456	bb
c06103ad31b3	20200616204813	b17	bb
24854a9a6856	20200616222518	b16	bb
67fdd6351582	20200616222518	b16	bb
3c831c893e8a	20200617050643	b16	bb
15d314296723	20200617090652	b16	bb
cc928941e5ef	20200617115705	b16	bb
1ef1fa633e43	20200617173251	t346	bb
81c4b2b9eeff	20200617173256	t343	bb
bb7595983547	20200617173446	t376	bb
335d3b1d38dc	20200617173451	t379	bb
5bd52e0a8983	20200617173649	t419	bb
e05ca24c4895	20200617173655	t416	bb
3ab27431ef50	20200618092151	b16	bb
8c1e3c3fbd23	20200618105823	b16	bb
18c1ef0354fe	20200618132424	b16	bb
7a96a1f07949	20200619052140	b16	bb
b4312fa6cf82	20200619171713	b16	bb
58357f96bf43	20200619212250	b16	bb
c8ca982e6015	20200619212252	b16	bb
57681663d939	20200623052157	b16	bb
e0abfaa8efde	20200623092459	b16	bb
ead3ce5adefd	20200623210133	b16	bb
c2b8ae4b7a29	20200624065425	b16	bb
7e848aeed28b	20200624085634	b16	bb
5fade4ec57c6	20200624090346	b16	bb
18374dcbea12	20200625152932	b16	bb
acfd9460550e	20200625211739	t347	bb
f694a57165b5	20200625211933	t380	bb
ff5d72944ac8	20200625212136	t420	bb
3ac0631eb9d7	20200626074529	b15	bb
ec46b97af413	20200626074529	b16	bb
db5293afc7bf	20200626130735	b16	bb
8f2b164e09cb	20200626135917	b16	bb
92794af67a84	20200626170904	b16	bb
7f9ae98e9b1c	20200626211749	t349	bb
bc3d5603e449	20200626211754	t345	bb
41db891b3bf5	20200626211946	t382	bb
2dcee919fe90	20200626211951	t378	bb
ef9570953e04	20200626212151	t418	bb
426bfd3a2eea	20200626212157	t422	bb
70183a7e4a8b	20200627030534	b16	bb
642b892655f0	20200629164644	b16	bb
03667fd6b18f	20200630090720	b16	bb
1a4844dbb15e	20200630165044	b16	bb
d68fd20f3229	20200630210658	b16	bb
5f4e5d88ae20	20200701090722	b16	bb
4088fed933ea	20200702090706	b16	bb
bdcd046d6cbf	20200702090709	b16	bb
ae79ca62dbf0	20200702090712	b16	bb
9676485b71b9	20200702130712	b16	bb
c9818a9a30b4	20200702165325	b16	bb
1a3f7941d817	20200702200053	b16	bb
90050574e3f2	20200702200053	b17	bb
a166e2578b86	20200703032359	b17	bb
de1f58acbf4e	20200703074048	b16	bb
1e6150831a96	20200703120315	b16	bb
51d72730660b	20200707173848	b17	bb
c0b8411f2dbf	20200707173848	b16	bb
53f29dc721f9	20200708051551	b17	bb
65806b89ce3f	20200708134325	b17	bb
76326df43efd	20200708134325	b16	bb
0117bb8b937f	20200709002713	b17	bb
f98e990e6f77	20200709002713	b16	bb
9e5bcc7f6231	20200709050702	b15	bb
b9931a569116	20200709131454	b16	bb
54349b6a4e11	20200709131457	b16	bb
5ab99756f65d	20200709131500	b16	bb
cf11d9b71ab7	20200709170953	b16	bb
157fd1a59543	20200709172310	b16	bb
e2f93aa77928	20200709172310	b17	bb
2e7af12ebb60	20200710011057	t497	bb
2cf22cd48886	20200711011221	b17	bb
16621f64440c	20200711011223	b17	bb
480d79659243	20200711135824	b17	bb
7fa340820d1c	20200712050649	b17	bb
b501d6e7bb38	20200712171229	b16	bb
7392b9857a1d	20200713130838	b17	bb
505a1f443178	20200713130841	b17	bb
319dbfd0ed29	20200713130842	b17	bb
367809baaaf7	20200713131938	b16	bb
33f5fff4a5f2	20200713131939	b16	bb
63841cef1736	20200713131941	b16	bb
10b99a8ee83b	20200713131942	b16	bb
e8a27546e886	20200713131943	b16	bb
69f0a180044a	20200713131945	b16	bb
f4a2b2a4a703	20200713132012	t457	bb
f7e4e244582d	20200714170932	t458	bb
de08bbb66591	20200715213109	t351	bb
9a60e030176b	20200715213114	t348	bb
d9201e1f6beb	20200715213306	t383	bb
693546bf5895	20200715213311	t381	bb
dea2c884774c	20200715213515	t421	bb
63c1f5201ae7	20200715213521	t423	bb
7137eafebb25	20200716201359	b17	bb
acfd65636a0c	20200716201359	b16	bb
166114c4a04a	20200719002335	b17	bb
5252da0c7032	20200720151229	b17	bb
d3dc2f470260	20200720151229	b16	bb
d46605b64ea6	20200721051558	b17	bb
b6011de30ee5	20200721132109	b16	bb
87661a74156d	20200721134536	b17	bb
f20af936fc97	20200721174725	b17	bb
8d6f26336c64	20200721212257	t459	bb
3473491eeb2e	20200722051903	b17	bb
970cddeeea0f	20200722125135	b16	bb
4f322be2e96c	20200722132120	b16	bb
a53ab6bcda95	20200724072200	b19	bb
4f0de5593f19	20200724073102	b16	bb
e83c4c282511	20200724073102	b17	bb
4c8f8d982850	20200724151307	b16	bb
e6a0f4acba75	20200724151307	b17	bb
554373823da4	20200725051634	b17	bb
6b13c5bd95e0	20200725091656	b17	bb
1221114e9df6	20200725190216	b16	bb
9a590f889519	20200725190216	b17	bb
523b4b71c2d6	20200725192712	b17	bb
7bd753767377	20200725192712	b16	bb
36233866f1c7	20200726131703	b17	bb
ec99fbd7761a	20200727091749	b16	bb
7f42acdcbb14	20200727091751	b16	bb
3431b0db1ce5	20200728072504	b17	bb
fa1e013ed08e	20200729111805	b17	bb
ee37d68b4156	20200729132342	t460	bb
a309a7852fe6	20200729163859	m	bb
ffcde9523732	20200730140457	b17	bb
2221ace3738c	20200730165312	b17	bb
b1bdc49a8237	20200730165312	b16	bb
21dad40135f5	20200731144433	b17	bb
9aa38c94385e	20200731144433	b16	bb
6ecbef177593	20200731171655	b17	bb
470e5168e52f	20200802124002	b16	bb
00dbcca6ee44	20200802132507	b17	bb
56a75924ba6d	20200802133213	b16	bb
330cb1433967	20200803093039	b17	bb
705dbea9c0a9	20200803093039	b16	bb
9729991d8655	20200803093039	b14	bb
ce358577b623	20200803093039	b15	bb
5521967004d8	20200804213302	t461	bb
8f0d61b90f45	20200805181055	m	bb
42b7b70457ae	20200805213139	b17	bb
ce9a068af59f	20200806190255	m	bb
e3251a06c182	20200807192254	b17	bb
ecd4cf494871	20200807192254	b16	bb
11a3c5a78f69	20200808051716	b17	bb
abfce0f8c330	20200808052728	b17	bb
bc308599e4e9	20200808135356	b17	bb
cf763b338e10	20200808135356	b16	bb
146c268590b3	20200808135916	b15	bb
7ec48e3fe247	20200808140413	b14	bb
eb7011bfee67	20200808140759	b13	bb
9bbcfbab83f6	20200808211739	b17	bb
16ae2a83e32a	20200809074354	b16	bb
26eb6c9d5830	20200809091815	b16	bb
5f89fb22eb8c	20200810200225	b16	bb
778a95cf51bb	20200810200225	b17	bb
627914982089	20200811234513	m	bb
e1f134a72784	20200812052405	b13	bb
c8494005d10a	20200812053003	b15	bb
5f6a1b08cd51	20200812070559	b17	bb
b60a74718804	20200812091718	b14	bb
a6ca2f510cca	20200812235526	b17	bb
e7a1d9ada0d5	20200813012017	b17	bb
5e8aeec71b8e	20200813131342	t385	bb
8df9b9d392b8	20200813172510	t353	bb
a2f5b5dc82e6	20200813172515	t350	bb
2d9d7f2478ce	20200813172538	t425	bb
f28aff35751d	20200813172717	b16	bb
ffe88ffdb697	20200813212628	t387	bb
96bd268c6b32	20200813212633	t384	bb
4d40dff0ad5c	20200813212833	t427	bb
f31b3fe87d73	20200813212839	t424	bb
890d74c7cb5f	20200818203146	b17	bb
26b37437373b	20200818203619	b17	bb
e65579977d85	20200818205959	b17	bb
78470a58b0ba	20200819123552	b17	bb
53da6da2bcb1	20200820010817	b19	bb
811a8b132d08	20200820210524	b16	bb
89a1c66830e2	20200820210524	b17	bb
0b89f4480446	20200820211441	b15	bb
55727d553ded	20200820211951	b14	bb
efad1aaaabb5	20200820212333	b13	bb
20923fd71b14	20200821051752	b17	bb
3e55cca68bbc	20200821172742	b16	bb
58113e913664	20200824130721	b17	bb
4d01b584c3e1	20200825191521	b17	bb
2568220050f6	20200826212433	t449	bb
9ad7951108e0	20200826212439	t463	bb
44d47f2411b8	20200827092901	b17	bb
5d33118d4742	20200827131824	b17	bb
b0d0d7188983	20200827211827	b17	bb
c0a8e7c5dcdf	20200828011804	b17	bb
91da5ef685fc	20200828011806	b17	bb
67e1ce8f656f	20200828051815	b17	bb
e4aeb38be13a	20200828171813	b17	bb
47f16e33aa23	20200828191727	b17	bb
85ff1af514c5	20200828191727	b16	bb
94230b73bde5	20200828191727	b15	bb
dbb8ed36f10e	20200829144033	b17	bb
57f65489c11a	20200830171815	b17	bb
78b06b51d5b4	20200831052244	b13	bb
a52faa789270	20200831105245	b17	bb
866e6a7e3cf3	20200831135816	b17	bb
aeb5f1a7757b	20200902051830	b17	bb
b643ec487eb7	20200902132332	b17	bb
bb860d7b6e04	20200902132334	b17	bb
4744acb1ce54	20200902212401	t352	bb
7004a5ac666a	20200902212407	t354	bb
ba26c4506d39	20200903011833	b17	bb
59ba4f9bb573	20200903132615	b14	bb
82b9b1a14664	20200903133201	b15	bb
7cd71358d5b6	20200903171857	b17	bb
475bc66604bd	20200903190133	b17	bb
92dd56df9ae8	20200904012956	b14	bb
d3292e737945	20200904013557	b16	bb
f3104ae88ed4	20200904053044	b15	bb
4c2c810a97d3	20200904053045	b15	bb
bb0bc934b5b4	20200904053452	b16	bb
62c82f55401c	20200904131907	b17	bb
a9226205918f	20200905091947	b17	bb
f2963a02f61f	20200905105045	b17	bb
ebfbb6a14e99	20200905171540	b17	bb
0d9e08cf3a66	20200905211905	b17	bb
da11764900bb	20200906083115	b17	bb
23fa3f5256cf	20200907091904	b17	bb
529dda0cb8f9	20200907171843	b17	bb
3f4798d9ace0	20200908070145	b17	bb
53d35b22efaa	20200908094448	m	bb
42c4a6e381e1	20200909011913	b17	bb
f0b431a6e0bf	20200909051854	b17	bb
9ff85ef8eff1	20200909074056	b17	bb
964b469d6cc6	20200909084059	m	bb
baebf08b7fea	20200909084210	m	bb
72d2b06bb19a	20200909084459	m	bb
6761c9a6e5d5	20200909111050	m	bb
909a5a393582	20200909131911	b17	bb
028b2b5fa000	20200909172450	t462	bb
3048d3ef278d	20200909172456	t465	bb
a32e6027fa67	20200915085750	b17	bb
f39ca994bda0	20200915222148	b18	bb
48a4c57519ab	20200916201006	t389	bb
d93d2139373a	20200916201010	t386	bb
2450ddb6f6e1	20200916201157	t429	bb
146dcd5d6f33	20200916201202	t426	bb
47c213b17d8d	20200916201359	t467	bb
1d4a1e824370	20200916201405	t464	bb
cba7285b7f29	20200917000235	b17	bb
8ea16c191926	20200921203712	b17	bb
63714016958d	20200922200059	t498	bb
f8c0b224ad5a	20200924040014	b17	bb
206f761e8eae	20200925040016	b17	bb
a0a9b7d9d5e2	20200926000026	b17	bb
0588bc827bda	20200927163146	b17	bb
f45d9426eb42	20200928132906	b17	bb
ed0cb2bc42eb	20200929103805	m	bb
b100ecfc063c	20200929130633	b20	bb
ec2ace78dcc2	20200930184913	b17	bb
3450a048bc3f	20201001104032	b17	bb
758467711e07	20201004000108	b17	bb
becbabb36002	20201004200234	b17	bb
19875a3d5a2e	20201006011038	b14	bb
1b8383fc150c	20201006011038	b15	bb
44e1a07f2d51	20201006011038	b16	bb
e8f871a2e5fa	20201006011038	b17	bb
1c5be7dd5046	20201007000118	b17	bb
5682372f3538	20201007120136	b17	bb
400bca4e0ccf	20201007224427	b16	bb
7e1165d0687f	20201007224427	b15	bb
a3299cf8e9c5	20201007224427	b17	bb
b7e3da037231	20201007224427	b14	bb
c476b49dcfc4	20201009215052	b17	bb
65b7d26246b9	20201011032926	b19	bb
d6281e9d1e7b	20201015180624	b17	bb
5b14150b0910	20201016092842	b17	bb
0716e817fc33	20201016124125	b15	bb
726d27fe7a25	20201016220500	b18	bb
605bdceafe70	20201019074646	b17	bb
f3ff478f5a1b	20201019093330	b17	bb
27421eae1f7f	20201020102007	b17	bb
67b0d2026ae5	20201020102008	b17	bb
9255be66a41b	20201020102031	t500	bb
a80f975967ad	20201020102035	t499	bb
8df661eb81b1	20201020102519	b14	bb
e6017390cea5	20201020102539	t388	bb
fbb1adbdc834	20201020102541	t391	bb
5f9873e4cab8	20201020103053	t428	bb
73871dd86bf4	20201020103056	t430	bb
fa0b9c68e85e	20201020103558	b16	bb
957082fff39f	20201020103620	t469	bb
7068d2c29396	20201020103623	t466	bb
a789af5306e0	20201020160209	b17	bb
d1a4fe5f2d96	20201020200834	b17	bb
d290616556d1	20201023075925	m	bb
b8dd4e3c0ff4	20201027042332	b17	bb
7dddf976b8ec	20201027055032	b19	bb
f3da8d073082	20201027180056	b17	bb
2f053ea2ffec	20201028022922	b15	bb
a0a4a352aa70	20201028022922	b17	bb
eedba609c515	20201028022922	b16	bb
478748cad1e9	20201028024139	b16	bb
89beb5b8df61	20201028024139	b15	bb
bfd1732c4939	20201028024139	b17	bb
36ad76011718	20201028024533	b15	bb
3da398aea988	20201028024533	b17	bb
a7c6cd2afe7f	20201028024533	b16	bb
1db2969ba992	20201028030846	b17	bb
3ced13b9a47c	20201028042341	b17	bb
79fff9604cbf	20201028152157	b16	bb
c301108be7ca	20201028152157	b15	bb
ffaa1909813a	20201028152158	b14	bb
d58491a0a78d	20201028202406	b17	bb
d0de3b5e66ab	20201028202432	t501	bb
e84213f91f07	20201029002346	b17	bb
e93788d387d1	20201029171552	b17	bb
a7ba87c61293	20201029173842	b17	bb
405010f17b81	20201029173850	b17	bb
75ef13ec6083	20201029191238	b17	bb
20c034c1785b	20201029195334	b17	bb
078729a26cd4	20201029210255	b17	bb
0c53f2fd3c33	20201030042407	b17	bb
02a80223132b	20201030060314	b15	bb
8dde295de463	20201030060314	b17	bb
eb7665e71309	20201030060314	b16	bb
772361037701	20201030102827	m	bb
285943f1c0f1	20201031232108	b17	bb
135cef183c46	20201101154119	b17	bb
377de3d217e8	20201101154119	b16	bb
852de461ed6c	20201101202356	b17	bb
3b0c685ad973	20201102132824	b17	bb
4ef01cd5e2b2	20201102202440	b17	bb
534b10dd0412	20201103122446	b17	bb
c3251a64da7b	20201103122513	t502	bb
01777546ccf1	20201103191625	b17	bb
8ff8f8a3c2cf	20201104083314	b17	bb
68bb4a9525d8	20201104162436	b17	bb
bcecfeab186d	20201105002432	b17	bb
1eb2027cd51e	20201105042428	b17	bb
1a0a99983999	20201105192523	b17	bb
4fcdf7e289c0	20201105203651	b16	bb
9950c71bb5a3	20201106002952	b17	bb
3214b668d125	20201106003421	b15	bb
be00baa5eb0e	20201106095934	b17	bb
a2cda5636dc9	20201107122455	b17	bb
bef66adadf9a	20201109162515	b17	bb
96c6b1c8c833	20201110230903	b17	bb
381d44651b66	20201111192232	b17	bb
8da5a08430b8	20201112082609	t432	bb
04f89d4efee4	20201112122517	b17	bb
30548acd0a9e	20201112202528	b17	bb
26433c83c0a5	20201113051522	b17	bb
d7ba1f2e01be	20201113165506	b18	bb
759e1a8119ef	20201113170631	b17	bb
d396fd99ebba	20201113170634	b17	bb
c38bdb994554	20201113171217	t393	bb
004d1b6dfcb1	20201113171222	t390	bb
6cff822ba522	20201113171418	t431	bb
852cb7ab2533	20201113171423	t434	bb
fb77dc94c4b3	20201113171629	t471	bb
2bb8681d6833	20201113171635	t468	bb
4bbb204f152c	20201113195257	b17	bb
4ab8fb4585a5	20201114005807	b17	bb
76f48268c78c	20201114045747	b17	bb
77eda6a9395b	20201114085741	b17	bb
04adad44d6a3	20201115090634	b18	bb
9baafcd261d5	20201116075958	b18	bb
5d2c89de53e9	20201117165110	b18	bb
a3f42c98ed1d	20201117171015	b16	bb
7c9ea22f769b	20201117201406	b17	bb
66db2540991d	20201118005804	b17	bb
820c342e50a7	20201118045834	t503	bb
61471be615ff	20201119185927	b17	bb
e2598a43a378	20201120231047	b22	bb
fb61a7c88cb9	20201121005859	b17	bb
4528de7a82cc	20201121051942	b16	bb
1d175299a257	20201123003519	b18	bb
8031d76bd622	20201126102357	b18	bb
cb8d3d1111fa	20201127082156	b18	bb
457caa005488	20201130083419	m	bb
c64748450626	20201130083942	m	bb
6f060a2946c6	20201130090347	b16	bb
4350ff24fd5f	20201201130543	t538	bb
d6cefbd7a014	20201201153347	b18	bb
61675820ecee	20201201153455	b18	bb
e5d4215a90a9	20201202170603	t504	bb
01fbb1db8932	20201203043817	b18	bb
479dd01de201	20201205143152	b18	bb
afa3b34fe368	20201208210624	t496	bb
aa736b9192d6	20201208210630	t506	bb
50c086135a49	20201209050020	b18	bb
e24efdc77f15	20201209050023	b18	bb
5d54c88cef27	20201209211237	t392	bb
da2246d71eb2	20201209211242	t395	bb
2a7bba872f29	20201209211452	t436	bb
f0ffbb3aea69	20201209211457	t433	bb
854fa8a99fd7	20201209211719	t470	bb
3feda76d9e64	20201209211725	t473	bb
62f63bbbfe35	20201210050018	b18	bb
2e2a841d0c7a	20201210050425	t396	bb
8d7747d44dcc	20201210085640	t437	bb
843e12153c11	20201210085701	t474	bb
4b6b794783fe	20201210085722	t507	bb
77dfe4dff7d7	20201210210011	b18	bb
fac82db87be6	20201214170838	b14	bb
649866c409a9	20201214171407	b15	bb
e02e32bc73a3	20201214172000	b16	bb
09cf7147abe1	20201215193130	b18	bb
710a22244427	20201215200733	b18	bb
cc9d424da8f7	20201216045930	b18	bb
efbc7082a8de	20201216152615	b18	bb
2b31242e93ab	20201217010220	b18	bb
0964d4be7536	20201217085940	b18	bb
3e5f8edf1455	20201218171414	t398	bb
6d083d1d1bb3	20201218171419	t394	bb
28af562d40fa	20201218171611	t435	bb
866690f57c51	20201218171616	t439	bb
2bda11874dab	20201218171818	t476	bb
3ab43aa31c32	20201218171824	t472	bb
addf7e90d20f	20201218172031	t509	bb
40b34d25b436	20201218172036	t505	bb
b4027a90c430	20201221132142	b19	bb
53a09c71a43d	20201224143304	b18	bb
e9d996dae239	20201229090012	b18	bb
0d3f257a17bb	20210105103359	b18	bb
9761a13537eb	20210106050432	b18	bb
a35bc8fe7afb	20210106183831	b18	bb
0c5bab64fe12	20210108171319	b18	bb
5c32e970ce76	20210111083627	b18	bb
224c1c6ff491	20210111170111	b18	bb
f80da32721f2	20210111210120	b18	bb
b804f9f657bf	20210111220842	b18	bb
2192138125c7	20210112050059	b18	bb
623741e9c1d5	20210112050101	b18	bb
c7901fa3e466	20210112115821	b19	bb
11ceec1b243c	20210112172956	b19	bb
eae461ddf8e0	20210113163407	b18	bb
d0762ad3fa91	20210113211306	t539	bb
ba2a65124bdb	20210113211446	t399	bb
40525512cf35	20210113211451	t397	bb
6bbd3ca30bf9	20210113211636	t441	bb
b4570ab99c8d	20210113211641	t438	bb
c7a570ddfedd	20210113211835	t475	bb
734079328c73	20210113211840	t478	bb
f866939a235c	20210113212040	t511	bb
a1a652a556b5	20210113212045	t508	bb
25e8b5f54c27	20210114010100	b18	bb
b6d16d4e18e3	20210114095359	b19	bb
537eda74d850	20210114130407	b18	bb
fc034b4b7616	20210116050105	b18	bb
3bb4101a36e3	20210118183603	b19	bb
32850001d509	20210121005607	b18	bb
b72204b2445d	20210121071529	b18	bb
5c01a03456f3	20210122135714	b18	bb
2bce1731ebd3	20210126220452	b18	bb
8d3dc9e9ef79	20210126231456	b18	bb
84db31c178eb	20210126232932	b18	bb
9d369ea08410	20210126233142	b18	bb
e87f4d8d196e	20210126234925	b18	bb
ef84e4778584	20210127000807	b18	bb
7d78f8dc90b4	20210127001826	t540	bb
19f5fba7dd8b	20210127102237	m	bb
28611520a96a	20210127123127	b18	bb
362c4854a60e	20210127193656	b18	bb
5985bbb560c8	20210128004704	b18	bb
632943201323	20210128081211	b18	bb
b8b770f6b787	20210129063346	b18	bb
c8e0107904fe	20210129201247	b18	bb
ab82d40f6e85	20210130041207	b18	bb
b620e827abde	20210201190307	b18	bb
3147a30d7bb5	20210202201239	b18	bb
3c12da5d77e3	20210203002023	b18	bb
93ce9718ffcd	20210203041231	b18	bb
6a42ca30bacf	20210205022326	b18	bb
bf60d3faed60	20210205034220	b18	bb
100613764a76	20210206011112	b18	bb
0eaf14c16ed8	20210208182855	b18	bb
8aa3e0f68458	20210208202015	b18	bb
20732a1bc198	20210209155049	b18	bb
27dce7ccea22	20210209172155	t541	bb
627c12d00570	20210210135227	b18	bb
f146f0fa13f6	20210211220524	b18	bb
508a193d5a33	20210212010123	b18	bb
d1fdbcd4dc88	20210212193944	b18	bb
a9fe1e1ae984	20210213161841	b18	bb
36b22fd96caf	20210215094656	b18	bb
4c4207ac6fde	20210216050119	b18	bb
e8ab2528cab4	20210216051042	b18	bb
1d0cb03f5a02	20210216052050	b18	bb
a125444d4dc7	20210216074559	b18	bb
39da00799391	20210216172702	b18	bb
df50762b9f56	20210217012314	b18	bb
7279fc64d847	20210217172142	b18	bb
10def0e2452f	20210217213327	b18	bb
21dd7eaeef6c	20210217213328	b18	bb
fcf13f46df75	20210217213834	t443	bb
eac3e14b8aeb	20210217213840	t440	bb
d7ef9ca5dcfd	20210217214052	t480	bb
90332c819085	20210217214058	t477	bb
f8fe10dc2a74	20210217214316	t510	bb
10c94dc0299e	20210217214322	t513	bb
95701f0db40e	20210217231801	b17	bb
32f2d781f5b0	20210217232854	b16	bb
bb1d67da92d5	20210218095155	b18	bb
06efd86142bf	20210218110634	b18	bb
a7938423034d	20210218210736	b18	bb
48b276a58dba	20210218212736	t512	bb
05ea91240732	20210218212741	t515	bb
fa31d62bd042	20210219012156	b18	bb
12449b5492ee	20210219052155	b18	bb
62b9b26f6eb8	20210220205631	b18	bb
3d6ec322f287	20210222233818	b18	bb
1a6e9022ba69	20210223211429	b18	bb
f0b343266d8f	20210224012248	t542	bb
8f8241f9ef2d	20210224052204	b18	bb
b2fcf6bb0394	20210225042923	b1	xx
32a6ebfbede3	20210225122429	b1	xx
0ea7217dc75b	20210225142553	b18	bb
768a62f1248d	20210225151312	b18	bb
5d46949a09c6	20210226202601	b19	bb
c3c3d406ff1b	20210226212212	b18	bb
9e347785cf0a	20210226221739	b18	bb
6a251876df79	20210227012216	b18	bb
6767d6d39701	20210228101041	b19	bb
13e6cd336dd2	20210228221742	b18	bb
fcbadc8b4149	20210301212223	b18	bb
475f2c775f72	20210302001016	b20	bb
b4c5f2944a2a	20210302001016	b20	bb
dba85b7a7b56	20210302001016	b19	bb
b13f5948784a	20210302051447	b18	bb
149c501b9227	20210302193042	b18	bb
982571f05a06	20210302222112	b18	bb
2eb8aff5d3f5	20210303064710	b18	bb
a33729487127	20210303092632	b18	bb
e9b0f31f935b	20210303093134	b16	bb
f511eef1254d	20210303093615	b17	bb
9f9bfd997e11	20210303114452	b18	bb
37e7f4ab7332	20210303170955	b18	bb
2dec69cc244d	20210304002307	b18	bb
e0f03ac11e93	20210304002407	b18	bb
1cfb136f9050	20210304012214	b18	bb
a5abe9cdbfba	20210304035159	b18	bb
a71c2f12419c	20210304092307	b18	bb
9409f5796d38	20210304132206	b18	bb
0693903770a6	20210304145152	b18	bb
d21dde2a15e3	20210305004551	b18	bb
ec8fb0246c86	20210305012619	b18	bb
da66d1b7edd7	20210305030300	b18	bb
503eb33ae57a	20210305052211	b18	bb
0f6528b1f90e	20210305123904	b19	bb
28a5bed2b362	20210305123904	b17	bb
322fe85e8563	20210305123904	b18	bb
6dc9fe450c5b	20210305123904	b16	bb
a52149042f70	20210305123904	b15	bb
4f212856eab8	20210305132211	b18	bb
fcacc4b270ff	20210305132213	b18	bb
4c5ab17317f6	20210305154520	b18	bb
dbebceadf430	20210305160932	b19	bb
c36776731d36	20210305170410	b19	bb
9c787714aab2	20210305200505	b18	bb
9db6403e9d28	20210305213320	b18	bb
2de7d23dca0c	20210306072306	b19	bb
1745c9faaaff	20210306133319	b18	bb
75a1e7fffe07	20210306133322	b18	bb
21ee61730996	20210306231642	b18	bb
d2a6442e7d05	20210307052712	b18	bb
8df02b312ceb	20210307052715	b18	bb
b4932b529fd2	20210307052716	b18	bb
fa8f4cc307b8	20210307092416	b18	bb
476d5f996a93	20210307224910	b18	bb
5ca42dac0848	20210308115002	b18	bb
7fc57bbd482e	20210308212458	b18	bb
1ae4d6910a77	20210308212813	b18	bb
fa732dd4279b	20210309055458	b18	bb
aa6ddc8e87ae	20210309105441	b18	bb
c2779356a29e	20210309105444	b18	bb
57d5462f1c4c	20210309105448	b18	bb
db49dde90ff2	20210309105449	b18	bb
c45f5d471c7e	20210309105526	t543	bb
67d8c554b336	20210309143934	b18	bb
814c68cfbc68	20210309183940	b18	bb
6085ad09f2ca	20210309224750	b18	bb
d6fad70fcfbb	20210310024451	b18	bb
57471dea7cfe	20210310131651	b19	bb
9cd23e7ffc35	20210311050709	b19	bb
a5722b416f4b	20210311104446	b18	bb
2407de6b737d	20210312004040	b18	bb
e5c17fcdd1da	20210312005656	b18	bb
5f0702fefaad	20210312105823	b18	bb
f6ce18ae578c	20210313030403	b19	bb
03ebb2739bad	20210313112944	b19	bb
3579fb301225	20210315134724	b19	bb
aa707b1f819c	20210318003029	b19	bb
9b6f62d95a25	20210318170909	b15	bb
2138fc9d3872	20210318230804	t445	bb
e467912882c9	20210318230810	t442	bb
f3979e9a9fb8	20210318231030	t479	bb
7ef44463b2a6	20210318231036	t482	bb
05b7f154ae6b	20210318231257	t514	bb
b3e199b0ca6d	20210318231302	t517	bb
5783ea104074	20210319162828	b20	bb
0fd603dad0ef	20210319222820	b19	bb
1e560af23752	20210322165203	b19	bb
4b5d87d34b41	20210323153315	b19	bb
0d358cdc27c8	20210323204917	b19	bb
2dd6a2b6b8c1	20210324052528	b15	bb
2c40528ff5e5	20210324054356	b16	bb
e4b190ddafb5	20210324171040	b16	bb
dfd3d2ca6efe	20210324171649	b17	bb
b994da18bceb	20210325112331	b15	bb
53d96299a20a	20210325113035	b16	bb
717704b917f6	20210325113704	b17	bb
4820b5377791	20210325212937	b19	bb
2e2f04240b7d	20210326043142	b17	bb
c5659b5285e2	20210327032044	t575	bb
6c816ada5fd0	20210329000532	b19	bb
ac49e87f5a61	20210329000532	b18	bb
727d1bb06a76	20210329092905	m	bb
6be0785e0e32	20210329112528	b18	bb
9c4b7622bc6e	20210329112554	t544	bb
99b76eb9fb45	20210329112623	m	bb
efb421c4f9a4	20210329113716	m	bb
19a2bc614783	20210329115450	m	bb
ea6d89785130	20210329121420	m	bb
c8af929f7f6f	20210329152628	b19	bb
08715c7129b4	20210329193311	b15	bb
8b9f5901612d	20210329193902	b16	bb
720ea497dc06	20210329194426	b17	bb
3da4c9cb257b	20210330100956	b19	bb
a124236e6cc5	20210330100956	b18	bb
67a733549734	20210330141157	b19	bb
36954f768c17	20210331193941	b19	bb
4c82a566d33e	20210331193955	b19	bb
8269e414168b	20210401054416	b19	bb
307e3a38a167	20210401152202	b18	bb
fc03592e800b	20210402021757	b19	bb
54f0cda23456	20210402174254	b19	bb
d39ae5d18dba	20210407070614	b19	bb
7998e982ab8a	20210407143827	b19	bb
4f026b62abad	20210407144200	b19	bb
fb6fb2bdec43	20210408192743	t546	bb
b09a9ce3bf3b	20210408192749	t537	bb
c36b96a74bd5	20210408232117	b19	bb
c71768cb9189	20210408232118	b19	bb
ea390324ae94	20210408232121	b19	bb
50af76e8cd30	20210408232122	b19	bb
4841142cdc4b	20210408232125	b19	bb
064bf3ddb9f5	20210409032105	b19	bb
87154808e168	20210409045557	b19	bb
ce9fcb2fe087	20210409050746	b19	bb
af56ae8bf9e2	20210409073300	b19	bb
2f4b7a22203e	20210409073304	b19	bb
eaeb6e789c58	20210409073305	b19	bb
0e8029b27731	20210409115313	b19	bb
ebfab03aeb25	20210409152417	b19	bb
980164c05cea	20210409152420	b19	bb
0bb6464b1348	20210411032117	b19	bb
196e360f9b0b	20210411032118	b19	bb
945ba7136308	20210411032119	b19	bb
0cfeb7fda9de	20210411032915	b19	bb
ca138c86e8aa	20210412022754	b19	bb
2d8ed52d6081	20210412152829	b19	bb
44bedf8611f1	20210413072113	b19	bb
3faf50611626	20210414173046	b19	bb
73ae53dffbf2	20210415080038	t444	bb
31a7f2839e20	20210415080043	t447	bb
eb59782c13b0	20210415080238	t481	bb
7206ac4af57f	20210415080244	t484	bb
a7ddb2756e85	20210415080446	t519	bb
45dab53b9202	20210415080451	t516	bb
f7d41dd5f901	20210415154953	b19	bb
c8704063caa2	20210415222657	b19	bb
0c029ff945dd	20210415235004	b19	bb
b1c481c6d556	20210416004030	b19	bb
00131ab7d131	20210416035319	b15	bb
4e267f6cae31	20210416194931	b19	bb
d974964d1226	20210416194932	b19	bb
f19995f46d5b	20210417034925	b19	bb
8c8fa70f7a2a	20210417155731	b19	bb
0f9967bf694c	20210417160708	b18	bb
d45066f1d252	20210419143058	m	bb
928244b13ad2	20210419151325	m	bb
abc6b41ce31a	20210420054458	b19	bb
d60baad65c23	20210420154359	b19	bb
bee3e6b192b0	20210422034539	b19	bb
6db26dd413fc	20210427192823	b19	bb
776e60264393	20210503141154	b19	bb
39e54e70d012	20210508004045	b19	bb
56ee358feca9	20210511011204	b19	bb
22aa998def2b	20210512002622	b20	bb
906f6d916ecb	20210517122322	b19	bb
88929e8a2b30	20210517140252	b19	bb
8cb6ac7646d1	20210518100003	b19	bb
10997424fcfd	20210518102843	b19	bb
bfec2914ea57	20210518102847	b19	bb
db0131be281b	20210518102848	b19	bb
4e3d56081793	20210518102850	b19	bb
ae85206fc58c	20210518102854	b19	bb
d696ff0aadf6	20210518102856	b19	bb
071918f6b2dc	20210518102859	b19	bb
cfd0d8a10991	20210518102901	b19	bb
9c26abce6406	20210518102904	b19	bb
d3fbdeba9a5e	20210518102906	b19	bb
47b3cad4dece	20210518102909	b19	bb
b401b11652e1	20210518102911	b19	bb
e1f818cd3bbd	20210518102913	b19	bb
c85043500106	20210518102915	b19	bb
341f59a1cb7c	20210518102918	b19	bb
db078d2f1bfd	20210518102921	b19	bb
2ed8b3081056	20210518102924	b19	bb
9a82c6a51a32	20210518102928	b19	bb
3cca9d72c140	20210518102931	b19	bb
253f58be506d	20210518102935	b19	bb
da281643cfad	20210518102938	b19	bb
b4e8663d8bf6	20210518103021	t576	bb
9d37217d8535	20210518103729	b14	bb
fa3acefe68f3	20210518104342	b15	bb
772a768f43f2	20210518104343	b15	bb
aae0a5786f0b	20210518104420	t448	bb
a31487e3ef6b	20210518104424	t446	bb
ca39f0ea1da6	20210518105029	b16	bb
bedd036250b3	20210518105108	t483	bb
ec06da877346	20210518105113	t486	bb
357b3cd7a205	20210518105731	b17	bb
6f7bb01ba418	20210518105811	t521	bb
435503cb1009	20210518105815	t518	bb
c04de5262a9a	20210518110414	b18	bb
58854425ecd2	20210518110455	t545	bb
5884b251263d	20210518110500	t548	bb
940ff81aa02b	20210518131204	b19	bb
55854fadb1cd	20210518191528	b19	bb
03f765c56af0	20210518192254	b19	bb
36ff79f04844	20210518233147	b19	bb
a802afb537ef	20210519165929	b18	bb
c7a06444ea37	20210519165929	b19	bb
b0c8a7cef141	20210519191142	b19	bb
13cd91989c04	20210520031137	b19	bb
9edbd9bed316	20210520131717	b19	bb
e2b531141a1e	20210520155416	b19	bb
239ec44d74ac	20210520205419	b19	bb
dd8d430f4c7a	20210520231204	b19	bb
019c28bf01a1	20210521041826	m	bb
d1fa200aef5b	20210521071212	b19	bb
6d9b7db401ff	20210521071244	t577	bb
dab51bb570ed	20210521151332	b19	bb
614c59d0d64c	20210521191514	b19	bb
ffd8cfc5638d	20210521231753	b18	bb
5b0c7191ef6d	20210524071536	b19	bb
14a8f8ee001b	20210524101436	b18	bb
50a473ddd5d4	20210524101436	b19	bb
228dada99554	20210524151206	b19	bb
39cb8cd8c11d	20210524185628	b19	bb
7a2558413185	20210525140321	b19	bb
6b087d20f4db	20210526111606	b19	bb
07ab04df8dbe	20210526150134	b19	bb
fe090a55f17e	20210526150137	b19	bb
f5566ffc0e3e	20210526183124	b19	bb
507a20486ccd	20210526183938	b19	bb
0cb2597950e9	20210526191026	b19	bb
ccac4151908b	20210526225611	b19	bb
1930bf4db514	20210528150725	b17	bb
8a0dae8e6216	20210528150725	b18	bb
f2bdce0a84b7	20210528150725	b19	bb
cc4f429c89f1	20210528162007	b19	bb
b7739d8a138f	20210531094441	b19	bb
5e7391919a09	20210601013043	b19	bb
56494c9682c4	20210601154831	b19	bb
caa2ddeb897a	20210601194840	b19	bb
09dbda0b387f	20210602034813	b19	bb
9ffcd1697fdd	20210602192325	b19	bb
a3215d72fdf8	20210603191103	b19	bb
fd12ff341ff3	20210603225302	b19	bb
5ba99a7f8097	20210604051125	b19	bb
8e66c0aa219c	20210604051509	b19	bb
c18505fdb808	20210604065419	b18	bb
163d93098852	20210604065645	b17	bb
402f834d7ade	20210604065728	b16	bb
2a923d5fc64c	20210604074848	b19	bb
71f81dc71522	20210604114835	b19	bb
7801ce34b4b3	20210604114837	b19	bb
742abf77bc60	20210604114838	b19	bb
bbd71da939e7	20210604174526	b19	bb
fc210d907d99	20210604191248	b19	bb
ded678f91ed5	20210604195650	b19	bb
16f4fb3dbb57	20210604200237	b16	bb
74196508124d	20210604200829	b17	bb
b63b1ba7e44f	20210604201356	b18	bb
27d803afea81	20210607234853	b19	bb
dadd6c8b61bf	20210608195505	t578	bb
3ecbde32b774	20210608234838	b19	bb
25e061e062bb	20210609115824	b19	bb
01664895d1f6	20210609120508	b16	bb
67d3ebcc052f	20210609121107	b17	bb
6277e972ffb3	20210609121640	b18	bb
d5f964d7ae97	20210609194339	b19	bb
67de95ce2f81	20210610183602	b19	bb
fe825e696460	20210610183602	b18	bb
1bccfc8c6097	20210611014049	b19	bb
3c428dfbaa76	20210611190302	b18	bb
77d744302e1f	20210613162555	b19	bb
37ed584bedca	20210614211536	b19	bb
0ba74ec6bfe7	20210615140609	b19	bb
d412730e5f01	20210615164601	b19	bb
80617fc032e5	20210615220106	b19	bb
ead3c96c7db4	20210615230132	b19	bb
ef2d8844e4a7	20210616060116	b19	bb
728eec7196f1	20210616062715	b20	bb
46c1ad3baa10	20210616185100	b18	bb
c6c0ca0e1e60	20210616185100	b19	bb
c8ecd0ac2ac0	20210616185100	b17	bb
0a7756a24245	20210617020131	b19	bb
d478a5752d7b	20210617100647	b20	bb
eecff020f2c5	20210617102605	b19	bb
68eb0a2b5d51	20210617162443	b19	bb
5efefdcadb6d	20210617165822	m	bb
5454dbb242e6	20210617221346	t488	bb
3cb344ca3cb6	20210617221350	t485	bb
f3e5077d9b8e	20210617221602	t523	bb
723c49507182	20210617221606	t520	bb
2dbc57275959	20210617221826	t550	bb
6711973af1c5	20210617221831	t547	bb
0634aae8699c	20210618113604	b19	bb
848310b8332a	20210618191910	b19	bb
c8b4c1e4bd59	20210618203531	b19	bb
ca46d47734c8	20210618214805	b19	bb
eadbc45beb8b	20210618221148	b19	bb
3fae6f05ac95	20210619071903	b19	bb
04efcfc452fd	20210619200346	b20	bb
c374b402a012	20210620155243	b19	bb
e7ebdbcfc7e5	20210622073358	b19	bb
18b053fa9a65	20210622081122	b19	bb
5a30221e6ae4	20210622081358	b19	bb
cae8ad7d6b4a	20210622232553	t579	bb
acf46abf8c46	20210623171817	b19	bb
50ffc02e9b4d	20210623173058	b19	bb
e56c7dcd3658	20210623215514	b19	bb
f54e1433f89d	20210624234552	b19	bb
dae61bee3a0a	20210624234554	b19	bb
68518116c3f3	20210625072552	b19	bb
30cd4e9a49e2	20210626020810	b19	bb
e68c673b3cae	20210628114532	b19	bb
dba1c9aa68dd	20210628145657	b19	bb
f00874ad9330	20210628145802	b19	bb
023db45d65f5	20210630015242	b17	bb
58234552b992	20210630015534	b18	bb
fce858c6d299	20210630015834	b16	bb
83ade40bcbe8	20210630023300	b19	bb
45d107794c82	20210630214602	b19	bb
e9d2f61609b1	20210630214605	b19	bb
843bb800b12a	20210701054555	b19	bb
9a97b3863287	20210702033432	b20	bb
ca3a47f0b44a	20210702094607	b19	bb
690f06e07a75	20210703000511	b20	bb
d94a75669bd8	20210704143632	m	bb
b7e5fce70647	20210705135555	b19	bb
607f5b2679fe	20210706080242	b20	bb
68cb2ddef93f	20210706214629	b19	bb
4339f1ba5ffa	20210707054637	b19	bb
e679b1fb3790	20210707082205	b20	bb
266e43aa73df	20210707173919	b19	bb
b2678640329d	20210707174930	b19	bb
8abac606c424	20210708014645	b19	bb
7525c0e37a6f	20210708015658	b20	bb
69e00b04ba4c	20210708094636	b19	bb
b0fe31035f0e	20210708174731	t580	bb
f0bc45ffb439	20210708214809	b19	bb
7a90b08589bb	20210708214810	b19	bb
6a1c1a666cc9	20210709182441	b17	bb
76511570da84	20210709194604	m	bb
9ee1ae5c8765	20210712062501	b16	bb
235fdccdc92a	20210712063100	b17	bb
fefd2ad85b0e	20210712063639	b18	bb
398a64c25b5f	20210713065040	b20	bb
b3d72823cbd0	20210714123512	m	bb
ef1d5d2691a6	20210714163456	b19	bb
5d4570c9e034	20210714185416	b20	bb
d3b97581d2e2	20210714222933	b19	bb
8a233ea759c5	20210715022742	t581	bb
2406d2208b9f	20210716001550	b20	bb
ea6aba233469	20210716023841	t490	bb
005cbda6d5ff	20210716023845	t487	bb
5a7ec96624ef	20210716024050	t525	bb
04cd3cba9493	20210716024054	t522	bb
4b2319dc3d30	20210716024304	t552	bb
e33707782915	20210716024308	t549	bb
e8ab90a2ea12	20210716202233	b18	bb
4389b4f36a27	20210716225339	b20	bb
f316b7b5f5b5	20210719200427	b20	bb
6728ebaf13ad	20210719205050	b20	bb
1b1afde6e100	20210719220643	b20	bb
ac207faedfb6	20210720142725	b20	bb
305b0bc3db28	20210720212902	b20	bb
784e3fbb2f60	20210720215937	b20	bb
ce5acd8c1d85	20210721062745	t619	bb
b5bb80748afb	20210721225757	b20	bb
1e037e8d981a	20210722183257	b19	bb
8ee144aefe5e	20210722183323	t582	bb
0ae31f68fd30	20210725093158	b20	bb
3e35ef93c084	20210726101522	b20	bb
c63d830a9209	20210726140031	b20	bb
23071d64f024	20210726140518	b20	bb
10ec23191488	20210727012503	b20	bb
d4454993f451	20210727204640	b20	bb
ba2f26324b6b	20210727212349	b20	bb
dfebd379cf58	20210727223138	b20	bb
f93fe2d9cfd6	20210729063250	b17	bb
ccdebc23f744	20210729063734	b18	bb
bcf88f084d9b	20210730022736	b20	bb
aade4d8106e3	20210730163814	b20	bb
e0129e64d41b	20210730225051	b20	bb
5629b666e53e	20210803001025	b19	bb
90bee3280066	20210803153139	b20	bb
d73e40f207d9	20210804195432	b23	bb
08f4e4eea5ca	20210804201213	t584	bb
b7a07ff768c8	20210804201218	t574	bb
3c86d4a9204c	20210805040553	b20	bb
2d8e7610481b	20210805080551	b20	bb
fa98c048508e	20210805080552	b20	bb
496c39018217	20210805163943	b20	bb
67fba22bfef8	20210805163943	b19	bb
0f5acb8c39dd	20210806000600	b20	bb
b7569257b24f	20210806201705	b20	bb
a9a86ad8648c	20210809024853	b20	bb
150ce54105bd	20210809160556	b20	bb
e89f211c9a66	20210810042145	b20	bb
0e777992cebe	20210810213728	b16	bb
21ff407b62a9	20210810213728	b20	bb
a2a63282107b	20210810213728	b18	bb
d35f07af1803	20210810213728	b19	bb
f1c0c4f47182	20210810213728	b17	bb
81fcb4fde1db	20210811040555	b20	bb
044192f4ee9b	20210811040556	b20	bb
19db02e78802	20210811160603	b20	bb
e311efc92310	20210811220207	b20	bb
484a294726c7	20210811220339	b20	bb
9fc4b7230cd2	20210812001713	t492	bb
b8162dce9e91	20210812001717	t489	bb
15d2b5d7f164	20210812001914	t527	bb
d172f2b3f74e	20210812001918	t524	bb
233022c7803c	20210812002121	t554	bb
a2642abd5c72	20210812002126	t551	bb
d6c83109f030	20210812120555	b20	bb
61ae14a89618	20210812121707	b20	bb
624e6827e688	20210812211311	b20	bb
9d15ff74ca12	20210815094837	b20	bb
0c0d853c0f7a	20210816210724	b20	bb
a3cb7044256f	20210817141340	b20	bb
d2b8b64fb630	20210817154147	b20	bb
2961e1de2c13	20210817200704	b20	bb
d7354b1a3ef0	20210819201115	t620	bb
baa50a8a4f60	20210819201356	t586	bb
35bf219cc609	20210819201401	t583	bb
284a0d5a7385	20210819211135	b20	bb
a6edfabde74b	20210819231614	b20	bb
e475734066fb	20210820020626	b19	bb
9c45b4b2bf7b	20210820040659	b20	bb
e88163c22472	20210820160655	b20	bb
590eaed90a85	20210820200723	b20	bb
7a08020ed251	20210821022030	b21	bb
4d7bb68fef5b	20210821161216	b19	bb
33eff64a05b0	20210822110318	b23	bb
de4dd3aaf379	20210822112736	b23	bb
f100d864014e	20210822131930	b20	bb
6e9eb81c4422	20210823023629	b20	bb
b1403d113abc	20210824160736	b20	bb
3dc80a3333cd	20210825040738	b20	bb
0c4682e95603	20210825095525	b20	bb
b9fa896d5ded	20210825162626	b20	bb
349943492f45	20210826124958	b19	bb
e529a15dbcef	20210826124958	b20	bb
b350fc31ceb9	20210827200652	b20	bb
a6277bbabf23	20210829094558	b20	bb
1816a40bbb59	20210829110604	b20	bb
7c967224b788	20210831121224	b18	bb
ce70fecbf8e9	20210831160713	b20	bb
a31b18a6ac98	20210901080746	b20	bb
2ac20a65c761	20210901133859	b19	bb
b86695770f99	20210902060254	b20	bb
588f1f184561	20210906153527	b16	bb
4115bcf92d1a	20210906154128	b18	bb
180e34d83f18	20210906193546	b17	bb
972da7b63619	20210906194141	b19	bb
33e23edf0909	20210907084507	b20	bb
c209a2e2bc53	20210908111040	b20	bb
0659305cf9c1	20210908183159	b20	bb
84f9a96f0692	20210909033324	b20	bb
f0bcda0dcef0	20210909053725	b20	bb
dbb2afa6ab97	20210909114343	b20	bb
14a51589c3fe	20210909143859	b20	bb
92773dec0039	20210909233348	b20	bb
8d49a0b94016	20210910073730	b20	bb
9026029b9a9b	20210910114230	b20	bb
f34af1a39fb1	20210910132723	b20	bb
9b975914569c	20210911033357	b20	bb
e4babf586468	20210913101242	b20	bb
b36b60b6782c	20210913153425	b20	bb
45fb834fedea	20210913153427	b20	bb
2f46a8a991f1	20210913154917	b17	bb
528ab4ff6516	20210913154917	b19	bb
5960e3c05a3c	20210913154917	b20	bb
9ab290c347b5	20210913154917	b18	bb
29730ab4f5aa	20210913233538	b20	bb
2f21912570e2	20210914015353	b20	bb
7f47bbe3fe3a	20210914015353	b19	bb
efa1980cd438	20210914015353	b18	bb
f7fb3aa62b48	20210914015353	b17	bb
bf0611c8ecb1	20210914033508	b20	bb
a5f006eba4a8	20210914033510	b20	bb
2ed3e42c4361	20210914033512	b20	bb
dfce9f4527d8	20210914222036	b20	bb
973eb806bc61	20210914225109	b19	bb
a74b16578a02	20210914225109	b17	bb
c812fae4b4d9	20210914225109	b18	bb
eb364c77d86d	20210914225109	b20	bb
1c1f11726e34	20210915035358	t621	bb
7e5e2e07433c	20210915074416	b20	bb
608b5216df92	20210915085856	b20	bb
8f8a83c9084d	20210916195608	b20	bb
01243dd50efd	20210917093609	b20	bb
0866d9668796	20210917115542	b20	bb
efdf0580f080	20210917115544	b20	bb
8a7aa8763006	20210917120200	t491	bb
3204a0b2f52c	20210917120204	t494	bb
1b513f4f3d08	20210917120414	t529	bb
96cb04b0e71f	20210917120417	t526	bb
32851927df20	20210917120628	t553	bb
77169906fed1	20210917120633	t556	bb
a4e27104a2f8	20210917120850	t585	bb
47340e5a44dc	20210917120854	t588	bb
98470c83bc00	20210917235132	b20	bb
cc7616029c18	20210918074255	b20	bb
4fc3881b7ffe	20210920154904	b20	bb
191e5dc23bf9	20210921074302	b20	bb
79916c54e183	20210921074304	b20	bb
3a10028e857c	20210921083843	b20	bb
721036c908bf	20210921102343	b20	bb
7cbd2d5c7a8c	20210921154424	b20	bb
c702a411d182	20210923070959	b20	bb
463b3d12bb92	20210924124656	b20	bb
e61d0d5d52a5	20210924132401	b20	bb
68daa7cdd671	20210927063423	b17	bb
1d060b21fee5	20210927064823	b18	bb
36ef1697870d	20210927095136	b19	bb
372575c38a08	20210927154334	b20	bb
b7ec70cb3372	20210927194320	b20	bb
881e30ae78fb	20210928065327	b20	bb
439294e1c4d4	20210928082352	b20	bb
a0628957da2a	20210928100734	b20	bb
9646a08c721c	20210928163727	t622	bb
93c09c31552d	20210928170639	b20	bb
f1b4ce1ec01e	20210928203618	b20	bb
9bea344c4a1f	20210929003647	b20	bb
6d070ad4a873	20210929083629	b20	bb
fe0e5b13da25	20210929123603	b20	bb
b3f71e47c412	20210930003635	b20	bb
235fd365aba0	20210930134535	b20	bb
f582d43dbda4	20210930233223	b21	bb
dbfa30b9d908	20211001003700	b20	bb
7159ac8cf1b3	20211001154821	b20	bb
f71d2554c374	20211001163650	b20	bb
58e9421085ad	20211001183504	b18	bb
1cbb8e6f5515	20211005003654	b20	bb
3511ef41b1fb	20211005163711	b20	bb
90c6a46b3248	20211006104046	b23	bb
b01669a62d42	20211006125154	b18	bb
3fc097df6b87	20211006163948	b17	bb
cd49ed727a6b	20211006164548	b18	bb
fd09dceb88e1	20211008221704	b20	bb
bb294ffaf017	20211008222138	b20	bb
93595145a26b	20211011081646	b20	bb
7697067af710	20211011163815	b20	bb
c5a13930288d	20211013051524	b20	bb
c64db8cfcfbf	20211015034520	b20	bb
fa4ee2502f44	20211018123648	b20	bb
12956a0d5385	20211019135858	b20	bb
30025c3fbc7f	20211019140053	b20	bb
5fca705b7d23	20211019231231	b20	bb
4d53a8ddbbff	20211020043030	b20	bb
88713b741f58	20211020163734	b20	bb
4154d814be86	20211020203703	b20	bb
9af7db3c250c	20211021123357	b20	bb
d8ccb0e45466	20211022043623	b20	bb
816febed6891	20211022131347	b20	bb
56656ba0e04f	20211022203833	b20	bb
1e6b5d960ddd	20211026032045	b20	bb
651ddcb5a2b9	20211027003826	b20	bb
f440adf500cd	20211028045421	t493	bb
29bbbadbe1e8	20211028045426	t495	bb
e4148da02a3f	20211028045643	t528	bb
3355712e6b55	20211028045647	t531	bb
966a914f9f2e	20211028045915	t555	bb
a9a7c2e2818a	20211028045920	t558	bb
006da668df1f	20211028050159	t587	bb
978dc252443d	20211028050205	t590	bb
dd4008cc8eae	20211028121049	b20	bb
c151c2c68885	20211028163848	b20	bb
5be956ba48bd	20211029083953	b20	bb
fd0a0345b3ea	20211029203755	b20	bb
6f28fe1a5835	20211029215952	b19	bb
d92ef13286e2	20211029215952	b20	bb
2f5d8b0c528d	20211030045615	b20	bb
1eb815026ae7	20211031171649	m	bb
871103e61354	20211101170000	b20	bb
8d0429e6495b	20211101180809	b20	bb
e57f40404feb	20211102163907	b20	bb
1480773207cf	20211103043836	t623	bb
980663e185ab	20211103203847	b20	bb
6d49694c4453	20211104003836	b20	bb
547d6c809a17	20211104131153	b21	bb
50900ef0b5e5	20211105111009	b20	bb
26d331c3993f	20211105112223	b20	bb
06eaec4d0058	20211105135322	b20	bb
9b0b23a8ade2	20211105164225	b20	bb
6d69eb8ad66c	20211108163918	b20	bb
4b3bec4f5da7	20211109003003	b20	bb
3f162fe9e96a	20211109010659	b23	bb
2064e72179a1	20211109075333	b19	bb
5d42009b666a	20211109204805	b20	bb
573578b082c8	20211109205613	b18	bb
542d13475bab	20211110015506	b18	bb
2cd3643e6a53	20211110021031	b17	bb
61a7d9d6e1ab	20211110070935	b22	bb
f5f28c4de4bf	20211110072543	b24	bb
31e7d402a33a	20211110073023	b24	bb
0f292167c673	20211110112629	b20	bb
843baa6c33dd	20211110152704	b20	bb
e627be7959e7	20211111073227	b20	bb
7e4462aced1f	20211111073827	b17	bb
11b69c913ff3	20211111074410	b18	bb
362cd0f884a1	20211111075125	b19	bb
c643e4723531	20211112160057	b20	bb
ecfd45a4d9b4	20211113161402	b20	bb
2f764f976bf2	20211115170500	b20	bb
0ed96f33a93c	20211115235459	b20	bb
5b8ad0da8eee	20211116155758	b20	bb
2e69bf9be06d	20211116155852	b20	bb
d62dc4e20e3d	20211116180031	b20	bb
28b1932f622b	20211116192514	b20	bb
34c99305b594	20211116215418	b20	bb
d9ceca58715c	20211116232531	b20	bb
f5d063cf7a3a	20211117020543	b20	bb
e2c9d634d6ba	20211117032455	b20	bb
3f38fd30fc59	20211117032457	b20	bb
cc8a98c5db37	20211117192527	b20	bb
51a4fd4aee68	20211117192529	b20	bb
2a70348ebbfc	20211117233644	b20	bb
04f047787279	20211117234330	t530	bb
ec00e2043fc1	20211117234335	t533	bb
f23ee3463a87	20211117234610	t560	bb
fb2d02d49d1c	20211117234615	t557	bb
29f81448d77a	20211117234857	t589	bb
cb7bb39ed556	20211117234901	t592	bb
10e087ca394e	20211118152516	b20	bb
a8ff96d88763	20211119030614	b21	bb
9a8226511c90	20211124112618	t662	bb
38ad8362273b	20211124153224	b21	bb
3f1288c57ffa	20211124153224	b20	bb
a1540622fe79	20211124153224	b20	bb
ad95a77727e6	20211124232522	b20	bb
c8a8ad54a605	20211125012903	b21	bb
0d944767ecd1	20211129143731	b20	bb
115ee0e4756c	20211129143731	b21	bb
91177d7e4d99	20211129212322	b21	bb
2f5ae78650b6	20211201182537	b21	bb
1d1035d4c3fd	20211202044446	b20	bb
ec75a70358b7	20211202193636	m	bb
f1d7f5c8cdd9	20211203014152	b20	bb
0e6a989bc472	20211203090722	b21	bb
1218545a5b5b	20211203090723	b21	bb
d85d0d914a32	20211203090726	b21	bb
f3c25ef2e88a	20211203092021	b20	bb
17bbf03b1c00	20211203092023	b20	bb
009116621ded	20211203092046	t624	bb
c752eaaf0549	20211204050413	b20	bb
47c31d6d28e1	20211204090947	t625	bb
276ea3ed9799	20211207153832	b21	bb
2dfb96932c92	20211207211022	t627	bb
2371cfb50000	20211207211026	t618	bb
2b59dabd4c32	20211207235846	b21	bb
c713f38723cb	20211208050435	b21	bb
8bffd27f0ac1	20211209051034	b21	bb
54b7c48717e8	20211209051101	t663	bb
110639035d33	20211209104627	b21	bb
e2c62ff0c0d7	20211209111101	b21	bb
cbd965eeb4c8	20211209170923	b21	bb
464c8e2c41c5	20211209192003	b21	bb
096f1fdd87d3	20211209211038	b21	bb
5a537879c248	20211210005954	b21	bb
70f09c49434d	20211210023126	b21	bb
b945f6e77e16	20211210093131	b21	bb
b63089930a46	20211210115455	b21	bb
d333414f843b	20211210163902	b20	bb
8e1bfd23933e	20211210164744	b19	bb
936c00ffa32c	20211210165644	b18	bb
6919fc571d51	20211210172422	b21	bb
80a3c86bdd29	20211210172425	b21	bb
73f2731e23b7	20211210201850	b21	bb
df7985199b11	20211213143811	b21	bb
056a9de35397	20211213171958	b21	bb
640fc0866f65	20211213213140	b18	bb
ea750b152e20	20211213213826	b19	bb
72a8f7483f27	20211213214450	b20	bb
60960963915d	20211215012040	b21	bb
d7ed9408c887	20211215212735	b21	bb
f3a17ade26de	20211215213359	t535	bb
514a6dfd2244	20211215213402	t532	bb
d07b1c39c279	20211215213624	t562	bb
66dc0ea2c0e2	20211215213628	t559	bb
a406c9342705	20211216173249	t591	bb
1398cf19e10f	20211216173254	t594	bb
5cc33587b089	20211216173539	t629	bb
4ae0d1917adf	20211216173544	t626	bb
416ac2010798	20211217132359	b21	bb
50aa9bbadbb0	20211218204157	b21	bb
dade88bed784	20211218205539	b21	bb
a6257fdee400	20211220212102	b21	bb
782ff783b635	20211222012041	b21	bb
7e062f8fa487	20211222081409	b21	bb
1f10368e31ff	20211231231518	b23	bb
3bf0eac27458	20220103155947	b21	bb
5754d8fddffe	20220104160532	b21	bb
584bf4e4e802	20220104160532	b19	bb
8ae6aa22f315	20220104160532	b20	bb
b5ec362b48a5	20220104160532	b18	bb
8344b1c856d6	20220104212110	b21	bb
652454249967	20220105092046	b21	bb
255c79651356	20220105172055	b21	bb
81c3757ed97d	20220106013827	b19	bb
7bce839a5df1	20220106060428	b18	bb
3074be12fea7	20220106134115	b20	bb
3480737c9ed8	20220108143923	b21	bb
ce2cb9992d30	20220109132951	m	bb
b025abaeaaa9	20220110092052	b21	bb
a806c6e4fd02	20220113103326	b21	bb
23e2d9e87eca	20220113212138	b21	bb
07be351f6b9d	20220114052534	b21	bb
aab0bb899ea1	20220114164107	b21	bb
1d723a95446f	20220114183023	b18	bb
3c9082ae5bac	20220114183023	b21	bb
a33ed41d67cc	20220114183023	b19	bb
f739adfab190	20220114183023	b20	bb
61ce20e08d2d	20220114183144	b21	bb
8cbaa2fa3a73	20220114183144	b18	bb
920722c69cbc	20220114183144	b19	bb
94fb0d02e401	20220114185850	b20	bb
092b54e6e535	20220114212508	b21	bb
3618ec55f4a8	20220115012143	b21	bb
063236fc6033	20220115040216	b17	bb
414618c60b95	20220115054129	b18	bb
b3fbf6e0969c	20220115054131	b18	bb
558b2209077f	20220115054819	b19	bb
857d6f1290cb	20220115055430	b20	bb
74d341032456	20220115132708	b19	bb
f157a09b378d	20220117142844	b21	bb
664b1a6c8ce9	20220118100308	b21	bb
561c55c5a60d	20220119114753	b19	bb
42bda1a0ce72	20220119115154	b20	bb
ae5b2b8fbfd2	20220119143033	b21	bb
dd71ff2e3904	20220119165539	b21	bb
54928eef9f82	20220119194042	b21	bb
1b9f43a6c0b4	20220119213802	t534	bb
744a562811a9	20220119213805	t536	bb
32996ed2dfeb	20220119214014	t564	bb
e1e98b3fc038	20220119214018	t561	bb
c76a06cc7d39	20220119214235	t593	bb
edbee042b2ff	20220119214239	t596	bb
c096072e3835	20220119214506	t628	bb
71ab4ad9b1df	20220119214510	t631	bb
909a4591e80d	20220120012148	b21	bb
b70ee0aa9aa1	20220121012216	b21	bb
3255cdcd9cf0	20220122012155	b21	bb
be23bb76ca28	20220124172954	b19	bb
0f7ee7041f40	20220124173639	b20	bb
7f0455096073	20220125012153	b21	bb
b28e5dc3384c	20220126012819	t630	bb
bf4fd4124df3	20220126012823	t633	bb
93a63158d4aa	20220127062826	b21	bb
f0e6f666f7f7	20220127085145	m	bb
fabff6a31456	20220127090056	m	bb
5b56e4a504b3	20220128075043	b21	bb
1f90b3157370	20220128090132	b21	bb
470c93d04c17	20220131072342	b21	bb
2ae866c09b24	20220201172329	t664	bb
f4bf7599b4b1	20220201203110	b21	bb
8f44946f6cbe	20220202172021	b21	bb
af150e16675e	20220203060230	b21	bb
4c892f8a5d6e	20220208175448	b21	bb
6964e37acfd3	20220208215616	b21	bb
6f7b0ae69e19	20220211073354	b21	bb
b74c541cff29	20220211180521	b21	bb
f19a514ff523	20220211195019	b22	bb
a7d2e0118033	20220215060521	b21	bb
20e1b926f00d	20220216020632	t665	bb
9175c47d1738	20220216111747	b21	bb
83bb1e3ff26c	20220217155155	b21	bb
1dadc608ceb1	20220217181847	t563	bb
9aa2c30a2779	20220217181851	t566	bb
5d4a51ea95b1	20220217182112	t595	bb
4aa19c417a3a	20220217182116	t598	bb
3ade1645e92a	20220217182347	t635	bb
b425fb657986	20220217182351	t632	bb
34f3aff43e4f	20220217215745	b21	bb
41e0447e7728	20220221180547	b21	bb
e4ecde2cf0c3	20220221185323	b21	bb
fbd8e9aa52a6	20220223000540	b23	bb
b32b6a7d22a5	20220223121159	b21	bb
5463dac0a926	20220223220918	b21	bb
cc43a708a08e	20220223220919	b21	bb
6de25c9d7fec	20220224173332	b18	bb
60cd5cbc0179	20220224221106	b18	bb
147848c45286	20220224222801	b21	bb
d2388d199c36	20220228172209	b24	bb
8e46da3fd12b	20220301020630	b21	bb
7d7fd497a009	20220301165116	b21	bb
6ece0de2d5e0	20220302064319	b21	bb
eb103e0abf62	20220303122547	b21	bb
9c049623c2ae	20220304143953	b21	bb
8c38cf359a5f	20220305000858	b21	bb
0a04e978b0c1	20220307221159	b21	bb
2f52a105e63e	20220308221144	b21	bb
bc80095311d9	20220309075739	m	bb
8466742678e5	20220310054911	m	bb
c7b56a1e28ae	20220312100657	b18	bb
6b59aa0b4ad4	20220314055617	b21	bb
ab732f5dd632	20220314181218	b21	bb
7c9347d38685	20220314225756	b21	bb
186c332c7b96	20220316033621	b21	bb
2bba973d33b5	20220316080345	b21	bb
6889a6b513d4	20220317022426	b21	bb
a91257a935bf	20220317023055	t565	bb
9a4d11f287f5	20220317023100	t568	bb
45f3f81036d3	20220317023328	t600	bb
364906732220	20220317023333	t597	bb
7390aacfebf4	20220317121943	b21	bb
b6f49c155490	20220317121943	b20	bb
0f3c7919bf3a	20220317150310	b21	bb
a26f2df3da21	20220317150310	b20	bb
a34beeba71ef	20220317182749	b21	bb
14e253c7f845	20220317183500	b21	bb
28b9e26d5f26	20220318171611	b21	bb
70889063d236	20220318171658	b21	bb
c47b8028952e	20220319171433	b21	bb
3ac142e26bc6	20220319171434	b21	bb
97582f25c9fa	20220319173003	t634	bb
b14f5f227c1d	20220319173008	t637	bb
f624f8e7708b	20220321164827	b21	bb
dedf7ce61c9b	20220321212044	b21	bb
c55e66b5a878	20220322050743	b21	bb
66c153f4e749	20220322170852	t666	bb
018cf8ace678	20220322174056	b21	bb
a1a133ba909f	20220323170724	b21	bb
c012194d06e2	20220324012159	b21	bb
f549acf3ce47	20220324064720	b23	bb
d82e1fd88416	20220324091241	b21	bb
cf06297a8914	20220324091244	b21	bb
83029168ccfc	20220324141106	b21	bb
97bcbe75489d	20220324171227	b21	bb
f4f092dbe05b	20220324171229	b21	bb
af0252eed9c0	20220324211221	b21	bb
ef44f112dbd1	20220324221108	b21	bb
b307538aa1ea	20220325051238	b21	bb
a9a65da8a977	20220325131746	b18	bb
b626b5b2e9b1	20220325172124	b19	bb
ad6be0fa0b1e	20220325172750	b20	bb
ed2838156aa6	20220326011237	b21	bb
23ab4aec8e31	20220326011238	b21	bb
e0aaa37e5ac1	20220326091246	b21	bb
1933a66cdc6f	20220326211252	b21	bb
402aa66c5cad	20220327011239	b21	bb
27f72fc0bcf5	20220328170756	b21	bb
1110612dc6e5	20220328171824	b18	bb
400b1becd379	20220328195903	b21	bb
4fdf361910a9	20220328202046	b21	bb
01ab7fb2112e	20220329004049	b21	bb
92adc4de69c6	20220329011302	b21	bb
fa08fc21f55f	20220329014034	b21	bb
11ca265357ae	20220329051259	b21	bb
94a1081fafd8	20220329091314	b21	bb
1ca54d7d5b68	20220329170926	b19	bb
7763f75022ed	20220329170926	b20	bb
d8531f5ff06c	20220329170926	b21	bb
0c2c70825758	20220329173513	b20	bb
e540ebe9940f	20220329173513	b21	bb
0c14d0c48569	20220329211335	b21	bb
9cfda74c80a4	20220330011324	b21	bb
b1e85f6f0092	20220330051330	b21	bb
1cab68940f2d	20220330065210	b21	bb
9b9e45fc6da0	20220330065210	b20	bb
ed7d154cc2b1	20220330081941	b22	bb
f699049d30f7	20220330125048	b21	bb
488e9bb0516e	20220330131325	b21	bb
092a109b2b10	20220331051643	b21	bb
8041ba924b53	20220331052255	b20	bb
a475c2871397	20220331091936	b20	bb
c301d448ce6a	20220331092657	b22	bb
12b37409eb1a	20220331131409	t667	bb
8a672f0fd284	20220331171325	b21	bb
1f8debfcd27e	20220401161725	b22	bb
33011f14874f	20220404211337	b21	bb
af4295f5013b	20220404234936	b21	bb
0a8215618616	20220407035340	m	bb
f9fdccdfc3a4	20220412150035	b22	bb
4eab6be14c81	20220412202415	b22	bb
28ccde769fc5	20220413164420	b22	bb
152e68ff1371	20220417075533	b22	bb
24b3ebb27a01	20220420044204	t700	bb
901d5e1a6a75	20220420165253	t567	bb
fffef05ce3d7	20220420165257	t570	bb
686b396dc068	20220420165542	b21	bb
961d812034f6	20220420165613	t668	bb
8a58a371c454	20220420205322	t599	bb
d72e159a150a	20220420205327	t602	bb
eb5f349e1170	20220420205613	t639	bb
be758edd136e	20220420205618	t636	bb
5a9c3acf9dc7	20220421183921	b22	bb
28c4a4d40f39	20220422012116	b22	bb
748150502ed6	20220422012449	b22	bb
b458b6bf143d	20220422205848	m	bb
fbee0e2c8835	20220426225755	t669	bb
70ef8a2614fd	20220503224059	t671	bb
cab7ba1d4a52	20220503224104	t661	bb
2cf1a8ffd6db	20220504023308	b22	bb
211d8a7adfdc	20220504103255	b22	bb
671a40c59fca	20220504103257	b22	bb
ccff9638f34a	20220504142741	b22	bb
ac3e4baf0fca	20220505013206	b22	bb
a8fbc496ab56	20220505013730	b22	bb
28feddd66ca9	20220505014120	b22	bb
631da0c65f86	20220505014522	b22	bb
f4c553f30d01	20220505023308	b22	bb
bb66d8065b31	20220505103313	b22	bb
c0ab12afa7f1	20220505103316	b22	bb
b69a16cf38a5	20220505153024	b23	bb
7c5b74295ff7	20220507183325	b22	bb
24209264f769	20220509183031	b22	bb
5bb1a76702b5	20220510045449	b22	bb
b4b8e5e1e565	20220511040600	b22	bb
c1846f372462	20220511041311	b17	bb
77f63643f951	20220511125810	b22	bb
1f7dc8805fea	20220512134804	b22	bb
ef63e495baf6	20220512233552	b22	bb
876406445a9b	20220516233330	b22	bb
0bc005e72ff1	20220517200918	b22	bb
71b8c174e433	20220517211926	b22	bb
33115b49ac5c	20220523084741	b22	bb
2ba9c1334a71	20220525005330	t572	bb
3ec795807b1a	20220525005334	t569	bb
7c5c1b3bc508	20220525205416	t604	bb
066e0bd559c6	20220525205421	t601	bb
629672ad6b23	20220526005427	t641	bb
2ed1d941824c	20220526005432	t638	bb
b182cb7ade98	20220526045506	t673	bb
246c54064332	20220526045511	t670	bb
cf13620092b8	20220526124814	b22	bb
79c4b4060a9f	20220527131330	b24	bb
f88de91ae5c1	20220530124808	b22	bb
cf0ba1309631	20220602140329	b22	bb
a00e9abf6c87	20220606180829	b22	bb
6c527403caad	20220607091346	m	bb
5ce7078061b5	20220607195316	b22	bb
9445f86b9d5e	20220608101242	b27	bb
87a5b7b3b7a4	20220610235149	b22	bb
7e1edab3f7bc	20220611152708	b22	bb
08b4bbc4f60b	20220612003940	b22	bb
d4fc9af2dfad	20220613075149	b22	bb
2a9f95519059	20220613195210	b22	bb
e0fa50410b8f	20220614050847	b22	bb
830d4c462418	20220614195233	b22	bb
79c893df5ad3	20220615121724	b28	bb
acab036eff57	20220615235819	b22	bb
57e697707f0b	20220616035804	m	bb
ecdc8bf7296c	20220616070754	b23	bb
b3a61c67310d	20220616070920	b23	bb
f71ee81953e6	20220616075236	t701	bb
5a25eb0de893	20220616175403	b23	bb
b39b5b7d180c	20220616195830	t603	bb
098bb3c53725	20220616195834	t606	bb
699f80142aab	20220616235831	t643	bb
14fa49e736dc	20220616235835	t640	bb
106642ea7772	20220617040123	t573	bb
9e3273fe2f25	20220617040127	t571	bb
e6527b4c7ac9	20220617040412	t675	bb
7e9c304fe772	20220617040417	t672	bb
e2ef40870b80	20220618162250	b22	bb
123d4e7e3819	20220620135250	b22	bb
64585cf823c1	20220622032607	b22	bb
cb4a10df41c4	20220622142951	b22	bb
9ac8bfecbb78	20220622153040	b22	bb
0647d4337210	20220622195310	b22	bb
899bcd740913	20220622235240	b22	bb
8dfe88aeffaa	20220623035328	b22	bb
4e28921c868f	20220624114432	b22	bb
04f67d5d4f90	20220624142508	b22	bb
1b23c1577ad2	20220625162343	b22	bb
3e2b7faabe64	20220626153029	m	bb
0d78d565d939	20220626154113	m	bb
f5b6af45630a	20220627195245	b22	bb
6a58c3a5c7e9	20220628075950	b22	bb
456981240ef9	20220628235339	t702	bb
1ea239faa5d1	20220629021549	b22	bb
76fccca0ea98	20220629024058	b22	bb
a16e76eb69cc	20220630195635	b22	bb
506ef8944cd0	20220707052922	b22	bb
26b506437f0b	20220707105408	b22	bb
f2950329914a	20220707105825	b22	bb
7f7dbbc80afd	20220707171357	b22	bb
828c3cb11b78	20220707194351	b22	bb
3b969f96803f	20220708012316	b22	bb
84e1219642e1	20220712024656	b22	bb
2f582c2a405c	20220712094137	b22	bb
59fda2e6695f	20220712172946	b22	bb
7c3fa18b1197	20220713021651	b22	bb
eabd4289b05a	20220713092258	b22	bb
b4c3510afd33	20220713160545	b22	bb
3aad4c001a8d	20220713213617	t605	bb
f3dea5dc4c7f	20220713213621	t608	bb
11f68c5f693c	20220713213844	t642	bb
da648aacbe81	20220713213848	t645	bb
6ad4b6f1fd8c	20220713214121	t677	bb
ee1a5aaf793a	20220713214125	t674	bb
79a582f2eb0c	20220714012324	b22	bb
4aac6a7c9c93	20220714065855	b22	bb
743e29dc1f0a	20220714131101	b22	bb
735524f85066	20220714211133	b22	bb
441e2c8c9731	20220715081426	b22	bb
163ee0b6d792	20220715211109	b22	bb
c6bd30b9ec5f	20220715211111	b22	bb
65b1e7d3c01e	20220718165817	b22	bb
9dde02d660b5	20220718191333	b22	bb
37577f3bd4b1	20220719023908	b21	bb
595613289cd9	20220719023908	b19	bb
aca59e4fb1a7	20220719023908	b20	bb
ca60e0ea14d9	20220719023908	b22	bb
9b300defa331	20220719073423	b23	bb
2a6c116e4061	20220720005413	b22	bb
b2b55e607d2d	20220722000152	b23	bb
0cfc9635b9db	20220722162226	b22	bb
267b6570f5ac	20220722162227	b22	bb
95a40e254c5f	20220722162230	b22	bb
4db4856058cc	20220722162231	b22	bb
b2097e607c19	20220722162234	b22	bb
52c50d2fc27a	20220722162303	t703	bb
ff6bf679aa64	20220725080254	b22	bb
7a55c3b96b21	20220726154320	b22	bb
3dfaef50d72c	20220726191153	b22	bb
b5c7588f8a17	20220726200551	b22	bb
cc879cd5b66e	20220727000546	b22	bb
761f55c9e060	20220727065101	b22	bb
912b04a8add6	20220727105415	b22	bb
fe12e65afdc4	20220727200555	b22	bb
c2d2c47718b4	20220727200557	b22	bb
ec0f33729df0	20220728161603	b22	bb
bcd2e6c7da67	20220729102505	b23	bb
34679611a8b6	20220729154305	b23	bb
95367f204456	20220730041531	b22	bb
2190b2f23b59	20220730052455	b22	bb
27de641f7536	20220730115441	b23	bb
07735eaa9379	20220730121536	b22	bb
2037cc6a9ac2	20220731133314	b22	bb
3e9c4b4f174f	20220801041543	b22	bb
76884cd2d854	20220802020907	b22	bb
1631be4c270a	20220802170750	b22	bb
b0d4101b8e45	20220802201637	b22	bb
68639ba114e2	20220802201639	b22	bb
bebf21907c26	20220803041546	b22	bb
6a07cedcd36b	20220803084109	b24	bb
c5a511a525f0	20220803164639	b22	bb
b5feb253b68e	20220803164830	b22	bb
07171f82e7b6	20220803202012	b22	bb
e803ec6bfc9f	20220804002348	b22	bb
fe9020e749d0	20220804014728	b22	bb
606e4a80992c	20220804015602	b22	bb
c94a539bfb37	20220804061847	b23	bb
c439b2507dfc	20220804062132	b22	bb
55b6f70f8313	20220804081630	b22	bb
18a7c45a8203	20220804140305	b21	bb
3ecdf6b0bc02	20220804140305	b20	bb
4100519c4390	20220804140305	b22	bb
ce9ac379ec96	20220804201631	b22	bb
3300752b6159	20220804201634	b22	bb
f10f16e02953	20220805002503	b22	bb
0e86f563accd	20220805002527	t704	bb
a890e7bc14d5	20220807235612	b22	bb
0565962dd0fe	20220808184437	b23	bb
de0b7671e354	20220808184605	b23	bb
98e81a77843e	20220808200159	b23	bb
449817f7b5b7	20220808203918	b23	bb
0f4a6cf319d5	20220808211937	b23	bb
1a46dfdf5769	20220808212745	b22	bb
3f23c96d548b	20220808212745	b21	bb
c501ee0eba23	20220808212745	b23	bb
792f70d4c4b0	20220809121901	b21	bb
c9008f3abb15	20220809121901	b22	bb
e9d46272522a	20220809121901	b23	bb
6fccb112f13b	20220809235707	t732	bb
89b748aeae69	20220810184111	t705	bb
5e66e327f6dd	20220810184535	b21	bb
48190f8df67b	20220811144106	b19	bb
80c66f410930	20220811144816	b20	bb
aac04b4f9a95	20220812120109	m	bb
b35bbdcf4c64	20220813190710	m	bb
a22432bcb05f	20220813190959	m	bb
3f24ad96f790	20220814095545	m	bb
33460d32ed4b	20220817024055	t706	bb
37897aff8ded	20220817194926	b24	bb
ad04db163e68	20220817224903	t610	bb
7f87a5df2274	20220817224907	t607	bb
9119230dead9	20220817225156	t647	bb
89e8ee77eaac	20220817225159	t644	bb
8ebfff1e4564	20220818024253	t679	bb
3e73df67605e	20220818024258	t676	bb
65a4692572bd	20220818144110	b20	bb
b025cdca9c36	20220818152353	b21	bb
ef2611883802	20220818181623	b22	bb
54e42ab6f244	20220818181731	b22	bb
c2f61ae20ae1	20220818181756	b22	bb
2e404084ad74	20220818223837	b23	bb
b3e4a4065aa2	20220818224544	b22	bb
c364b639fb48	20220822234218	b23	bb
ac7f6579ff6e	20220823003402	b23	bb
d3831421601e	20220823224228	t708	bb
2666bd29867c	20220823224232	t699	bb
90ef078c30dd	20220823231247	b23	bb
aa892ab1ac98	20220823231727	b23	bb
5e0a53136c08	20220824022135	b23	bb
4faffa86446a	20220824023526	b23	bb
0fdc4f348a5d	20220824023529	b23	bb
5feaced742a3	20220824023530	b23	bb
d5e58631fd5b	20220824023532	b23	bb
1874bc6496a9	20220824160419	b22	bb
2d6ac8e675df	20220824160419	b19	bb
6a008ec21663	20220824160419	b23	bb
8d6ca3cde190	20220824160419	b21	bb
9285cfe8df21	20220824160419	b20	bb
049ba69f2f96	20220824170316	b23	bb
ced85a852183	20220824171241	b23	bb
46dc22f46a36	20220824172405	b23	bb
efe378914a01	20220824185130	b23	bb
089614c43e2a	20220824193157	b23	bb
e6538dd42b4f	20220825183519	b23	bb
5291ca29008b	20220826034017	b23	bb
35ead05f62d6	20220826103528	b23	bb
fd22687940b3	20220826150156	b23	bb
67f1485c1d8b	20220826172436	b24	bb
bdae576b94b1	20220826183026	b23	bb
46d4284b93f0	20220826223539	b23	bb
d04c2ced1cc5	20220829015813	b23	bb
cc3cc93e6a4a	20220829061501	b23	bb
e11a988e1cb8	20220829185235	b23	bb
93e5e0e8a0de	20220829193435	b23	bb
cac10a842737	20220830173350	b23	bb
e278668ebe9c	20220830173350	b22	bb
cfaca90a3029	20220830202129	b23	bb
a300ae0dfe4d	20220830213821	b23	bb
675ca931801e	20220830224643	b23	bb
a4b84d86ec55	20220830233210	b23	bb
d83ec9e72759	20220831183612	b23	bb
9029a38d715b	20220831200349	m	bb
7ccf7b05af28	20220901023555	b23	bb
ec4fedd955ab	20220901114608	b23	bb
5a2c3e9222a7	20220902060547	b23	bb
b8b620636cbb	20220902183624	b23	bb
703d15eff61a	20220903003407	b23	bb
9aa7c11460f0	20220903003829	b23	bb
7634f2e00209	20220903004034	b23	bb
dac0826f18c8	20220903004208	b23	bb
1bd914a925d8	20220904103601	b23	bb
db7e2d829ebd	20220907013435	b22	bb
2efbeaf56ed5	20220907025147	b23	bb
00d892f4470a	20220907035850	b23	bb
a94c51c1802e	20220907044435	b21	bb
d28c73639f8e	20220907183946	b23	bb
27c67e708abf	20220907225016	b23	bb
2698e8276e72	20220907225019	b23	bb
b8a8d9494492	20220908010417	b23	bb
49ac40b48967	20220908010542	b23	bb
9bac803bd86c	20220908145338	b23	bb
8e9dfea2c463	20220908215041	b22	bb
9c7c60b6959d	20220908215041	b24	bb
e7876b900b76	20220908215041	b23	bb
7d208ba573ec	20220908231103	b23	bb
e003fa92aaff	20220909023535	b23	bb
f32861cf25b7	20220909063535	b23	bb
02baeca50efe	20220909072524	b19	bb
398dfd1513be	20220909072524	b20	bb
78c466ff59b1	20220909072524	b21	bb
8f4eb75bcece	20220909072524	b22	bb
ab0bfda62ee5	20220909111155	b23	bb
1904631ef0be	20220909111216	b22	bb
5dab9a0b8438	20220909120601	b23	bb
ec6c80aa4d87	20220909134746	b23	bb
11134151965d	20220909171640	b24	bb
ab826d2728f3	20220909224245	b23	bb
9dae6917fba0	20220912183627	b23	bb
18c3338d487f	20220913183650	b23	bb
f6b852180712	20220914224331	b23	bb
5c864768b4a9	20220914225059	t681	bb
8d523c09e7c2	20220914225104	t678	bb
95fe9bc60a53	20220915064336	t649	bb
00601238d285	20220915064339	t646	bb
bf2b395a89c4	20220915140040	b23	bb
67030989c034	20220915143333	b23	bb
eecd3e52a39d	20220915143640	b23	bb
3f6621201728	20220916141413	b23	bb
58155b7df05a	20220916144102	b23	bb
ece64627e47f	20220916144103	b23	bb
86ffa324378f	20220916144104	b23	bb
46058ccabeba	20220916144931	t609	bb
c919bad2e154	20220916144935	t612	bb
94e3f9cfec72	20220916145745	t707	bb
0b000c3f6e1c	20220916145748	t710	bb
037b5fd01db4	20220916222341	b23	bb
6b5ecadcc571	20220917180416	b23	bb
acfaa39399db	20220919105647	b23	bb
b6e72dce2814	20220919184700	b23	bb
f7c9c639d451	20220920024403	b23	bb
57716e046b00	20220920224407	t733	bb
47ad72abfd18	20220921004955	b23	bb
2fd4aac19007	20220921144450	b23	bb
a5845daa0e48	20220921185532	t648	bb
f5a8e644ca3a	20220921185535	t651	bb
8596c55b5ab1	20220921185817	t680	bb
645076a0b81a	20220921185820	t683	bb
9b97b7252834	20220921194033	b23	bb
6ecc6555a581	20220921225419	t614	bb
150c3c96ff67	20220921225423	t611	bb
383ebdccbe36	20220921225714	t712	bb
593f096b659f	20220921225717	t709	bb
59765b8784b1	20220922064241	b23	bb
04dbcd88edac	20220922111421	b23	bb
cc2441c02cee	20220922171438	b23	bb
be20b2bd91d8	20220922185149	b23	bb
970a52cb7df1	20220922225701	b21	bb
956c1ce5e84f	20220923182552	b23	bb
166580894e76	20220923201322	b23	bb
c81636cd4415	20220924224402	b23	bb
369734286b77	20220926163416	b23	bb
2f43d370b32c	20220926163418	b23	bb
eed251634d9a	20220927013403	b23	bb
34e8a5d86243	20220928145722	b23	bb
ebc7cd4b2d67	20220929222931	b23	bb
4b5a63801d6d	20221001020134	b22	bb
d4a367597559	20221003171724	b23	bb
3a430a4884c4	20221003171745	b23	bb
f24bd6967c44	20221003194729	b23	bb
5870c622c740	20221004180137	b23	bb
4fe0cac705fa	20221004195333	b20	bb
f481aa0f41ca	20221005075703	b19	bb
c9afc73c5f60	20221005091423	b23	bb
b28f6c94f403	20221006155338	b23	bb
2dace393ea36	20221007035908	b21	bb
166ab05d1147	20221007075311	b22	bb
9b5106747f4d	20221007151909	b23	bb
2362c7b16225	20221010032440	b23	bb
f515a4cb9fa9	20221010195331	b23	bb
5e469bad4cda	20221011213039	b23	bb
d2df14722e4c	20221011235353	t734	bb
e6d958c7a853	20221012035333	b23	bb
ac40ba32975a	20221012095305	b24	bb
8b6ceae5571f	20221012184346	b23	bb
1af37115faac	20221013051443	b23	bb
84e38b0e3633	20221013200729	t650	bb
5db6b12d97bf	20221013200733	t653	bb
97058812c480	20221013201004	t682	bb
103fac4f00df	20221013201007	t685	bb
9236e76a0e3a	20221013201241	t714	bb
62756eea6f0e	20221013201244	t711	bb
e3bb48f784c7	20221014025122	b23	bb
aea20dde598b	20221014075641	b23	bb
12cafe2b1bd9	20221014194636	b23	bb
6b2491258ec0	20221015035403	b23	bb
fa9ed7f5fed2	20221015075338	b23	bb
0945beb5d79c	20221017061009	b23	bb
0c269b7a5b66	20221017161921	b23	bb
624929cd3f0b	20221017175127	b23	bb
9cc33a48a716	20221017195518	b23	bb
e07918571c34	20221017224615	b20	bb
b6d3c8d37640	20221017235941	b23	bb
42a0e1ca70c4	20221018035516	b23	bb
197e4799dc56	20221018195526	b23	bb
ef8a2e522779	20221019075459	b23	bb
0536a4e40c27	20221021224704	b25	bb
ac369c30420d	20221022025001	b26	bb
984bdbf17066	20221024114315	b23	bb
a191e5877272	20221024125516	b23	bb
21f606d2fa71	20221026185548	b20	bb
62e1bd1d2b08	20221026211243	b20	bb
d33f57bea097	20221027000126	b20	bb
5aa9be71ecad	20221028020756	b22	bb
d2367833c1c3	20221028020756	b23	bb
e25247bd37c1	20221028020756	b21	bb
f87d0472f2aa	20221028075543	b23	bb
a232cf00b972	20221028155553	b23	bb
0d5739633518	20221028155554	b23	bb
2248bf38014e	20221028190618	b23	bb
8ff4970e8124	20221102000324	b23	bb
4f91c800d440	20221102000736	t735	bb
0563decd0ab8	20221102033622	b23	bb
19b2e89c0c69	20221102055245	b23	bb
beb71aae41fc	20221102080712	b24	bb
5d95f8003382	20221102094019	b24	bb
5e7ba1f8d7cb	20221102120229	b23	bb
be1f5d4ebba7	20221103021216	b24	bb
bc6266d159c3	20221103035556	b23	bb
4fbef5bda929	20221103075558	b23	bb
d576a3570dbe	20221103075600	b23	bb
25d5761bfa06	20221103180958	b23	bb
898b7a3cbd56	20221103190134	b23	bb
a45874a99bc2	20221103190545	b23	bb
c8c6cb5745f5	20221104003802	b23	bb
4f63b629b5cb	20221104003808	b23	bb
cbe28cf468c4	20221104075609	b23	bb
9edd019f97a7	20221104221446	b24	bb
9bcbb56a27af	20221106140542	b24	bb
dbe034bd248d	20221107193021	b23	bb
4c5879adb09e	20221107194553	b24	bb
7ed3193a72f8	20221108054905	b23	bb
3daf180aa6b1	20221108054908	b23	bb
ea9ec9169797	20221108054910	b23	bb
4b1a9fdfb58c	20221108054913	b23	bb
769443557e04	20221108173010	b23	bb
d3003795b3ba	20221109063240	b25	bb
7280270f31a2	20221109093003	b23	bb
1c7a870d4f90	20221109133037	b23	bb
3ac73ea2c834	20221109203005	b23	bb
c7bdab2154dd	20221109212152	b23	bb
0a1f6a8fd08e	20221109213032	b23	bb
a3d3eb0cc902	20221110172207	b23	bb
f2b10f39ace2	20221110172600	b23	bb
acc9fa7e0410	20221110173930	b23	bb
f1c80d7a4f50	20221110174133	b23	bb
7226b15af000	20221110174925	t713	bb
1fdabecfdb1c	20221110174930	t716	bb
522eaa15ef6e	20221110192242	b23	bb
1e9a74581623	20221110220437	t613	bb
4939f3fd7680	20221110220443	t616	bb
c3f5d458cdd8	20221110220718	t652	bb
df057f227264	20221110220723	t655	bb
9338614c8273	20221110221002	t684	bb
048f8879c4d7	20221110221006	t687	bb
cf1cac2e9637	20221111015117	t736	bb
cfd682c60b85	20221111135033	b23	bb
61cd728579d3	20221111215036	b23	bb
c8ffed310878	20221112015036	b23	bb
1ac8d459351e	20221114215055	b24	bb
a4d38f89cb4b	20221115002814	b24	bb
bbf8b8e4ecf2	20221115142628	b21	bb
128430567c40	20221115215723	b21	bb
5209ef4515b8	20221115224735	b20	bb
9c1395ec93db	20221115224735	b22	bb
e2f402cda367	20221115224735	b24	bb
ebb499fa8a68	20221115224735	b23	bb
ec1d704952d9	20221115224735	b21	bb
a0a39afef01b	20221116015459	t758	bb
b63afdf260a7	20221116015744	b22	bb
d8a162e21a65	20221116095051	b21	bb
968ba8d06935	20221116135827	b23	bb
465512c276b1	20221116135848	t737	bb
cde3140590e6	20221116163918	b21	bb
9c6df13b1596	20221116174006	b20	bb
0193d086055b	20221117225441	b24	bb
5d70a118df80	20221118001250	b24	bb
53f2fea3c37f	20221129215838	b23	bb
98d0d1a9ba39	20221130014733	b24	bb
27a2b7b98c41	20221130215847	t738	bb
08d548e149be	20221201143934	b23	bb
4b578e12427e	20221201143934	b24	bb
75d93aae71a6	20221201143934	b22	bb
9f4401837024	20221201144001	b22	bb
b1a83534de0a	20221201144001	b23	bb
e3ded99476a2	20221201144001	b24	bb
89a4c1271f5e	20221201232802	b24	bb
fbb7f087d1fe	20221202173958	b24	bb
3dd56d254dd3	20221202180432	b20	bb
e0785d671335	20221202190637	b24	bb
9668243c0402	20221202190811	b24	bb
eec00dc7912d	20221205173008	b24	bb
1a7cd1dbe758	20221206222911	b23	bb
b044399795bf	20221206222911	b24	bb
fcb591bc0a16	20221206223553	b22	bb
0b6f98d8b412	20221206224252	b21	bb
6cbd19f22fe1	20221207020356	b24	bb
9cc48106195d	20221207021317	b21	bb
b2883ba878c4	20221207022047	b22	bb
95a14c3f4bc4	20221208062233	b23	bb
c8912866ddc7	20221208175954	t718	bb
e10d1ea1b12c	20221208175958	t715	bb
27fda4ac6013	20221208202514	t654	bb
8a9119cfa870	20221208202517	t657	bb
634dee600e34	20221208202806	t689	bb
2b7499604b5f	20221208202809	t686	bb
2ecb596ee88f	20221208225628	t617	bb
1309f64d6648	20221208225631	t615	bb
2ea2de1c6199	20221209033521	t740	bb
e7cd4ba474b5	20221209033523	t731	bb
d21defd4b1b0	20221209233352	b24	bb
ca6015655408	20221210033409	b24	bb
58ff029093df	20221210233413	b24	bb
4dbb1cd1d56f	20221211003202	b24	bb
a2ef32442ab1	20221211003202	b23	bb
5a489e8d1066	20221211080515	b24	bb
0ea75f873920	20221212233500	b20	bb
9e03677f0252	20221212235316	b21	bb
ab9a2e819915	20221213000309	b22	bb
236db3c56ef9	20221213001116	b23	bb
e7e7d01afda0	20221213042409	b24	bb
b3fff46496f1	20221213170647	b23	bb
d0842249d3b9	20221213183242	b24	bb
24248303bf9e	20221214164110	b24	bb
97591331ce64	20221215211824	b24	bb
20ca706950ef	20221216154647	b24	bb
422fe1f61e6f	20221217223105	b24	bb
089645a7c5f0	20221219010852	b24	bb
21fffc1153f1	20221219122608	b24	bb
04b098b4effe	20221219160202	b23	bb
984a230dff89	20221219160202	b24	bb
19c9966172b0	20221223023859	b24	bb
bc218e478a51	20221223023902	b24	bb
32f9a1505de8	20221223023904	b24	bb
b69cda3e4e09	20221223023906	b24	bb
5468c97b2b39	20221223025853	b20	bb
fa144945a15f	20221223031609	b21	bb
b0a6a6f77723	20221223151121	b24	bb
0c34939c9bcb	20221227214233	b23	bb
e2867f9cdc71	20221229201233	b24	bb
47c00333955a	20230102152602	b24	bb
7e3470802fcf	20230102172833	b24	bb
3e0d99053357	20230102172837	b24	bb
db3650d98fb6	20230104061256	b25	bb
4dad476f0381	20230104161643	b24	bb
338dcc21ed0a	20230104225808	b24	bb
b94c7fc493d3	20230104230406	b24	bb
0d54cf50db85	20230105115640	b25	bb
e96d4a06a4a0	20230105201914	b24	bb
61a4d6543921	20230106172158	b24	bb
26d70e3a1c44	20230107075050	b24	bb
37a1df5cbaaf	20230107075051	b24	bb
dc46266e11fa	20230107075056	b24	bb
5ea7f43b5d11	20230107075058	b24	bb
bd7ed9e64757	20230107075100	b24	bb
fda1b1132eb2	20230107075103	b24	bb
640dd29fa4e9	20230109194141	b24	bb
cb28a0e57e53	20230109232925	b24	bb
b4217e149b42	20230110050907	b24	bb
2c828f0e9764	20230111012310	b24	bb
aea98eb150e1	20230111084537	b25	bb
674e53a7cb8f	20230111092209	b24	bb
650034569311	20230112020949	b24	bb
ce349e1afaa1	20230112020956	b24	bb
816bb19ea7bb	20230112065157	b21	bb
1d637ff29e8f	20230112175133	b24	bb
895a515b59eb	20230112184258	b24	bb
241dfe363021	20230113000324	b24	bb
0bf29f1cb63d	20230113060656	b21	bb
133a487bfa53	20230113063036	b22	bb
fd7800c9675d	20230113063622	b23	bb
08e22c4b64e5	20230114191733	b24	bb
0f17f43973be	20230115012006	b24	bb
7c57428f98ed	20230115015412	b24	bb
228b004f4a92	20230116012449	b24	bb
7685b5191246	20230116033628	b24	bb
a13376f3fa39	20230117201445	b24	bb
e6998df99e84	20230118115900	b24	bb
c33df1cccbfb	20230119002741	b24	bb
6a3c04e593dc	20230119003603	t656	bb
3d6d30e55a90	20230119003606	t659	bb
babfe9663190	20230119004059	t739	bb
0b8a423c90d3	20230119004107	t742	bb
31586e6042d9	20230119041356	b24	bb
32de1a128554	20230119042230	t720	bb
2c8128c8fba0	20230119042232	t717	bb
705997389109	20230119210934	b24	bb
84ad8a7920b4	20230119210935	b24	bb
90b09906897c	20230119211855	t691	bb
68af50a1e57c	20230119211857	t688	bb
cbb60162c0d5	20230123130619	b24	bb
55c90d535e4a	20230123141938	b24	bb
6a9f0eb8acb1	20230123171954	b24	bb
1c9d8a00ef72	20230123233233	b24	bb
592813fdb189	20230124073339	m	bb
92d4fa4aabc7	20230124092807	m	bb
c487713495d1	20230124093011	m	bb
66a112fe0caf	20230124093143	m	bb
326799f0cc5d	20230124093206	m	bb
9b108793f0a5	20230125010715	t759	bb
adb1f506f945	20230125050636	b24	bb
59c256a9261b	20230125051959	b26	bb
7be38cd63157	20230126193700	b23	bb
fa4e59aaeecd	20230126193700	b24	bb
648d82831a4d	20230127091448	b24	bb
6eb57690dc2f	20230130072835	b24	bb
d7d6bcf014dc	20230130170656	b24	bb
b1350830d0e9	20230130210700	b24	bb
f457a57d6d25	20230131094649	b24	bb
bb1833cfed21	20230202023918	b24	bb
03568a1821e1	20230202105245	b24	bb
71253f0b35fb	20230203094033	b24	bb
f6a5a1f1391b	20230203135220	b24	bb
13c89f7a548e	20230203225125	b24	bb
85d57cfad91a	20230205044445	b24	bb
0519b53357b4	20230206015154	b23	bb
212fb452f372	20230206015154	b22	bb
d8b14dc0899f	20230206015154	b24	bb
e9c9227eb023	20230206015154	b21	bb
899a10901781	20230207050055	b24	bb
2e3265cc1d29	20230207050726	b24	bb
9c5046523c31	20230207050729	b24	bb
00b9d76f44fa	20230207170730	b24	bb
878a4f8bbeec	20230208031222	b24	bb
efd0415f6745	20230208130728	b24	bb
2ded6b6eb8bb	20230208145723	b24	bb
58381003a163	20230208145723	b22	bb
97cf9cb9c24f	20230208145723	b23	bb
ff59e2c52c25	20230208145723	b21	bb
227f9ea15703	20230209005802	b20	bb
e678b39ce95c	20230209015315	b21	bb
27f722275ab7	20230209015720	b22	bb
4968c4a2f550	20230209020610	b23	bb
86a4c6437454	20230209200941	b24	bb
d46293369ed0	20230210010812	b24	bb
22e2a9b6b1dc	20230210134407	b24	bb
8279635aa439	20230210141626	b24	bb
8a3d757be073	20230210141626	b22	bb
a3cd621b2ef7	20230210141626	b21	bb
ba3596940d81	20230210141626	b23	bb
30215cd5a17c	20230210143010	b23	bb
8f55053b095f	20230210143010	b21	bb
b250bf51ae39	20230210143010	b24	bb
e9d3761795e5	20230210143010	b22	bb
780708a663b1	20230210144859	b20	bb
047dffaffd5a	20230210151000	b21	bb
e42bae1174fa	20230210152741	b22	bb
2e3434888bb3	20230210153645	b23	bb
9112e1916ffc	20230210153648	b23	bb
dac65d1ca8d2	20230210223115	b21	bb
705901c8a79d	20230210224241	b22	bb
e6bc0bccc209	20230210225413	b23	bb
3bb5a084975f	20230213111237	b22	bb
4c9c7efdefef	20230213111237	b21	bb
a01b5a2a9698	20230213111237	b24	bb
b667227efd48	20230213111237	b23	bb
8190aa4d3786	20230213112350	b23	bb
8205c38649c6	20230213112350	b22	bb
b2a4f028d60b	20230213112350	b24	bb
e35b607b4894	20230213112350	b21	bb
8ef4d7d4e87f	20230213225341	b24	bb
0a3ea4f4da3d	20230215020008	b24	bb
fb55d97d70cd	20230215031437	b24	bb
e850f4518cab	20230215041430	b24	bb
8ce239ff60d2	20230215041823	b23	bb
c3942e6cb3fe	20230215042155	b22	bb
6eafc64b5869	20230215042913	b21	bb
72410898411c	20230215043146	b20	bb
249eb86644ab	20230215052639	b24	bb
278918a59376	20230215062406	b24	bb
bb22d27fc7db	20230215062438	t760	bb
60f5c9b46336	20230215104727	b24	bb
6a7e45d190b4	20230215110628	b20	bb
b4614fd9d3d1	20230215111426	b21	bb
d51156025a6a	20230215112115	b22	bb
62133a9b1819	20230215113735	b23	bb
1369f160e945	20230215193708	b24	bb
4bd9226d2802	20230216072956	b24	bb
9dd4d6ed786d	20230216130153	b29	bb
224050a5b53d	20230216173149	b25	bb
df55688a240b	20230216210513	b24	bb
d0008d188fbe	20230217010514	b24	bb
be82893604a3	20230217071646	b24	bb
a7dbbf825504	20230217072039	b24	bb
bd24c4230e06	20230217102124	b24	bb
a43f324cb986	20230217153810	b24	bb
bc1864f6cfa9	20230217204705	b24	bb
fc13749c0d2f	20230217204705	b23	bb
d7a20b15ab91	20230217210521	b24	bb
dda9c5244f2d	20230217210523	b24	bb
f7f367ebae20	20230221152938	b24	bb
c633a8222b61	20230221154237	b24	bb
1fc8a8a5a777	20230221193554	b24	bb
3a78ee03467e	20230221210502	b24	bb
269abfd8b0cf	20230221210539	b24	bb
1ea719588ec9	20230222010551	b24	bb
0bc91705fa50	20230222235937	b24	bb
5dbbc58c50b1	20230222235937	b23	bb
ba2fdddad18c	20230224050558	b24	bb
6e69fba05a0f	20230224170601	b24	bb
b46677097d03	20230225010603	b24	bb
a46288252b0c	20230226042559	b26	bb
af126213348d	20230227130907	b24	bb
2932f6b3c111	20230228081336	b24	bb
8f4ee7119f1d	20230228090623	b24	bb
6b8e57ec247f	20230228194434	b24	bb
f39ba12dc2a3	20230228194434	b23	bb
3259c410faea	20230228202240	b24	bb
8a554aa86140	20230228211326	t693	bb
f457f9a91b70	20230228211329	t690	bb
9ea785f819b1	20230301011845	b24	bb
6323305c7908	20230301012815	t658	bb
e9722d17a0e8	20230301012818	t660	bb
13021e1397ca	20230301013118	t722	bb
6c67334bd9b2	20230301013121	t719	bb
620cb6067534	20230301013420	t741	bb
6caccdf461b2	20230301013423	t744	bb
089d04441d98	20230301070917	b24	bb
9ed804b6d53a	20230301195641	b25	bb
6ddf61b8c192	20230301212402	b24	bb
91199a69ee5f	20230302011831	b24	bb
02d652e00723	20230302011832	b24	bb
f694a7978b27	20230302152641	b24	bb
4c5eaaf0d758	20230303000122	b24	bb
3f4372de09cb	20230303000145	b24	bb
bfa72fd2d367	20230303065657	b24	bb
ff66d402746e	20230303081028	t761	bb
59fa142a9669	20230303164344	b24	bb
d39f8291fc57	20230304000202	b24	bb
06ad6b391d35	20230304000204	b24	bb
ac0a428e7af3	20230306082436	b24	bb
324f43b9740a	20230306114358	b24	bb
29a689d161fd	20230306154620	b24	bb
48ca73428a5d	20230306193833	b24	bb
bbbf092e1db5	20230306223037	b24	bb
60e53732bb78	20230307074101	b24	bb
262b98af03ad	20230307113411	b24	bb
ff60d1bd909b	20230307113508	b24	bb
3d77c7c64810	20230308001454	b24	bb
7bf37ef90fb0	20230308051546	b24	bb
ac7598edb4d9	20230308115232	b24	bb
e6ae4ec2c503	20230308194917	b24	bb
223d456ea214	20230308234350	b24	bb
64e2c7ff167c	20230309033544	b24	bb
f538edfed756	20230309072400	b23	bb
d1c260eddc1d	20230309130858	b24	bb
b33e8187851c	20230309131159	b24	bb
65be8857538d	20230309155946	b24	bb
29ad2bc1d4e5	20230309201917	b24	bb
d906637aa787	20230310033601	b24	bb
756a0f3ae9a9	20230310084516	b24	bb
d2ebc4d27c5a	20230310084519	b24	bb
1f020beddb3d	20230310170147	b24	bb
6df09021f998	20230310170151	b24	bb
250fc3d6b427	20230310170259	b24	bb
d2cdd64ea80b	20230310170349	b24	bb
87720b3719b2	20230310223448	b23	bb
66fa9d308fa4	20230310224626	b24	bb
21b4553e4404	20230310224810	b24	bb
b8c2b4bd8cd1	20230311031806	b24	bb
568393e25709	20230312135002	b24	bb
012954e4d5d6	20230313012152	b24	bb
9e8c66309792	20230313073713	b24	bb
a952148a5054	20230313150620	b24	bb
e0b969df98fd	20230313164736	b24	bb
b14244a3db5d	20230313211538	b24	bb
e4aa1125e325	20230313211540	b24	bb
76262aa83e87	20230313221618	b24	bb
471f66fb1055	20230314011018	b24	bb
8dcee0c630aa	20230314024428	b24	bb
b5e4a5a9c356	20230314052620	b24	bb
20433f99653a	20230314151748	b25	bb
2bd557faec65	20230314175919	b24	bb
5ebee1886e7b	20230314175919	b23	bb
3c81ccc036c7	20230314230520	b22	bb
9608ee59aa74	20230314230520	b21	bb
c3b84f04385f	20230314230520	b24	bb
fffc68d58e65	20230314230520	b23	bb
362ffe4fcd37	20230315061805	b24	bb
3cafc13f5d42	20230315061813	b24	bb
2a7ba9488095	20230315061817	b24	bb
48d97c09db8d	20230315061823	b24	bb
f3dc70cf108b	20230315061827	b24	bb
23d016c390a8	20230315061832	b24	bb
ef07195878d5	20230315061838	b24	bb
84ae514115bd	20230315061845	b24	bb
9ff2627505a4	20230315061852	b24	bb
e023fb8815c3	20230315061859	b24	bb
445660b561c3	20230315061906	b24	bb
38589731da69	20230315061912	b24	bb
4666344cbcd7	20230316040718	b24	bb
308e6b10555d	20230316200006	b24	bb
1517ffb8d37c	20230317001143	b24	bb
c8d7f51f618f	20230317040253	t762	bb
86cb738fc83d	20230317204448	t692	bb
4cb537502205	20230317205304	t721	bb
8cbca742aebe	20230317210142	t743	bb
f4ef3f8afe04	20230318145237	b25	bb
42799afb70b9	20230322202117	b25	bb
8301a6086296	20230322205507	b25	bb
7114041b4f56	20230323182901	b25	bb
c4339eeca965	20230323183125	b25	bb
12553015e229	20230323183403	b25	bb
ecd5faa6f951	20230324004652	t782	bb
17fc8a090b5d	20230325022606	t763	bb
012beed4e0d6	20230327134805	b24	bb
0a0ddf8b6bcb	20230327142345	b25	bb
86b06c1be895	20230327142345	b22	bb
b625a191b983	20230327142345	b23	bb
d55c4c3f0613	20230327142345	b24	bb
04ef61f72b7b	20230327182304	b25	bb
559da627e81e	20230327183152	b24	bb
12beb34ceb97	20230328204028	b25	bb
f454763642af	20230328211543	b25	bb
9e7d3cc60a44	20230328222742	m	bb
f3ae5cbd8303	20230330223052	b23	bb
785e19661f80	20230331225718	b27	bb
a676dc807785	20230404171940	b21	bb
51c17ec9abd0	20230404181741	b22	bb
2dd0093cac2a	20230404182950	b23	bb
c1b43e3ea92b	20230406111147	b25	bb
692e1e94f0d5	20230407022657	t764	bb
704cac462081	20230411202642	t757	bb
20bcfef42d0d	20230412000719	b25	bb
8005e0d28ba2	20230412040258	b25	bb
0b0067519a00	20230412202800	t694	bb
6761a11e0bb0	20230412203711	t723	bb
4c37c66bb85e	20230412204631	t745	bb
ef522cc423b3	20230413014107	b25	bb
46f963913c19	20230413125158	b25	bb
8b888b00274e	20230413175548	b25	bb
4e89310f6ea6	20230413215200	b25	bb
1dc92da6638c	20230414055356	b25	bb
4ddde4e3b59f	20230414075107	b25	bb
1aeffb07991d	20230414112847	b25	bb
23557e107c77	20230414113943	b25	bb
6c596fdbc11c	20230414175934	t765	bb
18ffb5c67ff5	20230415150947	b25	bb
34d738fb5d15	20230417051835	b25	bb
7d6fe0ac8bc2	20230417102103	m	bb
c84a3771c048	20230419134847	b25	bb
061a00296ebf	20230419153155	b25	bb
e367d8e4c26a	20230419153816	b25	bb
6ce3e7e91550	20230420065328	b24	bb
d72dec496666	20230420065328	b23	bb
861f50a667a1	20230420095809	b25	bb
bc930747ec5b	20230421054430	b25	bb
a9d165e169d7	20230424052342	b25	bb
27bbe765353f	20230424130810	b25	bb
e846cbee0dd6	20230424215815	b25	bb
d2b87849d5e7	20230424215824	b25	bb
5c4e72cc661b	20230425004007	b25	bb
a16d52550606	20230425004007	b24	bb
d6f8d0460afa	20230425004007	b23	bb
1ec6a37b5ce4	20230425025807	b25	bb
b26f379fe1e8	20230425175111	b25	bb
6c514ab3ffc5	20230425180616	b25	bb
5d5619d3925d	20230426010433	b25	bb
6aab78468dab	20230426174831	b25	bb
68394bf4659a	20230426214258	b25	bb
a5144d412c17	20230427071415	b23	bb
aab9b0a45a2d	20230427103048	b24	bb
f775857c5dca	20230427134925	b25	bb
e53b407e85a6	20230429000358	b22	bb
fc96cec33806	20230429152827	b25	bb
353c489f839d	20230429171216	b24	bb
dbfbc039f8cf	20230429180749	b23	bb
a4fdfdae729d	20230429184744	b25	bb
cd83e43d17b1	20230430022741	b23	bb
3b78b11d958d	20230501150532	b25	bb
fa6d692ff249	20230501171903	b25	bb
fb5347d8493b	20230501171903	b24	bb
741627a2eb97	20230501175051	b25	bb
337feac7054e	20230501175053	b25	bb
757bbef10a58	20230501214133	b25	bb
10f4062eb6e8	20230501214135	b25	bb
8009187f2694	20230501232620	b25	bb
71d8553562d8	20230502053453	b25	bb
54190dfee521	20230502073615	b25	bb
1513f87e7abe	20230502094408	b25	bb
caded3c2dcf1	20230502130818	b26	bb
a9b2f9e9ebf0	20230502173328	b25	bb
84dc0417b296	20230502173516	b25	bb
d8abacd71f42	20230502174521	b25	bb
015caa2eed83	20230502175410	b24	bb
bea472626f88	20230503180226	b25	bb
383ccb06d023	20230503180228	b25	bb
038b381bf689	20230504163259	b23	bb
bbdc95deee6f	20230505090544	b25	bb
d32b1d7c08e5	20230506012701	b22	bb
702d7378b67a	20230508171154	b25	bb
9b7807ea0b28	20230508233935	b22	bb
c4c506ff2edb	20230508233935	b23	bb
d96d0d8844f5	20230508233935	b24	bb
d63727d2cba4	20230509163938	b25	bb
a3b4cd32e5c1	20230509170746	b25	bb
8686aea3ab9b	20230509182156	b21	bb
783d0d33626e	20230509212518	b25	bb
7cf31254312c	20230510224013	b25	bb
81fe15039a36	20230511155546	b25	bb
d400a4ae88fa	20230511162839	b25	bb
aa75d3bd5991	20230511164338	b25	bb
23a9e827991f	20230511184035	b25	bb
719a53871d84	20230512040331	b25	bb
2c19e72cd0af	20230512170612	b25	bb
54dbcc99c235	20230512171452	b25	bb
f5cc996aa071	20230512171455	b25	bb
2b18fa2c7ab8	20230513010823	b25	bb
4aa6151f9be0	20230513011627	b21	bb
daed746fdcc8	20230515132354	b26	bb
39f724a06e89	20230515151430	b25	bb
79d967dc5240	20230515170425	b25	bb
435f839a9e41	20230515170427	b25	bb
578f82a56868	20230515170428	b25	bb
73d5348976dd	20230515171618	b25	bb
9cbecd3bd0c3	20230515204200	b25	bb
c2105c181594	20230516011209	b25	bb
0011bf6b0b60	20230516164118	b25	bb
9e63bf02759e	20230516171027	b25	bb
d11d5308d688	20230516172007	b25	bb
2a5f18df73b7	20230517010017	b25	bb
8831f33bcc20	20230518014135	t695	bb
54b98bb630df	20230518014905	t724	bb
6e9dabb6762c	20230518015331	t746	bb
7c4f8c88f6cb	20230518015704	t766	bb
bae10246dd23	20230519122831	b25	bb
81aa33ed764a	20230523183204	b21	bb
5ddf75f6a2b2	20230523183903	b22	bb
a3a549a55ac8	20230523184531	b23	bb
3195e36899a5	20230524130953	b25	bb
4cb373f7cadd	20230524182007	b25	bb
17a70dc433f1	20230524185536	b25	bb
328d0fb9eea4	20230524222011	b25	bb
6fbb0bd42d86	20230525061952	b25	bb
151a5919dbfe	20230525101957	b25	bb
7a7ea2093692	20230525182005	b25	bb
260c0c55845a	20230526011002	b25	bb
c670796be123	20230526222021	b25	bb
6c7d1bc99665	20230527215735	b25	bb
f21df6e02d92	20230529182028	b25	bb
cf830e3cb3ab	20230529182030	b25	bb
3bc0b31a81b7	20230531022103	t783	bb
90e15d42fabc	20230601182530	b25	bb
2bd3f4923607	20230601182539	b25	bb
61c0de83db2c	20230602010756	b25	bb
4485c4ecbbf9	20230602022029	b25	bb
fe81cbee2bbd	20230602182034	b25	bb
da4a4e2e1628	20230604122658	b26	bb
411a1189f8f9	20230604203301	b26	bb
3ffcfabea203	20230606020321	b25	bb
5b9e822e45ac	20230607142614	b25	bb
5a019202120a	20230607182136	b25	bb
81d8c785a425	20230608060903	b24	bb
5023c6205674	20230608061459	b23	bb
a3636b916c33	20230608061854	b22	bb
b0b1ba635254	20230608062226	b21	bb
accb080e33e2	20230609010914	t784	bb
8e2ac1ad1071	20230612172743	b21	bb
25e88fd0c267	20230612173453	b22	bb
cb4594adb388	20230612174153	b23	bb
22da8a58bee1	20230612174955	b24	bb
aa1fae75651d	20230612210840	b25	bb
92512ee2b8cf	20230612210841	b25	bb
d606148375e3	20230613050428	b25	bb
a5f138a8a454	20230614212414	t696	bb
71fde77b7f35	20230614212654	t725	bb
6ab07f775da9	20230614212939	t747	bb
4d71421d948d	20230615011741	t767	bb
afed8d3bbeca	20230615112432	b25	bb
ebad5fbb0d96	20230615182230	b25	bb
f502a65fc14e	20230616140129	m	bb
808ebc843ba9	20230619010903	b25	bb
9186f40b189c	20230620130839	b25	bb
621242f825b3	20230620211056	t785	bb
05b412c4254f	20230626110930	b25	bb
d19c2b99a888	20230627125759	b25	bb
4308ca3a0ec0	20230627183502	b25	bb
089cdcdf7134	20230628040134	b25	bb
5d715fe8c7e1	20230628040134	b23	bb
a1640357a4d7	20230628040134	b22	bb
b1b513f11c6a	20230628040134	b24	bb
0cde78477a6d	20230628205645	b25	bb
bb755c8cba7f	20230628221723	b25	bb
94abfc932407	20230701105848	b22	bb
af4a74807022	20230705044700	b24	bb
cea5ee961b2f	20230705164058	b23	bb
8d8e2bc8c982	20230705183358	b24	bb
860d25f20e24	20230705183401	b24	bb
5d8fd6bf0a71	20230706063706	b25	bb
d31edad7e26d	20230706193217	b25	bb
b7d73dd18cf2	20230707042207	b26	bb
fd1e22bd8f62	20230707042207	b26	bb
86ae84acb93f	20230710155123	b26	bb
fe95890e7f07	20230710161957	b25	bb
84505f7088ff	20230710200626	b25	bb
aed71fa5cf05	20230711062900	b25	bb
37837102cd24	20230711062944	t786	bb
560efb3b8995	20230711210844	b25	bb
8c4503becdd7	20230712070244	b25	bb
ad08d15b30b9	20230713073607	b25	bb
4c1cb3cb29be	20230714010006	b25	bb
0c7c900fd55e	20230714011210	b25	bb
251884f57042	20230714030546	b25	bb
1c4976d2f62d	20230714132523	b25	bb
77918e19517b	20230714164759	b26	bb
0f514c8c6b37	20230714172541	b25	bb
f19b40cda940	20230714212436	b25	bb
162ee91898bd	20230715091853	b25	bb
950fa167a02d	20230717080057	b25	bb
5360d05de92c	20230717215250	b25	bb
64339c0aa984	20230718015919	b25	bb
efe741a289f1	20230718015924	b25	bb
74c18d3a4044	20230718055620	b25	bb
17b5405ddb89	20230718114012	b27	bb
89528c43bed4	20230718114012	b27	bb
70917217eee4	20230718172515	b25	bb
8d42d155509f	20230718174459	b25	bb
f02c594955ac	20230718182456	b26	bb
e3d8b4b4d19e	20230719223250	t697	bb
0a3e4ef94219	20230719223604	t726	bb
30088cdd7e8d	20230719223930	t748	bb
c04e419b6ad1	20230719224257	t768	bb
d7acd85d1bba	20230719232122	b25	bb
64a35f6a46ec	20230720025528	b25	bb
605aac15d740	20230720225321	b25	bb
dcfedbe450d6	20230721151605	b25	bb
9a6774d3a176	20230721185234	t787	bb
a98e74a6eb47	20230722030739	b25	bb
c5b1c13ccbed	20230722030743	b25	bb
e9b0103a41fa	20230724214054	b26	bb
40a8abb1fef7	20230726105300	t806	bb
a0f28ad38824	20230727042507	t788	bb
7d2c3dfa0e42	20230802054122	b25	bb
ed2b4f0fcb48	20230802085751	b26	bb
d98cb4daa747	20230802115739	b22	bb
8429124260f6	20230802120649	b23	bb
f20171e958c1	20230802155144	b22	bb
ee2371838761	20230802155605	b23	bb
1bfd0186bce9	20230802160032	b24	bb
00f8b3aa3506	20230807105632	b26	bb
f93655277b5e	20230807190809	b26	bb
1e11b3a8ca1c	20230807201513	b26	bb
49410bfbbcf9	20230807204204	b26	bb
dcfe307184d9	20230807210255	b25	bb
686c0386503d	20230808182556	b24	bb
7b6e8d848044	20230808182556	b23	bb
8d766e7320d4	20230808182556	b25	bb
bf44ac918095	20230808182556	b26	bb
bf89966e2c86	20230809153106	b26	bb
43a6d9349530	20230809182230	b25	bb
68da23401a2a	20230809182230	b24	bb
c4ed5da76e2c	20230809182230	b26	bb
3163e5ae5521	20230809225120	b25	bb
32bbd73dd15f	20230809225120	b26	bb
04dcae2ee350	20230810004921	b26	bb
fe76ecc1225a	20230810043511	b25	bb
b8a03ab933ab	20230810043832	b26	bb
a715d8b30712	20230810084233	b25	bb
a8fc969a3411	20230810113247	b26	bb
0d6350fa4e10	20230810163746	b23	bb
f1024561ecbe	20230810170358	b24	bb
5a387501806f	20230810175001	b26	bb
04526ff4dd1b	20230811005703	t789	bb
f4a635a74387	20230811121628	b26	bb
6ecbaa90773f	20230811190118	m	bb
4a487f61f60a	20230814043225	b26	bb
cb120b63f74e	20230815075557	b26	bb
9081272f7fb2	20230815201700	t781	bb
41d4a164f9e3	20230816000752	b26	bb
08b51e978593	20230816000755	b26	bb
856e847bb7cb	20230816000758	b26	bb
b97d8af0937c	20230816040348	b26	bb
54237a55bc6c	20230816075646	b26	bb
9a5370b1eff6	20230816075647	b26	bb
f0c65afe82cd	20230817101212	b26	bb
edce1de7191a	20230817121149	b26	bb
d124e52fa898	20230817200337	b26	bb
9c6b659a978a	20230817235738	b26	bb
ff3618ffb349	20230818013122	b26	bb
c1466acf62e0	20230819035134	b26	bb
3fe9aa44669d	20230821200706	b26	bb
e8815ff15665	20230822000518	b26	bb
4dd144a93b87	20230823203207	b26	bb
28dd10be1f9c	20230824064612	t698	bb
5be835d31aab	20230824064925	t727	bb
e7a795639554	20230824065239	t749	bb
5a6ea3612a86	20230824104409	t769	bb
dd6c5527b7a1	20230824144346	t790	bb
0ea03455a236	20230828080723	b24	bb
715525bc50b0	20230828081743	b22	bb
7eeeef0f1637	20230828115542	b23	bb
5af0bb9dfd6b	20230828180832	b26	bb
fb2e66896540	20230829155512	b26	bb
92c5c93353e8	20230830022937	b26	bb
def2075eacb1	20230830092029	b26	bb
805102ce0c84	20230831230137	b25	bb
f6f4d3c7eb99	20230831230137	b26	bb
5e5ba6b91d64	20230901044724	b26	bb
f28f485cb457	20230901044730	b26	bb
5e052e483509	20230901180031	b26	bb
4783d2835961	20230903180004	b26	bb
0447e1f9ced5	20230904085923	b26	bb
fa3c65eff08b	20230904105423	b24	bb
29a840dbdf2a	20230904110526	b25	bb
745513ad7b37	20230904110526	b25	bb
f5a7a42bbcf8	20230906022041	b26	bb
53c02afd1b4c	20230907024014	b26	bb
951672fc13eb	20230907142758	b26	bb
5ac9cf819f03	20230907211619	b26	bb
f242a563ef07	20230908023107	b26	bb
a52e8a122e1b	20230908182338	b26	bb
a73949f10aab	20230909182134	b26	bb
44a68eea8fd3	20230911222253	b26	bb
908cc0a33323	20230912222112	b26	bb
254ba06ca408	20230913053050	m	bb
278669d869ce	20230913062306	b26	bb
f2d91322bf55	20230913183559	t770	bb
6030d798e440	20230913183914	t791	bb
c738a5e83113	20230913223445	t728	bb
82608c6a8138	20230913223752	t750	bb
ea6e0354815a	20230915082358	b26	bb
08f892964c34	20230915222246	b26	bb
0d1af045574b	20230917092619	b26	bb
3595e5242a2c	20230918071322	b26	bb
cf07629bfe23	20230918101714	b26	bb
b5b93323304e	20230918103813	b26	bb
d0ea06d5972f	20230919105923	b26	bb
657ffa526323	20230920062127	b26	bb
374e3638f2a3	20230921104801	b26	bb
34d1b64e67db	20230921182140	b26	bb
011db228a82e	20230925103146	b26	bb
20885dae8cb7	20230925222249	t807	bb
52cc500823e5	20230926135014	b26	bb
c0416e635406	20230927180253	b26	bb
6b97f71afcff	20230928143146	b26	bb
d6dc079df2d2	20230930102156	b26	bb
e95d92dbc687	20231003090526	b26	bb
2c9d749027bf	20231003114921	b26	bb
fbb15757288f	20231003125606	b26	bb
1e0855a7acfa	20231004061710	b26	bb
ca718630c635	20231004102244	b26	bb
0a782d6adb8c	20231005031813	b26	bb
9a88950e38ba	20231005090406	b26	bb
0b5d6dfee793	20231005195233	b26	bb
583e50d0087c	20231006055522	b26	bb
5b14e64affc1	20231006111150	b26	bb
0f984dc7fc49	20231006122647	b26	bb
fa053c26e689	20231009172706	b26	bb
55f8f3ffa251	20231010110156	b26	bb
9518c802be13	20231010151251	b26	bb
9f19d0f21149	20231010173719	b26	bb
20fd67fa153f	20231010174938	b26	bb
b4ee45cc0a2a	20231010191310	b26	bb
b0efa42e529f	20231010202308	b27	bb
b3a295f82bd8	20231010215704	b22	bb
7d2c28896ea4	20231010220344	b23	bb
673080bc1109	20231010220908	b24	bb
a013666a60f4	20231010221403	b25	bb
cf4002bbbf85	20231011071243	b26	bb
57d597c1d633	20231011150411	b26	bb
9421327399ec	20231011231317	t808	bb
d02858f5197d	20231012031300	b26	bb
4f1c2e7b9711	20231012113248	b22	bb
f981b0139261	20231012114101	b23	bb
87f3eb239d80	20231012114918	b24	bb
fb428614cdac	20231012115738	b25	bb
f68660d6a73b	20231012222205	b26	bb
bc7002f524b2	20231012231734	b26	bb
c834bcc25746	20231013075604	b28	bb
656ec39ea1f5	20231013213129	b26	bb
46e82c57b2e7	20231014231314	b26	bb
52c50bf6c035	20231015031251	b26	bb
8b96b9b88842	20231016080354	b26	bb
5cf64182aa6a	20231016115028	b26	bb
17c66cc83d6c	20231016231305	b26	bb
9f0ec66a5dd5	20231016231306	b26	bb
435ce6f2a8ef	20231016231308	b26	bb
dc967a1ca93b	20231017205152	b27	bb
30f741e67c53	20231017234810	b26	bb
b5925219d402	20231018000948	b26	bb
824910b3a954	20231018003758	b26	bb
9d454d6c3adf	20231018152230	t792	bb
08f1ffe578d8	20231018224737	b26	bb
321360889818	20231019175849	b24	bb
76fabd585657	20231019175849	b23	bb
8ad28e8b9191	20231019175849	b25	bb
33d14001dbdf	20231020232414	b26	bb
80cc0af5171d	20231020233241	t729	bb
e796c90e5348	20231020233512	t751	bb
bec45d3c69b5	20231020233748	t771	bb
5f697abdfd94	20231023155907	b26	bb
b0036672f5a0	20231023194820	b26	bb
c92537416a96	20231024035150	b26	bb
e2e59f3539ef	20231024171543	b26	bb
8ec95e18694a	20231026014749	b26	bb
4028f5ba6e18	20231026091529	b26	bb
05ff4bb2fdad	20231027145701	b28	bb
ce4f256a2564	20231027172106	b26	bb
30eba26adb82	20231027173027	b26	bb
5a34ab53bd8a	20231027232707	b26	bb
60aa89a1ab3c	20231029190110	b26	bb
6278c99b77b7	20231031021304	b26	bb
477cb782cf02	20231031051614	b26	bb
965bc8db9daa	20231031211617	b26	bb
7523a344f785	20231101011735	b26	bb
c13269dd6b3c	20231101051607	b26	bb
6ee0283fa4c3	20231101132402	b23	bb
5d61830cbc25	20231101133235	b24	bb
6ecf5b9145fb	20231101134012	b25	bb
66e57f767515	20231101171620	b26	bb
304f9afaac21	20231103011706	t809	bb
86d49e7265f0	20231104011634	b26	bb
7f07a956f865	20231108144615	b27	bb
9d701d35041f	20231109163939	b28	bb
84a6fe7e4032	20231113171742	b27	bb
e9d1484a8ecf	20231113185957	b27	bb
9376f8e3e04a	20231115214539	t752	bb
393d7cebae79	20231115214827	t772	bb
dc247fecb923	20231115215122	t793	bb
e8e56a3499dd	20231116132945	t730	bb
c79ed195ea84	20231122012335	t829	bb
3c7c00d2d6bb	20231125220432	b27	bb
2a48f1ee021e	20231127131024	b27	bb
288368e416e4	20231128190455	b26	bb
1370a40b7f29	20231128190516	t810	bb
a456339dc30e	20231128190519	t811	bb
8468c261bc55	20231201080059	b27	bb
2231ff5ae417	20231201173528	b27	bb
358f2c7ab445	20231208145228	t812	bb
fb8b7346aace	20231213172708	t805	bb
9434e7539ba7	20231213212002	b27	bb
feecac4b447f	20231214012015	b27	bb
e3d7e06bd60c	20231214052006	b27	bb
12b0e099db07	20231214062645	b27	bb
9e17903f4660	20231214172320	b24	bb
c609c97b3355	20231215070911	b27	bb
6e852562a5e3	20231218173536	b24	bb
0a514be22c2b	20231218211957	b27	bb
abce78fd54d1	20231219151602	b27	bb
4106282f9035	20231220090131	b27	bb
96e9c8d6f10a	20231220092110	b27	bb
ce598b9f33a2	20231220132911	t773	bb
5a0a4247921d	20231220173006	b27	bb
587796ace18f	20231220173821	t753	bb
94205f8c40c6	20231220174133	t794	bb
9564cbbbe02b	20231221053201	b24	bb
8b39b9cbed2c	20231221053840	b25	bb
3373afdd7a41	20231221054400	b26	bb
f1ec2cd017c0	20231229230857	b27	bb
ca4f3a73f7d3	20240102114615	b27	bb
9f8ed7bc9029	20240103122435	b27	bb
49ba51431a5a	20240103123202	b27	bb
b0062217a220	20240104011438	b27	bb
02f21344ac89	20240104193405	b27	bb
a1be94abc307	20240108154326	b28	bb
e8a81a3a434d	20240110161501	b27	bb
eb811c875420	20240110174155	b24	bb
c5938c6876a6	20240110175023	b25	bb
baea19d6e81c	20240110175813	b26	bb
b0cf21f3e8b2	20240110194912	b27	bb
a3cbf5a7be02	20240111093507	b27	bb
fb1e77b99241	20240111212147	b27	bb
b13c4f4b008a	20240115212153	b27	bb
645838075524	20240115235621	b27	bb
e6f7698a3e2c	20240117214041	t754	bb
dedf54e6de81	20240117214313	t774	bb
ec3fadfb2b14	20240117214550	t795	bb
b0ed45df6613	20240117214832	t813	bb
aa81cb55f079	20240118092131	b27	bb
eab7383fd8d4	20240118114555	b27	bb
b2c0677f40f1	20240118155840	b27	bb
7e651e598d76	20240118212157	b27	bb
ffe7bf60ebbf	20240118212159	b27	bb
202c415847ae	20240119124829	b27	bb
4bf7f9496ed6	20240119211347	b27	bb
3d4f98db0e40	20240120152043	b28	bb
657d7be98b25	20240122172058	b27	bb
8092c71d3605	20240124011219	b27	bb
3d92ad924fd9	20240124182843	b27	bb
af62623c06fd	20240125134720	b28	bb
61be9f118e89	20240126182806	b27	bb
3f9c0e9ceb9f	20240131212307	t830	bb
4ceeb096c424	20240201010024	b27	bb
76174b8af8cf	20240208133807	b27	bb
790cfadf6208	20240210012808	b27	bb
5fb8d886b562	20240212172358	b27	bb
d23a110967cf	20240212204617	b27	bb
dc532e7975df	20240213183836	b27	bb
7eae79e001b1	20240213221040	b27	bb
5dc18a7aede2	20240214052527	t831	bb
c3231901f2fe	20240214133842	b27	bb
bda79d41e9f4	20240214174316	t755	bb
b80007ccf357	20240214174621	t775	bb
001ca025743c	20240214174932	t796	bb
62c5e9e7b4bd	20240214213305	t814	bb
306b201a2d29	20240215012442	b27	bb
ee51eaf9d027	20240215224719	b29	bb
16552d465626	20240216125724	b28	bb
9c3db8681d49	20240216200937	b28	bb
bb04dc47e331	20240216201814	b27	bb
7087b65a7439	20240218225055	b27	bb
d47df2f00fad	20240219081513	m	bb
db79dcf23b6d	20240221040435	b27	bb
49bc97e51884	20240221064935	b27	bb
271d034e8610	20240221085607	b27	bb
e88f4481f2db	20240221122726	b27	bb
8c4efe8d079e	20240221202651	b27	bb
95cf81780178	20240223142202	b27	bb
64b46766f1e0	20240223202332	b27	bb
0b7086f72183	20240224144421	b27	bb
94320f876508	20240227010222	b27	bb
2c68d64279be	20240227073141	b27	bb
e8b5ff9ea308	20240227230045	b27	bb
2f00261364cb	20240228105948	b27	bb
7f4bc0ee624b	20240228110018	t832	bb
d99a76c51e14	20240228230157	b27	bb
b40bb27cf28c	20240229005055	b27	bb
36a771f98c38	20240229201028	b27	bb
8636987d11de	20240229201028	b26	bb
27b14078659c	20240229203155	b27	bb
cc211226f013	20240229203155	b26	bb
1047f6396b27	20240229235935	b27	bb
1bed3f14c117	20240301205136	b27	bb
d48adf87e6e2	20240301224102	b27	bb
f759d2e9764c	20240302021644	b27	bb
1002c2f9bdc6	20240302051254	b27	bb
08128e0dfa59	20240302085154	b27	bb
79f21dcaa875	20240303001039	b27	bb
4c3285554053	20240304081319	b27	bb
4b03fda005e7	20240304185259	b27	bb
ae38726e6eb0	20240304193156	b27	bb
f323801a3474	20240305045150	b27	bb
6810f4fa0d3d	20240305045152	b27	bb
64334495a6f0	20240305045158	b27	bb
62aace94ab8d	20240305202148	b27	bb
d1672351e4c0	20240305210530	b27	bb
82506389a2ce	20240305210535	b27	bb
8c603424793b	20240306005129	b27	bb
e34b66436f2c	20240306050250	b27	bb
8b11b2fa6b24	20240306144728	b27	bb
92199ae77db2	20240306153840	b26	bb
c853ce5329ce	20240306154748	b25	bb
2583e535e583	20240306155615	b24	bb
fc39103f8821	20240306160246	b23	bb
0cdc0ce850af	20240306170515	b27	bb
47abbe025115	20240307050516	b27	bb
fee411cff231	20240307091411	b27	bb
7adf9e8a99d7	20240307175727	b23	bb
e4b3affe5dda	20240307180807	b24	bb
fb469da01963	20240307181809	b25	bb
d2c617715443	20240308000409	b27	bb
84dfaee610db	20240308040359	b27	bb
110b75b14e8d	20240309000504	b27	bb
3be09aa8dbd6	20240309004812	b27	bb
7ebe0ea60e0a	20240309200420	b27	bb
45e17fede084	20240311115640	b28	bb
403b37f3ba57	20240313002401	b26	bb
a909ceb58fa3	20240313080433	t833	bb
00e4609774f8	20240313222147	b27	bb
650f39267a15	20240314130817	b27	bb
f70badf7fad1	20240314170425	t756	bb
4467b1e4375a	20240314205747	b27	bb
eea636f8f427	20240314205749	b28	bb
c991e9a3b5c4	20240315211157	t776	bb
36c461ca57ec	20240315211458	t797	bb
46588f2726fa	20240315211802	t815	bb
b18cdb5260e0	20240317155614	m	bb
fa185a21dba3	20240318081012	b28	bb
1518fca9f06c	20240318115916	b28	bb
2bc7e1a59b6e	20240319062635	m	bb
9fa6b561dd56	20240321000719	b24	bb
84aa62b7809e	20240321001638	b25	bb
ca07432a0b3e	20240321002451	b26	bb
a457c5ed6855	20240327102235	b28	bb
d39033f045f2	20240327123919	t852	bb
2ef9fa9ab175	20240327161628	b23	bb
b4632b75ff72	20240327162728	b27	bb
5384afa135d7	20240327162743	t834	bb
742f2335b9e4	20240403000056	t835	bb
a2cc4908546a	20240403203718	b28	bb
ade2ae222800	20240403203718	b27	bb
aa7909e7d7c0	20240404035629	b28	bb
c2219bd0bedc	20240404083129	b24	bb
846372da574c	20240404084320	b25	bb
f0be73d72672	20240404085020	b26	bb
a277ede7be0a	20240404161545	b24	bb
f1d73d748820	20240404162131	b25	bb
0058eeef6a23	20240404162704	b26	bb
1e7adee6a0ce	20240405121907	b26	bb
2df4de16d44f	20240405201205	b27	bb
7da319745b8b	20240409070638	b28	bb
b9e952f4d7a7	20240409071254	b28	bb
cee763f346aa	20240411200344	t836	bb
d67dddfe904b	20240411221141	b28	bb
34d780971c58	20240415203310	b28	bb
b17c36348122	20240416164812	b28	bb
4cd6b756be04	20240416164915	b28	bb
6423f18f703b	20240416200512	t777	bb
e2101e16480f	20240417001010	t798	bb
9f00f2c9b2bb	20240417001214	t816	bb
2fe05741c13c	20240417091908	b28	bb
5db05eb7677e	20240417101527	b28	bb
3aa45779f2e5	20240417214150	t828	bb
79491afc36e9	20240418093649	b28	bb
a82df61b8434	20240418093650	b28	bb
9990b0b122c9	20240418093651	b28	bb
3407442ff2e1	20240418133635	b28	bb
506bc538e679	20240418173638	b28	bb
b1c1c0345d1d	20240418173639	b28	bb
841e997e336f	20240419155802	b28	bb
6bdde7723ebd	20240422120122	b28	bb
5b2b83af7254	20240422173645	b28	bb
d071c085407c	20240422175432	b28	bb
02e371e43736	20240423013647	b28	bb
66b378aea840	20240423013648	b28	bb
47f558294cb9	20240423013650	b28	bb
e4f9b83713ec	20240423091037	b28	bb
4a5f0393600d	20240423133638	b28	bb
943322657996	20240424013642	b28	bb
f3332a08ccbc	20240424173633	b28	bb
178bcf2846fe	20240424173636	b28	bb
6b47d7dcbef7	20240424213639	b28	bb
ea434dfecf38	20240426132817	b28	bb
f9eba8e8c3be	20240428070651	b28	bb
9aa3aae99d2d	20240428162618	b28	bb
b444e6c32e6d	20240429121946	b28	bb
0280901a4dd5	20240429131854	b28	bb
049f23164924	20240429213655	b28	bb
4a341960220d	20240430062453	b28	bb
ebbf7d7dc321	20240430101655	b28	bb
64ff14beda4b	20240501130611	b28	bb
2daa31e07112	20240503222114	b27	bb
35cab326ad02	20240504003057	b28	bb
d3682da14f72	20240506163139	b28	bb
4ebe42d8c9c1	20240507003106	b28	bb
aa6ed1bae15f	20240508063542	b29	bb
988ddc2b6cb9	20240508150434	b28	bb
8a8d0731deec	20240509003152	b28	bb
62f959700d55	20240509043313	b28	bb
4d57b6a3406d	20240509183058	b28	bb
4e1652b143b3	20240510085155	b27	bb
b31bc29ea140	20240510145652	b28	bb
8f0ddabc697f	20240515003926	t799	bb
b2b4f7cf0f0c	20240515084714	t778	bb
4467d2d9817b	20240515085041	t817	bb
8e3349bf5499	20240515085406	t837	bb
f2cf545be19a	20240516083627	b27	bb
fa8c68e9865b	20240516083627	b28	bb
1582c4c03dc3	20240516211834	b28	bb
3aa51ce5081e	20240517170226	b28	bb
86f83bc81899	20240520163845	b28	bb
c7396197f39e	20240521090535	b28	bb
a146a0f3533c	20240521115812	b28	bb
2f2b8000974d	20240522082209	b28	bb
98df4f79ac02	20240522134247	b28	bb
e8eae94e4533	20240523124411	b28	bb
e89e40c1870b	20240523143343	b28	bb
8410e24e3173	20240523174018	b30	bb
fdffb523da40	20240524132424	b28	bb
0123e78ef6df	20240527083907	b28	bb
233a06528f10	20240527085547	b28	bb
6a88f2da3876	20240527090027	b28	bb
00036b79c414	20240527091000	b28	bb
e428fc295cff	20240527091043	b28	bb
92f0985ce1b0	20240527091318	b28	bb
e6e45e172b0d	20240527091617	b28	bb
538b7809aa2c	20240527092228	b28	bb
fd6b8e655129	20240527102650	b28	bb
b7ea49a19972	20240527131150	b28	bb
c559583d364b	20240527132408	b28	bb
9f33e96b6a6e	20240527133115	b28	bb
ffda3468aab0	20240527154229	b28	bb
f53839a9ad6d	20240528083908	b28	bb
785fca481fa1	20240528102259	b28	bb
b92b563c449c	20240528163905	b28	bb
5f741a5d35fe	20240528163907	b28	bb
3f130bd83012	20240529003851	b28	bb
68d318f3aa6f	20240529110000	b29	bb
b4e1cfcfab6c	20240529121049	b28	bb
5d650114a585	20240529123908	b28	bb
9c87eb081533	20240529132033	b28	bb
e8b54718d08b	20240529203923	b28	bb
7adab2f2f695	20240530003919	b28	bb
d81b8f64920e	20240530003920	b28	bb
52e5651101ed	20240531003927	b28	bb
21b1828b057b	20240531173045	b28	bb
8c9cb8838f71	20240603191538	b28	bb
7c5e9038dd9c	20240604003159	b28	bb
7c6e307a725f	20240604003933	b28	bb
5d84e91dbf4b	20240604082319	b28	bb
c7d706847a0c	20240604163737	b28	bb
b03e5b8438ce	20240605123720	b28	bb
bbe85a4a80dc	20240605204109	b28	bb
82627741cb4d	20240606121433	b28	bb
098e7c5a9bc6	20240606164440	b28	bb
1c075dc88cc6	20240607044045	b28	bb
20d0a8ee8261	20240607083311	b28	bb
1fc4f8ad3496	20240607084044	b28	bb
2d885a2ed5f7	20240607084328	b28	bb
503a0905c06f	20240607085501	b28	bb
94cabc85d995	20240607124056	b28	bb
8fc5a6465187	20240607145055	b28	bb
e8224736d312	20240607164108	b28	bb
c415c7650f46	20240609164052	b28	bb
9a760efea116	20240610160347	b28	bb
14559c0feceb	20240610205247	b28	bb
b681e77bec71	20240610210104	b28	bb
911684686f22	20240611004119	b28	bb
03443e7ede0e	20240611082225	b28	bb
5347b09f1d1d	20240611084207	b28	bb
67dc91381672	20240612121327	t779	bb
0663e45786de	20240612121653	t800	bb
264f302431a6	20240612122005	t818	bb
592d891671b2	20240612122329	t838	bb
fb1003a7e411	20240612170430	b28	bb
48d8fc7e2eac	20240612200622	b28	bb
f29a36dfab63	20240612201455	b28	bb
39cc8deb076e	20240612221048	b28	bb
0d728e628729	20240612221115	t853	bb
cc198ea39d10	20240613082556	b28	bb
5f43af464b26	20240613141056	b28	bb
e4e31fd32c91	20240613141058	b28	bb
a7f430b8bb75	20240613152539	b28	bb
e0bc24e153d5	20240613164317	b28	bb
91ff2f6ea59f	20240614104048	b28	bb
cea15394b3c4	20240614141049	b28	bb
24f64322fee5	20240614152055	m	bb
de60f3ccb591	20240614162803	b29	bb
6e4469285c50	20240615230923	b28	bb
db174bf2ffb9	20240616120443	b28	bb
0b664571bb33	20240616205109	b28	bb
d2f5fba1f82d	20240616205932	b28	bb
a7db3ade6238	20240618154729	b28	bb
ef61656b8a37	20240618181049	t854	bb
fd8492c66f48	20240619004316	b28	bb
64e74f9623f8	20240619181541	b28	bb
90902b591f82	20240619182855	b28	bb
f9b8f88e7db1	20240619184522	b28	bb
af263053891a	20240619191833	b28	bb
e1202c7e8207	20240619221021	b28	bb
b9309ac26b16	20240620181025	b28	bb
1ea671aac47d	20240622094331	b28	bb
485ae13a5886	20240624083443	b28	bb
91774658e7d4	20240624134940	b28	bb
96f66e9159ef	20240624194138	b28	bb
2c866525dd13	20240624194229	b28	bb
c4145a9c20d8	20240624195835	b28	bb
dd940936eec9	20240625173103	b28	bb
2923011bfdd9	20240626062848	b28	bb
430e755e85f4	20240626062852	b28	bb
6090471cca1b	20240626062854	b28	bb
8ffa5314741e	20240626062855	b28	bb
4e7651c22087	20240626062857	b28	bb
0fbd594bc217	20240626141333	b28	bb
88829a42b75c	20240626182623	b28	bb
11d680760371	20240626192714	b28	bb
b043b561b47b	20240626222646	b28	bb
66473c1f2b65	20240627115824	b28	bb
a2665afaf686	20240627170747	b28	bb
96c49b698799	20240627182623	b28	bb
ef4b2f63d9a3	20240627222547	b28	bb
4b5beb66d4f2	20240628062600	b28	bb
ae071bc75ff9	20240628062603	b28	bb
9ab93c077780	20240628151651	b28	bb
acc5917341fd	20240628192013	b28	bb
4dec662fe871	20240628222613	b28	bb
ab86e03da476	20240630182625	b28	bb
67d4de780d32	20240702182739	t855	bb
c45bc431c335	20240704092957	b28	bb
e996fa7a55dc	20240705125544	b29	bb
e57f1620317a	20240705161007	b28	bb
127e4c3902e3	20240707023227	b28	bb
354ed1bc9f1f	20240707023231	b28	bb
55c0e2c77794	20240708055238	b28	bb
27b43922a4bf	20240708143103	m	bb
7f36d816ee99	20240710183246	b28	bb
732dd289a0b3	20240711114929	b28	bb
2176e80333dd	20240711175052	b29	bb
53b8be7ceab5	20240712063246	b28	bb
37c2760fd92d	20240712091022	b28	bb
b6a1b42a2421	20240713024023	b28	bb
eab51c4031d8	20240713162302	b28	bb
34751e103ae1	20240713183232	b28	bb
3aff10e3cd83	20240715024616	b28	bb
0724a9928fca	20240715183237	b28	bb
59ef8e11c6d4	20240716023245	b28	bb
1b189bad12ba	20240716143346	t856	bb
001900e4e98a	20240716145526	b28	bb
37121f3f0017	20240716224050	b28	bb
9dea255e1203	20240717075506	b28	bb
8829919e29ed	20240717104446	t780	bb
49b2c81cadd7	20240717104825	t819	bb
6386c4bd89bc	20240717184540	t801	bb
ece8c0001459	20240717184923	t839	bb
6dde7fe449da	20240718023301	b28	bb
cd892da09ff0	20240718173137	b28	bb
5742b23135df	20240718183319	b28	bb
80707e5e449d	20240718183321	b28	bb
5130bd9e7862	20240719063343	b28	bb
8108d4122f38	20240719190441	b28	bb
b6e8438bf5f7	20240719190441	b27	bb
6e31289fcffa	20240720122957	b28	bb
c594704d127a	20240720122957	b27	bb
82af755eff54	20240720223250	b28	bb
8a2bbd039316	20240721200200	b28	bb
20993758b7d8	20240721200603	b28	bb
79fd7abf82ec	20240722052058	b28	bb
009514ecc124	20240722091343	b29	bb
a9affb4c9c01	20240722223656	b28	bb
bad8f77ca6ef	20240723023642	b28	bb
1f27757b2f97	20240723125225	b28	bb
18dd587a4b6e	20240723142808	b28	bb
f45c45195a21	20240723170937	b28	bb
825f52e194ec	20240723191912	b28	bb
dcfcc90795cc	20240723200359	b28	bb
ac9204c6195b	20240724010704	b28	bb
fe54892e0cc4	20240724050709	b28	bb
6a9911a398f1	20240725065223	b28	bb
93c6a5bf507f	20240725170742	b28	bb
4536e5a391f8	20240725210749	b28	bb
5d289bc44cf9	20240726132600	b30	bb
f71a5cc5d352	20240727141316	b28	bb
b6f7bdf3b861	20240727154724	b29	bb
71959c526d54	20240727175048	b29	bb
274256ef2e49	20240729134403	b27	bb
c475fe0910d0	20240730134702	b29	bb
183d19832746	20240731132716	t874	bb
5e3e8ea98fe9	20240801004130	b28	bb
52a8acc26a51	20240801004154	t857	bb
646e79b061a2	20240801101010	b29	bb
aa2f3692dc68	20240801224019	m	bb
1a951c288710	20240805133025	b29	bb
a5110e3cfd46	20240806124358	t858	bb
ae43527480ee	20240813092157	b29	bb
02a19c375c49	20240813141925	t851	bb
690fd5274dfc	20240814061205	b29	bb
a11a4d45bb99	20240814085300	m	bb
3c2f0814dfa2	20240814191659	b29	bb
29ce70061437	20240814202152	b29	bb
867b18821e49	20240815022206	t820	bb
33d7cb6f22a8	20240815022509	t840	bb
072b798d11fd	20240815061833	t802	bb
d63a65fbe7d4	20240815135022	b29	bb
908d899011ae	20240816012428	b29	bb
da3ab4e935d9	20240817170007	b29	bb
b3dca7eb8a45	20240817204211	b29	bb
56b7eaf344c3	20240818004353	b29	bb
a398951ea1b4	20240818012726	b29	bb
1b9b709183cc	20240818014200	b29	bb
1647efd5c4ae	20240818190157	b29	bb
78c1586020d8	20240818222533	b29	bb
6f44458e5efa	20240819143715	b29	bb
86c96117c63b	20240819151804	b29	bb
79827ce1dfbd	20240819153319	b29	bb
46965213e456	20240820033319	b29	bb
8981a9a956b5	20240822114542	b27	bb
cdafd6eb8644	20240822182154	b27	bb
8a9438e118ca	20240826073909	b27	bb
aa547ee1e5c0	20240827015839	b29	bb
808b78790597	20240827082639	m	bb
d69e298e048e	20240827203232	b29	bb
dec9eaa92fde	20240827233326	b29	bb
0b9a7d2f21be	20240828073619	b29	bb
c7951255f682	20240828233923	b29	bb
d7a6826d375c	20240829161641	b29	bb
3d02d42465a4	20240829174455	b29	bb
9db830e3b08b	20240829193350	b29	bb
4379fade332a	20240830112545	b29	bb
d50e2a9641f1	20240830153312	b29	bb
6c241d51b1c5	20240830193315	b29	bb
388eba62e1c2	20240830233314	b29	bb
c311da225180	20240831161120	b29	bb
bc8a8ba48a93	20240831193310	b29	bb
2b2015d460f5	20240902155101	b30	bb
5d128adc872e	20240902155512	b30	bb
7aa9904196bf	20240902181847	b30	bb
1d3f0e5617cd	20240903161230	b29	bb
2b735405b2c6	20240903182556	b29	bb
4fca7081f8d6	20240904001735	b29	bb
d32193115cc1	20240904060322	b29	bb
51f5488cb945	20240905153435	b29	bb
fae3dcdbf6c0	20240909064038	b29	bb
9daa93c17a4c	20240910160706	b29	bb
1431fe03770f	20240910162240	b29	bb
8d0bbdfdcc60	20240910233403	b29	bb
6c3e5801b84e	20240911153959	t803	bb
c5e16f8d68e8	20240912034400	b29	bb
42752665f137	20240912035251	t821	bb
07d68c820b85	20240912035540	t841	bb
c5196ebcc18e	20240912035837	t859	bb
53c7e93bf282	20240912113359	b29	bb
7141d012f486	20240912124522	b29	bb
804c220d8f3c	20240912124522	b27	bb
e461ee1f4ca0	20240912124522	b26	bb
e935feb73531	20240912124522	b28	bb
fb6ca040d7b7	20240913153400	b29	bb
68a23b85b656	20240916095126	b29	bb
892e9b89df6b	20240916095654	b29	bb
b42d55bc18ae	20240916100011	b29	bb
08c6c3148c56	20240916141049	b29	bb
4f57ad32047b	20240917205444	b29	bb
4d28b8364c4f	20240919060252	b29	bb
3cd3050ffdf6	20240919224719	b29	bb
40a93af7883a	20240920162441	b29	bb
8887e59dfbdf	20240920202441	b29	bb
290f054d9be1	20240921192307	b29	bb
c2ecdf4169e0	20240922095709	b29	bb
baf58c3d79e1	20240922102105	b29	bb
fcb1b6051673	20240922202559	b29	bb
95fc3d7e88e8	20240923172915	b29	bb
def003bc9552	20240924162601	b29	bb
5395fd1e2898	20240925122622	b29	bb
d79bc2831ef1	20240925162640	b29	bb
dfbc1c7fb165	20240925202507	b29	bb
5b31113588b4	20240925213503	b29	bb
98e4506ad984	20240926100739	b29	bb
f65974c29709	20240926145648	b29	bb
146d03f559c3	20240926150959	b29	bb
84137c246678	20240927052852	b29	bb
9d7f486102ec	20240927054855	b29	bb
7416b2ea43f1	20240927143415	b29	bb
374753a638fc	20240928042558	b29	bb
e2b5fa74cde4	20240928042559	b29	bb
2d7a47c42bfc	20240928082459	b29	bb
ea4f3d0f6f99	20240928202509	b29	bb
46093399c4de	20240929082523	b29	bb
1b8aded77b1f	20240930013810	b29	bb
71640ef87247	20240930223330	b29	bb
415a0d6789ae	20241001063125	b29	bb
3ecd72cc0b06	20241002020009	b29	bb
d274c7ba360b	20241002130339	b29	bb
105983d93c2a	20241003090852	b29	bb
f0b2234e53a6	20241003091307	b29	bb
ca4a13f6dec7	20241003203027	b29	bb
d6404c8d76d6	20241004064815	b29	bb
bf1a6eed357b	20241004144311	b29	bb
ef8b7aa53e93	20241004155328	b29	bb
d0ad18c2fcc1	20241004222123	t875	bb
5fceb99b6182	20241008102056	b29	bb
0dfea60d7a30	20241008102058	b29	bb
3c28f816594e	20241008221211	b29	bb
ba20fcad8ff5	20241009015600	b29	bb
cae730524e69	20241009095550	b29	bb
bbcb9ac52335	20241010150011	b29	bb
6b8f524c7cee	20241010155822	b29	bb
cd6681f3c49d	20241010215610	b29	bb
d13452aae75e	20241011010019	b29	bb
9f84a0d8edc9	20241011082213	b29	bb
2717ef67e339	20241011140019	b29	bb
64f5574f09ee	20241011140021	b29	bb
d366fa77377f	20241011140854	b29	bb
ce42c297f4b4	20241013205325	b29	bb
9cff3e43bde3	20241014015924	b29	bb
c38ce11939a7	20241014140033	b29	bb
e4db112974c7	20241014212316	b29	bb
43e9ea4bb53c	20241015172303	b29	bb
235936510e4e	20241016060006	b29	bb
bf414551df60	20241016120201	b29	bb
77d9809f89f5	20241016203452	b29	bb
607869c7d9a6	20241017195115	b29	bb
6a276b2b9527	20241018002900	b29	bb
23900f492969	20241018042940	b29	bb
6e81f97bd959	20241018202952	t876	bb
fc589c225cef	20241022192031	b29	bb
cff56219d9c5	20241022200824	b29	bb
15af21a2ae18	20241022214008	b29	bb
65ed08a83429	20241022232630	b29	bb
f05f3ca8bc82	20241023015627	b29	bb
c5146a9031d2	20241023060756	b29	bb
d52a08760b7e	20241023061721	t804	bb
56676936fda8	20241023062040	t822	bb
24ad14499265	20241023062403	t842	bb
270e5ab17145	20241023140449	t860	bb
86e81b0a370a	20241023153357	b29	bb
1cca19dc02ae	20241023203637	b29	bb
abe0e99c212d	20241024175617	b29	bb
d8fc5bb52442	20241024203845	b29	bb
9d19c65cdb93	20241024205048	b29	bb
951bba35c571	20241024235249	b29	bb
3dc7fd5f4c1d	20241025015621	b29	bb
c957b595183e	20241025155001	b29	bb
5295d256f622	20241025174637	b29	bb
b5002f17ec87	20241025175103	b29	bb
ab2cdceca1a1	20241026021723	b29	bb
a6130fb3b4c2	20241026154938	m	bb
f77b3993b900	20241028150133	b29	bb
886262a3de7b	20241028152259	b29	bb
d86bbaef58eb	20241029084208	b29	bb
b0bd1f5b29c2	20241029173812	b29	bb
a887e579c095	20241029174614	b29	bb
db23975bde0f	20241029210947	b29	bb
79a7334678c3	20241029225053	t877	bb
d7104c6737bc	20241030065017	b29	bb
6ba2fc71bc40	20241030185032	b29	bb
4e05c623aea4	20241031203028	b29	bb
10f459626d31	20241101011915	b29	bb
c5d71b267c2a	20241101031653	b29	bb
d99919f3ffdf	20241101033524	b29	bb
10c2fdb7f4cf	20241101171406	b29	bb
d680385f6162	20241101190545	b29	bb
b3f6edec9a38	20241101190546	b29	bb
334e30739dff	20241101200532	b29	bb
67554141e090	20241101230540	b29	bb
6c8438202998	20241102021911	b29	bb
8cb21671f43c	20241104154019	b29	bb
df7621a0b472	20241104185230	b30	bb
d69191cc45d1	20241104195655	b29	bb
2ff887486f17	20241104230604	b29	bb
be38ea1eb508	20241104230606	b29	bb
1f96e4548876	20241104235859	b29	bb
3a268848dc31	20241105030600	b29	bb
f6b680711f4a	20241105044528	b29	bb
3fc0d17041aa	20241105070536	b29	bb
48c69473704f	20241105151857	b29	bb
6d45801000d7	20241105190546	b29	bb
c1010ffd7de3	20241105230542	b29	bb
e132ac21c9fa	20241106013656	b29	bb
9d76eb1606c5	20241106030549	b29	bb
e6df85f02bd4	20241106110554	b29	bb
ae04abdbe919	20241106150618	b29	bb
42722cdad2a2	20241106150644	t878	bb
2d5ed6fa115c	20241106230615	b29	bb
c57dbd8decb0	20241107030607	b29	bb
49537610e837	20241107050503	b29	bb
bfbe175263d6	20241107093609	b29	bb
be40e97e1a47	20241107114708	b30	bb
fba42f0ac4ba	20241107211909	b29	bb
eb282ed4ca9f	20241108094212	b30	bb
c57e0a82c31e	20241108115817	b29	bb
2d3b1e2feb4e	20241108115820	b29	bb
fe3db7fea609	20241108115821	b29	bb
fcfb2ba0165b	20241108115824	b29	bb
ec126553e25c	20241108115827	b29	bb
eddb10793824	20241108115830	b29	bb
955401ca9a15	20241108115833	b29	bb
37045084c2aa	20241108175443	b30	bb
111d4bc2cca2	20241111220314	b30	bb
cad7aa5a474a	20241113142933	m	bb
8c994ba4e623	20241121001100	t823	bb
255d1dd98c2c	20241121041438	t843	bb
ef98edcb9b36	20241121041744	t861	bb
a9177f9ca18e	20241126035202	b30	bb
289299a4b9fd	20241127000814	t896	bb
be86cb59f158	20241127121947	b30	bb
55d23e26d5ef	20241127164845	b29	bb
4ea8474dc7f8	20241127164910	t879	bb
b836a27b07b1	20241128165936	b30	bb
70a4950f35f8	20241202134358	b30	bb
5ab0e4c86023	20241203222118	t880	bb
82fcce064677	20241204140937	b30	bb
23c1f4e30f4f	20241204142111	t961	bb
e3793792ba4e	20241204142111	b33	bb
24500c1c5071	20241204143914	b33	bb
e01401eb8639	20241204143914	b33	bb
06af948aa5a8	20241204145256	b30	bb
120beb24076e	20241204145256	b29	bb
f118320d13f9	20241204222315	b30	bb
9df509924771	20241205022958	b29	bb
c8fe61c9c4bf	20241205223042	t881	bb
692a5111890f	20241206074053	b29	bb
e95e61cd4fc2	20241206074053	b30	bb
0ff074ca3568	20241206163806	t963	bb
8101e94f4991	20241206163806	b33	bb
8e21410d16a5	20241206182637	b30	bb
4765adee376d	20241206183707	b29	bb
d0f5d5519155	20241209114554	b30	bb
09da9b25fa59	20241209115603	b33	bb
3db82856dc3f	20241209120047	b33	bb
5da30e54b389	20241209120047	b33	bb
cde804bca825	20241209121532	m	bb
e8a7cb0e1843	20241209150452	b30	bb
1047529e648a	20241209164114	b30	bb
48920637eaa9	20241210171638	b31	bb
ce7e726471eb	20241210223706	t824	bb
b47f9d493bdc	20241210224002	t844	bb
4b5b7fa1eef9	20241210224307	t862	bb
a96aa538640b	20241211114557	b30	bb
0d554618e21a	20241211215852	t873	bb
706280d1e7c8	20241212055154	b30	bb
1df7a02c723f	20241212095039	b30	bb
92b4ec71fb9a	20241212174241	b30	bb
e82d0c2ac7ad	20241213014615	b30	bb
633c24cce509	20241213095137	b30	bb
fae881e13fd4	20241213135128	b30	bb
ab443a50c620	20241213175236	b30	bb
ec0ec91b1923	20241213203013	b30	bb
a6e6f66ef72c	20241213203223	b30	bb
540fb4f698ea	20241213205049	b30	bb
61ee2c5802c7	20241214015128	b30	bb
d5ac3dbddc18	20241214145843	b30	bb
67da6d1a4174	20241215015103	b30	bb
9f31100789d4	20241215221918	b30	bb
ea791f25013d	20241218215229	b30	bb
5adc342f3dce	20241219170352	b30	bb
d55310b9f9f9	20241220125001	b33	bb
ecaf85d034a6	20241220125001	b33	bb
bad1caabdeb6	20241220125547	b30	bb
6584190087a4	20241220193057	b30	bb
d6ee3825de5f	20241223065932	b30	bb
498e3efe74e6	20241229111850	b30	bb
da6e2946e51b	20241229162156	b30	bb
91ed5e1d2bc2	20250103004407	b30	bb
2ad95cfec907	20250103162209	b30	bb
ca1e525bb47b	20250106202309	b30	bb
26c6fd655e73	20250108162250	b30	bb
f29637f7f240	20250108203147	b30	bb
e421aed7f1b4	20250109163042	b30	bb
43bf1a1b0a88	20250110212307	b30	bb
f2d9cfb8c84b	20250110212323	b30	bb
40cace856c94	20250114130631	b30	bb
2241515bf693	20250114131857	b30	bb
151d6316055a	20250114204051	b30	bb
ea0b82ef073b	20250115064625	b30	bb
2d999b8c6e37	20250115080727	b30	bb
49eb6dc0666f	20250115202322	b30	bb
cc93253c2f96	20250116004223	t825	bb
2d3af1c28ade	20250116004534	t845	bb
f874bdf34413	20250116004854	t863	bb
9d43434511c4	20250116005222	t882	bb
9897373fe634	20250116202332	b30	bb
d853ccf18cc9	20250120185432	b30	bb
52af3bdc0f56	20250120185943	b30	bb
04736883c5d9	20250122151438	b27	bb
7811788aa5af	20250122163452	b26	bb
3617101e66f4	20250122202702	b30	bb
3b09c1344895	20250122202705	b30	bb
8eaec8fb352c	20250122203833	b28	bb
9f1cce41d5a0	20250123200737	b30	bb
97f3d2697cce	20250124042358	b30	bb
de67e026ada1	20250124220329	b30	bb
ce24f3c462e8	20250126002339	b30	bb
f2030849e1d6	20250127202351	b30	bb
c77f9e4f9ecc	20250129035655	b30	bb
362c5e8de9fa	20250130002447	b30	bb
57bc261e52e5	20250131091804	b30	bb
9a7d64c561ab	20250204120352	b30	bb
afa4b4adc4f5	20250205205221	t897	bb
c92258a929a3	20250206174552	b30	bb
07d61b66a66d	20250207125524	b30	bb
2b1c073f5849	20250207133915	b30	bb
5c249861a49f	20250208114348	b30	bb
fb7de293686a	20250208152720	b30	bb
8683d2da3be9	20250211115216	b30	bb
789d60d28011	20250211150625	b30	bb
3ead27a3a2dd	20250211202023	b30	bb
bf05f9c594a5	20250212235142	b30	bb
d7581d065465	20250213105316	b33	bb
5dc33244556b	20250213120857	t826	bb
25aacdf9b021	20250213121204	t846	bb
f8a6f48d8e4e	20250213121516	t864	bb
86ff7a15de4e	20250213121838	t883	bb
90ccd59ab165	20250215195049	b30	bb
cce6f521f112	20250218195127	t898	bb
7392886a8b13	20250219002621	b30	bb
72c2d4d41534	20250219035121	b30	bb
89a380445324	20250219123751	b30	bb
84ec13492bbf	20250219160048	b30	bb
dbe73bc7123d	20250219214335	b30	bb
e6e6fcf17641	20250219215031	b30	bb
50aba713743d	20250219215125	b30	bb
d067ae26c734	20250219235054	b30	bb
023460f5a85a	20250220091356	b30	bb
4a6072d89f58	20250220174522	b30	bb
9c375bc53d3d	20250220195035	b30	bb
d8b34c3ab2d8	20250222043901	b30	bb
8fa90a072877	20250222235035	b30	bb
8dd5edb393de	20250224155511	b30	bb
a126675a40e5	20250225122152	b30	bb
3c80fbbe56d1	20250225204633	b30	bb
2790aee4ebc3	20250227111147	b30	bb
9dffd3c20ffc	20250227155937	b30	bb
b46275ad754d	20250227200727	b30	bb
7b0f098f60f2	20250228084358	b30	bb
8247f1e51fa2	20250228160732	b30	bb
2143ace7a7b4	20250228192826	b30	bb
ebce4d7b9df4	20250228200726	b30	bb
cb16ee36351f	20250228200728	b30	bb
29076dbc0b34	20250301141035	b30	bb
41d7de3d5a7a	20250301141419	b30	bb
030621a30728	20250301191716	b30	bb
05e64ee1f664	20250302000634	b30	bb
ec8a292223d9	20250302000636	b30	bb
a539a79dea44	20250302174308	b31	bb
145966252536	20250304074648	b30	bb
9cfcaac39741	20250304192908	b30	bb
d3a97a308eef	20250304213447	t899	bb
ca10b28dd3d9	20250307053409	b30	bb
c1ee4cc22c14	20250307115347	b30	bb
a48b937483d0	20250307133341	b30	bb
71c858c5f4a8	20250307135908	b30	bb
d5f336d4f511	20250307173338	b30	bb
0445543f66b6	20250307173339	b30	bb
dd81c64258c1	20250307184534	b30	bb
d42a6bba8027	20250308013332	b30	bb
b3c87441408e	20250308013334	b30	bb
a50f4a61f1fe	20250309133502	b30	bb
5c7f206b2514	20250311094137	b30	bb
4ba25ca711a9	20250311120016	b30	bb
65ca8d80f58b	20250311213503	b30	bb
dd35d933c56e	20250312013847	t900	bb
e94b988d4af1	20250312014156	t827	bb
d7cf8c9b3193	20250312054855	t847	bb
445043185815	20250312055206	t865	bb
c106b23895ed	20250312055523	t884	bb
92865bf12581	20250312093353	b30	bb
bcd36428c59c	20250312154315	b30	bb
0a56d352bc14	20250312165943	b30	bb
8ee5c997b374	20250312173406	b30	bb
84892673189a	20250313133351	b30	bb
8ddf4401e533	20250313175806	b30	bb
7faeb317c7cb	20250313213513	b30	bb
5f676853f16d	20250314173422	b30	bb
595b7ca245de	20250314173425	b30	bb
115024100c7a	20250316153933	b31	bb
97feb5b4e133	20250317173544	b30	bb
b4e9c912255d	20250317173545	b30	bb
c5b5caed20c5	20250318053427	b30	bb
379ed45313e3	20250318071621	b30	bb
c8ae9cfa75ac	20250318172910	b30	bb
9475320ce4c9	20250318202622	b30	bb
7ed5fa753852	20250318213416	b30	bb
ac9f6ffb9a0b	20250318213417	b30	bb
169f1af1bf07	20250319053412	b30	bb
a9cdb028d1bd	20250319213421	b30	bb
b0ed7301c5de	20250319213423	b30	bb
e782ad64ac45	20250320053418	b30	bb
a27e26debde3	20250321035409	b30	bb
21dc3b444113	20250321060923	b30	bb
387edb880f47	20250321102427	b30	bb
1676beb32a56	20250321214150	b30	bb
55aca3c6c16a	20250322021401	b31	bb
5be379c517ce	20250324133726	b31	bb
ebd18c5e7cae	20250324155244	b31	bb
fcc2100a59c7	20250324203401	b31	bb
7a03a3b92e49	20250324203629	b30	bb
3bf0a05288b0	20250324222453	b30	bb
e359642e7cb5	20250325022414	b30	bb
61eae7552c6f	20250325162743	b31	bb
dba34c781e23	20250326145236	b30	bb
2086688a727d	20250326182506	b30	bb
983fe07d27cb	20250328143047	b31	bb
3262fdedeadd	20250330024659	b31	bb
18a1faa115ed	20250401103247	b31	bb
a3cad0dc914e	20250401175932	b31	bb
25d4fa6ba825	20250403165146	b31	bb
4e8a53562c07	20250409062549	t917	bb
335b05fae217	20250410131647	b31	bb
ecbbb0606499	20250411022055	b30	bb
5985c3c311cd	20250411022121	t901	bb
e9ce1dd558d8	20250411213029	b31	bb
03fb15103489	20250414151950	b31	bb
af0e2a11afd4	20250414221904	b32	bb
fb44e25c9007	20250415091629	m	bb
921628ecd680	20250415184857	b31	bb
0b317dbef3db	20250415222141	t902	bb
aea42c1991e2	20250417122145	b32	bb
b53b1f86243b	20250417122145	b31	bb
2673833c9d23	20250423064135	t848	bb
aed7e56a01ea	20250423064506	t866	bb
7abc795f6150	20250423064840	t885	bb
3aa3c77983ce	20250423193111	t895	bb
451ac0fcb5bd	20250423232513	b31	bb
d01bdb17a57a	20250423232514	b31	bb
82c2b6c71657	20250424032238	b31	bb
45e758d19cc6	20250424032239	b31	bb
1601be3d146a	20250424032241	b31	bb
17ad09eb27d1	20250424231738	b31	bb
21535029616b	20250430091802	b31	bb
93aeba057d9d	20250430093521	b31	bb
568f678a0448	20250502112111	b31	bb
05e0ea6c1e7a	20250502151834	b31	bb
a566719c9450	20250502231852	b31	bb
7aa362d5dd59	20250503031754	b31	bb
34f791d2b1d1	20250506174305	b31	bb
2d0ad1ac54ea	20250506191944	b31	bb
bf3d45b702d8	20250506232031	b31	bb
804ee8c42e56	20250507125118	b31	bb
571b9f39e05a	20250507140755	b31	bb
eff66266b593	20250507141048	b31	bb
996ce6af9b5e	20250508032644	b31	bb
4e28a08da364	20250508122921	b31	bb
5334fcaa9c76	20250513113913	b31	bb
1308d7c66b4a	20250513191953	b31	bb
5aad27e7ba95	20250515194141	t849	bb
21a94d495971	20250515194522	t867	bb
be54dafcc3ad	20250515194915	t886	bb
e7397e54da6d	20250515195315	t903	bb
68b411bd5b48	20250516011911	b31	bb
025e06660a23	20250516033711	b31	bb
8f2e17a6ba48	20250519060243	b31	bb
e9c99fd4fa7b	20250520151118	b31	bb
cd9e9393ec86	20250520193707	b31	bb
433f2064f167	20250521033657	b31	bb
e75871c73119	20250526134158	b31	bb
d267bacbd5db	20250528100325	b31	bb
03728c1ebef8	20250528153443	b31	bb
97456eac2407	20250528213529	b31	bb
2dd7d946ba05	20250529201356	b31	bb
d90ce655d49b	20250529201847	b31	bb
26cda3460519	20250530014149	b31	bb
e9ca982cec86	20250530014151	b31	bb
81ecec406ad6	20250530193033	b31	bb
647bbbe85970	20250603014204	b31	bb
e3f8badef8b4	20250604170953	b31	bb
058b4972f456	20250605151756	b32	bb
7c500240b12c	20250606000929	b31	bb
b8213460055c	20250606112749	b33	bb
e6fed260450e	20250606141543	b31	bb
12398ddf4e9f	20250606200305	b31	bb
f7066acf2519	20250607235248	b31	bb
ce2092b6b197	20250609033822	b31	bb
9638111dc7f5	20250609120107	b31	bb
c828854c2068	20250611000106	b31	bb
f21dd69478a8	20250611030841	b31	bb
6708db95c9be	20250611074509	b31	bb
3fab93670b9d	20250611114337	b31	bb
00a491e0ceb3	20250612001921	b32	bb
d33a6ba860cb	20250612080042	b31	bb
d158bb37c5db	20250612093332	b31	bb
25fa1fdef2b1	20250612152039	b31	bb
87b1ff7794a9	20250612200047	b31	bb
4e82e684120e	20250612200049	b31	bb
65a2176a486a	20250613084845	b31	bb
62b0aba8c9b6	20250613134311	b31	bb
03836b3bdc40	20250613141213	b31	bb
d56ed5816f9f	20250614125956	b31	bb
00429ab356ab	20250614130422	b31	bb
e6ad1934ac7e	20250616193206	t918	bb
10fe56d6e0ce	20250617033148	b31	bb
a7dabba1231c	20250617113757	b31	bb
16465459fac8	20250617130546	b31	bb
212c32462b4e	20250617175059	b31	bb
41574813b1be	20250619112734	b31	bb
e0974dcc31e5	20250619114345	t850	bb
c88bbf6bdaf8	20250619114700	t868	bb
c52bc113af19	20250619115010	t887	bb
f2e6cadbe00d	20250619115319	t904	bb
ed8c3f42cd92	20250619155315	b32	bb
6a256de8a60f	20250624132427	b31	bb
bb7300621bc7	20250624172933	b31	bb
39c7041873f1	20250624182543	b31	bb
1785b5afec70	20250625110429	b31	bb
11885e75d4e7	20250625120306	b31	bb
40f813072394	20250625122101	b31	bb
cf3a9d7f2e18	20250625172909	b31	bb
958288110116	20250625172911	b31	bb
b9ffbee154a9	20250626093002	t919	bb
bc193638216a	20250626144925	b31	bb
fc748aa158fc	20250626144934	b31	bb
d9cda8802e17	20250626154902	b31	bb
71776a84bd38	20250627020041	b31	bb
8d8a532ad4c7	20250627114118	b31	bb
3d73750dfcce	20250627183038	b31	bb
267615c1eb68	20250627212930	b31	bb
c2ce9a8b3170	20250628012933	b31	bb
5e8db78e0499	20250630172937	b31	bb
3d6860cb41c9	20250701023300	b31	bb
599cc9f395da	20250701152122	b31	bb
059a564a928d	20250701152358	b31	bb
b254476a9235	20250701210827	b31	bb
70f53edfc88f	20250701233811	b31	bb
e5813734c151	20250702113224	b31	bb
cec6959636b4	20250702113706	b31	bb
cb8249f0358c	20250702120043	b31	bb
12d87ef94cf0	20250702155004	b32	bb
6980728f27f4	20250702155524	b31	bb
0746d1b7322b	20250702170847	b31	bb
783cf83ee3e2	20250702210839	b31	bb
2cfeed63b269	20250703010829	b31	bb
735f105e5450	20250703092700	b31	bb
286cc8368b20	20250703093413	b31	bb
dce90c45afdf	20250703101101	b31	bb
14fa3d1f20c0	20250703112902	b31	bb
7d9d3036fbc1	20250703210831	b31	bb
660181394a7e	20250703210833	b31	bb
6c24674413b0	20250707010846	b31	bb
76df3ebd2e36	20250707092139	b31	bb
2f016580ef9a	20250708103130	b31	bb
6d6ff9fbae96	20250708133443	b31	bb
879be6242fe3	20250708170840	b31	bb
5439ef7b0c5e	20250709010832	b31	bb
500bfe00cdbe	20250709175921	b31	bb
6116f463722c	20250709194330	b31	bb
51aa8455791f	20250710010921	t920	bb
f4d210639bbc	20250710132152	b31	bb
81caec87ee2e	20250711011104	b31	bb
3a4ad9c658b1	20250713050851	b31	bb
c1d15a3638b9	20250714111344	b31	bb
b62c1cc29f6c	20250714141719	b31	bb
3633ea23d32d	20250714160725	b31	bb
be4c8bc00266	20250714160743	b31	bb
f84a70ae3ce3	20250714210913	b31	bb
34f52c14eaed	20250715050906	b31	bb
f78427e36774	20250715090929	b31	bb
abe8c6c78ccc	20250716012524	t869	bb
8f8431d3f24f	20250716012852	t888	bb
23a84e44140a	20250716013224	t905	bb
daba11968879	20250716171001	t921	bb
d1ceeb33a064	20250716205741	b31	bb
a21e7a8bf0d6	20250717090920	b31	bb
d4f7b29b0486	20250717131155	b31	bb
e36950929bf7	20250717133332	b31	bb
3b7d818a7f35	20250717164505	b31	bb
715e46ed5728	20250717170920	b31	bb
fa10fa2dea75	20250717170921	b31	bb
be36413bbca7	20250718010928	b31	bb
5f8e38e02c07	20250719050929	b31	bb
400c0a26026c	20250720212221	b32	bb
0d5cb31872c0	20250721054120	b31	bb
2d8455372141	20250721084637	b31	bb
f4943db5640f	20250721105952	b31	bb
8ff0be58e30a	20250721170428	b31	bb
b9f61132f43b	20250722010948	b31	bb
ec5b832e6085	20250722051000	b31	bb
aca441f80e9e	20250722135822	b31	bb
06fcc8a0753e	20250723062849	b31	bb
a052c014c7af	20250723062849	b31	bb
638e63650306	20250723175255	b32	bb
5f1f878e5cd4	20250724024901	b31	bb
fcbe18a69a99	20250724115005	b31	bb
764374b3242b	20250724144911	b31	bb
753cfe181182	20250724145627	b31	bb
38777006cd3e	20250724184603	b31	bb
f4919f808e1e	20250724184918	b31	bb
a74cb720e155	20250724212652	b32	bb
d4f2d5b8ccf7	20250724224906	b31	bb
6314d905defd	20250725024913	b31	bb
bce2be2f20f3	20250725024915	b31	bb
8b03d65abb44	20250725024916	b31	bb
f78361a6474d	20250725024918	b31	bb
0c76ee5d624c	20250728175334	b31	bb
59300dbe2a8f	20250728175334	b33	bb
7cf6a05732df	20250728175334	b32	bb
cc3d9d003979	20250728175334	b31	bb
f466f58eeaa7	20250728175334	b32	bb
fdc4054b9d37	20250728175334	b33	bb
9999d6448a63	20250729113403	b31	bb
bb115818ba4d	20250729145308	b31	bb
da11948805dd	20250729225122	b31	bb
81902fe0fc8a	20250730002652	b32	bb
d99dd130a2fc	20250730113844	b32	bb
d21662ddfcd3	20250803103540	b32	bb
4e67598575e2	20250806233248	t936	bb
d98ecdc0fd10	20250807200203	b32	bb
42e61823a9d3	20250808193944	b31	bb
a99c51b3295b	20250808194009	t922	bb
627f03916732	20250809113923	t923	bb
782358486163	20250813224308	t870	bb
798361a3ff2a	20250813224633	t889	bb
9c62a4c57feb	20250813225005	t906	bb
6c323c2a61a5	20250815171026	b32	bb
c00384c00dee	20250815171026	b31	bb
0b8655b458df	20250815171318	b31	bb
7d3990fa47cb	20250815171318	b32	bb
5f4046518f5f	20250815174251	b32	bb
302eac91493e	20250815181536	b32	bb
2052dfa6442b	20250815181852	b32	bb
706156ceafda	20250815212818	b32	bb
ddcdc12cd615	20250815212818	b31	bb
5f737f36c576	20250815213307	b31	bb
9c1e36eae819	20250815213307	b32	bb
0341f077c9d6	20250816062719	b32	bb
97396af4f440	20250816102736	b31	bb
048fbed8450f	20250818165215	b32	bb
145cb8f04bdb	20250818165215	b31	bb
481bad6fea7a	20250820163929	b32	bb
8d516ca46d47	20250821000103	t924	bb
08bef91dc4f0	20250821202343	b32	bb
799b7635a9ec	20250822125728	b32	bb
9154ec39987b	20250825140947	m	bb
df423df14082	20250825142031	m	bb
b65019457ba4	20250825142853	b32	bb
b1c7d7bb6258	20250827200219	t916	bb
01d95ed5589b	20250827235241	b32	bb
c40e1110fa64	20250827235243	b32	bb
d07f455e6554	20250828035311	b32	bb
6294eedf760a	20250828035315	b32	bb
bccbbb3816a6	20250828035317	b32	bb
17baf3d70572	20250828035318	b32	bb
9d1c3580ed26	20250828075143	b32	bb
29207cde88b2	20250828164049	b32	bb
dc29e94395ea	20250829090256	b32	bb
ffe150e4a63d	20250829144449	b32	bb
0a6101f00e0c	20250829164125	b32	bb
7b14b96bf8e4	20250829165710	b32	bb
2a8d855d0d97	20250830164107	b32	bb
1bd1139ac409	20250901122112	b32	bb
b0a827f5d54b	20250901204127	b32	bb
5b49a4ae9f13	20250902174726	b32	bb
d32752779319	20250903162942	b32	bb
44f45dd0aeb1	20250904214551	b32	bb
fad66b0287f1	20250905194348	b32	bb
dccc3e53f70f	20250906003419	b32	bb
e703bc019f61	20250906120559	b32	bb
65b3c70fc588	20250907212043	b32	bb
c28edcd52ceb	20250908023730	b32	bb
2ab8e3619f60	20250908050144	b32	bb
1e409efaeed5	20250908202926	b32	bb
5f4444947b31	20250910003907	t890	bb
68b71e8c329e	20250910044713	t871	bb
eb437e3f242e	20250910045124	t907	bb
d033c497ffef	20250910045533	t925	bb
a8c6321eeecb	20250910155243	b32	bb
bf9c276af973	20250910155245	b32	bb
5c5da7754f30	20250910195257	b32	bb
185d1573e2d1	20250910195258	b32	bb
645ba6cdcfe6	20250910195258	b32	bb
422ded29ea9b	20250910195745	b32	bb
81eaeec477e6	20250910225604	b32	bb
fb0bc3ec6592	20250911035310	b32	bb
778883995e1c	20250911155236	b32	bb
f8bdeaf0f324	20250911195247	b32	bb
14aa03798dd6	20250912075227	b32	bb
8decd4f5c045	20250912115231	b32	bb
15ed51a4ca44	20250916202407	b32	bb
f251672a865e	20250917203242	b32	bb
329b0909fd97	20250918002625	b32	bb
b6a915466485	20250918114705	b32	bb
1244da43b17f	20250918174406	b32	bb
0e786b98394d	20250919005531	b32	bb
7b6fbf8e600b	20250919032728	b32	bb
562096cc40d2	20250920205714	b32	bb
1d528010ef14	20250921143537	b32	bb
81c615acd635	20250922173645	b32	bb
b8c855877ff8	20250923153458	b32	bb
472a7d329a98	20250923175937	b32	bb
0d522470d79d	20250923215130	b32	bb
6cf045f1f42f	20250924032830	b32	bb
ce58c49b34cf	20250924160214	b32	bb
d21f567e5b3e	20250925033755	b32	bb
350269634681	20250925133617	b32	bb
38c61c99253b	20250925142817	b32	bb
03859f4bad10	20250925183912	b32	bb
cc2ef1778d7c	20250925212807	b32	bb
2a2f191a6d53	20250925232703	b32	bb
7ffba0fd2056	20250926121616	b31	bb
83eab51fe2a4	20250929115940	b32	bb
5eac01c2bb55	20250929192726	b32	bb
1ec59ffa1941	20250929211026	b32	bb
3c3a19fb562d	20251001032722	b32	bb
0ca6027179ea	20251004123157	b32	bb
4256cfda8622	20251008173334	t937	bb
efcdcf78282a	20251008212835	b32	bb
8de342516c3d	20251009132834	b32	bb
2505205c4254	20251009202705	b31	bb
69ba058bc846	20251009202705	b32	bb
7e6bf40aa690	20251009202705	b29	bb
991bfcdea8c5	20251009202705	b30	bb
b134ce007674	20251009202705	b28	bb
9b2717cec198	20251010094419	b32	bb
9c67f4c4798a	20251010204445	b32	bb
6777feb020b4	20251011222931	b32	bb
75128a8d3dad	20251013191644	b32	bb
7e2ea0f194ae	20251014153935	b28	bb
1bb1ad283de6	20251014154134	b31	bb
f217e7096a24	20251014161020	b32	bb
55b810f8ee53	20251014163645	b29	bb
a9e818b813cd	20251014165038	b30	bb
3980f079a788	20251015183935	b32	bb
8f77131f97e6	20251016075621	m	bb
55359a6c6176	20251016101010	b32	bb
3a250ce40f2c	20251016124403	b32	bb
fcb9549cdff3	20251016133805	b32	bb
92bae3119013	20251016203432	b32	bb
943d406efe22	20251016204029	b32	bb
5a42d726bf29	20251016205152	b32	bb
c655edb8783f	20251016205154	b32	bb
6661e485ecc6	20251017004518	b32	bb
909047f6b312	20251017022326	b32	bb
884e76ff50a7	20251017084931	b32	bb
c1675fba6d25	20251017085626	b32	bb
fed267b819e8	20251017120647	b32	bb
e8a837163e96	20251017123536	b32	bb
e7ebdf61809f	20251017124353	b32	bb
8316c2dd5be6	20251017125407	b32	bb
f8b7fe98c44c	20251020132202	b32	bb
d707fb729fcc	20251020135512	b32	bb
716ba150d189	20251020165136	b32	bb
002cac449eed	20251020165137	b32	bb
42503cca34e6	20251021142507	b32	bb
659efe6ca2ca	20251021152516	b32	bb
f49b36f94e69	20251021192422	b32	bb
ff1ce9e245d6	20251021192423	b32	bb
a5b1b112d916	20251021232429	b32	bb
dc0763eaa247	20251022133606	b32	bb
5ac9ec00af3b	20251022142240	b32	bb
9e310140a3eb	20251022214854	b33	bb
715199a180dc	20251022232504	b32	bb
0ee46383f12f	20251022232532	t938	bb
d416af4df467	20251023101145	b33	bb
4953849642e8	20251023232437	b32	bb
47df0318fc7c	20251024185304	b32	bb
c529a209c200	20251024200633	b32	bb
91dcaf4e5c75	20251024232440	b32	bb
d5cd2dd65f8d	20251025010732	b32	bb
342dcaf48128	20251027112428	b32	bb
cd96252d84a6	20251027152446	b32	bb
c94930065a5c	20251028202034	b32	bb
7aa71710ca9e	20251029193432	b32	bb
d9e3e97bc805	20251029232440	b32	bb
928c08fb07d7	20251030140545	b32	bb
c207d221300a	20251030152623	b32	bb
63b5f5942509	20251030152624	b32	bb
47c3af08fa43	20251031103026	b32	bb
719840557680	20251031112600	b32	bb
504fb21b8973	20251031150406	b32	bb
a90a9150bcdb	20251031152553	b32	bb
083e82ae0c51	20251031152554	b32	bb
efdec3e7ce47	20251031152558	b32	bb
d0f0666dd27f	20251101000752	b32	bb
4f9edc15a7e7	20251101152550	b32	bb
1463bcbba2d8	20251103190411	b32	bb
092b2fb36054	20251103193348	b32	bb
6f5c1adc653d	20251103194327	b32	bb
15b762b95ce8	20251103222813	b32	bb
773743c372d1	20251104152753	b32	bb
bd70455c5ce8	20251104163721	b33	bb
205531f8d50b	20251104194205	b32	bb
50efa83a3ddf	20251105003226	b32	bb
afcd76c2c0ac	20251105003228	b32	bb
5aa3ca7f2ac5	20251105003230	b32	bb
5223424e9f02	20251105081626	b33	bb
7d09f53b04bd	20251105163311	b32	bb
bc679d1ba7bc	20251105203304	t939	bb
09ccc185edee	20251106051425	b32	bb
cb5e00dc3675	20251106051426	b32	bb
823f3a75f494	20251106123251	b32	bb
b36e6498c13b	20251106123252	b32	bb
6a14de82195a	20251106123254	b32	bb
0e6fc04326d2	20251106123256	b32	bb
f6ec69ec649b	20251106141621	b33	bb
99c4257e6391	20251106160419	b32	bb
aa76619c41db	20251107003308	b32	bb
5c322d3acdac	20251107003311	b32	bb
6bff2f0501f9	20251107100756	m	bb
6ce2c0f8c3b9	20251110043236	b32	bb
7bb07cbe8e01	20251110205009	b33	bb
5020b674f89e	20251111003236	b32	bb
1ee3eb704110	20251111164433	b33	bb
7c4160db6d7a	20251112125429	t872	bb
de181b01774c	20251112125814	t891	bb
9ddecfc5b199	20251112130206	t908	bb
54601aa99ffd	20251112130606	t926	bb
990057bc996a	20251112161746	b32	bb
45e0decafa9b	20251112164249	b32	bb
9cee84c27c56	20251112170833	b32	bb
9cbf88a315a0	20251113025421	b33	bb
3878a6464bbe	20251113051159	b32	bb
a2177912f1c2	20251115030818	m	bb
76607ffd61c5	20251115030830	m	bb
4fa8366691ab	20251117082533	b33	bb
333a3455d5a4	20251118092620	t961	bb
6a81dca7e689	20251118093511	t961	bb
e70bc766e02b	20251118113911	b33	bb
b37e79caadf0	20251118170946	b33	bb
99cbc76d90a7	20251119204429	t940	bb
a361bc1602a8	20251120160005	b33	bb
521671e60de2	20251121135357	b33	bb
ff8083eb1d46	20251121152344	b33	bb
171ef8cd00a5	20251126201900	b32	bb
25da70165e64	20251126201900	b31	bb
715440da1552	20251126201900	b33	bb
46360b527ebc	20251126204431	b32	bb
97256a64959d	20251201191101	b32	bb
f0e0dbdb4b0e	20251202025855	b33	bb
8c53c296edd9	20251203102947	t951	bb
0a1ee4e0f499	20251203143923	t941	bb
2fe4ac239ceb	20251204151419	b32	bb
4e4a2b723a44	20251204151419	b33	bb
c80976c4dce8	20251204151419	b31	bb
891f94c690cb	20251204213705	b32	bb
453ad29ccd47	20251204223340	b33	bb
6a962375ad82	20251204223340	b33	bb
65ffe044e56e	20251204224512	b32	bb
ab04e77fe9dc	20251205014455	b31	bb
a296bd743c2d	20251205023354	b33	bb
2d8354625605	20251205033445	b32	bb
56b4af2aeba8	20251205062944	b32	bb
8dc82bbe3175	20251205105307	b33	bb
7d2828a10551	20251208161846	b33	bb
8dc323e7298d	20251209224018	t942	bb
394f88dd68a7	20251210024359	t909	bb
38928043aa3e	20251210024812	t927	bb
a01f268c3eb1	20251216133200	b33	bb
1f85fd1a1302	20251216165737	b33	bb
eb1d92f29ced	20251216224137	t892	bb
9bcb69436287	20251217223812	t935	bb
0d964cc38634	20251218022938	b33	bb
b960c92ed74f	20251218063301	b33	bb
ca2dee6d058e	20251218063304	b33	bb
1aef261f0ad5	20251218063306	b33	bb
d008946b234b	20251218142908	b33	bb
8f891d54a255	20251218142909	b33	bb
8e36d0d305ca	20251218145456	b33	bb
ba82880ed7f8	20251218182902	b33	bb
66d2ca7fea54	20251218182904	b33	bb
e07f72a3ec41	20251219004543	b33	bb
f36ae1f45e8f	20251219062913	b33	bb
85ab7843a264	20251219085941	b33	bb
1078d9cd6f0f	20251219182938	b33	bb
687c6c1315a9	20251219182940	b33	bb
aa82641b9d0f	20251220202753	b33	bb
af9dcc36515d	20251221022937	b33	bb
d9d16a9e173d	20251223143015	b33	bb
cca86bddbd01	20251224043839	t961	bb
58e70dff3d26	20251227205754	b33	bb
2ca150601dbd	20251229191516	b33	bb
0728b482e185	20260106094305	b33	bb
c9ded7e60b02	20260106152908	b33	bb
65de5216f10c	20260107023925	b33	bb
3a88ce1003b2	20260107045737	b31	bb
7761b3a0812b	20260107131625	b33	bb
736bd662261d	20260107143353	b33	bb
2f784525d5b6	20260107143355	b33	bb
52d9854c37fe	20260107183400	b33	bb
2e32132ba02f	20260108155303	b33	bb
811a272277cc	20260108224317	b33	bb
42c6ae81ab61	20260109155410	b33	bb
07c57c562d9e	20260111212545	b33	bb
179e2aab491c	20260111215037	b33	bb
934ba1dfa59d	20260113013655	b33	bb
0b06cf5bf0e1	20260113213202	b33	bb
d8ad3ab106f8	20260114013155	b33	bb
95129d1f2f61	20260114040803	b33	bb
70ee41c38249	20260114105724	b33	bb
bb190d443d21	20260114111932	b33	bb
06f647297d9d	20260114173928	b33	bb
2cb222485fc8	20260114174104	b33	bb
548663c6799d	20260114174438	b33	bb
f3701130c232	20260114174513	b33	bb
c38fc0fb1f25	20260114175632	b33	bb
4678a135e199	20260114180431	b33	bb
759b00eb225b	20260114180826	b33	bb
14f3889b62eb	20260114181837	b33	bb
0a8284b96918	20260114182312	b33	bb
aad3a6de8992	20260114184637	b33	bb
e924e3f2c501	20260114213437	b33	bb
14e71d285024	20260115013208	b33	bb
24e440137980	20260115173216	b33	bb
2f59c18c8bc8	20260115202236	b33	bb
f5283a4822c1	20260116004652	b33	bb
914300b80093	20260116004709	b33	bb
518241d0798f	20260116013219	b33	bb
1a68af138328	20260116133147	b33	bb
f5fc1e5f67e9	20260116195852	b33	bb
ff70f47ee286	20260119174340	b33	bb
51d034105920	20260120222021	b33	bb
80c1d965bef2	20260121130632	b33	bb
98fd4cc5ca73	20260121214357	b33	bb
511abf454ddf	20260121214359	b33	bb
36db2c5c73e3	20260121214659	b33	bb
c5e14be2544b	20260122054906	b33	bb
cb71398117d7	20260122112850	b33	bb
d6503fcc3e7f	20260122165550	b33	bb
0c949f1da7de	20260122220340	b33	bb
8b415569d985	20260123102040	b32	bb
aac099e7c271	20260123102040	b33	bb
889b95a76935	20260123183852	b33	bb
3590eb7f48f8	20260127134737	b33	bb
b0c720727971	20260127162102	b33	bb
5b20bd05fc54	20260127174424	b33	bb
146146cf95d0	20260127174425	b33	bb
2d1d3a845805	20260127213939	b33	bb
ef73fc0205e4	20260127230917	b33	bb
67189d0e2544	20260128014400	b33	bb
a48da785a9ed	20260128134455	b33	bb
2d68c1db51f6	20260128174436	b33	bb
d883e606da1b	20260128222939	b33	bb
139a95c065cd	20260128223006	b33	bb
072a1958db34	20260128223737	b33	bb
f3637bd93c55	20260129014903	b33	bb
50ef81ad18f1	20260129030151	b33	bb
ada74e06af13	20260129214456	b33	bb
f651faf89451	20260129214457	b33	bb
c752307a8545	20260203214909	b33	bb
88493c6cb67a	20260203215429	b33	bb
65608ffa8ed0	20260204034225	b33	bb
3721aecc1556	20260204042642	b33	bb
4ba33933bda4	20260204141958	b33	bb
aa31c74d1f26	20260204203432	b33	bb
c148db951165	20260205114233	b33	bb
117e93e87ca7	20260205194220	b33	bb
5fee0e44662b	20260205194254	b33	bb
12b64ed22efc	20260205194538	b33	bb
67ce5196123a	20260206035242	b33	bb
0f60bc9b6905	20260206234914	t952	bb
b5668cea2688	20260207170408	b33	bb
c02524f9448a	20260207184948	b33	bb
fcb4eb82453b	20260209033946	t961	bb
18a54f0a409b	20260209201239	b33	bb
c6e2e47b317b	20260210000021	b33	bb
decb8c079102	20260210202041	b33	bb
8fcd3c218f43	20260210202119	b33	bb
4cbd4f7480ed	20260210203245	t893	bb
2e4aff7355f8	20260210203655	t910	bb
d4cfd0702861	20260210204110	t928	bb
4eece5291a47	20260210204204	b33	bb
7b594c4c71eb	20260210204242	b33	bb
b464ad8ba822	20260210204534	t943	bb
8304d788bb9f	20260210214953	b33	bb
b8c6b3c15935	20260210223918	b33	bb
07f99e4437b8	20260211005149	b33	bb
82ed9ba53ec3	20260211085141	b33	bb
0efa7daafda5	20260211085142	b33	bb
9f57ca57bdbe	20260212005204	b33	bb
1d4002e88bf2	20260212101443	b33	bb
2c400a844a36	20260212175907	b33	bb
7aaede787267	20260212205228	b33	bb
ca5486289339	20260213042731	b33	bb
fd1b7118fd2d	20260213042734	b33	bb
6cda0df027ee	20260213042735	b33	bb
ee1e6ae7a046	20260213120421	m	bb
a63d33951d15	20260213150451	b33	bb
71d7d2af1e0e	20260213195332	t961	bb
5bc90cbaa061	20260216135827	m	bb
59f55827e6b4	20260216231547	b33	bb
78fb6ed2e109	20260217030452	b33	bb
c918d1a2ec94	20260217163751	m	bb
103162f11835	20260217210507	b33	bb
7b15567c6ea4	20260217214255	b32	bb
97646e560671	20260217214255	b33	bb
b1ab8bfced7c	20260217214255	b31	bb
71b543509d24	20260217234522	m	bb
e334b2d6e7d4	20260218061000	b33	bb
70ab833f668a	20260218220927	b33	bb
100af76fc5ea	20260220021322	b33	bb
d8a803a73342	20260220071549	m	bb
67f0d980340e	20260220113540	b33	bb
f6cd0c05838e	20260220121938	b33	bb
6b803d4e1173	20260220181021	b33	bb
648a945fadf2	20260220225935	b33	bb
efc4692504c2	20260221220934	b33	bb
e8eab3705832	20260222224729	b33	bb
00e45797cb3d	20260223101045	b33	bb
62f2159da236	20260223181018	b33	bb
f1d9ba91c7d2	20260223183550	b33	bb
764b57d77172	20260225113515	b33	bb
61a40f5111ca	20260225163607	b33	bb
8a32b4087c60	20260226110401	b33	bb
ea4816f0ebd7	20260226153620	t953	bb
1349319d7c6b	20260226175823	b33	bb
b840391f9214	20260226182746	b33	bb
f66040b9dcdf	20260226193648	b33	bb
73f4fa85e752	20260226204952	b33	bb
efbad1b7ed2b	20260227035816	b33	bb
1f07d6645ba3	20260227035818	b33	bb
4e84f2419846	20260227041003	t894	bb
79fc3d82b1d0	20260227041430	t911	bb
188736d2d1fe	20260227041905	t929	bb
a21b32978c42	20260227042344	t944	bb
99791c74526b	20260227101821	b33	bb
f037d681ac6d	20260227164107	b33	bb
54ee8fecae33	20260227185539	b33	bb
b59431fbc568	20260227202312	b33	bb
2f21ae3478f8	20260227204202	b33	bb
c86837f7edbe	20260228084218	b33	bb
9926c673480e	20260301004007	b33	bb
8776b282cc95	20260302204000	b33	bb
27966b25746d	20260302220043	b33	bb
55e741a0048c	20260303002445	b33	bb
f6c2d7ca65d6	20260303050708	b33	bb
e243a98fa870	20260303202519	b33	bb
486be0fbf935	20260303202521	b33	bb
2dd466fcfe86	20260304002537	b33	bb
187c42c88498	20260304103526	b33	bb
f80003c24087	20260304191620	b32	bb
e45d8623ff4c	20260304203347	b33	bb
3e4de9e6b406	20260304214421	b33	bb
aae801378e60	20260304221354	b33	bb
d91024383ae6	20260304231140	b33	bb
9f41e94324dd	20260305002536	b33	bb
a72ad3ccbc80	20260305042603	b33	bb
388997a877cb	20260305143613	b33	bb
38b8677e562b	20260305143613	b31	bb
e7f41b7f97bd	20260305143613	b32	bb
06163fb26683	20260305202446	b33	bb
78536fe27cab	20260305202449	b33	bb
c7f8506da07a	20260306010601	b33	bb
294ecb1d8c6a	20260306042412	b33	bb
989fb5d38c22	20260306082422	b33	bb
c3a1049f7e8c	20260306082425	b33	bb
c826020ed98b	20260306082426	b33	bb
88da827ca394	20260306164311	b33	bb
2f31bfec5d67	20260306202631	b33	bb
6f2c112d2231	20260309123851	b33	bb
2e882c6ea6df	20260309160146	b33	bb
4bf554630d6c	20260310044120	b33	bb
a179e3b9fb40	20260310044124	b33	bb
e807f52104ad	20260310163914	b33	bb
32a3ac47cf42	20260310163919	b33	bb
729f9aeb66e0	20260310193824	t961	bb
9cdd63fee2b1	20260311003928	b33	bb
97ac09639d31	20260311003929	b33	bb
1f6e0f454142	20260312162506	t960	bb
3505da0debf9	20260312205100	b33	bb
2517e8773a23	20260312205102	b33	bb
c07c271a94ae	20260312205103	b33	bb
1de307a3cf6b	20260313032130	t961	bb
c73e37f377ea	20260313192049	b33	bb
ea7a7e7cf969	20260314205149	b33	bb
15a9dffb523f	20260316100301	b33	bb
9dc763689d1a	20260317075959	b33	bb
39f55294aa5b	20260317080009	b33	bb
ebceac46f754	20260317095430	m	bb
4a9c8783a9ad	20260317122506	b33	bb
69d2e6658997	20260317123132	b33	bb
27bd9ce449f5	20260317232357	b33	bb
828813ca699b	20260318000516	b33	bb
ba785be0acd3	20260318031728	b33	bb
bb93391625eb	20260318040424	b33	bb
6ecbabc5199c	20260318132410	t963	bb
382d307f87fc	20260318140911	b33	bb
b2267f3d7500	20260318141822	b33	bb
c7b98b2ab532	20260318160142	t961	bb
6c2138477663	20260318160710	b33	bb
2fb6b9cac00d	20260318200515	b33	bb
4c2ee9a3e259	20260319000516	b33	bb
9b29e67df10f	20260319042609	b33	bb
01310540169f	20260319042611	b33	bb
54813a966618	20260319044204	t912	bb
2ca4863a4014	20260319044800	t930	bb
4f1f0a2dce40	20260319045407	t945	bb
213a618af695	20260320113422	t954	bb
04341177268f	20260321030238	b33	bb
3d35c512076e	20260321110246	b33	bb
df2d882697f9	20260323190258	b33	bb
1b1630d32aab	20260324012505	t961	bb
6fd7c180efb3	20260324080926	t961	bb
b5cc94ef3b2f	20260324110208	t960	bb
898f48977ab7	20260327172002	t961	bb
53b6fdc0a0d3	20260327190639	t961	bb
e86b6659d912	20260330134347	t961	bb
54edeb4bfeb7	20260403081053	t961	bb
a16e1bb85438	20260407173008	t961	bb
06945f2b0ed0	20260407221254	t961	bb
d59f4e8465cc	20260408144427	t961	bb
03af60434236	20260409022719	t960	bb
dcac84bd0573	20260409084448	t961	bb
c6f16b36a192	20260409175805	t961	bb
7e44ffcaa961	20260409185007	b33	bb
692db0b73f29	20260409185044	t955	bb
3f8d3ef06bf9	20260413144247	b31	bb
4f91eeb89d84	20260413150441	b30	bb
9b8f9973563b	20260413163959	t963	bb
6e6322efd123	20260413175752	t961	bb
a948641f81a4	20260413175752	b33	bb
00b2f2b182ed	20260413181440	b32	bb
32b5239e8e0c	20260413182213	b31	bb
53528c4029ab	20260413183003	b30	bb
3c8a6967ba6d	20260414143851	t961	bb
1ff803b30a95	20260414145438	b30	bb
b7f7df016a6d	20260414145440	b30	bb
e7de3f265b9e	20260414150837	b31	bb
e4156f317ef4	20260414150839	b31	bb
8ebd9bb45e4e	20260414151954	b32	bb
f22a53e6273b	20260414153210	b33	bb
ef5f95859ea7	20260414182754	t961	bb
ec6b935e3a12	20260415023730	t956	bb
80b727f02718	20260415224352	t913	bb
9ba2b870d2dc	20260415224746	t931	bb
d43aed2afb13	20260415225148	t946	bb
927e750b6cf7	20260416174343	t961	bb
897ceddac2ab	20260420200627	t961	bb
1d95f02c1723	20260422183558	t950	bb
f59636139983	20260422222657	t961	bb
9dcacd934a99	20260423022421	t961	bb
3273f3d7b7fd	20260423102623	t961	bb
af852a6051c6	20260423184731	t961	bb
fd78cbf90307	20260423222346	t961	bb
84c4a1f99c4e	20260423225856	t963	bb
e584095d8287	20260424013605	t961	bb
ab9883c3cdbd	20260424014302	t961	bb
c86813f4bae1	20260424104323	t961	bb
1f2893e6110a	20260424111355	t961	bb
5834c79c33cb	20260424111358	t961	bb
236db84a02aa	20260424121331	t961	bb
768b463699de	20260424144012	t961	bb
9c68566d662e	20260424191437	t961	bb
cb70ef072ce6	20260425033849	t961	bb
34c8061b60da	20260425151753	t961	bb
fbda1bea62a1	20260426031314	t961	bb
d0e1111cfa94	20260427065942	t961	bb
ebcde46dda4c	20260427083014	t961	bb
f854ec26d274	20260427191358	t961	bb
224d0b922079	20260428111622	t961	bb
d707735b4a2d	20260429095919	t963	bb
98a97d3bea5f	20260429191556	t961	bb
b46a0c233f7d	20260430205130	t961	bb
47b7dd6ca629	20260502005032	t961	bb
e7adb43e4b45	20260504144518	t961	bb
14ae5b45e110	20260504205000	t961	bb
535f2d0806f7	20260504205003	t961	bb
818cfeb95453	20260505112208	t961	bb
d7e05a363720	20260506005027	t961	bb
f2e82a954000	20260506162452	t961	bb
24705f39ff1a	20260506205028	t961	bb
0a31f6e5eb3b	20260507165018	t961	bb
0582d760ecc1	20260507205023	t961	bb
63b2f684389e	20260507214935	t961	bb
1d2651da7de7	20260508203732	t963	bb
c2ce71e1e5b4	20260509160454	t961	bb
ca52b81a2940	20260509205101	t961	bb
b48f101b0528	20260512135712	t962	bb
f49c3b763fce	20260512150949	t961	bb
f82b58adc8e6	20260512181637	t914	bb
1650e4f98a3c	20260512182039	t932	bb
906076cd0234	20260512182453	t947	bb
55ef15a9fb55	20260512182922	t957	bb
11948c13361e	20260512224453	t961	bb
14ef437cc6e7	20260513024526	t961	bb
9dfd0befa68e	20260513184548	t961	bb
b5201bbacedc	20260515172052	t962	bb
c327ee030cb8	20260517124342	m	bb
81cba8bc15a4	20260518141220	t961	bb
6a38c1c8a4e1	20260518181958	t961	bb
bdc99a38a9f7	20260519024504	t961	bb
88581e025bce	20260519144538	t961	bb
d89f2c0a7466	20260519203522	t961	bb
26991d8106d6	20260519224611	t961	bb
32e59e0509b9	20260520104552	t961	bb
d584c96c7ade	20260521215351	t961	bb
0328c36dee9f	20260522015113	t961	bb
9b7b30fa3980	20260522054316	t963	bb
f8dcfdcb7068	20260522161309	t961	bb
c39cf12e4304	20260522215153	t961	bb
3772a3df6835	20260522215157	t961	bb
7b85db3954c6	20260522215159	t961	bb
3952f1d02ae2	20260523120624	t961	bb
a35c5f8f964f	20260523135213	t961	bb
87f45e924f3c	20260526175149	t961	bb
778155c88d7c	20260527123432	t961	bb
3f75409d2aaf	20260528010126	t961	bb
5d252d37f730	20260528210130	t961	bb
7b2de5848836	20260601130328	t964	bb
1cb041c23ea5	20260601132538	t964	bb
4692fbe0bb4e	20260601185348	t963	bb
814d06c108fc	20260602052210	m	bb
0c1c0f1e142a	20260602093752	t961	bb
04f8952eecc4	20260602135032	t963	bb
c637a8ce7e1a	20260602162142	t961	bb
274207396afe	20260602193509	t961	bb
6b1bbb2a13da	20260603193553	t961	bb
c3667cb92d84	20260605124852	t962	bb
0deb0beab371	20260606033559	t961	bb
c53b2772ec8b	20260608200917	t961	bb
67b3efbb0c89	20260609055141	m	bb
6a08ddec1125	20260609111154	t962	bb
23bc0a25fbdc	20260609134759	t964	bb
2fb3fa6ff26b	20260609161245	t961	bb
cfe83ef28ccc	20260610001234	t961	bb
d8fe9715b99c	20260610010435	t962	bb
394ed525a635	20260611041423	t962	bb
81042e1c538e	20260611041520	t961	bb
dc14a3808635	20260612125055	t915	bb
19764777078f	20260612125647	t933	bb
ad0b54ea523b	20260612130309	t948	bb
877f5359348b	20260612130941	t958	bb
2c5639b75418	20260615072319	t964	bb
ebfbc6844aff	20260615175200	t962	bb
9fb400dccd3f	20260615233408	t962	bb
a64b8f6234a5	20260616101417	m	bb
bb74650ccfa4	20260616114452	t962	bb
81deda607d5b	20260616233430	t962	bb
23b19597fe8a	20260616233434	t962	bb
9f2f0bbab61d	20260616233435	t962	bb
1e5bbe84525f	20260617073434	t962	bb
c949b958f1f1	20260617124449	t962	bb
a70cef239322	20260617124506	t963	bb
f4285d806daf	20260617124922	t962	bb
9c246bc01906	20260617141315	m	bb
cba7557c26d3	20260617153441	t962	bb
f226f2f6e653	20260617153444	t962	bb
29ceea877419	20260617174948	t962	bb
00f7d0ca9753	20260617234415	m	bb
c18a3de8a3b7	20260618010404	t962	bb
f04563ced10b	20260618225452	t962	bb
848305dfba9b	20260619010443	t962	bb
d04ac3067ff1	20260619010447	t962	bb
fc42561c17a7	20260622121927	t962	bb
fa011ae439ff	20260622184821	t964	bb
db215702d86a	20260623102930	t963	bb
fa1fbb56d892	20260623141019	t963	bb
68262a1cf967	20260623170547	t962	bb
d440b2867f0a	20260624024340	t963	bb
8946a4c73826	20260624071539	m	bb
7627ac214bca	20260624113920	t963	bb
27c434297dec	20260624211714	b31	bb
c6c26a06ef62	20260625050619	t963	bb
68d28fb0b452	20260625050716	t962	bb
74724a24aee6	20260625131902	b32	bb
5dcb5a168200	20260625180401	t963	bb
17fd58d111d2	20260625210714	t963	bb
0a04a027d8a8	20260626031235	t963	bb
2c1faec5cb72	20260626034806	t963	bb
ab0d3bd81d32	20260626173753	t963	bb
260537b79d03	20260627034705	m	bb
f199fa2ea1b5	20260629065540	t964	bb
ead00aa2cf82	20260629094525	t964	bb
48ec1022eedd	20260629120505	t963	bb
07eaa8b369c9	20260630082031	t963	bb
a2747988a44a	20260630082929	m	bb
b557eb197fe5	20260630111059	t963	bb
6059079a9125	20260701091136	t963	bb
36c74390179a	20260701091141	t963	bb
5417c42c24e7	20260701131605	t963	bb
0f26f3dd91bb	20260701170242	t963	bb
b6f904a86333	20260701170247	t963	bb
1478a6809c57	20260701170251	t963	bb
87b929fadf42	20260702100425	m	bb
1ec3d2a2a232	20260702180709	t963	bb
2e09c9b37861	20260702183018	t963	bb
f16383b964b3	20260702210637	t963	bb
c9748d3a34c9	20260702212057	b32	bb
f3437766aeab	20260703184946	t964	bb
11d940d2d5e3	20260706161235	m	bb
c0f38c0636dd	20260707020543	t963	bb
2ba9460ce42a	20260707220631	t963	bb
72321564f84c	20260707224107	t963	bb
a43e1d73d620	20260707230046	b33	bb
fd85b06595e6	20260708020624	t963	bb
819ef2ecfda5	20260708020627	t963	bb
d88c8482543a	20260708100624	t963	bb
d585f07ae8ce	20260708101348	t964	bb
d0137c399e15	20260708140652	t963	bb
e41ce8170c94	20260708140656	t963	bb
6317a9d7c762	20260708180751	t963	bb
a98d51b97aa3	20260708202351	t964	bb
22afa080ccda	20260708220807	t964	bb
e127a78b9099	20260708220904	t963	bb
2cfc81ddc848	20260709060758	m	bb
93099c504278	20260709100650	t964	bb
8b7ce81ba836	20260709174323	t964	bb
b546984e5ed2	20260710025403	t964	bb
9236c747471f	20260710100904	t964	bb
7a574b03977f	20260710131310	t964	bb
2bdf2d3bf8a9	20260711020846	t964	bb
a988b70d02bb	20260711153539	m	bb
d4a3d758d54d	20260714093456	m	bb
bf66f823e6c4	20260714121129	m	bb
732ff6c29272	20260714180909	t964	bb
0a0f69fba29b	20260714191809	m	bb
91fd07e38c2e	20260714221009	t964	bb
3785f8bedf00	20260715021534	m	bb
5538a2eae5cf	20260715065957	m	bb
1167311d1aec	20260715184805	m	bb
1ad85590c3ad	20260716052037	t964	bb
77256e60945f	20260716101742	t964	bb
7b62b07ca8d7	20260716141051	t964	bb
eb6fa64e56a3	20260716181216	t964	bb
24ac69fde870	20260717000652	t964	bb
8c9ee7063760	20260717021058	t964	bb
a4e0c957fe27	20260717021100	t964	bb
5d73d31b74e4	20260717101122	t964	bb
fa26c030d239	20260717181240	t964	bb
4e89d98b9580	20260717181243	t964	bb
4eb900dbed7a	20260717184232	m	bb
f501ada2efb7	20260718025631	b33	bb
995d2aef0b4c	20260718034926	b31	bb
06b1985b0837	20260718152244	t964	bb
c7a90e2021ef	20260719124303	t964	bb
a3f2349425e2	20260719231202	t964	bb
ec89f19ca5d5	20260720172717	m	bb
d6461844fab8	20260720191304	t964	bb
a3b46ba6b0db	20260720191310	t964	bb
37dca455f183	20260720231250	m	bb
7c176d79a5ed	20260721004650	m	bb
9b5d4019ec42	20260721010825	m	bb
0d6d345ec1fe	20260721023852	m	bb
a7048d20cd23	20260721031336	m	bb
e68a8a7323d4	20260721031502	t964	bb
f10c4e743d6d	20260721071252	m	bb
6830af1ca0a1	20260721071254	m	bb
c8de6fcc9273	20260721104921	m	bb
69319a6d9d94	20260721111252	m	bb
634d6475dc82	20260721111254	m	bb
95458010dcb0	20260721135605	m	bb
8b5606d75216	20260721191421	m	bb
a92ee80114f4	20260721191427	m	bb
184dcc9d4e03	20260721191433	m	bb
cc88a7e067b2	20260722025332	m	bb
bc58708d141c	20260722092908	m	bb
09b6218fc790	20260722092911	m	bb
a85b03483c04	20260722132844	m	bb
287c1d3b8dc6	20260722172911	m	bb
d0a220861e12	20260722172914	m	bb
237d528e53f2	20260722172917	m	bb
a701fbb2a323	20260723014710	m	bb
93817028e83b	20260723014713	m	bb
af89fad891eb	20260723014715	m	bb
25df34b106d1	20260723014718	m	bb
e1a156ee233b	20260723020115	t934	bb
d2a9618f5864	20260723020546	t949	bb
44a8af2fee83	20260723021032	t959	bb
b01ed9ab6006	20260723060506	m	bb
b2c672be6d69	20260723060509	m	bb
51fc3b2233dd	20260723100516	m	bb
4740cb3561ca	20260723180557	m	bb
9589f4d65704	20260724060523	m	bb
e423088d1f52	20260724140527	m	bb
32ce75a7d6bc	20260724140530	m	bb`;

;// CONCATENATED MODULE: ./src/resolve/client-go-index.ts

const RELOAD_CLASS_BY_CODE = {
    w: 'yes-wrap',
    b: 'yes-btf',
    d: 'NO-btf-dropped',
    n: 'no',
    x: 'n/a',
};
const MECHANISM_BY_CLASS = {
    'yes-wrap': 'wrap-transport',
    'yes-btf': 'bearer-token-file',
    'NO-btf-dropped': 'bearer-token-file-dropped',
    no: 'read-once',
    'n/a': 'pre-1.6-layout',
};
const COMMIT_PREFIX = /^[0-9a-f]{12,40}$/;
let loaded;
function clientGoIndex() {
    loaded ??= parseIndex();
    return loaded;
}
function tsvRows(text) {
    return text.split('\n').map((row) => row.split('\t'));
}
function parseIndex() {
    const rawBranches = tsvRows(BRANCHES_TSV).map(([name = '', line = '', commit = '']) => ({
        name,
        kubernetesLine: line === '-' ? DEV_LINE : line,
        commit,
    }));
    const rawTags = tsvRows(TAGS_TSV).map(([name = '', line = '', commit = '', label = '']) => ({
        name,
        kubernetesLine: line,
        lineLabel: label || line,
        commit,
    }));
    const commits = tsvRows(COMMITS_TSV).map(([commit = '', timestamp = '', via = '', codes = '']) => {
        const origin = viaOrigin(via, rawBranches, rawTags);
        return {
            commit,
            timestamp,
            kubernetesLine: origin.kubernetesLine,
            via: origin.via,
            inCluster: reloadClass(codes[0]),
            kubeconfig: reloadClass(codes[1]),
        };
    });
    const byCommit = new Map(commits.map((c) => [c.commit, c]));
    const commitFor = (hash) => {
        const commit = byCommit.get(hash);
        if (!commit)
            throw new Error(`client-go index is inconsistent: ref commit ${hash} has no row`);
        return commit;
    };
    const tags = rawTags.map((t) => ({ ...t, commit: commitFor(t.commit) }));
    const branches = rawBranches.map((b) => ({
        name: b.name,
        kubernetesLine: b.kubernetesLine,
        tip: commitFor(b.commit),
    }));
    return {
        commits,
        commitsByPrefix: groupBy(commits, (c) => c.commit.slice(0, 12)),
        tags,
        tagsByName: new Map(tags.map((t) => [t.name, t])),
        tagsByCommit: groupBy(tags, (t) => t.commit),
        branches,
        branchesByName: new Map(branches.map((b) => [b.name, b])),
    };
}
function viaOrigin(token, branches, tags) {
    if (token === 'm')
        return { via: 'master-only', kubernetesLine: DEV_LINE };
    const position = Number(token.slice(1));
    const ref = token.startsWith('b') ? branches[position] : tags[position];
    if (!ref)
        throw new Error(`client-go index is inconsistent: unknown via token ${token}`);
    return { via: token.startsWith('b') ? ref.name : `tag ${ref.name}`, kubernetesLine: ref.kubernetesLine };
}
function reloadClass(code) {
    const found = code === undefined ? undefined : RELOAD_CLASS_BY_CODE[code];
    if (!found)
        throw new Error(`client-go index is inconsistent: unknown reload code ${String(code)}`);
    return found;
}
function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    return groups;
}
/** Does code of this class re-read the token file? */
function classReloads(reload) {
    return reload === 'yes-wrap' || reload === 'yes-btf';
}
function mechanismOf(reload) {
    return MECHANISM_BY_CLASS[reload];
}
/**
 * Finds a commit by 12 to 40 hex digits (any case). A prefix that fits several commits is not a match.
 * The index keeps 12 digits per commit, so digits past those are not checked: a different commit
 * sharing the first 12 is one chance in about 3·10^10 for client-go's size.
 */
function lookupCommit(hash) {
    const wanted = hash.trim().toLowerCase();
    if (!COMMIT_PREFIX.test(wanted)) {
        return { found: false, problem: 'malformed', reason: `"${hash}" is not a commit hash of 12 to 40 hex digits` };
    }
    const bucket = clientGoIndex().commitsByPrefix.get(wanted.slice(0, 12)) ?? [];
    const matches = bucket.filter((c) => c.commit.startsWith(wanted) || wanted.startsWith(c.commit));
    const [only] = matches;
    if (matches.length === 1 && only)
        return { found: true, commit: only };
    if (matches.length === 0) {
        return {
            found: false,
            problem: 'not-found',
            reason: `commit ${wanted} is not in kubernetes/client-go (a fork?); ` +
                `the index covers client-go up to master ${INDEX_SOURCE_HEAD}`,
        };
    }
    return {
        found: false,
        problem: 'ambiguous',
        reason: `commit prefix ${wanted} fits ${matches.length} client-go commits ` +
            `(${matches.map((c) => c.commit).join(', ')}); give more digits`,
    };
}
function findTag(name) {
    return clientGoIndex().tagsByName.get(name);
}
/** Every tag on this commit, in listing order. */
function tagsAtCommit(commit) {
    return clientGoIndex().tagsByCommit.get(commit) ?? [];
}
function findBranch(name) {
    return clientGoIndex().branchesByName.get(name);
}
/** Every tag: old vN.0.0 tags, then kubernetes-1.X.Y, then v0.X.Y, each in version order. */
function listTags() {
    return clientGoIndex().tags;
}
/** Release branches by Kubernetes line, then master. */
function listBranches() {
    return clientGoIndex().branches;
}
/** Every commit of every ref, by timestamp then hash (the research table's order). */
function listCommits() {
    return clientGoIndex().commits;
}
/** Where the index stops: client-go master when it was generated. */
function indexSource() {
    return { head: INDEX_SOURCE_HEAD, timestamp: INDEX_SOURCE_TIMESTAMP, devLine: DEV_LINE };
}

;// CONCATENATED MODULE: ./src/resolve/kubernetes-version.ts

const VERSION_PATTERN = /^v?(\d+)\.(\d+)(?:\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?|(-dev))?$/;
function parseKubernetesVersion(text) {
    const match = VERSION_PATTERN.exec(text.trim());
    if (!match)
        return null;
    const [, major = '', minor = '', patch, prerelease, dev] = match;
    return {
        major: Number(major),
        minor: Number(minor),
        patch: patch === undefined ? null : Number(patch),
        prerelease: prerelease ? prerelease.split('.') : [],
        dev: dev !== undefined,
    };
}
function requireVersion(text) {
    const parsed = parseKubernetesVersion(text);
    if (!parsed)
        throw new Error(`"${text}" is not a Kubernetes version or line`);
    return parsed;
}
/**
 * Orders versions and lines. A line is where it starts ("1.14" = "1.14.0"); a "-dev" line is older than
 * anything tagged in that line, because master code sits before the line's first release; pre-releases
 * come before their release (1.15.0-beta.0 < 1.15.0). Throws on text that is not a version.
 */
function compareKubernetesVersions(a, b) {
    const [x, y] = [requireVersion(a), requireVersion(b)];
    return (x.major - y.major ||
        x.minor - y.minor ||
        (x.patch ?? 0) - (y.patch ?? 0) ||
        stageRank(x) - stageRank(y) ||
        comparePrerelease(x.prerelease, y.prerelease));
}
function stageRank(version) {
    if (version.dev)
        return 0;
    return version.prerelease.length > 0 ? 1 : 2;
}
/** Semver precedence of pre-release identifiers: numbers numerically, below words; words by ASCII. */
function comparePrerelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
        const [x, y] = [a[i], b[i]];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const [xNumber, yNumber] = [/^\d+$/.test(x), /^\d+$/.test(y)];
        if (xNumber && yNumber && Number(x) !== Number(y))
            return Number(x) - Number(y);
        if (xNumber !== yNumber)
            return xNumber ? -1 : 1;
        if (!xNumber && x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** "1.14.3" → "1.14"; "1.37-dev" stays as it is; null for text that is not a version. */
function kubernetesLineOf(text) {
    const parsed = parseKubernetesVersion(text);
    if (!parsed)
        return null;
    return `${parsed.major}.${parsed.minor}${parsed.dev ? '-dev' : ''}`;
}
function isKubernetesPrerelease(text) {
    const parsed = parseKubernetesVersion(text);
    return parsed !== null && (parsed.dev || parsed.prerelease.length > 0);
}
/** A tag re-made after a bad first tagging ("kubernetes-1.12.0-invalid"); its code is not the release. */
function isInvalidTagName(name) {
    return name.endsWith('-invalid');
}
/**
 * The Kubernetes version a tag name states: kubernetes-1.X.Y and v0.X.Y (same code, same version) give
 * "1.X.Y" with any pre-release suffix; old vN.0.0 names and "-invalid" tags state none.
 */
function kubernetesVersionOfTagName(name) {
    if (isInvalidTagName(name))
        return null;
    const match = /^(?:kubernetes-1|v0)\.(\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(name);
    return match ? `1.${match[1]}` : null;
}
function tagSchemeOf(name) {
    if (name.startsWith('kubernetes-'))
        return 'kubernetes';
    if (name.startsWith('v0.'))
        return 'v0';
    return 'semver-major';
}
/**
 * Kubernetes version of a tag's code: what the name states, or for vN.0.0 the kubernetes-1.X.Y
 * release tagged on the same commit (v11.0.0 → 1.14.0). v1.x–v4.0.0 have none.
 */
function kubernetesVersionOfTag(tag) {
    const stated = kubernetesVersionOfTagName(tag.name);
    if (stated || tagSchemeOf(tag.name) !== 'semver-major' || isInvalidTagName(tag.name))
        return stated;
    const twin = tagsAtCommit(tag.commit).find((other) => tagSchemeOf(other.name) === 'kubernetes' && isPublishedRelease(other));
    return twin ? kubernetesVersionOfTagName(twin.name) : null;
}
/** Not a pre-release and not an "-invalid" re-tag. */
function isPublishedRelease(tag) {
    if (isInvalidTagName(tag.name))
        return false;
    return !/^(?:kubernetes-|v)\d+\.\d+\.\d+-/.test(tag.name);
}
let publishedReleases;
/**
 * Every published release (no pre-releases, no "-invalid" tags), ascending by Kubernetes version.
 * Tags that name the same version on the same commit (v0.20.4 + kubernetes-1.20.4, v11.0.0 +
 * kubernetes-1.14.0) make one entry, named by v0.X.Y when it exists, else kubernetes-1.X.Y, because
 * that is what a go.mod should ask for.
 */
function listPublishedReleases() {
    publishedReleases ??= buildPublishedReleases();
    return publishedReleases.map((release) => ({ ...release }));
}
const NAMING_PREFERENCE = { v0: 0, kubernetes: 1, 'semver-major': 2 };
function buildPublishedReleases() {
    const chosen = new Map();
    for (const tag of listTags().filter(isPublishedRelease)) {
        const key = `${kubernetesVersionOfTag(tag) ?? tag.name}@${tag.commit.commit}`;
        const current = chosen.get(key);
        if (!current || NAMING_PREFERENCE[tagSchemeOf(tag.name)] < NAMING_PREFERENCE[tagSchemeOf(current.name)]) {
            chosen.set(key, tag);
        }
    }
    const listingOrder = new Map(listTags().map((tag, i) => [tag, i]));
    // Old tags without a Kubernetes patch version (v1.4.0 … v4.0.0) sort at the start of their line.
    const sortKey = (tag) => kubernetesVersionOfTag(tag) ?? tag.kubernetesLine;
    return [...chosen.values()]
        .sort((a, b) => compareKubernetesVersions(sortKey(a), sortKey(b)) || (listingOrder.get(a) ?? 0) - (listingOrder.get(b) ?? 0))
        .map(publishedRelease);
}
function publishedRelease(tag) {
    return {
        kubernetes: kubernetesVersionOfTag(tag),
        kubernetesLine: tag.kubernetesLine,
        reloadsToken: classReloads(tag.commit.inCluster),
        tokenFileReloads: classReloads(tag.commit.kubeconfig),
        mechanism: mechanismOf(tag.commit.inCluster),
        tag: tag.name,
        commit: tag.commit.commit,
        resolvedBy: 'tag',
    };
}

;// CONCATENATED MODULE: ./src/evaluate/fix-phrasing/go-module-fix.ts
function goGet(reference, tag) {
    const modules = ['k8s.io/client-go', ...reference.siblings.map((sibling) => sibling.path)];
    return `go get ${[...new Set(modules)].map((module) => `${module}@${tag}`).join(' ')}`;
}
/** go.mod, go.work, vendor/modules.txt, go.sum and in-tree source: `go get`, or the replace to edit. */
const goModuleFix = (reference, { tag, semverAlternative }) => {
    const alternative = semverAlternative ? ` (or, with semantic-version tags, ${semverAlternative})` : '';
    const tidy = reference.source === 'vendor/modules.txt' ? ' && go mod tidy && go mod vendor' : ' && go mod tidy';
    if (reference.localDirectory !== undefined) {
        return `Update the client-go source in ${reference.localDirectory} to ${tag}${alternative} or later, or replace it with the upstream module: \`k8s.io/client-go => k8s.io/client-go ${tag}\`.`;
    }
    if (reference.replacedAt) {
        const where = `${reference.replacedAt.file}:${reference.replacedAt.line}`;
        const fork = reference.effectiveModule !== reference.module && reference.effectiveModule !== 'k8s.io/client-go'
            ? ` The fork ${reference.effectiveModule} must include kubernetes/kubernetes#77613, or point the replace at upstream.`
            : '';
        return `Change the replace on ${where} to \`${reference.module} => k8s.io/client-go ${tag}\`${alternative}, then \`${goGet(reference, tag)}${tidy}\`.${fork}`;
    }
    return `Run \`${goGet(reference, tag)}${tidy}\`${alternative}.`;
};

;// CONCATENATED MODULE: ./src/evaluate/fix-phrasing/dockerfile-fix.ts

/** Dockerfiles: the version text to change at the ARG, RUN, URL or image tag that carries it. */
const dockerfileFix = (reference, target) => goModuleFix(reference, target);

;// CONCATENATED MODULE: ./src/evaluate/fix-phrasing/pre-modules-fix.ts

/** Gopkg.lock/toml, glide.yaml/lock, Godeps.json, vendor.json: the migration path and the smallest lock change. */
const preModulesFix = (reference, target) => goModuleFix(reference, target);

;// CONCATENATED MODULE: ./src/evaluate/fix-phrasing/phrasing-by-source.ts



/** Every source kind has its words; a new kind that forgets them does not compile. */
const PHRASING_BY_SOURCE = {
    'go.mod': goModuleFix,
    'go.work': goModuleFix,
    'vendor/modules.txt': goModuleFix,
    'go.sum': goModuleFix,
    'client-go-source': goModuleFix,
    'go-binary': goModuleFix,
    'Gopkg.lock': preModulesFix,
    'Gopkg.toml': preModulesFix,
    'glide.yaml': preModulesFix,
    'glide.lock': preModulesFix,
    'Godeps.json': preModulesFix,
    'vendor.json': preModulesFix,
    Dockerfile: dockerfileFix,
};

;// CONCATENATED MODULE: ./src/evaluate/reload-wording.ts
/** One clause on what the release does with the token, for messages. */
function describeReload(mechanism) {
    switch (mechanism) {
        case 'wrap-transport':
            return 're-reads the token about every 5 minutes through a wrapped transport (kubernetes/kubernetes#67359)';
        case 'bearer-token-file':
            return 're-reads the token file every minute (rest.Config.BearerTokenFile)';
        case 'bearer-token-file-dropped':
            return 'never re-reads the token in-cluster: rest.Config.TransportConfig() drops BearerTokenFile (kubernetes/kubernetes#77613)';
        case 'read-once':
        case 'pre-1.6-layout':
            return 'reads the token once at start-up and never again';
    }
}
/** The patch release on the same line that carries the #77613 fix. */
function bearerTokenFileFixFor(kubernetesLine) {
    const fixes = { '1.12': '1.12.9', '1.13': '1.13.7', '1.14': '1.14.3' };
    const onLine = kubernetesLine ? fixes[kubernetesLine] : undefined;
    return onLine ? `fixed in ${onLine} and 1.15.0` : 'fixed in 1.15.0, backported to 1.14.3, 1.13.7 and 1.12.9';
}
/** "client-go v10.0.0+incompatible (Kubernetes 1.13.0)" or "client-go commit 1a246d9074ff (Kubernetes 1.13 line)". */
function describeRelease(written, release) {
    const what = written ? `client-go ${written}` : release.tag ? `client-go ${release.tag}` : 'this client-go';
    const kubernetes = release.kubernetes
        ? `Kubernetes ${release.kubernetes}`
        : release.kubernetesLine
            ? `Kubernetes ${release.kubernetesLine} line, untagged commit${release.commit ? ` ${release.commit}` : ''}`
            : 'version unknown, judged from its source';
    // A pseudo-version, commit or branch says nothing to a reader; the tag at that code does.
    const tag = release.tag && written && (release.resolvedBy === 'commit' || release.resolvedBy === 'branch') ? `, ${release.tag}` : '';
    return `${what} (${kubernetes}${tag})`;
}

;// CONCATENATED MODULE: ./src/evaluate/policy.ts


/** The documented rule: client-go v11.0.0 / v0.15.0 and later, i.e. Kubernetes 1.14 and later. */
const DOCUMENTED_MINIMUM_LINE = '1.14';
const DOCUMENTED_RULE = 'the documented minimum (Kubernetes 1.14: client-go v11.0.0 / v0.15.0)';
/** Which rule decides, and the sentence that says so, including where the policies disagree. */
function decide(release, written, policy, floor) {
    const facts = {
        subject: describeRelease(written, release),
        meetsDocumented: release.kubernetesLine === null ? null : compareKubernetesVersions(release.kubernetesLine, DOCUMENTED_MINIMUM_LINE) >= 0,
        reloads: release.reloadsToken,
        reload: describeReload(release.mechanism),
        fixedIn: bearerTokenFileFixFor(release.kubernetesLine),
    };
    const byPolicy = decideByPolicy(facts, policy);
    if (byPolicy.verdict !== 'ok' || !floor)
        return byPolicy;
    return applyFloor(byPolicy, release, facts, floor);
}
function decideByPolicy(facts, policy) {
    switch (policy) {
        case 'strict':
            return decideStrict(facts);
        case 'documented':
            return decideDocumented(facts);
        case 'reload':
            return decideReload(facts);
    }
}
function decideStrict(facts) {
    const { subject, reload } = facts;
    if (facts.meetsDocumented === false) {
        const disagreement = facts.reloads ? `, although this release ${reload} (the reload policy passes it)` : ` and ${reload}`;
        return outdated('documented-minimum', `${subject} is below ${DOCUMENTED_RULE}${disagreement}.`);
    }
    if (!facts.reloads) {
        const documented = facts.meetsDocumented ? `meets ${DOCUMENTED_RULE}, but it ` : '';
        const pass = facts.meetsDocumented ? ' The documented policy alone would pass it.' : '';
        return outdated('in-cluster-reload', `${subject} ${documented}${reload}${dropFixNote(reload, facts.fixedIn)}.${pass}`);
    }
    const noVersion = facts.meetsDocumented === null ? ' Its version is not known, so it is judged by the code alone.' : '';
    return ok(`${subject} ${reload}.${noVersion}`);
}
function decideDocumented(facts) {
    const { subject, reload } = facts;
    if (facts.meetsDocumented === null) {
        return {
            verdict: 'unknown',
            rule: 'unknown-version',
            explanation: `${subject} has no version to compare with ${DOCUMENTED_RULE}; its code ${reload} (the strict and reload policies judge the code).`,
        };
    }
    if (!facts.meetsDocumented) {
        const disagreement = facts.reloads ? `, although this release ${reload} (the reload policy passes it)` : '';
        return outdated('documented-minimum', `${subject} is below ${DOCUMENTED_RULE}${disagreement}.`);
    }
    const disagreement = facts.reloads ? '' : ` Note: it ${reload}${dropFixNote(reload, facts.fixedIn)}; the strict policy fails it.`;
    return ok(`${subject} meets ${DOCUMENTED_RULE}.${disagreement}`);
}
function decideReload(facts) {
    const { subject, reload } = facts;
    if (!facts.reloads)
        return outdated('in-cluster-reload', `${subject} ${reload}${dropFixNote(reload, facts.fixedIn)}.`);
    const disagreement = facts.meetsDocumented === false ? ` It is below ${DOCUMENTED_RULE}, which the strict and documented policies require.` : '';
    return ok(`${subject} ${reload}.${disagreement}`);
}
function dropFixNote(reload, fixedIn) {
    return reload.includes('#77613') ? ` (${fixedIn})` : '';
}
function applyFloor(decision, release, facts, floor) {
    const version = release.kubernetes ?? release.kubernetesLine;
    if (version === null) {
        return {
            verdict: 'unknown',
            rule: 'minimum-version',
            explanation: `${facts.subject} passes the policy, but it has no version to compare with the minimum-version ${floor.written} (Kubernetes ${floor.kubernetes}).`,
        };
    }
    if (compareKubernetesVersions(version, floor.kubernetes) >= 0)
        return decision;
    return outdated('minimum-version', `${facts.subject} passes the policy but is below the minimum-version ${floor.written} (Kubernetes ${floor.kubernetes}).`);
}
function outdated(rule, explanation) {
    return { verdict: 'outdated', rule, explanation };
}
function ok(explanation) {
    return { verdict: 'ok', rule: 'passes', explanation };
}

;// CONCATENATED MODULE: ./src/evaluate/fix.ts



const STOP_GAP = 'Until that is deployed, restart running pods before their token\'s extended expiry (1 year by default, 90 days on EKS, about 1 hour on AKS with the OIDC issuer): a stop-gap, not a fix.';
/** The smallest upgrade that passes, as a command to paste, plus the stop-gap. */
function suggestFix(context) {
    const target = chooseTarget(context);
    if (!target)
        return `No published client-go release passes this policy and minimum; relax minimum-version. ${STOP_GAP}`;
    const phrase = PHRASING_BY_SOURCE[context.reference.source];
    const change = phrase(context.reference, { release: target, tag: target.tag ?? '', semverAlternative: firstSemverTag(context, target) });
    return `${change} ${STOP_GAP}`;
}
/** A release's place in Kubernetes order: its tagged version, else its line. */
function versionOf(release) {
    return release.kubernetes ?? release.kubernetesLine;
}
function atLeast(release, minimum) {
    const version = versionOf(release);
    return minimum === null || (version !== null && compareKubernetesVersions(version, minimum) >= 0);
}
function passes(release, context) {
    return decide(release, release.tag, context.policy, context.floor).verdict === 'ok';
}
function chooseTarget(context) {
    const currentVersion = context.current ? versionOf(context.current) : null;
    const smallest = context.published.find((release) => release.tag !== null && passes(release, context) && atLeast(release, currentVersion));
    if (!smallest)
        return null;
    return alignWithSiblings(smallest, context) ?? smallest;
}
/** Moving client-go alone below the repository's other k8s.io modules would downgrade or split them. */
function alignWithSiblings(smallest, context) {
    const siblingTags = new Set(context.reference.siblings.map((sibling) => sibling.version));
    const aligned = [...context.published]
        .reverse()
        .find((release) => release.tag !== null && siblingTags.has(release.tag) && passes(release, context));
    if (!aligned || atLeast(smallest, versionOf(aligned)))
        return null;
    return aligned;
}
/** kubernetes-1.X.Y tags work with `go get` but most repositories use the v0.X.Y tags. */
function firstSemverTag(context, target) {
    if (target.tag?.startsWith('v'))
        return null;
    const semverTag = context.published.find((release) => release.tag?.startsWith('v0.') && passes(release, context) && atLeast(release, versionOf(target)));
    return semverTag?.tag ?? null;
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate-findings.ts


function evaluateReference({ reference, resolution }, context) {
    const written = reference.effective ?? reference.declared;
    const decision = resolution.known
        ? decide(resolution.release, written, context.settings.policy, context.floor)
        : { verdict: 'unknown', rule: 'unknown-version', explanation: `Unknown: ${resolution.reason}; the gate cannot tell whether it re-reads the token.` };
    const release = resolution.known ? resolution.release : null;
    return {
        file: reference.at.file,
        line: reference.at.line,
        column: reference.at.column,
        endLine: reference.at.endLine,
        endColumn: reference.at.endColumn,
        source: reference.source,
        module: reference.module,
        declared: reference.declared,
        effective: reference.effective,
        kubernetes: release?.kubernetes ?? null,
        kubernetesLine: release?.kubernetesLine ?? null,
        reloadsToken: release ? release.reloadsToken : null,
        verdict: decision.verdict,
        severity: severityOf(decision.verdict, reference, context.settings),
        rule: reference.inferred && decision.verdict !== 'ok' ? 'inferred-only' : decision.rule,
        inferred: reference.inferred,
        indirect: reference.indirect,
        message: composeMessage(reference, decision, release),
        fix: decision.verdict === 'ok' ? null : suggestFix({ reference, current: release, policy: context.settings.policy, floor: context.floor, published: context.published }),
        related: reference.related,
    };
}
/** An outdated finding is an error, unless it is only inferred or capped at warning level. */
function severityOf(verdict, reference, settings) {
    if (verdict === 'ok')
        return 'notice';
    if (verdict === 'unknown')
        return 'warning';
    if (reference.inferred && !settings.failOnInferred)
        return 'warning';
    return reference.warningOnly ? 'warning' : 'error';
}
function composeMessage(reference, decision, release) {
    const parts = [decision.explanation];
    const context = reference.notes.filter((note) => note !== release?.note);
    if (release?.note)
        parts.push(`Note: ${release.note}.`);
    if (context.length > 0)
        parts.push(`(${context.join('; ')}.)`);
    if (reference.inferred && decision.verdict !== 'ok') {
        parts.push('Inferred only: this does not fail the check unless fail-on-inferred is set.');
    }
    if (reference.warningOnly && decision.verdict === 'outdated')
        parts.push(`Warning only: ${reference.warningOnly}.`);
    return parts.join(' ');
}
/** Whether a finding fails the check is decided here and nowhere else. */
function failsCheck(finding, settings) {
    if (settings.failOn === 'never')
        return false;
    if (finding.verdict === 'outdated')
        return finding.severity === 'error';
    return settings.failOn === 'unknown' && finding.verdict === 'unknown' && (!finding.inferred || settings.failOnInferred);
}
function assembleReport(findings, diagnostics, filesScanned, settings, tool) {
    const sorted = [...findings].sort(compareFindings);
    const result = sorted.some((finding) => failsCheck(finding, settings)) ? 'fail' : 'pass';
    return {
        schemaVersion: 1,
        tool,
        policy: { name: settings.policy, minimumVersion: settings.minimumVersion, failOn: settings.failOn, failOnInferred: settings.failOnInferred },
        findings: sorted,
        diagnostics: [...diagnostics].sort((a, b) => byCodePoint(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
        summary: {
            filesScanned,
            outdated: sorted.filter((finding) => finding.verdict === 'outdated').length,
            ok: sorted.filter((finding) => finding.verdict === 'ok').length,
            unknown: sorted.filter((finding) => finding.verdict === 'unknown').length,
        },
        result,
    };
}
function compareFindings(a, b) {
    return byCodePoint(a.file, b.file) || a.line - b.line || a.column - b.column;
}
/** Locale-independent, so the order is the same on every runner. */
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/resolve/client-go-version.ts


/** Go's go.mod placeholder for "whatever the replace directive says". */
const ZERO_PLACEHOLDER = 'v0.0.0-00010101000000-000000000000';
/** Form 1: vX.0.0-ts-hash. */
const PSEUDO_NO_BASE = /^v\d+\.0\.0-(\d{14})-([0-9a-fA-F]{12})(\+incompatible)?$/;
/** Form 2: vX.Y.(Z+1)-0.ts-hash; form 3: vX.Y.Z-pre.0.ts-hash. */
const PSEUDO_WITH_BASE = /^v\d+\.\d+\.\d+-(?:[0-9A-Za-z.-]+\.)?0\.(\d{14})-([0-9a-fA-F]{12})(\+incompatible)?$/;
const SEMVER_TAG = /^(v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?)(\+incompatible)?$/;
const KUBERNETES_TAG = /^kubernetes-1\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
const BRANCH_NAME = /^(?:master|release-\d+\.\d+)$/;
const HEX = /^[0-9a-fA-F]+$/;
/** Every client-go code from Kubernetes 1.15.0 on re-reads the token (domain.md §1.2). */
const FIRST_ALWAYS_RELOADING = '1.15.0';
const RESOLVERS = [
    resolveZeroPlaceholder,
    resolvePseudoVersion,
    resolveBranch,
    resolveKubernetesTag,
    resolveSemverTag,
    resolveBareCommit,
];
function resolveClientGoVersion(raw) {
    const value = raw.trim();
    if (value === '')
        return unknown('the client-go version is empty');
    for (const resolve of RESOLVERS) {
        const resolution = resolve(value);
        if (resolution)
            return resolution;
    }
    return unknown(`"${raw}" is not a client-go version, tag, branch or commit`);
}
function unknown(reason) {
    return { known: false, reason };
}
// ---------------------------------------------------------------------------
// Forms of version text.
function resolveZeroPlaceholder(value) {
    if (value !== ZERO_PLACEHOLDER)
        return null;
    return unknown(`${ZERO_PLACEHOLDER} is a placeholder, not a client-go version: the replace directive decides what is built`);
}
function resolvePseudoVersion(value) {
    const match = PSEUDO_NO_BASE.exec(value) ?? PSEUDO_WITH_BASE.exec(value);
    if (!match)
        return null;
    const [, timestamp = '', hash = ''] = match;
    const lookup = lookupCommit(hash);
    if (!lookup.found)
        return unknown(lookup.reason);
    const { commit } = lookup;
    const notes = [];
    if (commit.timestamp !== timestamp) {
        notes.push(`the pseudo-version time ${timestamp} is not the commit time ${commit.timestamp} of ${commit.commit}`);
        notes.push('judged by the hash');
    }
    return known(releaseAtCommit(commit, 'commit', notes));
}
function resolveBranch(value) {
    if (!BRANCH_NAME.test(value))
        return null;
    const branch = findBranch(value);
    if (!branch)
        return unknown(`kubernetes/client-go has no branch ${value}`);
    const { head } = indexSource();
    const note = `${value} is a branch, judged at its tip ${branch.tip.commit} as indexed (client-go master ${head}); ` +
        'a branch moves';
    return known(releaseAtCommit(branch.tip, 'branch', [note]));
}
function resolveKubernetesTag(value) {
    if (!value.startsWith('kubernetes-'))
        return null;
    const tag = findTag(value);
    if (tag)
        return known(releaseOfTag(tag, 'tag', []));
    const match = KUBERNETES_TAG.exec(value);
    if (!match)
        return unknown(`kubernetes/client-go has no tag ${value}`);
    const [, minor, patch, prerelease] = match;
    const v0Name = `v0.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}`;
    const v0Tag = findTag(v0Name);
    if (v0Tag) {
        const note = `${value} is not a published tag; judged as ${v0Name}, the same code`;
        return known(releaseOfTag(v0Tag, 'scheme', [note]));
    }
    const version = kubernetesVersionOfTagName(value) ?? '';
    return resolveBeyondIndex(value, version) ?? unknown(`kubernetes/client-go has no tag ${value}`);
}
function resolveSemverTag(value) {
    const match = SEMVER_TAG.exec(value);
    if (!match)
        return null;
    const [, name = '', major = '', minor = '', patch = '', prerelease, incompatible] = match;
    const notes = incompatibleNotes(name, Number(major), incompatible !== undefined);
    const tag = findTag(name);
    if (tag)
        return known(releaseOfTag(tag, 'tag', notes));
    if (major !== '0')
        return unknown(missingOldTagReason(value, Number(major), Number(minor)));
    const version = `1.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}`;
    const twin = findTag(`kubernetes-${version}`);
    if (twin) {
        return known(releaseOfTag(twin, 'scheme', [...notes, unpublishedV0Note(name, twin.name, Number(minor))]));
    }
    return (resolveBeyondIndex(value, version, notes) ??
        unknown(`${name} is not a client-go tag, and there is no kubernetes-${version} tag either`));
}
function resolveBareCommit(value) {
    if (!HEX.test(value))
        return null;
    if (value.length < 12) {
        return unknown(`"${value}" is too short to name a client-go commit; at least 12 hex digits are needed`);
    }
    const lookup = lookupCommit(value);
    if (!lookup.found)
        return unknown(lookup.reason);
    return known(releaseAtCommit(lookup.commit, 'commit', []));
}
// ---------------------------------------------------------------------------
// Notes and reasons.
function incompatibleNotes(name, major, incompatible) {
    if (!incompatible)
        return [];
    if (major < 2)
        return [`+incompatible does not apply to a v${major} version; ignored`];
    // v12.0.0 has a go.mod (kubernetes/kubernetes#84372), so Go 1.13+ rejects v12.0.0+incompatible.
    if (major < 12)
        return [];
    return [`${name} has a go.mod, so Go 1.13 and later reject ${name}+incompatible; judged as ${name}`];
}
function missingOldTagReason(value, major, minor) {
    if (major >= 13) {
        return `kubernetes/client-go has no tag ${value}: the vN.0.0 scheme ended with v12.0.0, later releases are v0.X.Y`;
    }
    if (major === 1 && minor >= 6) {
        return (`kubernetes/client-go has no tag ${value}; it reads like a Kubernetes version, which client-go ` +
            'publishes as kubernetes-1.X.Y tags (and v0.X.Y from 1.15.7 on)');
    }
    return `kubernetes/client-go has no tag ${value}`;
}
function unpublishedV0Note(name, twinName, minor) {
    const first = listTags().find((t) => tagSchemeOf(t.name) === 'v0' && t.kubernetesLine === `1.${minor}` && isPublishedRelease(t));
    const firstText = first ? ` (the first v0.${minor}.x tag is ${first.name})` : '';
    return (`${name} is not a published tag${firstText}; ` +
        `judged as ${twinName}, the same code by the v0.X.Y = kubernetes-1.X.Y scheme`);
}
/** Notes a tag's own story needs, whatever way it was reached. */
function tagNotes(tag) {
    if (tag.lineLabel === '(retraction-only)') {
        return [`${tag.name} is a retraction-only release (2021) that holds the old release-1.5 code`];
    }
    if (tag.lineLabel === '1.4*')
        return [`client-go ${tag.name} carries Kubernetes 1.4 features (client-go README)`];
    if (isInvalidTagName(tag.name)) {
        return [`${tag.name} is a withdrawn "-invalid" tag, judged by its own code (${tag.commit.commit})`];
    }
    return [];
}
// ---------------------------------------------------------------------------
// Beyond the index: v0.X.Y / kubernetes-1.X.Y newer than every tag the index knows.
/**
 * A release newer than the index cannot be looked up, but every client-go from Kubernetes 1.15.0 on
 * reloads, so a version past the newest tag of its line (or past every line) is judged by that rule.
 */
function resolveBeyondIndex(value, version, notes = []) {
    const line = kubernetesLineOf(version);
    if (!line || compareKubernetesVersions(version, FIRST_ALWAYS_RELOADING) < 0)
        return null;
    const newest = newestTaggedVersion(line);
    if (!newest || compareKubernetesVersions(version, newest.version) <= 0)
        return null;
    const { head } = indexSource();
    return known({
        kubernetes: version,
        kubernetesLine: line,
        reloadsToken: true,
        tokenFileReloads: true,
        mechanism: 'bearer-token-file',
        tag: null,
        commit: null,
        resolvedBy: 'scheme',
        note: [
            ...notes,
            `${value} is newer than the index (newest known tag ${newest.name}, client-go master ${head}); ` +
                `every client-go from Kubernetes ${FIRST_ALWAYS_RELOADING} on re-reads the token`,
        ].join('; '),
    });
}
let newestTags;
/** Newest tagged Kubernetes version in the line, or in the whole index when the line has no tag yet. */
function newestTaggedVersion(line) {
    newestTags ??= findNewestTags();
    return newestTags.byLine.get(line) ?? newestTags.overall;
}
function findNewestTags() {
    let overall = null;
    const byLine = new Map();
    const newer = (candidate, current) => !current || compareKubernetesVersions(candidate.version, current.version) > 0;
    for (const tag of listTags()) {
        const version = kubernetesVersionOfTagName(tag.name);
        if (!version)
            continue;
        const candidate = { name: tag.name, version };
        if (newer(candidate, overall))
            overall = candidate;
        if (newer(candidate, byLine.get(tag.kubernetesLine)))
            byLine.set(tag.kubernetesLine, candidate);
    }
    return { overall, byLine };
}
// ---------------------------------------------------------------------------
// Building the release.
function known(release) {
    return { known: true, release };
}
/** Judged by a tag the text named (or that the v0.X.Y scheme pointed to). */
function releaseOfTag(tag, resolvedBy, notes) {
    // A version the text states wins over other tags on the same commit (kubernetes-1.8.5 is also 1.8.6).
    const stated = kubernetesVersionOfTagName(tag.name);
    // vN.0.0 names state no Kubernetes version, so the best tag on their commit names them (v11.0.0 → 1.14.0).
    const namesItself = stated !== null || isInvalidTagName(tag.name);
    const shown = namesItself ? kubernetesTwin(tag) : (canonicalTagAt(tag.commit) ?? tag);
    return buildRelease({
        commit: tag.commit,
        tag: shown,
        kubernetes: stated ?? kubernetesVersionOfTag(shown),
        resolvedBy,
        notes: [...notes, ...tagNotes(tag)],
    });
}
/** Judged by a commit (pseudo-version, bare hash, branch tip): described by the best tag on it, if any. */
function releaseAtCommit(commit, resolvedBy, notes) {
    const shown = canonicalTagAt(commit) ?? null;
    return buildRelease({
        commit,
        tag: shown,
        kubernetes: shown ? kubernetesVersionOfTag(shown) : null,
        resolvedBy,
        notes: shown ? [...notes, ...tagNotes(shown), ...sameCodeNote(commit, shown)] : notes,
    });
}
function buildRelease({ commit, tag, kubernetes, resolvedBy, notes }) {
    const release = {
        kubernetes,
        kubernetesLine: tag?.kubernetesLine ?? commit.kubernetesLine,
        reloadsToken: classReloads(commit.inCluster),
        tokenFileReloads: classReloads(commit.kubeconfig),
        mechanism: mechanismOf(commit.inCluster),
        tag: tag?.name ?? null,
        commit: commit.commit,
        resolvedBy,
    };
    if (notes.length > 0)
        release.note = notes.join('; ');
    return release;
}
/** The kubernetes-1.X.Y name of a v0.X.Y tag (same commit), which the model prefers; else the tag. */
function kubernetesTwin(tag) {
    if (tagSchemeOf(tag.name) !== 'v0')
        return tag;
    const twin = findTag(tag.name.replace(/^v0\./, 'kubernetes-1.'));
    return twin && twin.commit === tag.commit ? twin : tag;
}
const SCHEME_PREFERENCE = { kubernetes: 0, v0: 1, 'semver-major': 2 };
/**
 * The tag that best describes a commit: a release before a pre-release, kubernetes-1.X.Y before v0.X.Y
 * before vN.0.0, and the lowest version when one code was tagged as several patches (kubernetes-1.13.10
 * and 1.13.11): the release that first shipped the code, as domain.md names it; a note names the others.
 */
function canonicalTagAt(commit) {
    const candidates = tagsAtCommit(commit).filter((t) => !isInvalidTagName(t.name));
    return [...candidates].sort((a, b) => Number(isPublishedRelease(b)) - Number(isPublishedRelease(a)) ||
        SCHEME_PREFERENCE[tagSchemeOf(a.name)] - SCHEME_PREFERENCE[tagSchemeOf(b.name)] ||
        compareTagVersions(a, b))[0];
}
function compareTagVersions(a, b) {
    const [x, y] = [kubernetesVersionOfTagName(a.name), kubernetesVersionOfTagName(b.name)];
    return x && y ? compareKubernetesVersions(x, y) : 0;
}
function sameCodeNote(commit, shown) {
    if (tagSchemeOf(shown.name) !== 'kubernetes')
        return [];
    const others = tagsAtCommit(commit).filter((t) => t !== shown && isPublishedRelease(t) && tagSchemeOf(t.name) === 'kubernetes');
    if (others.length === 0)
        return [];
    return [`the same code is also tagged ${others.map((t) => t.name).join(', ')}`];
}

;// CONCATENATED MODULE: ./src/settings/settings-error.ts
/** A user-supplied setting that cannot be used. The message quotes the value and the expected form. */
class SettingsError extends Error {
    constructor(name, value, expected) {
        super(`${name}: ${JSON.stringify(value)} is not valid; expected ${expected}`);
        this.name = 'SettingsError';
    }
}

;// CONCATENATED MODULE: ./src/evaluate/floor.ts


const EXPECTED = 'a client-go or Kubernetes version such as v0.15.7, v12.0.0, kubernetes-1.15.7 or 1.15.7';
/** minimum-version accepts a Kubernetes version as well as any client-go version the model knows. */
function resolveFloor(name, written) {
    if (written === null)
        return null;
    const plain = /^v?1\.(\d+)(?:\.(\d+))?$/.exec(written);
    if (plain)
        return { written, kubernetes: `1.${plain[1]}.${plain[2] ?? 0}` };
    const resolution = resolveClientGoVersion(written);
    if (!resolution.known)
        throw new SettingsError(name, written, EXPECTED);
    const kubernetes = resolution.release.kubernetes ?? (resolution.release.kubernetesLine ? `${resolution.release.kubernetesLine.replace(/-dev$/, '')}.0` : null);
    if (!kubernetes)
        throw new SettingsError(name, written, EXPECTED);
    return { written, kubernetes };
}

;// CONCATENATED MODULE: ./src/pipeline/dockerfile-ecosystem.ts
/** Dockerfiles: client-go and Kubernetes binaries that images build or pull in. */
function createDockerfileEcosystem(_context) {
    return {
        kinds: ['Dockerfile'],
        add: () => undefined,
        resolve: () => [],
    };
}

;// CONCATENATED MODULE: ./src/extract/directory-path.ts
/**
 * Go's test for "this replacement is a directory, not a module path": rooted, drive-lettered, or starting
 * with . or .. (either slash). Module paths never contain a colon or start with a dot, so none is mistaken.
 */
function isDirectoryPath(target) {
    if (target === '.' || target === '..')
        return true;
    if (/^\.{1,2}[\\/]/.test(target))
        return true;
    if (target.startsWith('/') || target.startsWith('\\'))
        return true;
    return /^[A-Za-z]:/.test(target);
}

;// CONCATENATED MODULE: ./src/extract/replace-directive.ts

const SHAPE = 'expected "old [version] => new [version]"';
/**
 * Reads `old [version] => new [version]`, the shape shared by go.mod and go.work replace directives and by
 * vendor/modules.txt module lines. A right side without a version must be a directory, and a directory
 * cannot carry a version: Go rejects both, so neither is guessed at here.
 */
function readReplacement(tokens, line) {
    const arrowIndex = tokens.findIndex((token) => token.kind === 'arrow');
    if (arrowIndex !== 1 && arrowIndex !== 2)
        return { ok: false, reason: arrowIndex < 0 ? `missing =>; ${SHAPE}` : SHAPE };
    const left = tokens.slice(0, arrowIndex);
    const right = tokens.slice(arrowIndex + 1);
    if (right.length < 1 || right.length > 2 || [...left, ...right].some((token) => token.kind !== 'value')) {
        return { ok: false, reason: SHAPE };
    }
    const target = moduleVersionOf(right);
    const newIsDirectory = isDirectoryPath(target.path);
    if (target.version === null && !newIsDirectory) {
        return { ok: false, reason: `replacement "${target.path}" has no version, so it must be a directory (./, ../, / or a drive letter)` };
    }
    if (target.version !== null && newIsDirectory) {
        return { ok: false, reason: `replacement directory "${target.path}" cannot have a version` };
    }
    return { ok: true, directive: { old: moduleVersionOf(left), new: target, newIsDirectory, line } };
}
/** A path token and an optional version token (the caller has checked there are one or two). */
function moduleVersionOf(tokens) {
    const [path, version] = tokens;
    return {
        path: path.text,
        pathSpan: path.span,
        version: version?.text ?? null,
        versionSpan: version?.span ?? null,
    };
}

;// CONCATENATED MODULE: ./src/extract/go-mod-directives.ts

/** The statement's arguments when there are exactly `count` plain values (no `=>`). */
function expectValues(statement, count, shape) {
    const { args } = statement;
    if (args.length !== count || args.some((token) => token.kind !== 'value')) {
        return { ok: false, reason: `${statement.verb}: expected "${shape}", found ${describeArguments(args)}` };
    }
    return { ok: true, values: args };
}
function describeArguments(args) {
    if (args.length === 0)
        return 'nothing';
    return args.map((token) => (token.kind === 'value' && !token.quoted ? token.text : JSON.stringify(token.text))).join(' ');
}
/** `go 1.21`: the first one counts, as Go refuses a file with two. */
const readGoVersion = (records, statement) => {
    const read = expectValues(statement, 1, 'go <version>');
    if (!read.ok)
        return read.reason;
    if (records.goVersion !== null)
        return `repeated go directive (the first, go ${records.goVersion}, is kept)`;
    records.goVersion = read.values[0].text;
    return null;
};
const readReplace = (records, statement) => {
    const read = readReplacement(statement.args, statement.line);
    if (!read.ok)
        return `replace: ${read.reason}`;
    records.replaces.push(read.directive);
    return null;
};
/**
 * Reads every statement with the reader for its verb. Verbs without a reader (toolchain, godebug, tool,
 * retract, ignore, and whatever later Go versions add) are read without error and left out.
 */
function readStatements(records, statements, readers) {
    for (const statement of statements) {
        const reader = Object.hasOwn(readers, statement.verb) ? readers[statement.verb] : undefined;
        const reason = reader ? reader(records, statement) : null;
        if (reason !== null)
            records.skipped.push({ line: statement.line, reason });
    }
    records.skipped.sort((a, b) => a.line - b.line);
    return records;
}

;// CONCATENATED MODULE: ./src/extract/go-quoted-string.ts
const SIMPLE_ESCAPES = {
    a: 0x07, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, '\\': 0x5c, '"': 0x22,
};
const utf8 = new TextEncoder();
/**
 * Reads a Go interpreted string literal starting at the `"` at `startIndex`. Octal and \x escapes are
 * bytes, so the value is assembled as UTF-8 and decoded once at the end, as Go's strconv.Unquote would.
 */
function readInterpretedString(text, startIndex) {
    const bytes = [];
    let index = startIndex + 1;
    while (index < text.length) {
        const char = text[index];
        if (char === '"')
            return { ok: true, value: decodeUtf8(bytes), endIndex: index + 1 };
        if (char !== '\\') {
            const codePoint = text.codePointAt(index);
            bytes.push(...utf8.encode(String.fromCodePoint(codePoint)));
            index += codePoint > 0xffff ? 2 : 1;
            continue;
        }
        const escape = readEscape(text, index);
        if (!escape.ok)
            return escape;
        bytes.push(...escape.bytes);
        index = escape.endIndex;
    }
    return { ok: false, reason: `quoted string opened at column ${startIndex + 1} is not closed on its line` };
}
/** Reads a Go raw string literal (backquoted, no escapes) starting at `startIndex`. */
function readRawString(text, startIndex) {
    const close = text.indexOf('`', startIndex + 1);
    if (close < 0)
        return { ok: false, reason: `raw string opened at column ${startIndex + 1} is not closed on its line` };
    return { ok: true, value: text.slice(startIndex + 1, close), endIndex: close + 1 };
}
const HEX_BYTE = { markerLength: 2, digitCount: 2, radix: 16, unit: 'byte' };
const OCTAL_BYTE = { markerLength: 1, digitCount: 3, radix: 8, unit: 'byte' };
const SHORT_UNICODE = { markerLength: 2, digitCount: 4, radix: 16, unit: 'code point' };
const LONG_UNICODE = { markerLength: 2, digitCount: 8, radix: 16, unit: 'code point' };
function readEscape(text, backslashIndex) {
    const letter = text[backslashIndex + 1] ?? '';
    const simple = SIMPLE_ESCAPES[letter];
    if (simple !== undefined)
        return { ok: true, bytes: [simple], endIndex: backslashIndex + 2 };
    if (letter === 'x')
        return readNumericEscape(text, backslashIndex, HEX_BYTE);
    if (letter === 'u')
        return readNumericEscape(text, backslashIndex, SHORT_UNICODE);
    if (letter === 'U')
        return readNumericEscape(text, backslashIndex, LONG_UNICODE);
    if (letter >= '0' && letter <= '7')
        return readNumericEscape(text, backslashIndex, OCTAL_BYTE);
    return { ok: false, reason: `unknown escape \\${letter} at column ${backslashIndex + 1}` };
}
function readNumericEscape(text, backslashIndex, escape) {
    const start = backslashIndex + escape.markerLength;
    const digits = text.slice(start, start + escape.digitCount);
    const valid = escape.radix === 16 ? /^[0-9A-Fa-f]+$/ : /^[0-7]+$/;
    const value = Number.parseInt(digits, escape.radix);
    const limit = escape.unit === 'byte' ? 0xff : 0x10ffff;
    const isSurrogate = escape.unit === 'code point' && value >= 0xd800 && value <= 0xdfff;
    if (digits.length !== escape.digitCount || !valid.test(digits) || value > limit || isSurrogate) {
        return { ok: false, reason: `invalid escape at column ${backslashIndex + 1}` };
    }
    const bytes = escape.unit === 'byte' ? [value] : [...utf8.encode(String.fromCodePoint(value))];
    return { ok: true, bytes, endIndex: start + escape.digitCount };
}
function decodeUtf8(bytes) {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

;// CONCATENATED MODULE: ./src/extract/syntax-token.ts
/** A span on one line; columns are 1-based UTF-16 offsets, the end is exclusive. */
function spanOnLine(line, startIndex, endIndex) {
    return { line, column: startIndex + 1, endLine: line, endColumn: endIndex + 1 };
}
/** Splits a line at spaces and tabs, keeping each field's place; `=>` fields become arrows. */
function whitespaceFields(line, text, from = 0) {
    const fields = [];
    const pattern = /[^ \t\r]+/g;
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const word = match[0];
        fields.push({
            kind: word === '=>' ? 'arrow' : 'value',
            text: word,
            span: spanOnLine(line, match.index, match.index + word.length),
            quoted: false,
        });
    }
    return fields;
}

;// CONCATENATED MODULE: ./src/extract/text-lines.ts
const BYTE_ORDER_MARK = '\uFEFF';
/**
 * Splits a file into lines the way Go's own readers see them: `\n` ends a line and a `\r` before it belongs
 * to the ending. A leading byte order mark is dropped here, before any column is counted, so the first token
 * of line 1 is at column 1 as an editor shows it.
 */
function splitLines(text) {
    const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
    const raw = body.split('\n');
    // A final newline ends the last line; it does not start an empty one.
    if (raw.length > 1 && raw[raw.length - 1] === '')
        raw.pop();
    return raw.map((line, index) => ({ number: index + 1, text: line.endsWith('\r') ? line.slice(0, -1) : line }));
}
// Tab and carriage return are ordinary whitespace in these formats; any other C0 control or DEL is not text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000A-\u000C\u000E-\u001F\u007F]/;
/** Why a line cannot be text, or null. A NUL byte usually means a binary file was handed over by mistake. */
function controlCharacterReason(line) {
    const match = CONTROL_CHARACTER.exec(line);
    if (!match)
        return null;
    const code = match[0].charCodeAt(0);
    const name = code === 0 ? 'a NUL byte' : `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `contains ${name} at column ${match.index + 1} (binary data?)`;
}

;// CONCATENATED MODULE: ./src/extract/go-mod-lexer.ts



const WHITESPACE = new Set([' ', '\t', '\r']);
/** Characters that end a bare word (besides whitespace, `//` and `=>`). */
const WORD_BREAKS = new Set(['(', ')', '"', '`']);
/**
 * Splits one line into tokens. Everything is on one line in these formats: strings cannot span lines
 * and blocks are made of whole lines, so a fault never spills into the next line.
 */
function lexGoModLine(line) {
    const controlFault = controlCharacterReason(line.text);
    if (controlFault)
        return { number: line.number, tokens: [], comment: null, fault: controlFault };
    const lexed = { number: line.number, tokens: [], comment: null, fault: null };
    const text = line.text;
    let index = 0;
    while (index < text.length && lexed.fault === null) {
        const char = text[index];
        if (WHITESPACE.has(char)) {
            index += 1;
        }
        else if (text.startsWith('//', index)) {
            lexed.comment = text.slice(index + 2);
            break;
        }
        else if (text.startsWith('/*', index)) {
            lexed.fault = `block comment at column ${index + 1}; go.mod only allows // comments`;
        }
        else {
            index = readToken(text, index, lexed);
        }
    }
    return lexed;
}
/** Reads the token at `index` into `lexed` (or records a fault) and returns the index after it. */
function readToken(text, index, lexed) {
    const char = text[index];
    if (char === '(' || char === ')') {
        return pushToken(lexed, char === '(' ? 'open' : 'close', char, index, index + 1, false);
    }
    if (text.startsWith('=>', index))
        return pushToken(lexed, 'arrow', '=>', index, index + 2, false);
    if (char === '"' || char === '`') {
        const read = char === '"' ? readInterpretedString(text, index) : readRawString(text, index);
        if (!read.ok) {
            lexed.fault = read.reason;
            return text.length;
        }
        return pushToken(lexed, 'value', read.value, index, read.endIndex, true);
    }
    const end = endOfWord(text, index);
    return pushToken(lexed, 'value', text.slice(index, end), index, end, false);
}
function endOfWord(text, start) {
    let index = start;
    while (index < text.length) {
        const char = text[index];
        if (WHITESPACE.has(char) || WORD_BREAKS.has(char) || text.startsWith('//', index) || text.startsWith('=>', index))
            break;
        index += 1;
    }
    return index;
}
function pushToken(lexed, kind, value, start, end, quoted) {
    lexed.tokens.push({ kind, text: value, span: spanOnLine(lexed.number, start, end), quoted });
    return end;
}

;// CONCATENATED MODULE: ./src/extract/go-mod-syntax.ts


/** Go directive keywords are plain lowercase words; anything else at the start of a line is not one. */
const DIRECTIVE_KEYWORD = /^[a-z]+$/;
/**
 * Parses the shared go.mod/go.work grammar into statements without judging which verbs exist: that is
 * the caller's business, and unknown verbs (newer Go versions add some) must read without error.
 */
function parseGoModSyntax(text) {
    const syntax = { statements: [], skipped: [] };
    let block = null;
    for (const line of splitLines(text)) {
        const lexed = lexGoModLine(line);
        if (lexed.fault !== null) {
            skip(syntax, lexed.number, lexed.fault);
        }
        else if (lexed.tokens.length > 0) {
            block = block ? readBlockLine(syntax, block, lexed) : readTopLevelLine(syntax, lexed);
        }
    }
    if (block)
        skip(syntax, block.line, `the ${block.verb.text} block opened here is never closed with )`);
    syntax.skipped.sort((a, b) => a.line - b.line);
    return syntax;
}
/** A line inside a block: an entry, or the `)` that closes it. Returns the block still open, if any. */
function readBlockLine(syntax, block, lexed) {
    const [first] = lexed.tokens;
    if (first?.kind === 'close') {
        if (lexed.tokens.length > 1)
            skip(syntax, lexed.number, 'unexpected text after the ) that closes the block');
        return null;
    }
    const parenthesis = lexed.tokens.find((token) => token.kind === 'open' || token.kind === 'close');
    if (parenthesis) {
        skip(syntax, lexed.number, `unexpected ${parenthesis.text} at column ${parenthesis.span.column} inside the ${block.verb.text} block`);
    }
    else {
        syntax.statements.push(statementOf(block.verb, lexed.tokens, lexed, block.line));
    }
    return block;
}
/** A line outside any block: a one-line directive, or `verb (` opening a block. */
function readTopLevelLine(syntax, lexed) {
    const [verb, ...args] = lexed.tokens;
    if (verb?.kind === 'close') {
        skip(syntax, lexed.number, 'unexpected ) with no block open');
        return null;
    }
    if (!verb || verb.kind !== 'value' || verb.quoted || !DIRECTIVE_KEYWORD.test(verb.text)) {
        skip(syntax, lexed.number, `${go_mod_syntax_describe(verb)} is not a directive keyword`);
        return null;
    }
    if (args[0]?.kind === 'open')
        return readBlockOpening(syntax, verb, args.slice(1), lexed);
    const parenthesis = args.find((token) => token.kind === 'open' || token.kind === 'close');
    if (parenthesis) {
        skip(syntax, lexed.number, `unexpected ${parenthesis.text} at column ${parenthesis.span.column}`);
    }
    else {
        syntax.statements.push(statementOf(verb, args, lexed, null));
    }
    return null;
}
/** `verb (` opens a block; `verb ( )` on one line is an empty block. */
function readBlockOpening(syntax, verb, afterOpen, lexed) {
    if (afterOpen.length === 0)
        return { verb, line: lexed.number };
    if (afterOpen.length === 1 && afterOpen[0]?.kind === 'close')
        return null;
    skip(syntax, lexed.number, `a ${verb.text} block must start with "${verb.text} (" alone on its line`);
    return null;
}
function statementOf(verb, args, lexed, blockLine) {
    return { verb: verb.text, verbSpan: verb.span, args, comment: lexed.comment, line: lexed.number, blockLine };
}
function go_mod_syntax_describe(token) {
    if (!token)
        return 'the line';
    return token.quoted ? `the quoted string at column ${token.span.column}` : `"${token.text}"`;
}
function skip(syntax, line, reason) {
    syntax.skipped.push({ line, reason });
}

;// CONCATENATED MODULE: ./src/extract/go-mod.ts


/** Everything the gate needs from a go.mod text. Never throws: unreadable lines come back in `skipped`. */
function extractGoMod(text) {
    const syntax = parseGoModSyntax(text);
    const records = { module: null, goVersion: null, requires: [], replaces: [], excludes: [], skipped: [...syntax.skipped] };
    return readStatements(records, syntax.statements, GO_MOD_READERS);
}
const readModule = (records, statement) => {
    const read = expectValues(statement, 1, 'module <path>');
    if (!read.ok)
        return read.reason;
    if (records.module !== null)
        return `repeated module directive (the first, on line ${records.module.line}, is kept)`;
    records.module = { path: read.values[0].text, line: statement.line };
    return null;
};
const readRequire = (records, statement) => {
    const read = expectValues(statement, 2, 'require <module> <version>');
    if (!read.ok)
        return read.reason;
    records.requires.push({ ...pathAndVersion(read.values), indirect: isIndirectComment(statement.comment), line: statement.line });
    return null;
};
const readExclude = (records, statement) => {
    const read = expectValues(statement, 2, 'exclude <module> <version>');
    if (!read.ok)
        return read.reason;
    records.excludes.push({ ...pathAndVersion(read.values), line: statement.line });
    return null;
};
const GO_MOD_READERS = {
    module: readModule,
    go: readGoVersion,
    require: readRequire,
    replace: readReplace,
    exclude: readExclude,
};
function pathAndVersion(values) {
    const [path, version] = values;
    return { path: path.text, pathSpan: path.span, version: version.text, versionSpan: version.span };
}
/**
 * `// indirect` marks a requirement only the build graph needs. Go also accepts it as the first of several
 * `;`-separated notes (`// indirect; for tests`), and without the space after the slashes.
 */
function isIndirectComment(comment) {
    if (comment === null)
        return false;
    const trimmed = comment.trim();
    return trimmed === 'indirect' || trimmed.startsWith('indirect;');
}

;// CONCATENATED MODULE: ./src/extract/module-version.ts
/**
 * The shape of a semantic version as Go's module tooling writes it (`v1.2.3`, pre-release and build
 * suffixes, and the `v1`/`v1.2` short forms Go also accepts). Machine-written files (go.sum,
 * vendor/modules.txt) only ever hold these, so anything else there is not a version.
 */
const MODULE_VERSION = /^v(0|[1-9]\d*)(\.(0|[1-9]\d*)){0,2}(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
function isModuleVersion(text) {
    return MODULE_VERSION.test(text);
}

;// CONCATENATED MODULE: ./src/extract/go-sum.ts



const GO_MOD_SUFFIX = '/go.mod';
/** `h1:` is the only hash Go writes today; other `hN:` prefixes are future algorithms, still well formed. */
const HASH = /^h\d+:\S+$/;
/** Every `<module> <version>[/go.mod] <hash>` line of a go.sum. Never throws: bad lines are skipped. */
function extractGoSum(text, options = {}) {
    const records = { entries: [], skipped: [] };
    const wanted = options.onlyLinesContaining;
    for (const line of splitLines(text)) {
        if (line.text.trim() === '' || (wanted !== undefined && !line.text.includes(wanted)))
            continue;
        const read = entryOf(line);
        if (typeof read === 'string')
            records.skipped.push({ line: line.number, reason: read });
        else
            records.entries.push(read);
    }
    return records;
}
function entryOf(line) {
    const controlFault = controlCharacterReason(line.text);
    if (controlFault)
        return controlFault;
    const fields = whitespaceFields(line.number, line.text);
    const [path, versionField, hash] = fields;
    if (fields.length !== 3 || !path || !versionField || !hash)
        return 'expected "<module> <version>[/go.mod] <hash>"';
    if (!HASH.test(hash.text))
        return `"${hash.text}" is not a go.sum hash (h1:…)`;
    const goModOnly = versionField.text.endsWith(GO_MOD_SUFFIX);
    const version = goModOnly ? versionField.text.slice(0, -GO_MOD_SUFFIX.length) : versionField.text;
    if (!isModuleVersion(version))
        return `"${version}" is not a module version`;
    return { path: path.text, version, versionSpan: versionSpanOf(versionField, version), goModOnly, line: line.number };
}
/** The span of the version alone: a `/go.mod` suffix is part of the field but not of the version. */
function versionSpanOf(field, version) {
    const start = field.span.column - 1;
    return spanOnLine(field.span.line, start, start + version.length);
}

;// CONCATENATED MODULE: ./src/extract/go-work.ts


/** Everything the gate needs from a go.work text. Never throws: unreadable lines come back in `skipped`. */
function extractGoWork(text) {
    const syntax = parseGoModSyntax(text);
    const records = { goVersion: null, uses: [], replaces: [], skipped: [...syntax.skipped] };
    return readStatements(records, syntax.statements, GO_WORK_READERS);
}
/** `use ./dir`: the directory is kept as written, relative to the go.work (callers resolve it). */
const readUse = (records, statement) => {
    const read = expectValues(statement, 1, 'use <directory>');
    if (!read.ok)
        return read.reason;
    const directory = read.values[0];
    records.uses.push({ directory: directory.text, span: directory.span, line: statement.line });
    return null;
};
const GO_WORK_READERS = {
    go: readGoVersion,
    use: readUse,
    replace: readReplace,
};

;// CONCATENATED MODULE: ./src/extract/vendor-modules-txt.ts




const MODULE_SHAPE = 'expected "# <module> <version> [=> <replacement> [<version>]]" or "# <module> => <replacement> [<version>]"';
/**
 * Everything the gate needs from vendor/modules.txt (written by `go mod vendor`): one record per `# `
 * module line, with `## explicit` folded in. Package lines only confirm the module; they are not kept.
 */
function extractVendorModulesTxt(text) {
    const state = { records: { modules: [], skipped: [] }, current: null, seenModuleLine: false };
    for (const line of splitLines(text)) {
        const reason = readLine(state, line);
        if (reason !== null)
            state.records.skipped.push({ line: line.number, reason });
    }
    return state.records;
}
function readLine(state, line) {
    if (line.text.trim() === '')
        return null;
    const controlFault = controlCharacterReason(line.text);
    if (controlFault)
        return controlFault;
    if (line.text.startsWith('## ') || line.text === '##')
        return readAnnotations(state, line.text.slice(2));
    if (line.text.startsWith('# '))
        return readModuleLine(state, line);
    if (line.text.startsWith('#'))
        return 'a module line needs a space after "#" (and an annotation after "##")';
    return readPackageLine(state, line);
}
function readModuleLine(state, line) {
    state.seenModuleLine = true;
    state.current = null;
    const fields = whitespaceFields(line.number, line.text, 2);
    const read = moduleOf(fields, line.number);
    if (typeof read === 'string')
        return read;
    state.records.modules.push(read);
    state.current = read;
    return null;
}
function moduleOf(fields, line) {
    const [path, version] = fields;
    if (!path || path.kind !== 'value')
        return MODULE_SHAPE;
    if (version?.kind === 'value' && !isModuleVersion(version.text))
        return `"${version.text}" is not a module version`;
    if (!fields.some((field) => field.kind === 'arrow')) {
        if (fields.length !== 2 || !version)
            return MODULE_SHAPE;
        return { path: path.text, pathSpan: path.span, version: version.text, versionSpan: version.span, replacement: null, replacementIsDirectory: false, explicit: false, line };
    }
    const replace = readReplacement(fields, line);
    if (!replace.ok)
        return replace.reason;
    const { old, new: target, newIsDirectory } = replace.directive;
    return { ...old, replacement: target, replacementIsDirectory: newIsDirectory, explicit: false, line };
}
/** `## explicit; go 1.19`: `;`-separated notes on the module above; only `explicit` matters here. */
function readAnnotations(state, notes) {
    if (!state.current)
        return state.seenModuleLine ? null : '## line before any module line';
    if (notes.split(';').some((note) => note.trim() === 'explicit'))
        state.current.explicit = true;
    return null;
}
/** A package of the module above: one path, nothing else on the line. */
function readPackageLine(state, line) {
    if (whitespaceFields(line.number, line.text).length !== 1)
        return 'expected a module line ("# …"), a "##" line or a single package path';
    return state.seenModuleLine ? null : 'package line before any module line';
}

;// CONCATENATED MODULE: ./src/resolve/client-go-module-paths.ts
/** Module paths under which the upstream client-go is published (the GitHub path is an old alias). */
const CLIENT_GO_PATHS = new Set(['k8s.io/client-go', 'github.com/kubernetes/client-go']);
function isClientGoModule(modulePath) {
    return CLIENT_GO_PATHS.has(modulePath);
}
/**
 * The Kubernetes staging modules, tagged in lockstep with client-go (same v0.X.Y / kubernetes-1.X.Y tags),
 * so a fix must move them together. klog, utils, kube-openapi and the like have their own versions.
 */
const STAGING_MODULES = new Set([
    'api', 'apiextensions-apiserver', 'apimachinery', 'apiserver', 'cli-runtime', 'client-go', 'cloud-provider',
    'cluster-bootstrap', 'code-generator', 'component-base', 'component-helpers', 'controller-manager', 'cri-api',
    'cri-client', 'csi-translation-lib', 'dynamic-resource-allocation', 'endpointslice', 'externaljwt', 'kms',
    'kube-aggregator', 'kube-controller-manager', 'kube-proxy', 'kube-scheduler', 'kubectl', 'kubelet',
    'legacy-cloud-providers', 'metrics', 'mount-utils', 'pod-security-admission', 'sample-apiserver',
    'sample-cli-plugin', 'sample-controller',
].map((name) => `k8s.io/${name}`));
function isStagingModule(modulePath) {
    return STAGING_MODULES.has(modulePath);
}

;// CONCATENATED MODULE: ./src/resolve/source-span.ts
function inFile(file, span) {
    return { file, ...span };
}
/** A span for a whole line when a format gives no column (column 1 to 1). */
function lineSpan(file, line) {
    return { file, line, column: 1, endLine: line, endColumn: 1 };
}

;// CONCATENATED MODULE: ./src/resolve/client-go-source-release.ts


/**
 * The code decides whether the token is re-read; a version, when one is known for the same code,
 * still supplies the Kubernetes release the documented rule compares.
 */
function releaseFromSource(verdict, versioned) {
    const known = versioned?.known ? versioned.release : null;
    return {
        kubernetes: known?.kubernetes ?? null,
        kubernetesLine: known?.kubernetesLine ?? null,
        reloadsToken: verdict.reloadsToken,
        tokenFileReloads: known?.tokenFileReloads ?? verdict.reloadsToken,
        mechanism: verdict.mechanism,
        tag: known?.tag ?? null,
        commit: known?.commit ?? null,
        resolvedBy: 'source',
        note: verdict.explanation,
    };
}
/** The vendored client-go tree itself is a reference: it is the code `go build -mod=vendor` compiles. */
function sourceDirectoryReference(directory, verdict, release, vendored) {
    return {
        source: 'client-go-source',
        at: lineSpan(external_node_path_default().posix.join(directory, verdict.evidenceFile), verdict.evidenceLine),
        module: 'k8s.io/client-go',
        declared: vendored?.version ?? null,
        effective: vendored?.version ?? null,
        effectiveModule: 'k8s.io/client-go',
        localDirectory: directory,
        judgedFromSource: release,
        indirect: false,
        inferred: false,
        related: vendored ? [{ file: vendored.file, line: vendored.line, label: 'vendor/modules.txt' }] : [],
        siblings: [],
        notes: [verdict.explanation],
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/resolve/replace-rules.ts
/**
 * Go's rule: a replace naming the exact version wins over a wildcard one (no version on the left);
 * go.work replaces override the module's own for the same module path.
 */
function findApplicableReplace(modulePath, version, moduleReplaces, workspaceReplaces) {
    return pickReplace(modulePath, version, workspaceReplaces) ?? pickReplace(modulePath, version, moduleReplaces);
}
function pickReplace(modulePath, version, replaces) {
    const forPath = replaces.filter((r) => r.directive.old.path === modulePath);
    const exact = forPath.find((r) => version !== null && r.directive.old.version === version);
    if (exact)
        return exact;
    // Later directives win in Go only as duplicates are errors; take the last wildcard to match `go mod edit`.
    const wildcards = forPath.filter((r) => r.directive.old.version === null);
    return wildcards.at(-1) ?? null;
}

;// CONCATENATED MODULE: ./src/resolve/go-module-references.ts





/** Every client-go reference the Go-module files make, with go.work and replace rules applied. */
function collectGoModuleReferences(inputs) {
    const workspaceOf = mapModulesToWorkspaces(inputs.goWorks);
    const localClientGoModules = findLocalClientGoModules(inputs.goMods);
    const goSumByDirectory = new Map(inputs.goSums.map((sum) => [external_node_path_default().posix.dirname(sum.path), sum]));
    const goModByDirectory = new Map(inputs.goMods.map((mod) => [external_node_path_default().posix.dirname(mod.path), mod]));
    const references = [];
    const usedWorkspaces = new Set();
    for (const goMod of inputs.goMods) {
        if (goMod.records.module && isClientGoModule(goMod.records.module.path))
            continue;
        const workspace = workspaceOf.get(external_node_path_default().posix.dirname(goMod.path)) ?? null;
        const goSum = goSumByDirectory.get(external_node_path_default().posix.dirname(goMod.path)) ?? null;
        const found = referencesOfGoMod(goMod, workspace, localClientGoModules, goSum);
        if (found.length > 0 && workspace)
            usedWorkspaces.add(workspace.path);
        references.push(...found);
    }
    for (const goWork of inputs.goWorks) {
        if (!usedWorkspaces.has(goWork.path))
            references.push(...orphanReplaceReferences(goWork.path, goWork.records.replaces, null, 'go.work'));
    }
    for (const vendor of inputs.vendorModules) {
        const owner = goModByDirectory.get(external_node_path_default().posix.dirname(external_node_path_default().posix.dirname(vendor.path))) ?? null;
        references.push(...referencesOfVendorModules(vendor, owner));
    }
    return references;
}
function mapModulesToWorkspaces(goWorks) {
    const byModuleDirectory = new Map();
    for (const goWork of goWorks) {
        for (const use of goWork.records.uses) {
            const directory = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(goWork.path), use.directory.replace(/\\/g, '/')));
            if (!byModuleDirectory.has(directory))
                byModuleDirectory.set(directory, goWork);
        }
    }
    return byModuleDirectory;
}
/** Directories whose go.mod declares client-go itself (a workspace `use` of it replaces every required version). */
function findLocalClientGoModules(goMods) {
    return new Set(goMods.filter((mod) => mod.records.module && isClientGoModule(mod.records.module.path)).map((mod) => external_node_path_default().posix.dirname(mod.path)));
}
function siblingsOf(records) {
    return records.requires
        .filter((req) => isStagingModule(req.path) && !isClientGoModule(req.path))
        .map((req) => ({ path: req.path, version: req.version }));
}
function replacesOf(file, records) {
    return records.replaces.map((directive) => ({ file, directive }));
}
function referencesOfGoMod(goMod, workspace, localClientGoModules, goSum) {
    const moduleReplaces = replacesOf(goMod.path, goMod.records);
    const workspaceReplaces = workspace ? replacesOf(workspace.path, workspace.records) : [];
    const requires = goMod.records.requires.filter((req) => isClientGoModule(req.path));
    const siblings = siblingsOf(goMod.records);
    const workspaceClientGo = workspace ? workspaceClientGoDirectory(workspace, localClientGoModules) : null;
    if (requires.length > 0) {
        return requires.map((req) => referenceOfRequire(goMod.path, req, moduleReplaces, workspaceReplaces, siblings, workspace, workspaceClientGo));
    }
    const inBuild = goSum !== null && goSum.records.entries.some((entry) => isClientGoModule(entry.path));
    const replaceOnly = orphanReplaceReferences(goMod.path, goMod.records.replaces, siblings, 'go.mod', inBuild);
    if (replaceOnly.length > 0)
        return replaceOnly;
    return goSum ? inferFromGoSum(goMod, goSum, siblings) : [];
}
function workspaceClientGoDirectory(workspace, localClientGoModules) {
    for (const use of workspace.records.uses) {
        const directory = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(workspace.path), use.directory.replace(/\\/g, '/')));
        if (localClientGoModules.has(directory))
            return { directory, line: use.line };
    }
    return null;
}
function referenceOfRequire(file, req, moduleReplaces, workspaceReplaces, siblings, workspace, workspaceClientGo) {
    const base = {
        source: 'go.mod',
        at: inFile(file, req.versionSpan),
        module: req.path,
        declared: req.version,
        effective: req.version,
        effectiveModule: req.path,
        indirect: req.indirect,
        inferred: false,
        related: [],
        siblings,
        notes: [],
    };
    if (workspace && workspaceClientGo) {
        // A workspace module named k8s.io/client-go is built instead of any required version.
        return {
            ...base,
            source: 'go.work',
            at: lineSpan(workspace.path, workspaceClientGo.line),
            effective: null,
            localDirectory: workspaceClientGo.directory,
            related: [requireLocation(file, req)],
            notes: [`the workspace ${workspace.path} uses the client-go module in ${workspaceClientGo.directory}`],
        };
    }
    const replace = findApplicableReplace(req.path, req.version, moduleReplaces, workspaceReplaces);
    if (!replace)
        return base;
    return applyReplace(base, replace, requireLocation(file, req));
}
function requireLocation(file, req) {
    return { file, line: req.line, column: req.versionSpan.column, label: 'require' };
}
function applyReplace(base, replace, declaredAt) {
    const { directive } = replace;
    const target = directive.new;
    const fromWorkspace = replace.file !== base.at.file && base.source === 'go.mod';
    const span = target.versionSpan ?? target.pathSpan;
    const note = `replaced on ${replace.file}:${directive.line}${fromWorkspace ? ' (go.work replaces override the module\'s own)' : ''}`;
    return {
        ...base,
        source: fromWorkspace ? 'go.work' : base.source,
        at: inFile(replace.file, span),
        replacedAt: { file: replace.file, line: directive.line },
        effective: directive.newIsDirectory ? null : target.version,
        effectiveModule: directive.newIsDirectory ? base.module : target.path,
        ...(directive.newIsDirectory ? { localDirectory: localDirectoryOf(replace.file, target.path) } : {}),
        related: declaredAt ? [declaredAt] : [],
        notes: [note],
    };
}
/** A relative replace directory is relative to the file holding the replace; keep absolute ones as written. */
function localDirectoryOf(file, directory) {
    const posix = directory.replace(/\\/g, '/');
    if (external_node_path_default().posix.isAbsolute(posix) || /^[A-Za-z]:\//.test(posix))
        return posix;
    return external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), posix));
}
/**
 * A replace of client-go in a file that does not require it: it decides the version only if a dependency
 * brings client-go in, which only go.sum can suggest. Without that evidence it is inferred.
 */
function orphanReplaceReferences(file, replaces, siblings, source, inBuild = false) {
    return replaces
        .filter((directive) => isClientGoModule(directive.old.path))
        .map((directive) => {
        const base = {
            source,
            at: inFile(file, directive.old.pathSpan),
            module: directive.old.path,
            declared: directive.old.version,
            effective: directive.old.version,
            effectiveModule: directive.old.path,
            indirect: true,
            inferred: !inBuild,
            related: [],
            siblings: siblings ?? [],
            notes: [],
        };
        const replaced = applyReplace(base, { file, directive }, null);
        const why = inBuild
            ? 'client-go is not required directly but go.sum shows a dependency brings it in'
            : 'client-go is not required here; this replace decides its version only if a dependency brings it in';
        return { ...replaced, source, notes: [...replaced.notes, why] };
    });
}
/** go.sum lists every version the module graph touched; Go's MVS builds the highest of those it selects. */
function inferFromGoSum(goMod, goSum, siblings) {
    const entries = goSum.records.entries.filter((entry) => isClientGoModule(entry.path));
    if (entries.length === 0)
        return [];
    const withCode = entries.filter((entry) => !entry.goModOnly);
    const pool = withCode.length > 0 ? withCode : entries;
    const chosen = pool.reduce((best, entry) => (compareModuleVersions(entry.version, best.version) > 0 ? entry : best));
    return [
        {
            source: 'go.sum',
            at: inFile(goSum.path, chosen.versionSpan),
            module: chosen.path,
            declared: null,
            effective: chosen.version,
            effectiveModule: chosen.path,
            indirect: true,
            inferred: true,
            related: [{ file: goMod.path, line: goMod.records.module?.line ?? 1, label: 'go.mod without client-go' }],
            siblings,
            notes: [
                `${goMod.path} does not mention client-go; go.sum lists ${describeCount(entries.length, 'client-go version')}, the highest ${withCode.length > 0 ? 'with code' : ''} is taken`.replace(/ +,/, ','),
            ],
        },
    ];
}
function describeCount(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Semantic order as Go's minimal version selection uses it; unparsable versions sort lowest. */
function compareModuleVersions(a, b) {
    const left = semver_default().valid(a.replace(/^v/, ''), { loose: true });
    const right = semver_default().valid(b.replace(/^v/, ''), { loose: true });
    if (left && right)
        return semver_default().compare(left, right);
    return left ? 1 : right ? -1 : a.localeCompare(b);
}
function referencesOfVendorModules(vendor, owner) {
    const modules = vendor.records.modules.filter((mod) => isClientGoModule(mod.path));
    const versioned = modules.filter((mod) => mod.version !== null);
    // A wildcard line (`# path => …`) only repeats a replacement when a versioned line exists.
    const chosen = versioned.length > 0 ? versioned : modules;
    const siblings = owner ? siblingsOf(owner.records) : [];
    return chosen.map((mod) => referenceOfVendoredModule(vendor.path, mod, siblings, owner));
}
function referenceOfVendoredModule(file, mod, siblings, owner) {
    const replacement = mod.replacement;
    const span = replacement ? (replacement.versionSpan ?? replacement.pathSpan) : (mod.versionSpan ?? mod.pathSpan);
    const related = owner ? [{ file: owner.path, line: owner.records.module?.line ?? 1, label: 'go.mod' }] : [];
    return {
        source: 'vendor/modules.txt',
        at: inFile(file, span),
        module: mod.path,
        declared: mod.version,
        effective: replacement ? (mod.replacementIsDirectory ? null : replacement.version) : mod.version,
        effectiveModule: replacement && !mod.replacementIsDirectory ? replacement.path : mod.path,
        // modules.txt directories are relative to the main module, the parent of vendor/.
        ...(replacement && mod.replacementIsDirectory ? { localDirectory: localDirectoryOf(external_node_path_default().posix.dirname(file), replacement.path) } : {}),
        indirect: !mod.explicit,
        inferred: false,
        related,
        siblings,
        notes: replacement ? ['vendored with a replacement'] : [],
    };
}

;// CONCATENATED MODULE: ./src/resolve/resolve-reference-release.ts


/**
 * The release a reference builds. Source code beats versions; a fork is judged only when its commit is an
 * upstream commit (then the code is upstream's), never by the fork's own tags.
 */
function resolveReferenceRelease(reference) {
    if (reference.judgedFromSource)
        return { known: true, release: reference.judgedFromSource };
    if (reference.localDirectory !== undefined) {
        return {
            known: false,
            reason: `client-go is replaced by the directory ${reference.localDirectory}, and no client-go source (rest/config.go) is there in the scanned tree`,
        };
    }
    if (reference.effective === null)
        return { known: false, reason: 'no version is given' };
    const resolution = resolveClientGoVersion(reference.effective);
    if (isClientGoModule(reference.effectiveModule))
        return resolution;
    if (resolution.known && resolution.release.resolvedBy === 'commit') {
        return { known: true, release: { ...resolution.release, note: `the fork ${reference.effectiveModule} is at upstream commit ${resolution.release.commit}` } };
    }
    return {
        known: false,
        reason: `client-go is replaced by the fork ${reference.effectiveModule} ${reference.effective}, which is not an upstream client-go commit`,
    };
}

;// CONCATENATED MODULE: ./src/resolve/vendored-source-fallback.ts

/** The module directory a reference belongs to: the go.mod's, or the parent of vendor/ for modules.txt. */
function moduleDirectoryOf(reference) {
    if (reference.source === 'vendor/modules.txt')
        return external_node_path_default().posix.dirname(external_node_path_default().posix.dirname(reference.at.file));
    const requireLine = reference.related.find((related) => related.label === 'require');
    return external_node_path_default().posix.dirname(requireLine?.file ?? reference.at.file);
}
/**
 * A fork or an out-of-tree directory cannot be judged by its version, but when the module vendors client-go
 * the vendored code is what `go build -mod=vendor` compiles: judge that instead of answering unknown.
 */
function fallBackToVendoredSource(reference, resolution, vendoredByModuleDirectory) {
    if (resolution.known)
        return resolution;
    const vendored = vendoredByModuleDirectory.get(moduleDirectoryOf(reference));
    if (!vendored)
        return resolution;
    return {
        known: true,
        release: { ...vendored.release, note: `${resolution.reason}; judged from the vendored source in ${vendored.directory}` },
    };
}

;// CONCATENATED MODULE: ./src/pipeline/ecosystem.ts
/** Keeps an extractor's skipped lines as diagnostics of that file. */
function reportSkipped(diagnostics, file, skipped) {
    for (const line of skipped)
        diagnostics.push({ file, line: line.line, message: line.reason });
}

;// CONCATENATED MODULE: ./src/extract/go-source-text.ts
/**
 * Go source with the insides of comments, strings and rune literals replaced by spaces. Lengths and line
 * breaks are kept, so an index into the result is an index into the source and lines still match; what
 * is left is only code, so a commented-out `BearerTokenFile: tokenFile` or a `{` in a string cannot fool a
 * pattern or the brace matching. String delimiters stay, so an empty literal still reads `""`.
 */
function blankCommentsAndLiterals(source) {
    const out = [];
    let index = 0;
    while (index < source.length) {
        const end = endOfNonCode(source, index);
        if (end === null) {
            out.push(source[index]);
            index += 1;
            continue;
        }
        out.push(blankRegion(source, index, end));
        index = end;
    }
    return out.join('');
}
/** Where the comment or literal starting at `index` ends, or null when code continues there. */
function endOfNonCode(source, index) {
    if (source.startsWith('//', index))
        return indexOrEnd(source, '\n', index);
    if (source.startsWith('/*', index))
        return indexOrEnd(source, '*/', index + 2, 2);
    const char = source[index];
    if (char === '`')
        return indexOrEnd(source, '`', index + 1, 1);
    if (char === '"' || char === "'")
        return endOfQuoted(source, index, char);
    return null;
}
function indexOrEnd(source, needle, from, include = 0) {
    const found = source.indexOf(needle, from);
    return found < 0 ? source.length : found + include;
}
/** An interpreted string or rune literal ends at its unescaped quote, or at the line end if unterminated. */
function endOfQuoted(source, start, quote) {
    let index = start + 1;
    while (index < source.length && source[index] !== '\n') {
        if (source[index] === '\\')
            index += 2;
        else if (source[index] === quote)
            return index + 1;
        else
            index += 1;
    }
    return Math.min(index, source.length);
}
/** Blanks a comment completely, and a literal's contents between its delimiters; line breaks stay. */
function blankRegion(source, start, end) {
    const region = source.slice(start, end);
    const blanked = region.replace(/[^\n]/g, ' ');
    const first = region[0];
    if (first === '/')
        return blanked;
    const closes = region.length > 1 && region.endsWith(first);
    return first + blanked.slice(1, closes ? -1 : undefined) + (closes ? first : '');
}
/**
 * Finds the body of the first function whose header matches. The body starts at the first `{` outside the
 * parameter and result parentheses; the code must already be blanked so braces in strings do not count.
 */
function findFunctionBody(code, header) {
    const match = header.exec(code);
    if (!match)
        return null;
    const bodyStart = firstBraceOutsideParentheses(code, match.index + match[0].length);
    if (bodyStart < 0)
        return null;
    return { headerIndex: match.index, bodyStart, bodyEnd: matchingBraceEnd(code, bodyStart) };
}
function firstBraceOutsideParentheses(code, from) {
    let depth = 0;
    for (let index = from; index < code.length; index += 1) {
        const char = code[index];
        if (char === '(')
            depth += 1;
        else if (char === ')')
            depth -= 1;
        else if (char === '{' && depth === 0)
            return index;
    }
    return -1;
}
/** The index just past the `}` matching the `{` at `open`, or the end of the code if it never closes. */
function matchingBraceEnd(code, open) {
    let depth = 0;
    for (let index = open; index < code.length; index += 1) {
        if (code[index] === '{')
            depth += 1;
        else if (code[index] === '}') {
            depth -= 1;
            if (depth === 0)
                return index + 1;
        }
    }
    return code.length;
}
/** The 1-based line of an index into the text. */
function lineNumberAt(text, index) {
    let line = 1;
    for (let cursor = text.indexOf('\n'); cursor >= 0 && cursor < index; cursor = text.indexOf('\n', cursor + 1))
        line += 1;
    return line;
}

;// CONCATENATED MODULE: ./src/extract/client-go-source.ts

const CONFIG_FILE = 'rest/config.go';
const TRANSPORT_FILE = 'rest/transport.go';
const IN_CLUSTER_CONFIG = /\bfunc\s+InClusterConfig\b/;
const TRANSPORT_CONFIG = /\bfunc\s*\(\s*\w+\s+\*?\s*Config\s*\)\s*TransportConfig\b/;
/** kubernetes/kubernetes#67359: the token source re-reads the file behind a wrapped transport. */
const WRAPS_TOKEN_SOURCE = /\bTokenSourceWrapTransport\s*\(/;
/** A composite-literal field (`BearerTokenFile: x`) or an assignment (`c.BearerTokenFile = x`). */
const SETS_BEARER_TOKEN_FILE = /\bBearerTokenFile\s*:(?!=)\s*([^,}\n]*)|\.BearerTokenFile\s*=(?!=)\s*([^;\n]*)/g;
/** kubernetes/kubernetes#77613: TransportConfig must hand the file path on to transport.Config. */
const COPIES_BEARER_TOKEN_FILE = /\bBearerTokenFile\s*:(?!=)\s*\w+\.BearerTokenFile\b|\.BearerTokenFile\s*=(?!=)\s*\w+\.BearerTokenFile\b/;
const COPIES_BEARER_TOKEN = /\bBearerToken\s*:(?!=)\s*\w+\.BearerToken\b|\.BearerToken\s*=(?!=)\s*\w+\.BearerToken\b/;
const SETS_BEARER_TOKEN = /\bBearerToken\s*:(?!=)|\.BearerToken\s*=(?!=)/;
/**
 * Judges from client-go's own code whether rest.InClusterConfig() re-reads the ServiceAccount token, with
 * the classification of the project's commit tables (domain.md §2.6), but reading code rather than text:
 * comments and strings do not count and formatting does not matter.
 */
function judgeClientGoSource(files) {
    if (files.restConfigGo === null) {
        return verdict('pre-1.6-layout', CONFIG_FILE, 1, 'rest/config.go is absent, as in the client-go 1.4/1.5 layout, whose InClusterConfig reads the token once');
    }
    const inClusterConfig = functionRegion(files.restConfigGo, IN_CLUSTER_CONFIG);
    if (!inClusterConfig) {
        return verdict('read-once', CONFIG_FILE, 1, 'rest/config.go has no InClusterConfig function, so nothing re-reads the token');
    }
    const wrap = lineOfMatch(inClusterConfig, WRAPS_TOKEN_SOURCE);
    if (wrap !== null) {
        return verdict('wrap-transport', CONFIG_FILE, wrap, `${CONFIG_FILE}:${wrap} InClusterConfig wraps the transport with TokenSourceWrapTransport, which re-reads the token file every few minutes`);
    }
    const setsTokenFile = lineSettingTokenFile(inClusterConfig);
    if (setsTokenFile === null) {
        const line = lineOfMatch(inClusterConfig, SETS_BEARER_TOKEN) ?? inClusterConfig.headerLine;
        return verdict('read-once', CONFIG_FILE, line, `${CONFIG_FILE}:${line} InClusterConfig reads the token once and sets neither BearerTokenFile nor a token-source transport`);
    }
    return judgeTransport(files.restTransportGo, setsTokenFile);
}
/** InClusterConfig sets BearerTokenFile; whether it is re-read depends on TransportConfig passing it on. */
function judgeTransport(restTransportGo, setsTokenFileLine) {
    if (restTransportGo === null) {
        return verdict('bearer-token-file-dropped', CONFIG_FILE, setsTokenFileLine, `${CONFIG_FILE}:${setsTokenFileLine} InClusterConfig sets BearerTokenFile, but there is no rest/transport.go to show it reaches the transport`);
    }
    const transportConfig = functionRegion(restTransportGo, TRANSPORT_CONFIG) ?? wholeFileRegion(restTransportGo);
    const copy = lineOfMatch(transportConfig, COPIES_BEARER_TOKEN_FILE);
    if (copy !== null) {
        return verdict('bearer-token-file', TRANSPORT_FILE, copy, `${TRANSPORT_FILE}:${copy} passes BearerTokenFile on to the transport, which re-reads the token file every minute`);
    }
    const line = lineOfMatch(transportConfig, COPIES_BEARER_TOKEN) ?? transportConfig.headerLine;
    return verdict('bearer-token-file-dropped', TRANSPORT_FILE, line, `${TRANSPORT_FILE}:${line} copies BearerToken but not BearerTokenFile, so the token is read once (kubernetes/kubernetes#77613)`);
}
/** `explanation` starts with the file (and line) that decided, like the record's own example. */
function verdict(mechanism, evidenceFile, evidenceLine, explanation) {
    const reloadsToken = mechanism === 'wrap-transport' || mechanism === 'bearer-token-file';
    return { mechanism, reloadsToken, evidenceFile, evidenceLine, explanation };
}
function functionRegion(source, header) {
    const code = blankCommentsAndLiterals(source);
    const body = findFunctionBody(code, header);
    if (!body)
        return null;
    return { code, start: body.bodyStart, end: body.bodyEnd, headerLine: lineNumberAt(code, body.headerIndex) };
}
function wholeFileRegion(source) {
    const code = blankCommentsAndLiterals(source);
    return { code, start: 0, end: code.length, headerLine: 1 };
}
function lineOfMatch(region, pattern) {
    const match = pattern.exec(region.code.slice(region.start, region.end));
    return match ? lineNumberAt(region.code, region.start + match.index) : null;
}
/** The line where BearerTokenFile gets a value; an empty string literal does not count as one. */
function lineSettingTokenFile(region) {
    const body = region.code.slice(region.start, region.end);
    for (const match of body.matchAll(SETS_BEARER_TOKEN_FILE)) {
        const value = (match[1] ?? match[2] ?? '').trim();
        if (value !== '' && value !== '""' && value !== '``')
            return lineNumberAt(region.code, region.start + match.index);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/pipeline/read-text-file.ts

/**
 * Text or a reason; binary files (NUL bytes) are refused rather than parsed into noise.
 * Synchronous on purpose: a scan reads thousands of small local files one after another, and promise
 * reads measured slower on the benchmark tree (see scripts/bench.mjs).
 */
function readTextFile(absolutePath) {
    let bytes;
    try {
        bytes = (0,external_node_fs_namespaceObject.readFileSync)(absolutePath);
    }
    catch (error) {
        return { ok: false, reason: `cannot be read (${error.code ?? String(error)})` };
    }
    if (bytes.includes(0))
        return { ok: false, reason: 'is binary (contains NUL bytes); skipped' };
    return { ok: true, text: bytes.toString('utf8') };
}

;// CONCATENATED MODULE: ./src/pipeline/load-client-go-source.ts




/** Reads rest/config.go and rest/transport.go of a client-go directory, refusing anything outside the root. */
function loadClientGoSource(root, directory) {
    if (external_node_path_default().posix.isAbsolute(directory) || /^[A-Za-z]:\//.test(directory) || directory.startsWith('..')) {
        return { found: false, reason: `${directory} is outside the scanned tree` };
    }
    const configPath = external_node_path_default().join(root, directory, 'rest', 'config.go');
    if (!isInside(root, configPath))
        return { found: false, reason: `${directory} holds no rest/config.go inside the scanned tree` };
    const config = readTextFile(configPath);
    if (!config.ok)
        return { found: false, reason: `${directory}/rest/config.go ${config.reason}` };
    const transport = readTextFile(external_node_path_default().join(root, directory, 'rest', 'transport.go'));
    return { found: true, verdict: judgeClientGoSource({ restConfigGo: config.text, restTransportGo: transport.ok ? transport.text : null }) };
}
/** Symlinks may point anywhere; only a real path under the real root counts as inside. */
function isInside(root, file) {
    try {
        const relative = external_node_path_default().relative((0,external_node_fs_namespaceObject.realpathSync)(root), (0,external_node_fs_namespaceObject.realpathSync)(file));
        return !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/go-modules-ecosystem.ts













const EMPTY_SUM = { entries: [], skipped: [] };
/** go.mod, go.work, go.sum, vendor/modules.txt and client-go source in the tree. */
function createGoModulesEcosystem(context) {
    const inputs = { goMods: [], goWorks: [], goSums: [], vendorModules: [] };
    return {
        kinds: ['go.mod', 'go.work', 'go.sum', 'vendor/modules.txt'],
        add: (candidate, text) => addGoModuleFile(inputs, candidate, text, context),
        resolve: () => resolveGoModules(inputs, context),
    };
}
function addGoModuleFile(inputs, candidate, text, context) {
    const file = candidate.path;
    switch (candidate.kind) {
        case 'go.mod': {
            const records = extractGoMod(text);
            inputs.goMods.push({ path: file, records });
            reportSkipped(context.diagnostics, file, records.skipped);
            break;
        }
        case 'go.work': {
            const records = extractGoWork(text);
            inputs.goWorks.push({ path: file, records });
            reportSkipped(context.diagnostics, file, records.skipped);
            break;
        }
        case 'go.sum': {
            // go.sum is only ever read for client-go lines; most are large and never mention it.
            const records = text.includes('client-go') ? extractGoSum(text, { onlyLinesContaining: 'client-go' }) : EMPTY_SUM;
            inputs.goSums.push({ path: file, records });
            reportSkipped(context.diagnostics, file, records.skipped);
            break;
        }
        case 'vendor/modules.txt': {
            const records = extractVendorModulesTxt(text);
            inputs.vendorModules.push({ path: file, records });
            reportSkipped(context.diagnostics, file, records.skipped);
            break;
        }
    }
}
function resolveGoModules(inputs, context) {
    const root = context.settings.root;
    const vendored = judgeVendoredSource(inputs, context);
    const vendoredByModuleDirectory = new Map(vendored.map((item) => [item.moduleDirectory, { directory: item.directory, release: item.release }]));
    const references = [...judgeLocalDirectories(root, collectGoModuleReferences(inputs)), ...vendored.map((item) => item.reference)];
    return references.map((reference) => ({
        reference,
        resolution: fallBackToVendoredSource(reference, resolveReferenceRelease(reference), vendoredByModuleDirectory),
    }));
}
/** A replace to a directory becomes a real verdict when the client-go source is in the tree. */
function judgeLocalDirectories(root, references) {
    return references.map((reference) => {
        if (reference.localDirectory === undefined || reference.judgedFromSource)
            return reference;
        const source = loadClientGoSource(root, reference.localDirectory);
        if (!source.found)
            return { ...reference, notes: [...reference.notes, source.reason] };
        const release = releaseFromSource(source.verdict, null);
        return { ...reference, judgedFromSource: { ...release, note: `judged from the source in ${reference.localDirectory}: ${source.verdict.explanation}` } };
    });
}
function judgeVendoredSource(inputs, context) {
    const found = [];
    for (const directory of context.sourceDirectories) {
        const source = loadClientGoSource(context.settings.root, directory.path);
        if (!source.found) {
            context.diagnostics.push({ file: directory.path, line: null, message: source.reason });
            continue;
        }
        const vendored = vendoredVersionFor(directory.path, inputs);
        const versioned = vendored?.version ? resolveClientGoVersion(vendored.version) : null;
        const release = releaseFromSource(source.verdict, versioned);
        found.push({
            moduleDirectory: vendorRootOf(directory.path),
            directory: directory.path,
            release,
            reference: sourceDirectoryReference(directory.path, source.verdict, release, vendored),
        });
    }
    return found;
}
/** <module>/vendor/k8s.io/client-go → <module> */
function vendorRootOf(clientGoDirectory) {
    return external_node_path_default().posix.dirname(external_node_path_default().posix.dirname(external_node_path_default().posix.dirname(clientGoDirectory)));
}
/** vendor/k8s.io/client-go sits beside the vendor/modules.txt that names its version. */
function vendoredVersionFor(directory, inputs) {
    const modulesTxtPath = external_node_path_default().posix.join(vendorRootOf(directory), 'vendor', 'modules.txt');
    const modulesTxt = inputs.vendorModules.find((vendor) => vendor.path === modulesTxtPath);
    const module = modulesTxt?.records.modules.find((mod) => isClientGoModule(mod.path) && mod.version !== null);
    if (!modulesTxt || !module)
        return null;
    const version = module.replacement && !module.replacementIsDirectory ? module.replacement.version : module.version;
    return { file: modulesTxt.path, line: module.line, version };
}

;// CONCATENATED MODULE: ./src/pipeline/pre-modules-ecosystem.ts
/** dep (Gopkg.lock, Gopkg.toml), glide (glide.yaml, glide.lock), godep (Godeps.json), govendor (vendor.json). */
function createPreModulesEcosystem(_context) {
    return {
        kinds: ['Gopkg.lock', 'Gopkg.toml', 'glide.yaml', 'glide.lock', 'Godeps.json', 'vendor.json'],
        add: () => undefined,
        resolve: () => [],
    };
}

;// CONCATENATED MODULE: ./src/pipeline/ecosystems.ts



/** In resolve order: Dockerfiles come last so they can relate to the go.mod findings of what they build. */
function createEcosystems(context) {
    return [createGoModulesEcosystem(context), createPreModulesEcosystem(context), createDockerfileEcosystem(context)];
}

;// CONCATENATED MODULE: ./src/pipeline/scan-repository.ts






/**
 * discover → extract → resolve → evaluate. Throws only for what makes the whole scan meaningless
 * (a root that is not a directory, a bad setting); everything inside the tree becomes a diagnostic.
 */
async function scanRepository(settings, tool) {
    const floor = resolveFloor('minimum-version', settings.minimumVersion);
    const discovery = await discoverFiles({ root: settings.root, include: settings.include, exclude: settings.exclude, maxFileBytes: settings.maxFileBytes });
    const diagnostics = [...discovery.diagnostics];
    const ecosystems = createEcosystems({ settings, sourceDirectories: discovery.clientGoSourceDirectories, diagnostics });
    const ecosystemOf = new Map(ecosystems.flatMap((ecosystem) => ecosystem.kinds.map((kind) => [kind, ecosystem])));
    let filesRead = 0;
    // One file at a time, text dropped once parsed: a scan holds records, never every file at once.
    for (const candidate of discovery.files) {
        const read = readTextFile(candidate.absolutePath);
        if (!read.ok) {
            diagnostics.push({ file: candidate.path, line: null, message: `${candidate.kind} ${read.reason}` });
            continue;
        }
        ecosystemOf.get(candidate.kind)?.add(candidate, read.text);
        filesRead += 1;
    }
    const resolved = resolveAll(ecosystems);
    const context = { settings, floor, published: listPublishedReleases() };
    const findings = resolved.map((item) => evaluateReference(item, context));
    return assembleReport(findings, diagnostics, filesRead + discovery.clientGoSourceDirectories.length, settings, tool);
}
function resolveAll(ecosystems) {
    const resolved = [];
    for (const ecosystem of ecosystems)
        resolved.push(...ecosystem.resolve(resolved));
    return resolved;
}

;// CONCATENATED MODULE: ./src/report/finding-order.ts
/**
 * The level a finding is reported at (annotation level, SARIF level), or null for an ok finding, which
 * is not a problem. The evaluate stage already chose the severity (outdated → error, unknown or inferred
 * → warning), so the renderers follow it rather than decide again.
 */
function problemLevel(finding) {
    return finding.verdict === 'ok' ? null : finding.severity;
}
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
const OK_RANK = 3;
function importanceRank(finding) {
    const level = problemLevel(finding);
    return level === null ? OK_RANK : LEVEL_RANK[level];
}
/**
 * Most important first: errors, warnings, notices, then ok findings; outdated before unknown at the
 * same level; then by place. Every bounded output keeps a prefix of this order.
 */
function finding_order_compareByImportance(a, b) {
    return (importanceRank(a) - importanceRank(b) ||
        Number(a.verdict === 'unknown') - Number(b.verdict === 'unknown') ||
        compareByPlace(a, b));
}
/** File, line, column, then module: a total order so equal inputs always render the same bytes. */
function compareByPlace(a, b) {
    return finding_order_compareText(a.file, b.file) || a.line - b.line || a.column - b.column || finding_order_compareText(a.module, b.module);
}
/** Code-unit order: unlike localeCompare it does not depend on the runner's ICU data. */
function finding_order_compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
/** Findings grouped by file, files and findings in place order. */
function groupByFile(findings) {
    const byFile = new Map();
    for (const finding of [...findings].sort(compareByPlace)) {
        const group = byFile.get(finding.file);
        if (group)
            group.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    return [...byFile].map(([file, grouped]) => ({ file, findings: grouped }));
}

;// CONCATENATED MODULE: ./src/report/json.ts


/**
 * The stable JSON contract (schemaVersion 1), pretty-printed with a final newline. Every object is
 * rebuilt key by key, so the key order is fixed here and not by how the report was assembled, and
 * properties outside the contract never leak into it.
 */
function renderJson(report) {
    const contract = {
        schemaVersion: report.schemaVersion,
        tool: { name: report.tool.name, version: report.tool.version },
        policy: {
            name: report.policy.name,
            minimumVersion: report.policy.minimumVersion,
            failOn: report.policy.failOn,
            failOnInferred: report.policy.failOnInferred,
        },
        findings: report.findings.map(findingContract),
        diagnostics: report.diagnostics.map(diagnosticContract),
        summary: {
            filesScanned: report.summary.filesScanned,
            outdated: report.summary.outdated,
            ok: report.summary.ok,
            unknown: report.summary.unknown,
        },
        result: report.result,
    };
    return `${JSON.stringify(contract, null, 2)}\n`;
}
/** A finding in contract key order. */
function findingContract(finding) {
    return {
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        source: finding.source,
        module: finding.module,
        declared: finding.declared,
        effective: finding.effective,
        kubernetes: finding.kubernetes,
        kubernetesLine: finding.kubernetesLine,
        reloadsToken: finding.reloadsToken,
        verdict: finding.verdict,
        severity: finding.severity,
        rule: finding.rule,
        inferred: finding.inferred,
        indirect: finding.indirect,
        message: finding.message,
        fix: finding.fix,
        related: finding.related.map(relatedContract),
    };
}
/** Optional keys stay absent rather than null, as in the model. */
function relatedContract(related) {
    return {
        file: related.file,
        line: related.line,
        ...(related.column === undefined ? {} : { column: related.column }),
        ...(related.label === undefined ? {} : { label: related.label }),
    };
}
function diagnosticContract(diagnostic) {
    return { file: diagnostic.file, line: diagnostic.line, message: diagnostic.message };
}
/** GitHub step outputs are meant to be small; the full list is in the JSON report. */
const FINDINGS_OUTPUT_MAX_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/**
 * The `findings` step output. It is always a plain JSON array, so consumers can `fromJSON` it without
 * a shape check: most important first (errors, warnings, then ok findings, see compareByImportance)
 * and cut from the end to fit, so ok findings go first and the array is a prefix of that order.
 * No truncation marker is put in the array; compare its length with the report's counts, or use
 * fitFindingsOutput, which says how many were omitted.
 */
function renderFindingsOutput(report, maxBytes = FINDINGS_OUTPUT_MAX_BYTES) {
    return fitFindingsOutput(report, maxBytes).json;
}
function fitFindingsOutput(report, maxBytes = FINDINGS_OUTPUT_MAX_BYTES) {
    const ordered = [...report.findings].sort(compareByImportance);
    const kept = [];
    let size = utf8ByteLength('[]');
    for (const finding of ordered) {
        const encoded = JSON.stringify(findingContract(finding));
        const cost = utf8ByteLength(encoded) + (kept.length > 0 ? 1 : 0);
        if (size + cost > maxBytes)
            break;
        kept.push(encoded);
        size += cost;
    }
    return { json: `[${kept.join(',')}]`, shown: kept.length, omitted: ordered.length - kept.length };
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping for text that comes from the scanned repository (paths, versions, module paths, and the
 * messages built from them). A pull request can put anything there, so every renderer sends repository
 * text through one of these before it reaches a workflow command, Markdown or a terminal.
 */
/** Every sequence a reader or a line-based parser could take as the end of a line. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
/**
 * Invisible characters that change what a reader sees without being visible themselves: C0/C1 controls
 * (ANSI escape sequences start with one) other than tab and line breaks, DEL, and the bidirectional
 * overrides and isolates used to make text read differently from how it parses ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** U+200D ZERO WIDTH JOINER, written as an entity so golden files show where it was inserted. */
const ZERO_WIDTH_JOINER_ENTITY = '&#8205;';
/**
 * Shows each invisible control character as a visible escape (`\x1B`, `\u202E`) so it can neither act
 * on a terminal nor hide from a reviewer. Line breaks and tabs are left for each context to decide.
 */
function revealControlCharacters(text) {
    return text.replace(INVISIBLE_CONTROL, (character) => showCodeUnit(character.charCodeAt(0)));
}
function showCodeUnit(code) {
    const hex = code.toString(16).toUpperCase();
    return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}
// ---------------------------------------------------------------------------------------------------
// GitHub workflow commands: ::error file=…,line=…::message
/**
 * The message part of a workflow command. The runner reads one line per command and unescapes %25, %0D
 * and %0A after parsing, so escaping `%` first keeps a literal "%0A" in repository text literal.
 */
function escapeWorkflowCommandData(text) {
    return revealControlCharacters(text)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/[\v\f\u0085\u2028\u2029]/g, '%0A');
}
/** A property value (file=, title=): `:` and `,` would otherwise end the value or the property list. */
function escapeWorkflowCommandProperty(text) {
    return escapeWorkflowCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
// ---------------------------------------------------------------------------------------------------
// Markdown (GitHub Flavored Markdown as rendered in job summaries)
/**
 * ASCII punctuation that can open a Markdown or HTML construct anywhere in a line: emphasis, code,
 * links and images, raw HTML, entities, strikethrough, table cells, math, footnotes. CommonMark renders
 * any backslash-escaped ASCII punctuation literally, and GFM tables accept `\|` inside a cell.
 */
const MARKDOWN_INLINE_SPECIAL = /[\\`*_[\]()<>#!~|&${}]/g;
/**
 * Plain text for a Markdown table cell or the middle of a line: everything renders literally, nothing
 * becomes a link, an image, HTML, a mention or an issue reference, and the text stays on one line.
 *
 * GitHub links @mentions, #123 references and bare URLs after rendering, on the HTML text, so backslash
 * escapes or entities do not stop them; a zero-width joiner inside the token does.
 */
function escapeMarkdownText(text) {
    const oneLine = revealControlCharacters(text.replace(LINE_BREAK, ' ').replace(/\t/g, ' '));
    const escaped = escapeLeadingBlockMarker(oneLine.replace(MARKDOWN_INLINE_SPECIAL, (character) => `\\${character}`));
    return breakAutoLinking(escaped);
}
/**
 * Text placed at the start of a line could otherwise open a list ("- ", "+ ", "1. "), a thematic
 * break or a setext heading underline ("---", "==="). "1.14.0" or "-v2" open nothing and stay as they are.
 */
function escapeLeadingBlockMarker(text) {
    if (/^([-+=])(?=\s|$|\1)/.test(text))
        return `\\${text}`;
    return text.replace(/^(\d{1,9})\.(?=\s|$)/, '$1\\.');
}
function breakAutoLinking(escapedText) {
    return escapedText
        .replace(/@/g, `@${ZERO_WIDTH_JOINER_ENTITY}`)
        .replace(/\\#(?=\d)/g, `\\#${ZERO_WIDTH_JOINER_ENTITY}`)
        .replace(/:\/\//g, `:${ZERO_WIDTH_JOINER_ENTITY}//`)
        .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER_ENTITY}.`);
}
/**
 * A Markdown code span showing `text` literally. The fence is one backtick longer than the longest run
 * inside, and padded with a space where CommonMark would otherwise merge or strip characters.
 * Returns '' for empty text: an empty code span cannot be written.
 */
function markdownCodeSpan(text, options = {}) {
    const oneLine = revealControlCharacters(text.replace(LINE_BREAK, ' ').replace(/\t/g, ' '));
    const content = options.inTable ? oneLine.replace(/\|/g, '\\|') : oneLine;
    if (content === '')
        return '';
    const longestRun = [...content.matchAll(/`+/g)].reduce((longest, run) => Math.max(longest, run[0].length), 0);
    const fence = '`'.repeat(longestRun + 1);
    const needsPadding = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' '));
    const padding = needsPadding ? ' ' : '';
    return `${fence}${padding}${content}${padding}${fence}`;
}
/**
 * Text that marks code with backticks, as the scan's messages and fixes do ("Run `go get …`"): the
 * backticked parts become code spans and the rest plain escaped text. A stray backtick from the
 * repository can only move the boundary between the two, never let anything through unescaped.
 */
function markdownWithCodeSpans(text, options = {}) {
    const parts = text.split('`');
    // An odd backtick count leaves the last part unclosed; treat it as plain text.
    const closedCodeParts = parts.length % 2 === 1 ? parts.length : parts.length - 1;
    return parts
        .map((part, index) => {
        const isCode = index % 2 === 1 && index < closedCodeParts;
        if (!isCode)
            return escapeMarkdownText(index % 2 === 1 ? `\`${part}` : part);
        // "``" holds no code; show the two backticks rather than drop them.
        return markdownCodeSpan(part, options) || escapeMarkdownText('``');
    })
        .join('');
}
/**
 * A link destination built from trusted parts and untrusted path segments. Percent-encoding everything
 * outside the unreserved set keeps `)`, `|`, `<`, spaces and line breaks from ending the link or a cell.
 */
function encodeUriPathSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A POSIX path for a URI: each segment encoded, the slashes kept. */
function encodeUriPath(path) {
    return path.split('/').map(encodeUriPathSegment).join('/');
}
// ---------------------------------------------------------------------------------------------------
// Terminals
/** Text for a terminal: no escape sequences, no line breaks that would fake another finding's line. */
function escapeTerminalText(text) {
    return revealControlCharacters(text).replace(/[\n\v\f\r\u0085\u2028\u2029]/g, showLineBreak);
}
function showLineBreak(character) {
    if (character === '\n')
        return '\\n';
    if (character === '\r')
        return '\\r';
    return showCodeUnit(character.charCodeAt(0));
}

;// CONCATENATED MODULE: ./src/report/finding-wording.ts
/** The one version a reader needs: "v11.0.0", or "v11.0.0 => v1.23.5-k3s1" when a replace changes it. */
function versionText(finding) {
    const { declared, effective } = finding;
    if (declared !== null && effective !== null && declared !== effective)
        return `${declared} => ${effective}`;
    return effective ?? declared ?? 'no version';
}
/** "k8s.io/client-go v10.0.0": what the finding is about, in one phrase. */
function referenceText(finding) {
    return `${finding.module} ${versionText(finding)}`;
}
const VERDICT_HEADLINE = {
    outdated: 'Outdated client-go',
    unknown: 'Unknown client-go release',
    ok: 'client-go passes',
};
/** A short title for an annotation or a SARIF result. */
function findingTitle(finding) {
    const inferred = finding.inferred ? ' (inferred from go.sum)' : '';
    return `${VERDICT_HEADLINE[finding.verdict]}: ${referenceText(finding)}${inferred}`;
}
/** "go.mod:12 (require line)". */
function relatedLocationText(related) {
    const column = related.column === undefined ? '' : `:${related.column}`;
    const label = related.label ? ` (${related.label})` : '';
    return `${related.file}:${related.line}${column}${label}`;
}
/** The message, the fix and the related places, as plain text lines. */
function findingDetailLines(finding) {
    const lines = [finding.message];
    if (finding.fix)
        lines.push(`Fix: ${finding.fix}`);
    if (finding.related.length > 0)
        lines.push(`See also: ${finding.related.map(relatedLocationText).join(', ')}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/report-wording.ts
/** "Kubernetes 1.14.0", "Kubernetes 1.37-dev line", or "unknown". */
function kubernetesText(finding) {
    if (finding.kubernetes !== null)
        return finding.kubernetes;
    if (finding.kubernetesLine !== null)
        return `${finding.kubernetesLine} line`;
    return 'unknown';
}
function reloadsText(finding) {
    if (finding.reloadsToken === null)
        return 'unknown';
    return finding.reloadsToken ? 'yes' : 'no';
}
/** "2 outdated, 1 unknown, 1 ok in 7 files scanned". */
function countsText(report) {
    const { outdated, unknown, ok, filesScanned } = report.summary;
    return `${outdated} outdated, ${unknown} unknown, ${ok} ok in ${filesScanned} file${filesScanned === 1 ? '' : 's'} scanned`;
}
/** "policy strict, minimum v0.15.7, fails on outdated, go.sum-only findings do not fail". */
function policyText(report) {
    const { name, minimumVersion, failOn, failOnInferred } = report.policy;
    const minimum = minimumVersion ? `, minimum ${minimumVersion}` : '';
    const failing = failOn === 'never' ? 'never fails' : failOn === 'unknown' ? 'fails on outdated or unknown' : 'fails on outdated';
    const inferred = failOnInferred ? 'go.sum-only findings can fail' : 'go.sum-only findings do not fail';
    return `policy ${name}${minimum}, ${failing}, ${inferred}`;
}

;// CONCATENATED MODULE: ./src/report/repository-path.ts
/**
 * Findings carry paths relative to the scanned directory; annotations, links and SARIF need them
 * relative to the repository. `scannedRoot` is the scanned directory relative to the repository root
 * (POSIX; '' or '.' for the root itself).
 */
function repositoryPath(scannedRoot, file) {
    const root = (scannedRoot ?? '').replace(/^\.\/+/, '').replace(/\/+$/, '');
    if (root === '' || root === '.')
        return file;
    return file === '.' ? root : `${root}/${file}`;
}

;// CONCATENATED MODULE: ./src/report/text-size.ts
/** Size limits are in UTF-8 bytes (GitHub's summary and output caps), strings are UTF-16. */
/** UTF-8 length of a string, counting a lone surrogate as the 3-byte U+FFFD an encoder writes for it. */
function text_size_utf8ByteLength(text) {
    let bytes = 0;
    for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
            bytes += 4;
            index += 1;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/**
 * At most `maxLength` UTF-16 code units of `text`, ending in "…" when shortened. Cut on a code point
 * boundary so no half surrogate pair is left, and before escaping so no escape is ever cut.
 */
function shortenText(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    let end = Math.max(0, maxLength - 1);
    if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)))
        end -= 1;
    return `${text.slice(0, end)}…`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}

;// CONCATENATED MODULE: ./src/report/markdown-summary.ts






/** GitHub rejects a step summary over 1 MiB; stay a little under it. */
const JOB_SUMMARY_MAX_BYTES = 1_000_000;
/**
 * Repository text is cut to these lengths before escaping, so one hostile value cannot fill the
 * summary on its own and no escape sequence is ever cut in half.
 */
const MAX_PATH_LENGTH = 300;
const MAX_VERSION_LENGTH = 120;
const MAX_MESSAGE_LENGTH = 1200;
const DEFAULT_MODULE = 'k8s.io/client-go';
/**
 * The job summary: headline, one table per file, diagnostics, and why it matters. Never more than
 * maxBytes of UTF-8: the headline and the explanation are kept, then findings (most important first)
 * and diagnostics while they fit, with a line saying how many were left out. Only whole lines are
 * dropped, so no table row or escape is ever cut. Returns '' when maxBytes cannot hold the headline.
 */
function renderMarkdownSummary(report, context, maxBytes = JOB_SUMMARY_MAX_BYTES) {
    const budget = new LineBudget(maxBytes);
    const headline = headlineLines(report);
    if (!budget.take(headline))
        return '';
    const why = budget.take(WHY_LINES) ? WHY_LINES : [];
    const notesReserve = linesByteLength([
        ...omittedFindingsLines(report.findings.length, report.findings.length, maxBytes, context),
        ...omittedDiagnosticsLines(report.diagnostics.length, report.diagnostics.length, context),
    ]);
    const keepFree = Math.min(notesReserve, budget.remaining);
    const shownFindings = chooseFindings(report.findings, budget, keepFree, context);
    const shownDiagnostics = chooseDiagnostics(report.diagnostics, budget, keepFree);
    const omittedFindings = report.findings.length - shownFindings.length;
    const omittedDiagnostics = report.diagnostics.length - shownDiagnostics.length;
    const findingsNote = omittedFindingsLines(omittedFindings, report.findings.length, maxBytes, context);
    const diagnosticsNote = omittedDiagnosticsLines(omittedDiagnostics, report.diagnostics.length, context);
    return joinLines([
        ...headline,
        ...findingsSectionLines(shownFindings, context),
        ...(budget.take(findingsNote) ? findingsNote : []),
        ...diagnosticsSectionLines(shownDiagnostics),
        ...(budget.take(diagnosticsNote) ? diagnosticsNote : []),
        ...why,
    ]);
}
// ---------------------------------------------------------------------------------------------------
// Size accounting: the summary is a list of lines, each costing its UTF-8 length plus a newline.
class LineBudget {
    limit;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    get remaining() {
        return Math.max(0, this.limit - this.used);
    }
    /** Takes the lines if they fit while leaving `keepFree` bytes unused. */
    take(lines, keepFree = 0) {
        const cost = linesByteLength(lines);
        if (this.used + cost + keepFree > this.limit)
            return false;
        this.used += cost;
        return true;
    }
}
function linesByteLength(lines) {
    return lines.reduce((total, line) => total + text_size_utf8ByteLength(line) + 1, 0);
}
function joinLines(lines) {
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
// ---------------------------------------------------------------------------------------------------
// Headline
function headlineLines(report) {
    const icon = report.result === 'fail' ? '❌' : '✅';
    const diagnostics = report.diagnostics.length;
    const diagnosticCount = diagnostics === 0 ? '' : `, ${diagnostics} diagnostic${diagnostics === 1 ? '' : 's'}`;
    const nothingFound = report.findings.length === 0 ? ' No client-go references found.' : '';
    return [
        `## ${icon} client-go token gate: ${report.result}`,
        '',
        `**${escapeMarkdownText(countsText(report))}**${diagnosticCount}.${nothingFound}`,
        '',
        `${escapeMarkdownText(capitalise(policyText(report)))}.`,
        '',
    ];
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
// ---------------------------------------------------------------------------------------------------
// Findings tables
const FINDINGS_HEADING = ['### Findings', ''];
const TABLE_HEADER = [
    '| Line | Declared | Effective | Kubernetes | Reloads token? | Verdict | Fix |',
    '| ---: | --- | --- | --- | --- | --- | --- |',
];
function fileHeadingLines(file, context) {
    const shownPath = repositoryPath(context?.scannedRoot, file);
    return [`#### ${markdownCodeSpan(shortenText(shownPath, MAX_PATH_LENGTH)) || '(no path)'}`, '', ...TABLE_HEADER];
}
const TABLE_END = [''];
/** Picks findings most important first while they fit; a new file also costs its heading and table header. */
function chooseFindings(findings, budget, keepFree, context) {
    const chosen = [];
    const filesStarted = new Set();
    for (const finding of [...findings].sort(finding_order_compareByImportance)) {
        const opening = [
            ...(chosen.length === 0 ? FINDINGS_HEADING : []),
            ...(filesStarted.has(finding.file) ? [] : [...fileHeadingLines(finding.file, context), ...TABLE_END]),
        ];
        if (!budget.take([...opening, findingRow(finding, context)], keepFree))
            break;
        chosen.push(finding);
        filesStarted.add(finding.file);
    }
    return chosen;
}
function findingsSectionLines(findings, context) {
    if (findings.length === 0)
        return [];
    const tables = groupByFile(findings).flatMap((group) => [
        ...fileHeadingLines(group.file, context),
        ...group.findings.map((finding) => findingRow(finding, context)),
        ...TABLE_END,
    ]);
    return [...FINDINGS_HEADING, ...tables];
}
function findingRow(finding, context) {
    const cells = [
        lineCell(finding, context),
        versionCell(finding.declared, finding.module),
        versionCell(finding.effective, null),
        escapeMarkdownText(kubernetesText(finding)),
        finding.reloadsToken === false ? '**no**' : reloadsText(finding),
        verdictCell(finding),
        finding.fix ? markdownWithCodeSpans(shortenText(finding.fix, MAX_MESSAGE_LENGTH), { inTable: true }) : '—',
    ];
    return `| ${cells.join(' | ')} |`;
}
function lineCell(finding, context) {
    if (!context)
        return String(finding.line);
    return `[${finding.line}](${lineUrl(context, repositoryPath(context.scannedRoot, finding.file), finding.line)})`;
}
/**
 * `${serverUrl}/${repository}/blob/${sha}/${file}#L${line}`, every part percent-encoded so a path like
 * `a)b|c` can end neither the link nor the table cell.
 */
function lineUrl(context, file, line) {
    const server = context.serverUrl.replace(/\/+$/, '').replace(/[\s()<>|\\`]/g, (character) => encodeURIComponent(character));
    return `${server}/${encodeUriPath(context.repository)}/blob/${encodeUriPathSegment(context.sha)}/${encodeUriPath(file)}#L${line}`;
}
/** A version as code; the module too when it is not k8s.io/client-go (an alias such as github.com/kubernetes/client-go). */
function versionCell(version, module) {
    if (version === null)
        return '—';
    const shownModule = module !== null && module !== DEFAULT_MODULE ? `${shortenText(module, MAX_VERSION_LENGTH)} ` : '';
    return markdownCodeSpan(`${shownModule}${shortenText(version, MAX_VERSION_LENGTH)}`, { inTable: true }) || '—';
}
function verdictCell(finding) {
    const level = problemLevel(finding);
    const icon = level === 'error' ? '❌' : level === null ? '✅' : '⚠️';
    const traits = [finding.inferred ? 'inferred' : null, finding.indirect ? 'indirect' : null].filter((trait) => trait !== null);
    const label = `${icon} **${finding.verdict}**${traits.length > 0 ? ` (${traits.join(', ')})` : ''}`;
    const parts = [label, markdownWithCodeSpans(shortenText(finding.message, MAX_MESSAGE_LENGTH), { inTable: true })];
    if (finding.related.length > 0) {
        const related = finding.related.map((location) => shortenText(relatedLocationText(location), MAX_PATH_LENGTH)).join(', ');
        parts.push(`See also: ${escapeMarkdownText(related)}`);
    }
    // <br> is the only way to break a line inside a GFM table cell.
    return parts.join('<br>');
}
function reportReference(context) {
    const path = context?.reportPath ? markdownCodeSpan(shortenText(context.reportPath, MAX_PATH_LENGTH)) : '';
    return path ? `the JSON report (${path})` : 'the JSON report';
}
function omittedFindingsLines(omitted, total, maxBytes, context) {
    if (omitted === 0)
        return [];
    return [
        `> **${omitted} of ${total} findings not shown**: the job summary is limited to ${maxBytes} bytes; see ${reportReference(context)} for all of them.`,
        '',
    ];
}
// ---------------------------------------------------------------------------------------------------
// Diagnostics
const DIAGNOSTICS_HEADING = ['### Diagnostics', ''];
const LIST_END = [''];
function chooseDiagnostics(diagnostics, budget, keepFree) {
    const chosen = [];
    for (const diagnostic of diagnostics) {
        const opening = chosen.length === 0 ? [...DIAGNOSTICS_HEADING, ...LIST_END] : [];
        if (!budget.take([...opening, diagnosticItem(diagnostic)], keepFree))
            break;
        chosen.push(diagnostic);
    }
    return chosen;
}
function diagnosticsSectionLines(diagnostics) {
    if (diagnostics.length === 0)
        return [];
    return [...DIAGNOSTICS_HEADING, ...diagnostics.map(diagnosticItem), ...LIST_END];
}
function diagnosticItem(diagnostic) {
    const file = markdownCodeSpan(shortenText(diagnostic.file, MAX_PATH_LENGTH)) || '(no path)';
    const line = diagnostic.line === null ? '' : `:${diagnostic.line}`;
    return `- ${file}${line}: ${markdownWithCodeSpans(shortenText(diagnostic.message, MAX_MESSAGE_LENGTH))}`;
}
function omittedDiagnosticsLines(omitted, total, context) {
    if (omitted === 0)
        return [];
    return [`> **${omitted} of ${total} diagnostics not shown**; see ${reportReference(context)}.`, ''];
}
// ---------------------------------------------------------------------------------------------------
// Why
/** Fixed text (no repository input); facts from shared/domain.md §0, §1.2 and §3. */
const WHY_LINES = [
    '### Why this matters',
    '',
    'Since Kubernetes 1.21, pods get bound ServiceAccount tokens that expire. The kubelet writes a fresh token ' +
        'to the same file before the old one expires, but a program only uses it if its client re-reads the file. ' +
        'Clusters usually extend the first token to one year (90 days on EKS, about one hour on AKS with the OIDC issuer); ' +
        'when it runs out, a client-go that read the token once gets `401 Unauthorized` on every request.',
    '',
    'client-go before Kubernetes 1.12 (v8.0.0 and older) reads the token once. v9.0.0 and v10.0.0 re-read it, and so ' +
        'does every release from Kubernetes 1.15.0 on (v12.0.0, v0.15.7 and later). v11.0.0 (Kubernetes 1.14.0 to 1.14.2) ' +
        'and the 1.12.5 to 1.12.8 and 1.13.1 to 1.13.6 patches stopped re-reading it in-cluster, until ' +
        'kubernetes/kubernetes#77613 fixed it in 1.12.9, 1.13.7, 1.14.3 and 1.15.0.',
    '',
    '**Restarting the pods is a stop-gap, not a fix**: it gives them a fresh token, and the program fails again ' +
        'when that one expires. Upgrade client-go as the Fix column says.',
];

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/report/sarif.ts





const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';
const RULE_PREFIX = 'client-go-token-reload';
const FINGERPRINT_KEY = 'clientGoReference/v1';
/** Where a reference was found, for each rule's description. A Record, so a new SourceKind must be described here. */
const SOURCE_DESCRIPTIONS = {
    'go.mod': 'a require or replace directive in go.mod',
    'go.work': 'a replace directive in go.work, which overrides the modules of the workspace',
    'vendor/modules.txt': 'the vendored module list, vendor/modules.txt',
    'go.sum': 'a go.sum checksum line; go.sum can list versions that are not built, so the finding is inferred',
    'client-go-source': 'client-go source code in the repository (vendored or a local replace), judged from the code itself',
    'Gopkg.lock': 'a dep lock file, Gopkg.lock',
    'Gopkg.toml': 'a dep manifest constraint or override, Gopkg.toml',
    'glide.yaml': 'a glide manifest, glide.yaml',
    'glide.lock': 'a glide lock file, glide.lock',
    'Godeps.json': 'a godep manifest, Godeps/Godeps.json',
    'vendor.json': 'a govendor manifest, vendor/vendor.json',
    Dockerfile: 'a Dockerfile that fetches or builds client-go',
    'go-binary': 'the build information embedded in a compiled Go binary',
};
/**
 * SARIF 2.1.0 for code scanning: one rule per source kind that has results, one result per finding
 * that is not ok. Returned as an object; the caller serialises it.
 */
function renderSarif(report, options) {
    const findings = [...report.findings]
        .filter((finding) => options.includeOk || finding.verdict !== 'ok')
        .sort(finding_order_compareByImportance);
    const rules = rulesFor(findings, options.informationUri);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const notifications = report.diagnostics.map((diagnostic) => diagnosticNotification(diagnostic, options.scannedRoot));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: report.tool.name, version: options.toolVersion, informationUri: options.informationUri, rules },
                },
                invocations: [
                    { executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) },
                ],
                columnKind: 'utf16CodeUnits',
                results: findings.map((finding) => sarifResult(finding, ruleIndex.get(ruleId(finding.source)) ?? 0, options.scannedRoot)),
            },
        ],
    };
}
function ruleId(source) {
    return `${RULE_PREFIX}/${source}`;
}
/** Rules in SOURCE_DESCRIPTIONS order, so the rule list does not depend on the order of findings. */
function rulesFor(findings, informationUri) {
    const used = new Set(findings.map((finding) => finding.source));
    const kinds = Object.keys(SOURCE_DESCRIPTIONS).filter((kind) => used.has(kind));
    // informationUri may carry a fragment already (…#readme); a second one would not be a valid URI.
    const helpUri = `${informationUri.replace(/#.*$/, '')}#sources`;
    return kinds.map((kind) => ({
        id: ruleId(kind),
        shortDescription: { text: `client-go that may not re-read its ServiceAccount token, found in ${kind}` },
        fullDescription: {
            text: `A k8s.io/client-go reference found in ${SOURCE_DESCRIPTIONS[kind]}. A client-go that reads the ` +
                'ServiceAccount token once stops authenticating when the bound token expires; restarting the pod ' +
                'is a stop-gap, not a fix.',
        },
        helpUri,
        defaultConfiguration: { level: 'error' },
    }));
}
const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function sarifResult(finding, index, scannedRoot) {
    const level = problemLevel(finding);
    const file = repositoryPath(scannedRoot, finding.file);
    const text = finding.fix ? `${finding.message}\nFix: ${finding.fix}` : finding.message;
    const related = finding.related.map((location, position) => relatedLocation(location, position + 1, scannedRoot));
    return {
        ruleId: ruleId(finding.source),
        ruleIndex: index,
        kind: level === null ? 'pass' : 'fail',
        level: level === null ? 'none' : SARIF_LEVEL[level],
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUriPath(file), uriBaseId: SOURCE_ROOT },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: finding.endLine,
                        endColumn: finding.endColumn,
                    },
                },
            },
        ],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: referenceFingerprint(file, finding) },
        properties: {
            title: findingTitle(finding),
            module: finding.module,
            declared: finding.declared,
            effective: finding.effective,
            kubernetes: finding.kubernetes,
            reloadsToken: finding.reloadsToken,
            verdict: finding.verdict,
            inferred: finding.inferred,
        },
    };
}
function relatedLocation(location, id, scannedRoot) {
    return {
        id,
        physicalLocation: {
            artifactLocation: { uri: encodeUriPath(repositoryPath(scannedRoot, location.file)), uriBaseId: SOURCE_ROOT },
            region: { startLine: location.line, ...(location.column === undefined ? {} : { startColumn: location.column }) },
        },
        ...(location.label ? { message: { text: location.label } } : {}),
    };
}
/**
 * Identifies the reference, not the line: the alert stays the same alert when lines above it move,
 * and becomes a new one when the declared version changes.
 */
function referenceFingerprint(file, finding) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update([file, finding.module, finding.declared ?? ''].join('\u0000'))
        .digest('hex');
}
function diagnosticNotification(diagnostic, scannedRoot) {
    const message = { text: `${diagnostic.file}${diagnostic.line === null ? '' : `:${diagnostic.line}`}: ${diagnostic.message}` };
    if (diagnostic.line === null)
        return { level: 'warning', message };
    const uri = encodeUriPath(repositoryPath(scannedRoot, diagnostic.file));
    return {
        level: 'warning',
        message,
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, region: { startLine: diagnostic.line } } }],
    };
}

;// CONCATENATED MODULE: ./src/report/text.ts




const ANSI = {
    bold: ['\u001b[1m', '\u001b[22m'],
    dim: ['\u001b[2m', '\u001b[22m'],
    red: ['\u001b[31m', '\u001b[39m'],
    yellow: ['\u001b[33m', '\u001b[39m'],
    cyan: ['\u001b[36m', '\u001b[39m'],
    green: ['\u001b[32m', '\u001b[39m'],
};
function painter(color) {
    return color ? (text, style) => `${ANSI[style][0]}${text}${ANSI[style][1]}` : (text) => text;
}
const INDENT = '  ';
/** The report for people at a terminal: findings by file, diagnostics, then one summary line. */
function renderText(report, options) {
    const paint = painter(options.color);
    const lines = [];
    for (const group of groupByFile(report.findings)) {
        lines.push(paint(escapeTerminalText(group.file), 'bold'), ...fileFindingLines(group.findings, paint), '');
    }
    if (report.findings.length === 0)
        lines.push('No client-go references found.', '');
    if (report.diagnostics.length > 0) {
        lines.push(paint('Diagnostics', 'bold'), ...report.diagnostics.map((diagnostic) => diagnosticLine(diagnostic, paint)), '');
    }
    lines.push(summaryLine(report, paint));
    return `${lines.join('\n')}\n`;
}
function fileFindingLines(findings, paint) {
    const locations = findings.map((finding) => `${finding.line}:${finding.column}`);
    const locationWidth = Math.max(...locations.map((location) => location.length));
    const detailIndent = `${INDENT}${' '.repeat(locationWidth)}  `;
    return findings.flatMap((finding, index) => {
        const location = (locations[index] ?? '').padEnd(locationWidth);
        const lines = [`${INDENT}${location}  ${verdictLabel(finding, paint)}  ${findingSentence(finding)}`];
        if (finding.fix)
            lines.push(`${detailIndent}${paint('fix:', 'dim')} ${escapeTerminalText(finding.fix)}`);
        if (finding.related.length > 0) {
            const related = finding.related.map((location) => escapeTerminalText(relatedLocationText(location))).join(', ');
            lines.push(`${detailIndent}${paint('see also:', 'dim')} ${related}`);
        }
        return lines;
    });
}
const VERDICT_WIDTH = 'outdated'.length;
function verdictLabel(finding, paint) {
    const level = problemLevel(finding);
    const style = level === 'error' ? 'red' : level === 'warning' ? 'yellow' : level === 'notice' ? 'cyan' : 'green';
    return paint(finding.verdict.padEnd(VERDICT_WIDTH), style);
}
/** `module declared → effective (Kubernetes x, reloads yes/no) message`. */
function findingSentence(finding) {
    const traits = [`Kubernetes ${kubernetesText(finding)}`, `reloads ${reloadsText(finding)}`];
    if (finding.inferred)
        traits.push('inferred');
    if (finding.indirect)
        traits.push('indirect');
    const declared = finding.declared ?? '(none)';
    const effective = finding.effective ?? '(none)';
    const reference = `${finding.module} ${declared} → ${effective}`;
    return `${escapeTerminalText(reference)} (${traits.map(escapeTerminalText).join(', ')}) ${escapeTerminalText(finding.message)}`;
}
function diagnosticLine(diagnostic, paint) {
    const place = diagnostic.line === null ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
    return `${INDENT}${paint(escapeTerminalText(place), 'dim')}  ${escapeTerminalText(diagnostic.message)}`;
}
function summaryLine(report, paint) {
    const result = report.result === 'fail' ? paint('fail', 'red') : paint('pass', 'green');
    const diagnostics = report.diagnostics.length;
    const diagnosticCount = diagnostics === 0 ? '' : `, ${diagnostics} diagnostic${diagnostics === 1 ? '' : 's'}`;
    return `${paint('client-go token gate:', 'bold')} ${result}: ${countsText(report)}${diagnosticCount} (${escapeTerminalText(policyText(report))})`;
}

;// CONCATENATED MODULE: ./src/tool-identity.ts
/** Kept equal to package.json by a test, so the bundle needs no file read to know its version. */
const TOOL = { name: 'client-go-token-gate', version: '0.1.0' };
const README_URL = 'https://github.com/client-go-token-gate/client-go-token-gate#readme';

;// CONCATENATED MODULE: ./src/publish/cli-publisher.ts






function renderForCli(report, format, color) {
    switch (format) {
        case 'json':
            return renderJson(report);
        case 'sarif':
            return `${JSON.stringify(renderSarif(report, { toolVersion: TOOL.version, informationUri: README_URL }), null, 2)}\n`;
        case 'markdown':
            return renderMarkdownSummary(report);
        case 'text':
            return renderText(report, { color });
    }
}
/** The CLI's only sink: standard output, or the --output file. */
async function publishToCli(rendered, output, stdout) {
    if (output) {
        await (0,promises_namespaceObject.writeFile)(output, rendered);
        return;
    }
    stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
}

;// CONCATENATED MODULE: ./src/publish/exit-code.ts
const EXIT_PASS = 0;
const EXIT_POLICY_FAILED = 1;
const EXIT_USAGE_OR_INTERNAL = 2;
/** The one place that turns an outcome into an exit status, for the action and the CLI alike. */
function exitCodeFor(outcome) {
    if ('error' in outcome)
        return EXIT_USAGE_OR_INTERNAL;
    return outcome.report.result === 'fail' ? EXIT_POLICY_FAILED : EXIT_PASS;
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/model/settings.ts
const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/settings/parse-setting-values.ts

const POLICIES = ['strict', 'documented', 'reload'];
const FAIL_ON = ['outdated', 'unknown', 'never'];
function oneOf(name, raw, allowed, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new SettingsError(name, raw, `one of ${allowed.join(', ')}`);
}
function parsePolicy(name, raw) {
    return oneOf(name, raw, POLICIES, 'strict');
}
function parseFailOn(name, raw) {
    return oneOf(name, raw, FAIL_ON, 'outdated');
}
/** YAML booleans as GitHub documents them for inputs, plus the empty default. */
function parseBoolean(name, raw, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', 'on', '1'].includes(value))
        return true;
    if (['false', 'no', 'off', '0'].includes(value))
        return false;
    throw new SettingsError(name, raw, 'true or false');
}
/** Globs one per line or comma-separated; `#` starts a comment line. */
function parseGlobList(raw) {
    return raw
        .split(/[\n,]/)
        .map((glob) => glob.trim())
        .filter((glob) => glob !== '' && !glob.startsWith('#'))
        .map((glob) => glob.replace(/\\/g, '/').replace(/^\.\//, ''));
}
const BYTE_UNITS = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
function parseByteSize(name, raw, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(value);
    const unit = match ? BYTE_UNITS[match[2] ?? ''] : undefined;
    if (!match || unit === undefined || Number(match[1]) <= 0) {
        throw new SettingsError(name, raw, 'a positive size in bytes, optionally with k, m or g (16m)');
    }
    return Math.floor(Number(match[1]) * unit);
}
/** The floor is validated by the version model later; here only its shape. */
function parseMinimumVersion(name, raw) {
    const value = raw.trim();
    if (value === '')
        return null;
    if (!/^[A-Za-z0-9.+\-_]+$/.test(value)) {
        throw new SettingsError(name, raw, 'a client-go or Kubernetes version such as v0.15.7, v12.0.0 or 1.15.7');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/settings/cli-settings.ts





const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const CLI_USAGE = `Usage: client-go-token-gate scan [DIR] [options]

Scans DIR (default: the current directory) for Go programs whose k8s.io/client-go
does not re-read its ServiceAccount token.

Options:
  --format text|json|sarif|markdown   output format (default: text)
  --policy strict|documented|reload   which rule decides (default: strict)
  --minimum VERSION                   extra floor: v0.15.7, v12.0.0, 1.15.7
  --fail-on outdated|unknown|never    what fails the run (default: outdated)
  --fail-on-inferred                  let findings inferred from go.sum fail the run
  --include GLOB                      scan only matching paths (repeatable)
  --exclude GLOB                      skip matching paths (repeatable)
  --max-file-size SIZE                skip larger files with a diagnostic (default: 16m)
  --output FILE                       write the report to FILE instead of standard output
  --color / --no-color                force colour on or off for text output
  --version                           print the version
  -h, --help                          print this help

Exit status: 0 the policy passed, 1 the policy failed, 2 usage or internal error.
`;
const OPTIONS = {
    format: { type: 'string' },
    policy: { type: 'string' },
    minimum: { type: 'string' },
    'fail-on': { type: 'string' },
    'fail-on-inferred': { type: 'boolean' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'max-file-size': { type: 'string' },
    output: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    version: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function parseFormat(raw) {
    const value = (raw ?? 'text').trim().toLowerCase();
    if (FORMATS.includes(value))
        return value;
    throw new SettingsError('--format', raw ?? '', `one of ${FORMATS.join(', ')}`);
}
function parseColor(values) {
    if (values['no-color'])
        return false;
    if (values.color)
        return true;
    return null;
}
/** argv without the node binary and script. Throws SettingsError (or parseArgs' TypeError) on bad usage. */
function parseCliArguments(argv, cwd) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [command, directory, ...extra] = positionals;
    if (command !== 'scan') {
        throw new SettingsError('command', command ?? '', '"scan" (see --help)');
    }
    if (extra.length > 0)
        throw new SettingsError('DIR', extra.join(' '), 'a single directory');
    return {
        kind: 'scan',
        format: parseFormat(values.format),
        color: parseColor(values),
        output: values.output ?? null,
        scan: {
            root: external_node_path_default().resolve(cwd, directory ?? '.'),
            policy: parsePolicy('--policy', values.policy ?? ''),
            minimumVersion: parseMinimumVersion('--minimum', values.minimum ?? ''),
            failOn: parseFailOn('--fail-on', values['fail-on'] ?? ''),
            failOnInferred: parseBoolean('--fail-on-inferred', String(values['fail-on-inferred'] ?? ''), false),
            include: (values.include ?? []).flatMap(parseGlobList),
            exclude: (values.exclude ?? []).flatMap(parseGlobList),
            maxFileBytes: parseByteSize('--max-file-size', values['max-file-size'] ?? '', DEFAULT_MAX_FILE_BYTES),
        },
    };
}

;// CONCATENATED MODULE: ./src/cli.ts





/** The CLI shell: arguments → scan → one rendering → exit status (0 pass, 1 policy failed, 2 usage/internal). */
async function runCli(argv, io) {
    let command;
    try {
        command = parseCliArguments(argv, io.cwd);
    }
    catch (error) {
        io.stderr.write(`client-go-token-gate: ${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}`);
        return EXIT_USAGE_OR_INTERNAL;
    }
    if (command.kind === 'help') {
        io.stdout.write(CLI_USAGE);
        return EXIT_PASS;
    }
    if (command.kind === 'version') {
        io.stdout.write(`${TOOL.name} ${TOOL.version}\n`);
        return EXIT_PASS;
    }
    try {
        const report = await scanRepository(command.scan, TOOL);
        const color = command.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && command.output === null);
        await publishToCli(renderForCli(report, command.format, color), command.output, io.stdout);
        return exitCodeFor({ report });
    }
    catch (error) {
        io.stderr.write(`client-go-token-gate: ${error instanceof Error ? error.message : String(error)}\n`);
        return exitCodeFor({ error });
    }
}

;// CONCATENATED MODULE: ./src/cli-bin.ts

// Entry of dist/cli.js; src/cli.ts itself has no side effects.
void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY },
    stderr: { write: (text) => process.stderr.write(text) },
    env: process.env,
}).then((code) => {
    process.exitCode = code;
});

