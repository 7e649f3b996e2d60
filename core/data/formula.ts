/**
 * The formula language of indicators, parsed and evaluated here without eval:
 *
 *   生均仪器设备值 = 教学仪器设备总值 / 在校生数
 *   就业率         = 就业人数 ÷ 毕业生数
 *   招生数增长率   = (招生数 - 上年(招生数)) / 上年(招生数)
 *
 * Numbers, names, + - * / (also × ÷), parentheses (also full-width), unary minus and one
 * function, 上年(名称), last year's value. A name is a run of letters, digits, _ and ·
 * not starting with a digit; any other name is quoted as 「名称」 or [名称].
 */

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string; previous: boolean }
  | { kind: 'negate'; operand: FormulaNode }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

/** A formula that does not parse: the message is Chinese, `at` the character where it went wrong. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'name'; name: string; at: number }
  | { kind: 'op'; op: '+' | '-' | '*' | '/' | '(' | ')'; at: number };

const OPS: Record<string, '+' | '-' | '*' | '/' | '(' | ')'> = {
  '+': '+',
  '＋': '+',
  '-': '-',
  '－': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '＊': '*',
  '/': '/',
  '÷': '/',
  '／': '/',
  '(': '(',
  '（': '(',
  ')': ')',
  '）': ')',
};
const NAME_CHAR = /[\p{L}\p{N}_·]/u;
const QUOTES: Record<string, string> = { '「': '」', '[': ']', '【': '】' };
export const PREVIOUS_FUNCTION = '上年';
const MAX_TOKENS = 400;
const MAX_NESTING = 32;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (OPS[c]) {
      tokens.push({ kind: 'op', op: OPS[c], at: i });
      i += 1;
    } else if (/[0-9０-９.]/.test(c)) {
      const m = /^[0-9０-９]*(?:\.[0-9０-９]+)?/.exec(source.slice(i))![0];
      if (m === '' || m === '.') throw new FormulaError(`第 ${i + 1} 个字符“${c}”不能出现在这里`, i);
      const digits = m.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
      tokens.push({ kind: 'number', value: Number(digits), at: i });
      i += m.length;
      if (source[i] === '%' || source[i] === '％')
        throw new FormulaError('公式中的百分数请写成小数（30% 写作 0.3）', i);
    } else if (QUOTES[c]) {
      const close = source.indexOf(QUOTES[c], i + 1);
      if (close < 0) throw new FormulaError(`“${c}”没有配对的“${QUOTES[c]}”`, i);
      const name = source.slice(i + 1, close).trim();
      if (!name) throw new FormulaError('引号中没有名称', i);
      tokens.push({ kind: 'name', name, at: i });
      i = close + 1;
    } else if (NAME_CHAR.test(c)) {
      let j = i;
      while (j < source.length && NAME_CHAR.test(source[j]!)) j += 1;
      tokens.push({ kind: 'name', name: source.slice(i, j), at: i });
      i = j;
    } else throw new FormulaError(`第 ${i + 1} 个字符“${c}”不能出现在公式中`, i);
    if (tokens.length > MAX_TOKENS) throw new FormulaError('公式太长', i);
  }
  return tokens;
}

/** Parses a formula; throws FormulaError with a Chinese message. */
export function parseFormula(source: string): FormulaNode {
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new FormulaError('公式是空的', 0);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isOp = (t: Token | undefined, ...ops: string[]): t is Extract<Token, { kind: 'op' }> =>
    t?.kind === 'op' && ops.includes(t.op);
  const where = () => peek()?.at ?? source.length;

  /** Operands of `next`'s level joined left to right by `ops` (+ − at one level, × ÷ at the next). */
  const leftToRight = (ops: readonly ('+' | '-' | '*' | '/')[], next: () => FormulaNode): FormulaNode => {
    let left = next();
    for (let t = peek(); isOp(t, ...ops); t = peek()) {
      pos += 1;
      left = { kind: 'binary', op: t.op as '+' | '-' | '*' | '/', left, right: next() };
    }
    return left;
  };
  const expression = (): FormulaNode => leftToRight(['+', '-'], term);
  const term = (): FormulaNode => leftToRight(['*', '/'], unary);
  const unary = (): FormulaNode => {
    if (isOp(peek(), '-')) {
      pos += 1;
      return { kind: 'negate', operand: unary() };
    }
    if (isOp(peek(), '+')) pos += 1;
    return primary();
  };
  const primary = (): FormulaNode => {
    const t = peek();
    if (!t) throw new FormulaError('公式不完整：末尾缺少数或名称', source.length);
    pos += 1;
    if (t.kind === 'number') return { kind: 'number', value: t.value };
    if (t.kind === 'name') {
      if (t.name === PREVIOUS_FUNCTION && isOp(peek(), '(')) {
        pos += 1;
        const arg = peek();
        if (arg?.kind !== 'name') throw new FormulaError(`${PREVIOUS_FUNCTION}( ) 中应写一个数据的名称`, where());
        pos += 1;
        if (!isOp(peek(), ')')) throw new FormulaError(`${PREVIOUS_FUNCTION}( 缺少右括号`, where());
        pos += 1;
        return { kind: 'name', name: arg.name, previous: true };
      }
      return { kind: 'name', name: t.name, previous: false };
    }
    if (t.op === '(') {
      depth += 1;
      if (depth > MAX_NESTING) throw new FormulaError('括号套得太深', t.at);
      const inner = expression();
      if (!isOp(peek(), ')')) throw new FormulaError('缺少右括号', where());
      pos += 1;
      depth -= 1;
      return inner;
    }
    throw new FormulaError(`“${t.op === '*' ? '×' : t.op === '/' ? '÷' : t.op}”前面缺少数或名称`, t.at);
  };

  const tree = expression();
  if (pos < tokens.length) {
    const t = tokens[pos]!;
    throw new FormulaError(
      t.kind === 'op' && t.op === ')'
        ? '多了一个右括号'
        : `第 ${t.at + 1} 个字符起多出了内容：两个数或名称之间缺少运算符号`,
      t.at,
    );
  }
  return tree;
}

/** Every name the formula refers to (上年(x) included), each once, in order. */
export function formulaNames(node: FormulaNode): string[] {
  const out = new Set<string>();
  const walk = (n: FormulaNode) => {
    if (n.kind === 'name') out.add(n.name);
    else if (n.kind === 'negate') walk(n.operand);
    else if (n.kind === 'binary') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return [...out];
}

/** A formula with every reference to `from` renamed `to` (a quantity renamed), its layout otherwise kept. */
export function renameInFormula(source: string, from: string, to: string): string {
  let tokens: Token[];
  try {
    tokens = tokenize(source);
  } catch {
    return source;
  }
  const simple = [...to].every((c) => NAME_CHAR.test(c)) && !/^\d/.test(to);
  const written = simple ? to : `「${to}」`;
  let out = '';
  let last = 0;
  for (const t of tokens) {
    if (t.kind !== 'name' || t.name !== from) continue;
    const end = QUOTES[source[t.at]!] ? source.indexOf(QUOTES[source[t.at]!]!, t.at + 1) + 1 : t.at + t.name.length;
    out += source.slice(last, t.at) + written;
    last = end;
  }
  return out + source.slice(last);
}
