import glob, os, tempfile, shutil
root = tempfile.mkdtemp()
def mk(rel, text='x'):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f: f.write(text)
for rel in ['a.py', 'b.txt', '.hidden.py', 'src/m.py', 'src/n.py', 'src/sub/deep.py', 'src/.secret/s.py', 'docs/readme.md', 'x[1].py']:
    mk(rel)
os.makedirs(os.path.join(root, 'empty'))
def show(*a, **k):
    k.setdefault('root_dir', root)
    print(a, sorted(glob.glob(*a, **k)))
show('*.py'); show('.*'); show('*', include_hidden=True); show('*/*.py'); show('**/*.py', recursive=True)
show('**', recursive=True); show('src/**', recursive=True); show('**/', recursive=True); show('*/')
show('src/**/*.py', recursive=True, include_hidden=True); show('**/*.py'); show('./*.py'); show('src/?.py')
show('[ab].*'); show('x[[]1].py'); show(glob.escape('x[1].py')); show('nope/*'); show('src'); show('src/'); show('missing')
show('*.py', root_dir=os.path.join(root, 'src')); show('*.py', root_dir=os.path.join(root, 'nowhere')); show(os.path.join(root, 'src', '*.py').replace(root, 'ROOT') if False else 'src/*.p?')
print(glob.escape('a*b?[c]'), glob.has_magic('a[b'), sorted(glob.iglob('src/*.py', root_dir=root)))
print([p.replace(root, 'ROOT') for p in sorted(glob.glob(os.path.join(root, 'src', '*.py')))])
shutil.rmtree(root)
