# An uncaught exception with a cause prints both tracebacks and exits with status 1.


class ParseError(Exception):
    pass


def parse_port(text):
    return int(text)


def load_config(lines):
    config = {}
    for lineno, line in enumerate(lines, 1):
        key, _, value = line.partition("=")
        try:
            config[key] = parse_port(value) if key == "port" else value
        except ValueError as e:
            raise ParseError(f"line {lineno}: bad port {value!r}") from e
    return config


print(load_config(["host=localhost", "port=8080"]))
print(load_config(["host=example", "port=eighty"]))
