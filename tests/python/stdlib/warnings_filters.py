# warnings: default display, filters, once/always, errors, catch_warnings(record=True).
import warnings

def old_api():
    warnings.warn("old_api() is deprecated, use new_api()", DeprecationWarning, stacklevel=2)
    return 1

def risky_math(x):
    if x < 0:
        warnings.warn("negative input clamped")
    return max(x, 0)

print(risky_math(-1))
for i in range(3):
    risky_math(-2)
old_api()
warnings.warn("plain user warning")
warnings.warn(RuntimeWarning("instance warning"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky_math(-5)
    risky_math(-6)
    old_api()
    warnings.warn("explicit", UserWarning)
print(len(caught), [w.category.__name__ for w in caught])
print([str(w.message) for w in caught])
print(caught[0].lineno > 0, caught[0].filename.endswith("warnings_filters.py"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky_math(-1)
    except UserWarning as e:
        print("raised:", e)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="negative")
    risky_math(-7)
    print("ignored by message")

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
    print("once ->", len(seen))

def custom_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = custom_show
    warnings.warn("routed")
warnings.warn("after restore, new message")

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "code()"), end="")
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
warnings.warn("from a helper", stacklevel=1)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message=".*clamped")
    warnings.filterwarnings("ignore", message="Noisy", category=UserWarning)
    risky_math(-1)
    warnings.warn("noisy thing")
    warnings.warn("kept")
    warnings.warn("noisy but a RuntimeWarning", RuntimeWarning)
    warnings.filterwarnings("ignore", module="__ma.n__$")
    warnings.warn("module filtered")
print([str(w.message) for w in log])
print(len(warnings.filters) > 0, warnings.filters[0][0])
