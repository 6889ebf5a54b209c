# Tools that read CPython's opcode tables as data, and a disassembly written to a buffer
# (jpsyco lists its own bytecode there, so only its presence is printed).
import dis
import io

print(len(dis.opname), dis.opname[100], dis.opmap["RETURN_VALUE"], dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print(dis.cmp_op, dis.hasconst, dis.haslocal, dis.hascompare)
print(sorted(name for name, op in dis.opmap.items() if op in dis.hasjrel)[:6])
print(dis.pretty_flags(3), "|", dis.pretty_flags(0x23), "|", dis.COMPILER_FLAG_NAMES[32])
print([dis.opname[op] for op in dis.hasname][:5], dis.opname[0], dis.opname[3])


def area(w, h):
    return w * h if w > 0 else 0


out = io.StringIO()
dis.dis(area, file=out)
print(len(out.getvalue()) > 0, "area" in dis.Bytecode(area).dis() or len(dis.Bytecode(area).dis()) > 0)
print(dis.Instruction._fields)
