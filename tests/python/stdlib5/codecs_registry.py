import codecs, os, tempfile, shutil
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'), codecs.encode('abc', 'rot13'), codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex'))
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.encode('tab\there é ☃ \U0001f600', 'unicode_escape'), codecs.decode(b'a\\tb\\u00e9\\x41\\101\\n', 'unicode_escape'))
print(codecs.encode('é☃', 'raw_unicode_escape'), codecs.decode(b'\\u2603x\\n', 'raw_unicode_escape'))
for name in ['UTF8', 'utf_8', 'latin1', 'Latin-1', 'ascii', 'utf-16', 'UTF-16LE', 'cp1252', 'iso-8859-15', 'utf-8-sig']:
    print(name, codecs.lookup(name).name)
try: codecs.lookup('no-such-codec')
except LookupError as e: print('LookupError', e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
enc = codecs.getencoder('utf-8'); dec = codecs.getdecoder('latin-1')
print(enc('€'), dec(b'\xe9\xe8'))
data = 'naïve café ☃ 😀 end'.encode('utf-8')
d = codecs.getincrementaldecoder('utf-8')()
pieces = [d.decode(data[i:i + 3]) for i in range(0, len(data), 3)] + [d.decode(b'', final=True)]
print(pieces, ''.join(pieces) == data.decode())
d = codecs.getincrementaldecoder('utf-8')()
try:
    d.decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('ab'), e.encode('c'))
print(list(codecs.iterdecode([b'\xc3', b'\xa9t\xc3', b'\xa9'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'latin-1')))
root = tempfile.mkdtemp()
p = os.path.join(root, 'text.txt')
with codecs.open(p, 'w', encoding='utf-16') as f:
    f.write('line one ☃\n')
    f.write('line two\n')
with open(p, 'rb') as f:
    raw = f.read()
print(raw[:6], len(raw))
with codecs.open(p, 'r', encoding='utf-16') as f:
    print(f.readlines())
with codecs.open(p, encoding='utf-16') as f:
    for line in f:
        print(repr(line))
shutil.rmtree(root)
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.replace_errors(UnicodeEncodeError('ascii', 'a€b', 1, 2, 'x')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'a\xffb', 1, 2, 'x')))
def myhandler(exc):
    return ('<?>', exc.end)
codecs.register_error('mine', myhandler)
print(codecs.lookup_error('mine') is myhandler)
try: codecs.lookup_error('nope')
except LookupError as e: print('LookupError', e)
try: codecs.decode('text', 'utf-8')
except TypeError as e: print('TypeError', e)
def search(name):
    if name == 'myupper':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)), lambda b, errors='strict': (b.decode().lower(), len(b)), name='myupper')
codecs.register(search)
print(codecs.encode('abc', 'myupper'), codecs.decode(b'XYZ', 'myupper'), codecs.lookup('myupper').name)
