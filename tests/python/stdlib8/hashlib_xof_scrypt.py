# Extendable-output hashes and password hashing as an application uses them: SHAKE digests
# of several lengths (including ones longer than a block), incremental updates and copies,
# scrypt with the RFC's test vector and a stored-password check, and the errors.
import hashlib
import hmac

for name in ("shake_128", "shake_256"):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for data in (b"", b"abc", b"x" * 200, bytes(range(256)) * 3):
        h = getattr(hashlib, name)(data)
        print(" ", len(data), h.hexdigest(16), h.digest(4).hex(), len(h.digest(500)), h.hexdigest(400)[-16:])
    part = hashlib.new(name.upper().replace("_", ""), b"hello ")
    copy = part.copy()
    part.update(b"world")
    print("  incremental:", part.hexdigest(12) == getattr(hashlib, name)(b"hello world").hexdigest(12),
          copy.hexdigest(12) == getattr(hashlib, name)(b"hello ").hexdigest(12))
    print("  prefix property:", h.digest(100)[:37] == h.digest(37), h.hexdigest(0) == "")
print("guaranteed:", sorted(hashlib.algorithms_guaranteed))
for bad in (lambda: hashlib.shake_128(b"a").digest(), lambda: hashlib.shake_128(b"a").hexdigest("3"),
            lambda: hashlib.shake_256().hexdigest(-1)):
    try:
        bad()
    except (TypeError, MemoryError) as e:
        print(type(e).__name__, e)

print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(bytearray(b"pleaseletmein"), salt=memoryview(b"SodiumChloride"), n=256, r=8, p=1, dklen=32).hex())


def store(password, salt):
    return salt.hex() + "$" + hashlib.scrypt(password.encode(), salt=salt, n=64, r=4, p=2).hex()


def check(password, stored):
    salt, digest = stored.split("$")
    again = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=64, r=4, p=2).hex()
    return hmac.compare_digest(again, digest)


record = store("correct horse", b"0123456789abcdef")
print(record[:40], check("correct horse", record), check("wrong horse", record))
for kw in (dict(n=3, r=1, p=1), dict(n=16, r=0, p=1), dict(n=16, r=1, p=1, dklen=0), dict(n=2 ** 20, r=8, p=1),
           dict(n=16, r=1.0, p=1), dict(n=16, r=-1, p=1), dict(r=1, p=1), dict(n=16, r=1, p=1, maxmem=-1)):
    try:
        hashlib.scrypt(b"pw", salt=b"s", **kw)
    except (TypeError, ValueError) as e:
        print(sorted(kw.items()), type(e).__name__, e)
for call in (lambda: hashlib.scrypt(b"pw", n=16, r=1, p=1), lambda: hashlib.scrypt("pw", salt=b"s", n=16, r=1, p=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
