"""The codec functions pickles of bytes refer to (_codecs.encode), over the codecs module."""


def encode(obj, encoding='utf-8', errors='strict'):
    import codecs
    return codecs.encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    import codecs
    return codecs.decode(obj, encoding, errors)


def lookup(encoding):
    import codecs
    return codecs.lookup(encoding)
