class ConfigError(Exception):
    pass

def load(cfg):
    if "name" not in cfg:
        raise ConfigError(f"missing key: {'name'!r}")
    return cfg["name"]

print("loading")
load({})
