"""Token type numbers of the Python grammar, as CPython 3.11 numbers them.

The numbers are those the tokenizer and the parser agree on; `tok_name` maps them back to
their names and `EXACT_TOKEN_TYPES` maps each operator's text to its specific type.
"""

_NAMES = (
    "ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON COMMA SEMI "
    "PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL "
    "NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL "
    "MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL "
    "LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL "
    "RARROW ELLIPSIS COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD "
    "ERRORTOKEN COMMENT NL ENCODING"
).split()

tok_name = {}
for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    tok_name[_number] = _name
N_TOKENS = len(_NAMES)
NT_OFFSET = 256

# operator text -> the specific type the parser sees (tokenize reports them all as OP)
_OPERATORS = (
    "( LPAR ) RPAR [ LSQB ] RSQB : COLON , COMMA ; SEMI + PLUS - MINUS * STAR / SLASH | VBAR "
    "& AMPER < LESS > GREATER = EQUAL . DOT % PERCENT { LBRACE } RBRACE == EQEQUAL "
    "!= NOTEQUAL <= LESSEQUAL >= GREATEREQUAL ~ TILDE ^ CIRCUMFLEX << LEFTSHIFT >> RIGHTSHIFT "
    "** DOUBLESTAR += PLUSEQUAL -= MINEQUAL *= STAREQUAL /= SLASHEQUAL %= PERCENTEQUAL "
    "&= AMPEREQUAL |= VBAREQUAL ^= CIRCUMFLEXEQUAL <<= LEFTSHIFTEQUAL >>= RIGHTSHIFTEQUAL "
    "**= DOUBLESTAREQUAL // DOUBLESLASH //= DOUBLESLASHEQUAL @ AT @= ATEQUAL -> RARROW "
    "... ELLIPSIS := COLONEQUAL"
).split()
EXACT_TOKEN_TYPES = dict(sorted((_OPERATORS[i], globals()[_OPERATORS[i + 1]])
                                for i in range(0, len(_OPERATORS), 2)))
del _number, _name, _OPERATORS


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER


__all__ = ["tok_name", "ISTERMINAL", "ISNONTERMINAL", "ISEOF"] + _NAMES[:-3] + ["N_TOKENS", "NT_OFFSET"] + _NAMES[-3:]
