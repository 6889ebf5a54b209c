"""Topological sorting of a graph of hashable nodes (graphlib.TopologicalSorter)."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_DONE = -2
_HANDED_OUT = -1


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the cycle's nodes."""


class _Node:
    __slots__ = ("node", "waiting_on", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0
        self.successors = []


class TopologicalSorter:
    """Orders nodes so that every node comes after all of its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].waiting_on = _HANDED_OUT
        self._handed += len(batch)
        self._ready.clear()
        return batch

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError("node %r was not added using add()" % (node,))
            state = info.waiting_on
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError("node %r was not passed out (still not ready)" % (node,))
                if state == _DONE:
                    raise ValueError("node %r was already marked done" % (node,))
                raise AssertionError("node %r: unknown status %d" % (node, state))
            info.waiting_on = _DONE
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.waiting_on -= 1
                if succ.waiting_on == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """A list [a, b, ..., a] of nodes on a cycle, or None (depth-first, in insertion order)."""
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = []
            on_path = {}
            stack = [(start, iter(self._nodes[start].successors))]
            visited.add(start)
            on_path[start] = 0
            path.append(start)
            while stack:
                node, successors = stack[-1]
                for succ in successors:
                    if succ in on_path:
                        return path[on_path[succ]:] + [succ]
                    if succ not in visited:
                        visited.add(succ)
                        on_path[succ] = len(path)
                        path.append(succ)
                        stack.append((succ, iter(self._nodes[succ].successors)))
                        break
                else:
                    stack.pop()
                    del on_path[path.pop()]
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
