"""An INI-style configuration parser as a line-driven state machine, with typed getters."""


class ParseError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


class Config:
    def __init__(self):
        self.sections = {}

    @classmethod
    def parse(cls, text):
        cfg = cls()
        section = None
        last_key = None
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.split(";", 1)[0].split("#", 1)[0].rstrip() if not raw.lstrip().startswith(("#", ";")) else ""
            if not line.strip():
                continue
            if raw[0] in " \t" and last_key is not None:
                cfg.sections[section][last_key] += "\n" + line.strip()
                continue
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ParseError(lineno, f"unclosed section header {line!r}")
                section = line[1:-1].strip()
                if section in cfg.sections:
                    raise ParseError(lineno, f"duplicate section {section!r}")
                cfg.sections[section] = {}
                last_key = None
                continue
            if section is None:
                raise ParseError(lineno, "key outside of any section")
            for sep in ("=", ":"):
                if sep in line:
                    key, value = line.split(sep, 1)
                    break
            else:
                raise ParseError(lineno, f"expected key = value, got {line.strip()!r}")
            last_key = key.strip().lower()
            cfg.sections[section][last_key] = value.strip()
        return cfg

    def get(self, section, key, default=None):
        return self.sections.get(section, {}).get(key, default)

    def getint(self, section, key, default=0):
        v = self.get(section, key)
        return default if v is None else int(v)

    def getbool(self, section, key, default=False):
        v = self.get(section, key)
        if v is None:
            return default
        if v.lower() in ("1", "yes", "true", "on"):
            return True
        if v.lower() in ("0", "no", "false", "off"):
            return False
        raise ValueError(f"not a boolean: {v!r}")

    def getlist(self, section, key):
        v = self.get(section, key, "")
        return [x.strip() for x in v.replace("\n", ",").split(",") if x.strip()]


TEXT = """
# server settings
[server]
Host = example.org
port: 8080
debug = yes    ; inline comment
paths = /api,
    /static,
    /admin

[database]
url = postgres://db/app
pool = 5
echo = off
"""
cfg = Config.parse(TEXT)
print(sorted(cfg.sections), cfg.sections["server"])
print(cfg.get("server", "host"), cfg.getint("server", "port") + 1, cfg.getbool("server", "debug"))
print(cfg.getlist("server", "paths"), cfg.getint("database", "pool"), cfg.getbool("database", "echo"))
print(cfg.get("missing", "x", "fallback"), cfg.getint("server", "timeout", 30))
try:
    cfg.getbool("database", "url")
except ValueError as e:
    print("ValueError:", e)
for bad in ("key = 1", "[open\nx=1", "[a]\n[a]", "[s]\njust words"):
    try:
        Config.parse(bad)
    except ParseError as e:
        print("ParseError:", e, "| at", e.lineno)
