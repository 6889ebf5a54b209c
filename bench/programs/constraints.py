"""Incremental multi-way constraint solver with a strength hierarchy (the DeltaBlue
algorithm, written afresh): constraint objects of several classes, walkabout
strengths, marks, plan extraction and re-planning when constraints come and go."""
import sys

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk = WEAKEST
        self.stay = True
        self.mark = 0


class Constraint:
    is_input = False

    def __init__(self, solver, strength):
        self.solver = solver
        self.strength = strength

    def enable(self):
        self.add_to_graph()
        self.solver.incremental_add(self)

    def disable(self):
        if self.is_satisfied():
            self.solver.incremental_remove(self)
        self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, solver, var, strength):
        Constraint.__init__(self, solver, strength)
        self.var = var
        self.satisfied = False
        self.enable()

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        if self in self.var.constraints:
            self.var.constraints.remove(self)
        self.satisfied = False

    def choose(self, mark):
        self.satisfied = self.var.mark != mark and stronger(self.strength, self.var.walk)

    def is_satisfied(self):
        return self.satisfied

    def unsatisfy(self):
        self.satisfied = False

    def output(self):
        return self.var

    def inputs(self):
        return ()

    def recalculate(self):
        self.var.walk = self.strength
        self.var.stay = not self.is_input

    def execute(self):
        pass


class Stay(UnaryConstraint):
    pass


class Edit(UnaryConstraint):
    is_input = True


class BinaryConstraint(Constraint):
    def __init__(self, solver, a, b, strength):
        Constraint.__init__(self, solver, strength)
        self.a = a
        self.b = b
        self.forward = None   # True: a -> b, False: b -> a, None: unsatisfied

    def attached(self):
        return (self.a, self.b)

    def add_to_graph(self):
        for v in self.attached():
            v.constraints.append(self)
        self.forward = None

    def remove_from_graph(self):
        for v in self.attached():
            if self in v.constraints:
                v.constraints.remove(self)
        self.forward = None

    def choose(self, mark):
        a, b = self.a, self.b
        can_a = a.mark != mark and stronger(self.strength, a.walk)
        can_b = b.mark != mark and stronger(self.strength, b.walk)
        if can_a and can_b:
            self.forward = not stronger(b.walk, a.walk) if a.walk != b.walk else True
        elif can_b:
            self.forward = True
        elif can_a:
            self.forward = False
        else:
            self.forward = None

    def is_satisfied(self):
        return self.forward is not None

    def unsatisfy(self):
        self.forward = None

    def output(self):
        return self.b if self.forward else self.a

    def source(self):
        return self.a if self.forward else self.b

    def inputs(self):
        return (self.source(),)

    def recalculate(self):
        src, out = self.source(), self.output()
        out.walk = weakest_of(self.strength, src.walk)
        out.stay = src.stay
        if out.stay:
            self.execute()


class Equal(BinaryConstraint):
    def __init__(self, solver, a, b, strength):
        BinaryConstraint.__init__(self, solver, a, b, strength)
        self.enable()

    def execute(self):
        self.output().value = self.source().value


class ScaleOffset(BinaryConstraint):
    """b = a * scale + offset, in either direction."""

    def __init__(self, solver, a, scale, offset, b, strength):
        BinaryConstraint.__init__(self, solver, a, b, strength)
        self.scale = scale
        self.offset = offset
        self.enable()

    def attached(self):
        return (self.a, self.b, self.scale, self.offset)

    def inputs(self):
        return (self.source(), self.scale, self.offset)

    def recalculate(self):
        src, out = self.source(), self.output()
        out.walk = weakest_of(self.strength, src.walk)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

    def execute(self):
        if self.forward:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value


class Solver:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = self.satisfy(c, mark)
        while overridden is not None:
            overridden = self.satisfy(overridden, mark)

    def satisfy(self, c, mark):
        c.choose(mark)
        if not c.is_satisfied():
            if c.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        for v in c.inputs():
            v.mark = mark
        out = c.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.unsatisfy()
        out.determined_by = c
        if not self.add_propagate(c, mark):
            raise RuntimeError("cycle in the constraint graph")
        out.mark = mark
        return overridden

    def incremental_remove(self, c):
        out = c.output()
        c.unsatisfy()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        unsatisfied.sort(key=lambda u: u.strength)
        for u in unsatisfied:
            self.incremental_add(u)

    @staticmethod
    def consumers(v):
        return [c for c in v.constraints if c is not v.determined_by and c.is_satisfied()]

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            todo.extend(self.consumers(d.output()))
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            for c in self.consumers(v):
                c.recalculate()
                todo.append(c.output())
        return unsatisfied

    def plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and all(v.mark == mark or v.stay or v.determined_by is None
                                        for v in c.inputs()):
                plan.append(c)
                out.mark = mark
                todo.extend(self.consumers(out))
        return plan


def run_plan(plan):
    for c in plan:
        c.execute()


def chain(n):
    solver = Solver()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        Equal(solver, vs[i], vs[i + 1], REQUIRED)
    Stay(solver, vs[n], STRONG_DEFAULT)
    edit = Edit(solver, vs[0], PREFERRED)
    plan = solver.plan([edit])
    total = 0
    for i in range(100):
        vs[0].value = i
        run_plan(plan)
        if vs[n].value != i:
            raise AssertionError("chain failed")
        total += vs[n].value
    edit.disable()
    return total


def change(solver, var, value):
    edit = Edit(solver, var, PREFERRED)
    plan = solver.plan([edit])
    for _ in range(10):
        var.value = value
        run_plan(plan)
    edit.disable()


def projection(n):
    solver = Solver()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs, dsts = [], []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dsts.append(dst)
        Stay(solver, src, NORMAL)
        ScaleOffset(solver, src, scale, offset, dst, REQUIRED)
    change(solver, srcs[-1], 17)
    if dsts[-1].value != 1170:
        raise AssertionError("projection 1 failed")
    change(solver, dsts[-1], 1050)
    if srcs[-1].value != 5:
        raise AssertionError("projection 2 failed")
    change(solver, scale, 5)
    for i in range(n - 1):
        if dsts[i].value != i * 5 + 1000:
            raise AssertionError("projection 3 failed")
    change(solver, offset, 2000)
    for i in range(n - 1):
        if dsts[i].value != i * 5 + 2000:
            raise AssertionError("projection 4 failed")
    return sum(d.value for d in dsts) + sum(s.value for s in srcs)


def main(rounds):
    checksum = 0
    for _ in range(rounds):
        checksum += chain(100)
        checksum += projection(100)
    print("rounds %d checksum %d" % (rounds, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800)
