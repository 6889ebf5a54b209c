import difflib
old = """The quick brown fox
jumps over the lazy dog.
Line three stays.
Line four stays.
Line five stays.
Line six stays.
Line seven stays.
Line eight stays.
    indented line with tabs\there
final line
""".splitlines(keepends=True)
new = """The quick brown fox
jumped over the lazy dogs.
Line three stays.
Line four stays.
Line five stays.
Line six stays.
Line seven stays!
Line eight stays.
    indented line with tab\there
an added line
final line
""".splitlines(keepends=True)
print(''.join(difflib.unified_diff(old, new, 'a/story.txt', 'b/story.txt')), end='')
print(''.join(difflib.unified_diff(old, new, n=1, fromfiledate='2024-01-01', tofiledate='2024-01-02')), end='')
print(''.join(difflib.context_diff(old, new, 'old', 'new')), end='')
print(''.join(difflib.ndiff(old, new)), end='')
print(''.join(difflib.restore(difflib.ndiff(old, new), 2)) == ''.join(new))
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
for a, b in [('abcd', 'bcde'), ('private Thread currentThread;', 'private volatile Thread currentThread;'), ('', ''), ('abc', ''), ('qabxcd', 'abycdf')]:
    s = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b), s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(s.find_longest_match(0, 29, 0, 38), round(s.ratio(), 3), s.bjunk)
long_a = 'ab' * 150 + 'xyz'
long_b = 'ba' * 140 + 'xyz' + 'q' * 10
s = difflib.SequenceMatcher(None, long_a, long_b)
print(sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 4))
s2 = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(len(s2.get_matching_blocks()), round(s2.ratio(), 4))
print(list(s.get_grouped_opcodes(2))[:2])
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'shell', 'well', 'heel'], n=2, cutoff=0.5))
import keyword
print(difflib.get_close_matches('pritn', ['print', 'printf', 'sprint', 'pint', 'paint']))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x\n'), difflib.IS_CHARACTER_JUNK('\t'))
d = difflib.Differ()
print(list(d.compare(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])))
for bad in [lambda: difflib.get_close_matches('x', [], n=0), lambda: difflib.get_close_matches('x', [], cutoff=2), lambda: list(difflib.restore([], 3)), lambda: list(difflib.unified_diff([1], ['a']))]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
