# breakpoint() goes through sys.breakpointhook, which programs and tools replace.
import os
import sys

print(sys.breakpointhook is sys.__breakpointhook__, repr(sys.__breakpointhook__))

calls = []


def recording_hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hooked"


sys.breakpointhook = recording_hook
print(breakpoint())
print(breakpoint(1, 2, where="loop"))
print(calls)
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "0"
print("disabled:", breakpoint())

os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("hook is print", sep=" / ")

os.environ["PYTHONBREAKPOINT"] = "no_such_debugger.set_trace"
result = breakpoint()
print("unimportable:", result)


def inner():
    return breakpoint()


print(inner())
os.environ["PYTHONBREAKPOINT"] = "0"
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
