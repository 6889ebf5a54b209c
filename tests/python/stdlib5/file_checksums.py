# Checksums a small tree of files the way a backup or sync script does.
import hashlib
import hmac
import os
import shutil
import tempfile
import zlib

root = tempfile.mkdtemp()
try:
    files = {
        "readme.txt": "Project notes\n" * 20,
        "data/numbers.csv": "".join("%d,%d\n" % (i, i * i) for i in range(200)),
        "data/empty.bin": "",
        "src/main.py": "print('hello')\n",
    }
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def file_hash(path, algo="sha256", chunk=64):
        h = hashlib.new(algo)
        with open(path, "rb") as f:
            while True:
                block = f.read(chunk)
                if not block:
                    break
                h.update(block)
        return h.hexdigest()

    manifest = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            with open(full, "rb") as f:
                data = f.read()
            manifest.append((rel, len(data), file_hash(full), hashlib.md5(data).hexdigest(),
                             zlib.crc32(data), zlib.adler32(data)))
    for rel, size, sha, md5, crc, adler in manifest:
        print(f"{rel:20} {size:6} {sha[:16]} {md5[:8]} {crc:08x} {adler:08x}")

    with open(os.path.join(root, "readme.txt"), "rb") as f:
        print("file_digest:", hashlib.file_digest(f, "sha1").hexdigest())

    # A signed manifest, checked again after a file changes.
    secret = b"s3cret-key"
    body = "\n".join("%s %s" % (rel, sha) for rel, _, sha, *_ in manifest).encode()
    signature = hmac.new(secret, body, hashlib.sha256).hexdigest()
    print("signature:", signature)
    print("verified:", hmac.compare_digest(signature, hmac.new(secret, body, "sha256").hexdigest()))
    with open(os.path.join(root, "src/main.py"), "a") as f:
        f.write("print('changed')\n")
    changed = [rel for rel, _, sha, *_ in manifest if file_hash(os.path.join(root, rel)) != sha]
    print("changed:", changed)

    # Incremental hashing equals one-shot hashing, and copies fork the state.
    h = hashlib.sha512()
    for word in ["alpha", "beta", "gamma"]:
        h.update(word.encode())
        fork = h.copy()
        fork.update(b"!")
        print(word, h.hexdigest()[:20], fork.hexdigest()[:20])
    print(h.digest() == hashlib.sha512(b"alphabetagamma").digest())
    print(h.name, h.digest_size, h.block_size, type(h).__name__)

    # Password storage with PBKDF2.
    salt = bytes(range(16))
    key = hashlib.pbkdf2_hmac("sha256", "correct horse".encode(), salt, 500)
    print("pbkdf2:", key.hex())
    print(hashlib.pbkdf2_hmac("sha512", b"pw", b"salt", 3, dklen=10).hex())
    for bad in [lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 0),
                lambda: hmac.new(b"key", b"msg"),
                lambda: hashlib.md5().update("text"),
                lambda: hashlib.new("whirlpool-9000")]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
finally:
    shutil.rmtree(root)
print("cleaned:", not os.path.exists(root))
