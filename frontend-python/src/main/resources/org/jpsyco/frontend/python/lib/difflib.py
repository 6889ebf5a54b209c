"""Comparing sequences: SequenceMatcher (Ratcliff/Obershelp with junk heuristics), line diffs
in unified, context and ndiff formats, and close-match lookup."""

import re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Finds the longest matching blocks of two sequences of hashable elements.

    b is indexed once (element -> positions); elements for which isjunk is true, and with
    autojunk the "popular" elements of a long b (more than 1% + 1 of its 200+ items), never
    start a match, but may extend one at its ends.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        index = {}
        for pos, elt in enumerate(b):
            index.setdefault(elt, []).append(pos)
        junk = set()
        if self.isjunk:
            junk = {elt for elt in index if self.isjunk(elt)}
            for elt in junk:
                del index[elt]
        popular = set()
        if self.autojunk and len(b) >= 200:
            limit = len(b) // 100 + 1
            popular = {elt for elt, where in index.items() if len(where) > limit}
            for elt in popular:
                del index[elt]
        self.b2j = index
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] inside the bounds, earliest in a then b on ties."""
        a, b, index, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_k = alo, blo, 0
        # run[j] = length of the match ending at a[i-1] and b[j], for the previous i.
        run = {}
        for i in range(alo, ahi):
            new_run = {}
            for j in index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_run[j] = run.get(j - 1, 0) + 1
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            run = new_run
        # Grow the block over popular elements, then over junk, at both ends.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_k = best_i - 1, best_j - 1, best_k + 1
            while (best_i + best_k < ahi and best_j + best_k < bhi and (b[best_j + best_k] in junk) == want_junk
                   and a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append((ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append((ci, cj, ck))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(m) for m in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """Hunks of changes with up to n lines of context around each."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(m.size for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): the size of the multiset intersection."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        available = {}
        matches = 0
        for elt in self.a:
            n = available[elt] if elt in available else self.fullbcount.get(elt, 0)
            available[elt] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of possibilities whose similarity to word is at least cutoff."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    return [x for score, x in _nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=re.compile(r'\s*(?:#\s*)?$').match):
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    return ch in ws


def _keep_ws(text, marks):
    """Marks under whitespace of text become that whitespace (tabs stay aligned)."""
    return ''.join(c if m == ' ' and c.isspace() else m for c, m in zip(text, marks))


class Differ:
    """Human-readable line deltas: '- ', '+ ', '  ' lines and '? ' guides for changed lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Pairs the most similar lines of two blocks (ratio over 0.75) and marks their differences."""
        best, cutoff = 0.74, 0.75
        sm = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            sm.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                sm.set_seq1(ai)
                if sm.real_quick_ratio() > best and sm.quick_ratio() > best and sm.ratio() > best:
                    best, best_i, best_j = sm.ratio(), i, j
        if best < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best = same_i, same_j, 1.0
        else:
            same_i = None
        yield from self._between(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if same_i is None:
            amarks = bmarks = ''
            sm.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    amarks += '^' * na
                    bmarks += '^' * nb
                elif tag == 'delete':
                    amarks += '-' * na
                elif tag == 'insert':
                    bmarks += '+' * nb
                else:
                    amarks += ' ' * na
                    bmarks += ' ' * nb
            yield from self._qformat(aline, bline, amarks, bmarks)
        else:
            yield '  ' + aline
        yield from self._between(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, amarks, bmarks):
        amarks = _keep_ws(aline, amarks).rstrip()
        bmarks = _keep_ws(bline, bmarks).rstrip()
        yield '- ' + aline
        if amarks:
            yield '? %s\n' % amarks
        yield '+ ' + bline
        if bmarks:
            yield '? %s\n' % bmarks


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The differences of two line lists as a unified diff (the format of diff -u)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '--- %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '+++ %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]), _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The differences of two line lists as a context diff (the format of diff -c)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '*** %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '--- %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        if any(tag in ('replace', 'delete') for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if any(tag in ('replace', 'insert') for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Runs a str diff function over bytes, decoding and re-encoding as latin-1 (surrogateescape)."""
    def dec(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(s).__name__, s)) from err
    a = list(map(dec, a))
    b = list(map(dec, b))
    lines = dfunc(a, b, dec(fromfile), dec(tofile), dec(fromfiledate), dec(tofiledate), n, dec(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """A Differ delta of two line lists."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences a Differ delta came from (which is 1 or 2)."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ('  ', tag):
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML tables of differences (a plain rendering)."""

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        import html
        rows = []
        sm = SequenceMatcher(self._linejunk, fromlines, tolines)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            left = fromlines[i1:i2]
            right = tolines[j1:j2]
            for k in range(max(len(left), len(right))):
                l = html.escape(left[k].rstrip('\n')) if k < len(left) else ''
                r = html.escape(right[k].rstrip('\n')) if k < len(right) else ''
                rows.append('<tr><td class="%s">%s</td><td class="%s">%s</td></tr>' % (tag, l, tag, r))
        head = '<tr><th>%s</th><th>%s</th></tr>' % (fromdesc, todesc)
        return '<table class="diff">\n%s\n%s\n</table>' % (head, '\n'.join(rows))

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5, *, charset='utf-8'):
        return ('<!DOCTYPE html>\n<html>\n<head><meta charset="%s"></head>\n<body>\n%s\n</body>\n</html>\n'
                % (charset, self.make_table(fromlines, tolines, fromdesc, todesc, context, numlines)))
