# Exception chaining: implicit __context__, explicit from, from None, and what each shows.


class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e


def load_quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("quiet failure") from None


def load_implicit(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("implicit")


for fn in (load, load_quiet, load_implicit):
    try:
        fn("x1")
    except ConfigError as e:
        print(fn.__name__, repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
              "| suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as inner:
        try:
            1 / 0
        except ZeroDivisionError as middle:
            raise RuntimeError("outermost") from middle
except RuntimeError as e:
    chain = []
    exc = e
    while exc is not None:
        chain.append(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
    print(" <- ".join(chain))

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(repr(caught.__cause__), caught.__suppress_context__, caught is e)
try:
    raise TypeError("x") from 5
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError from KeyError
except ValueError as err:
    print(repr(err), repr(err.__cause__))


def handler_raises():
    try:
        raise OSError("disk")
    finally:
        print("  finally runs before propagation")


try:
    handler_raises()
except OSError as err:
    print("caught", err, err.__context__)

try:
    try:
        raise KeyError("first")
    except KeyError:
        pass
    raise ValueError("after a handled one")
except ValueError as err:
    print(repr(err.__context__))


def reraise():
    try:
        raise IndexError("original")
    except IndexError as err:
        err.add_note("while indexing")
        raise


try:
    reraise()
except IndexError as err:
    print(repr(err), err.__notes__, err.__context__)

try:
    raise ConfigError("a", "b", 3)
except ConfigError as err:
    print(err.args, str(err), repr(err))
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(OSError(5, "I/O failed")), str(OSError(5, "I/O failed")))
print(ConfigError.__mro__[1:], issubclass(ConfigError, BaseException), isinstance(ConfigError(), Exception))
