# Exceptions raised from else and finally blocks, and how they replace or chain the pending one.


def else_raises():
    try:
        value = 1
    except ValueError:
        return "handler"
    else:
        raise KeyError("from else")
    finally:
        print("  finally after else")


try:
    else_raises()
except KeyError as e:
    print("KeyError:", e, "| context:", e.__context__)


def finally_replaces():
    try:
        raise ValueError("pending")
    finally:
        raise RuntimeError("from finally")


try:
    finally_replaces()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


def handler_and_finally():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("in handler")
        finally:
            print("  inner finally sees the TypeError on its way")
    except TypeError as e:
        return f"outer got {e!r} with context {e.__context__!r}"


print(handler_and_finally())


def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"loop ended at {i}"


print(break_in_finally())


def nested_cleanup():
    log = []
    try:
        try:
            raise IndexError("a")
        finally:
            log.append("inner finally")
            try:
                raise KeyError("b")
            except KeyError:
                log.append("caught b inside finally")
    except IndexError as e:
        log.append(f"outer caught {e}")
    return log


print(nested_cleanup())


def exc_info_inside():
    import sys
    try:
        raise OSError("io")
    except OSError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is not None, sys.exc_info()[0] is OSError


print(exc_info_inside())
import sys
print(sys.exc_info())
