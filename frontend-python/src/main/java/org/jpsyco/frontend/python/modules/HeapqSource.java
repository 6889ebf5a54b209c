package org.jpsyco.frontend.python.modules;

/** The {@code heapq} module, written in Python. */
final class HeapqSource {
    private HeapqSource() {
    }

    static final String SOURCE = """
            __all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
                       'nlargest', 'nsmallest', 'heappushpop']
            def _check(fname, heap):
                if not isinstance(heap, list):
                    raise TypeError('%s() argument 1 must be list, not %s' % (fname, type(heap).__name__))
            # Min-heap invariant: heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2].
            # _up moves the entry at index i towards the root (stopping at index top);
            # _down sinks the entry at index i all the way to a leaf along the smaller
            # children, then lets it climb back (fewer comparisons on average).
            def _up(h, top, i):
                item = h[i]
                while i > top:
                    p = (i - 1) >> 1
                    if item < h[p]:
                        h[i] = h[p]
                        i = p
                    else:
                        break
                h[i] = item
            def _down(h, i):
                n = len(h)
                start = i
                item = h[i]
                c = 2 * i + 1
                while c < n:
                    r = c + 1
                    if r < n and not h[c] < h[r]:
                        c = r
                    h[i] = h[c]
                    i = c
                    c = 2 * i + 1
                h[i] = item
                _up(h, start, i)
            def _up_max(h, top, i):
                item = h[i]
                while i > top:
                    p = (i - 1) >> 1
                    if h[p] < item:
                        h[i] = h[p]
                        i = p
                    else:
                        break
                h[i] = item
            def _down_max(h, i):
                n = len(h)
                start = i
                item = h[i]
                c = 2 * i + 1
                while c < n:
                    r = c + 1
                    if r < n and not h[r] < h[c]:
                        c = r
                    h[i] = h[c]
                    i = c
                    c = 2 * i + 1
                h[i] = item
                _up_max(h, start, i)
            def heappush(heap, item):
                _check('heappush', heap)
                heap.append(item)
                _up(heap, 0, len(heap) - 1)
            def heappop(heap):
                _check('heappop', heap)
                if not heap:
                    raise IndexError('index out of range')
                last = heap.pop()
                if not heap:
                    return last
                smallest = heap[0]
                heap[0] = last
                _down(heap, 0)
                return smallest
            def heapreplace(heap, item):
                _check('heapreplace', heap)
                if not heap:
                    raise IndexError('index out of range')
                smallest = heap[0]
                heap[0] = item
                _down(heap, 0)
                return smallest
            def heappushpop(heap, item):
                _check('heappushpop', heap)
                if not heap or not heap[0] < item:
                    return item
                smallest = heap[0]
                heap[0] = item
                _down(heap, 0)
                return smallest
            def heapify(heap):
                _check('heapify', heap)
                for i in range(len(heap) // 2 - 1, -1, -1):
                    _down(heap, i)
            def _heapify_max(heap):
                _check('_heapify_max', heap)
                for i in range(len(heap) // 2 - 1, -1, -1):
                    _down_max(heap, i)
            def _heappop_max(heap):
                _check('_heappop_max', heap)
                if not heap:
                    raise IndexError('index out of range')
                last = heap.pop()
                if not heap:
                    return last
                top = heap[0]
                heap[0] = last
                _down_max(heap, 0)
                return top
            def _heapreplace_max(heap, item):
                _check('_heapreplace_max', heap)
                if not heap:
                    raise IndexError('index out of range')
                top = heap[0]
                heap[0] = item
                _down_max(heap, 0)
                return top
            def merge(*iterables, key=None, reverse=False):
                # entries: [sort key, input number (signed so ties keep input order), value, iterator]
                sign = -1 if reverse else 1
                entries = []
                for n, src in enumerate(iterables):
                    it = iter(src)
                    for v in it:
                        entries.append([v if key is None else key(v), n * sign, v, it])
                        break
                if reverse:
                    _heapify_max(entries)
                    replace, pop = _heapreplace_max, _heappop_max
                else:
                    heapify(entries)
                    replace, pop = heapreplace, heappop
                while len(entries) > 1:
                    e = entries[0]
                    yield e[2]
                    for v in e[3]:
                        e[0] = v if key is None else key(v)
                        e[2] = v
                        replace(entries, e)
                        break
                    else:
                        pop(entries)
                if entries:
                    e = entries[0]
                    yield e[2]
                    yield from e[3]
            # Both functions promise the same result as sorting and slicing; sorting is
            # stable, so equal elements keep their input order just as in CPython.
            def nsmallest(n, iterable, key=None):
                if n <= 0:
                    return []
                if n == 1:
                    missing = object()
                    if key is None:
                        m = min(iterable, default=missing)
                    else:
                        m = min(iterable, default=missing, key=key)
                    return [] if m is missing else [m]
                return sorted(iterable, key=key)[:n]
            def nlargest(n, iterable, key=None):
                if n <= 0:
                    return []
                if n == 1:
                    missing = object()
                    if key is None:
                        m = max(iterable, default=missing)
                    else:
                        m = max(iterable, default=missing, key=key)
                    return [] if m is missing else [m]
                return sorted(iterable, key=key, reverse=True)[:n]
            """;
}
