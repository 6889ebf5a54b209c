"""importlib.machinery: the module spec type and the source suffixes programs look at."""

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []

# the type of the specs the importer gives modules (made by the importer only)
ModuleSpec = type(__import__('math').__spec__)


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
