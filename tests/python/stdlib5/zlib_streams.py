import zlib
data = b'hello hello hello hello'
for lvl in [-1, 0, 1, 6, 9]:
    c = zlib.compress(data, lvl)
    print(lvl, c, zlib.decompress(c))
print(zlib.compress(data, wbits=31))
print(zlib.compress(data, wbits=-15))
print(zlib.decompress(zlib.compress(data, wbits=31), wbits=47), zlib.decompress(zlib.compress(data), wbits=47))
print(zlib.decompress(zlib.compress(data, wbits=-9), wbits=-15))
big = b''.join(b'line %d of the log\n' % i for i in range(5000))
c = zlib.compress(big)
print(len(big), len(c), zlib.decompress(c) == big)
co = zlib.compressobj(6, zlib.DEFLATED, 31)
parts = [co.compress(big[i:i + 1000]) for i in range(0, len(big), 1000)]
parts.append(co.flush())
gz = b''.join(parts)
print(len(gz), zlib.decompress(gz, 31) == big)
do = zlib.decompressobj(47)
out = b''
for i in range(0, len(gz), 777):
    out += do.decompress(gz[i:i + 777])
print(out == big, do.eof, do.unused_data)
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'abc') + b'xyz'), do.unused_data, do.eof)
do = zlib.decompressobj()
c = zlib.compress(big)
first = do.decompress(c, 100)
print(len(first), len(do.unconsumed_tail) > 0)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == big, do.eof)
co = zlib.compressobj()
a = co.compress(b'abc') + co.flush(zlib.Z_SYNC_FLUSH)
print(a, zlib.decompressobj().decompress(a))
print(zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b'hello world'))
print(zlib.adler32(b'hello'), zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.adler32(b'hello world'))
for bad in [lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(zlib.compress(b'abc')[:-2]),
            lambda: zlib.decompress(zlib.compress(b'abc')[:-1] + b'x'), lambda: zlib.compress(b'x', 10),
            lambda: zlib.compressobj(wbits=3), lambda: zlib.decompress(b'x', wbits=3), lambda: zlib.decompress('abc')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, issubclass(zlib.error, Exception))
zd = b'hello world common words'
co = zlib.compressobj(zdict=zd)
c = co.compress(b'hello world hello') + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(c))
