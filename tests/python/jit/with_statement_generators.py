# Context managers written as generator functions, entered in hot loops, with exceptions.
import functools


class ctx:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException:
            return False
        return False


def managed(log, i):
    log.append(("enter", i))
    try:
        yield i * 2
    except KeyError:
        log.append(("handled", i))
    finally:
        log.append(("exit", i))


log = []
total = 0
for i in range(1500):
    with ctx(managed(log, i)) as v:
        total += v
        if i % 500 == 499:
            raise KeyError(i)
print(total, len(log), log[-3:])
