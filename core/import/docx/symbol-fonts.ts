/**
 * Characters of Word's symbol fonts as Unicode. Word stores a symbol inserted from Symbol or
 * Wingdings as the font's own code (w:sym w:char="F0FC", or "ü" typed in a run set in
 * Wingdings): without the font it is a private-use character or a wrong letter. These are the
 * ones reports use: check marks and boxes (forms: 是否 ☑), arrows, bullets and the signs of
 * figures (±, ×, ÷, ≤, ≥, °). Others are left out with a note (symbols-left-out).
 */

/** Adobe Symbol: Greek and mathematical signs; its digits and most punctuation are ASCII's. */
const SYMBOL: Record<number, string> = {
  34: '∀',
  36: '∃',
  39: '∋',
  42: '∗',
  45: '−',
  64: '≅',
  68: 'Δ',
  70: 'Φ',
  71: 'Γ',
  76: 'Λ',
  80: 'Π',
  81: 'Θ',
  83: 'Σ',
  87: 'Ω',
  88: 'Ξ',
  89: 'Ψ',
  92: '∴',
  94: '⊥',
  97: 'α',
  98: 'β',
  99: 'χ',
  100: 'δ',
  101: 'ε',
  102: 'φ',
  103: 'γ',
  104: 'η',
  105: 'ι',
  107: 'κ',
  108: 'λ',
  109: 'μ',
  110: 'ν',
  111: 'ο',
  112: 'π',
  113: 'θ',
  114: 'ρ',
  115: 'σ',
  116: 'τ',
  117: 'υ',
  119: 'ω',
  120: 'ξ',
  121: 'ψ',
  122: 'ζ',
  162: '′',
  163: '≤',
  165: '∞',
  167: '♣',
  168: '♦',
  169: '♥',
  170: '♠',
  171: '↔',
  172: '←',
  173: '↑',
  174: '→',
  175: '↓',
  176: '°',
  177: '±',
  178: '″',
  179: '≥',
  180: '×',
  181: '∝',
  182: '∂',
  183: '•',
  184: '÷',
  185: '≠',
  186: '≡',
  187: '≈',
  188: '…',
  196: '⊗',
  197: '⊕',
  199: '∩',
  200: '∪',
  206: '∈',
  208: '∠',
  209: '∇',
  213: '∏',
  214: '√',
  215: '⋅',
  219: '⇔',
  220: '⇐',
  222: '⇒',
  224: '◊',
  229: '∑',
  242: '∫',
};
// Symbol sets digits and these signs as ASCII does.
for (const ch of '0123456789!#%&()+,./:;<=>?[]_{|} ') SYMBOL[ch.codePointAt(0)!] = ch;

const WINGDINGS: Record<number, string> = {
  32: ' ',
  33: '✏',
  34: '✂',
  40: '☎',
  42: '✉',
  63: '✍',
  65: '✌',
  70: '☜',
  71: '☞',
  72: '☝',
  73: '☟',
  74: '☺',
  76: '☹',
  81: '✈',
  82: '☼',
  84: '❄',
  108: '●',
  110: '■',
  111: '□',
  113: '❑',
  117: '◆',
  118: '❖',
  161: '○',
  167: '▪',
  168: '☐',
  171: '★',
  216: '➢',
  223: '←',
  224: '→',
  225: '↑',
  226: '↓',
  232: '➔',
  239: '⇦',
  240: '⇨',
  241: '⇧',
  242: '⇩',
  251: '✗',
  252: '✓',
  253: '☒',
  254: '☑',
};

/** Wingdings 2: the boxes Chinese forms use (□ 是 ☑ 否 ☒) and its marks. */
const WINGDINGS_2: Record<number, string> = {
  32: ' ',
  79: '✗',
  80: '✓',
  81: '☒',
  82: '☑',
  83: '☒',
  84: '☒',
  151: '•',
  152: '•',
  163: '□',
  162: '■',
};

const FONTS: Record<string, Record<number, string>> = {
  symbol: SYMBOL,
  wingdings: WINGDINGS,
  'wingdings 2': WINGDINGS_2,
};

/** Whether `font` is one of the symbol fonts read here (Word writes their names in any case). */
export function isSymbolFont(font: string | undefined): boolean {
  return font !== undefined && font.trim().toLowerCase() in FONTS;
}

/**
 * The Unicode character for code `code` of `font` (its byte, or the byte in Word's private-use
 * F0xx form). Null: a symbol of that font not read here, or a private-use code of another font.
 * A code of another font outside the private-use area is the character itself.
 */
export function symbolChar(font: string | undefined, code: number): string | null {
  const table = font === undefined ? undefined : FONTS[font.trim().toLowerCase()];
  const privateUse = code >= 0xe000 && code <= 0xf8ff;
  if (!table) return privateUse ? null : String.fromCodePoint(code);
  const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  return table[byte] ?? null;
}
