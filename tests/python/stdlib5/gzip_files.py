import gzip, os, tempfile, shutil, io
d = tempfile.mkdtemp()
data = b''.join(b'record %d\n' % i for i in range(1000))
c = gzip.compress(data, mtime=0)
print(len(c), c[:12], gzip.decompress(c) == data)
print(gzip.compress(b'hello', mtime=0), gzip.compress(b'hello', 1, mtime=0))
print(gzip.decompress(gzip.compress(b'a', mtime=0) + gzip.compress(b'b', mtime=0)))
p = os.path.join(d, 'log.txt.gz')
with gzip.open(p, 'wt', encoding='utf-8') as f:
    for i in range(5):
        f.write('línea %d\n' % i)
with gzip.open(p, 'rt', encoding='utf-8') as f:
    for line in f:
        print(repr(line))
with gzip.open(p, 'rb') as f:
    print(f.readline(), f.read(6), len(f.read()))
with gzip.open(os.path.join(d, 'b.gz'), 'wb') as f:
    f.write(data)
with open(os.path.join(d, 'b.gz'), 'rb') as f:
    raw = f.read()
print(raw[:4], raw[8:10], gzip.decompress(raw) == data)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(8))
for bad in [b'not gzip', gzip.compress(b'abc', mtime=0)[:-3]]:
    try:
        gzip.decompress(bad)
    except (OSError, EOFError) as e:
        print(type(e).__name__, e)
shutil.rmtree(d)
