import shlex, getopt, secrets, unicodedata
for s in ['ls -l "my file.txt" \'single q\' a\\ b', 'echo "a \\"quoted\\" word" x#y # comment', "cmd --opt='v 1' \"\"", 'a "b c"d e\\"f']:
    print(shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"open', 'trailing\\']:
    try: shlex.split(bad)
    except ValueError as e: print('ValueError', e)
print([shlex.quote(x) for x in ['', 'simple', 'has space', "it's", 'a$b', '-x=1,2']])
print(shlex.join(['rm', '-rf', 'my dir', "o'neil"]))
lx = shlex.shlex('a = b + "c d"; e')
print(list(lx))
lx = shlex.shlex('a && b || (c; d) > out.txt', punctuation_chars=True)
print(list(lx))
lx = shlex.shlex("x='1 2' y", posix=True); lx.whitespace_split = True
print(lx.get_token(), lx.get_token(), lx.get_token())
print(getopt.getopt(['-a', '-b', 'val', '--long', '--with=3', 'file1', '-c'], 'ab:c', ['long', 'with=']))
print(getopt.gnu_getopt(['file0', '-a', '--with', '3', 'file1', '-c'], 'ac', ['with=']))
print(getopt.getopt(['-bvalue', '--', '-a'], 'ab:'))
print(getopt.getopt(['--wi=1'], '', ['with=', 'verbose']))
for args, so, lo in [(['-x'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['yes']), (['--v'], '', ['verbose', 'version']), (['--verbose=1'], '', ['verbose']), (['--with'], '', ['with='])]:
    try: getopt.getopt(args, so, lo)
    except getopt.GetoptError as e: print('GetoptError', e, repr(e.opt))
print(len(secrets.token_bytes(16)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(30)), len(secrets.token_hex()))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(100)), secrets.choice('xyz') in 'xyz', secrets.randbits(5) < 32)
print(secrets.compare_digest('abc', 'abc'))
for ch in ['A', 'é', '€', '1', '½', '٣', '²', ' ', '\u0301', '中', '가', '😀', 'Ⅻ', '_', '(', 'ﬁ']:
    print(repr(ch), unicodedata.name(ch, '?'), unicodedata.category(ch), unicodedata.bidirectional(ch),
          unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None),
          unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.mirrored(ch))
print(unicodedata.lookup('LATIN SMALL LETTER E WITH ACUTE'), unicodedata.lookup('snowman'), unicodedata.lookup('CJK UNIFIED IDEOGRAPH-4E2D'), unicodedata.lookup('HANGUL SYLLABLE GA'))
s = 'Café ﬁne Å'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    n = unicodedata.normalize(form, s)
    print(form, len(n), [hex(ord(c)) for c in n][:8], unicodedata.is_normalized(form, s))
print(unicodedata.decomposition('é'), unicodedata.decomposition('ﬁ'), repr(unicodedata.decomposition('a')), unicodedata.unidata_version)
for bad in [lambda: unicodedata.name('\n'), lambda: unicodedata.lookup('NO SUCH THING'), lambda: unicodedata.category('ab'), lambda: unicodedata.normalize('XYZ', 'a'), lambda: unicodedata.decimal('x'), lambda: unicodedata.numeric('x')]:
    try: bad()
    except (ValueError, KeyError, TypeError) as e: print(type(e).__name__, e)
