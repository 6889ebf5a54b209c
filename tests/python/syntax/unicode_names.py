# \N{...} escapes: character names in any case, formal aliases, derived names (CJK, Hangul),
# and the names CPython 3.11 (Unicode 14) rejects.

samples = [
    "\N{BULLET} \N{bullet} \N{Greek Small Letter Alpha}",
    "\N{LINE FEED}\N{CARRIAGE RETURN}\N{NULL}\N{NBSP}",
    "\N{BYTE ORDER MARK}\N{BOM}\N{ZWNBSP}\N{ZERO WIDTH NO-BREAK SPACE}",
    "\N{LATIN CAPITAL LETTER GHA}\N{LATIN SMALL LETTER GHA}",
    "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{HANGUL SYLLABLE GAG}",
    "\N{SNOWMAN}\N{EM DASH}\N{EURO SIGN}",
    "\N{DELETE}\N{DEL}\N{ESCAPE}\N{ESC}\N{VS1}\N{VARIATION SELECTOR-17}",
]
for s in samples:
    print(ascii(s), len(s))

bad = [
    "LATIN SMALL LETTER A WITH MACRON AND GRAVE",  # a named sequence
    "WIRELESS",  # added in Unicode 15
    "BASIC LATIN 0",  # how Java calls an unnamed code point
    " BULLET",
    "CJK UNIFIED IDEOGRAPH-4e00",
    "CJK UNIFIED IDEOGRAPH-F900",
    "HANGUL SYLLABLE gag",
    "hangul syllable GAG",
    "NO SUCH CHARACTER",
]
for name in bad:
    try:
        value = eval('"\\N{' + name + '}"')
        print("accepted", ascii(value))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
