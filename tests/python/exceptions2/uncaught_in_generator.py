# An uncaught error raised inside a generator consumed by a comprehension: the traceback shows each layer.


def parse(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), int(value)


config = ["a = 1", "b = 2"]
print(dict(parse(config)))
broken = ["x = 1", "y: 2"]
print({k: v * 2 for k, v in parse(broken)})
