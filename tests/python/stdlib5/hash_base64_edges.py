import hashlib, hmac, base64, binascii
for n in ['md5','sha1','sha224','sha256','sha384','sha512','sha3_256','sha3_512','blake2b','blake2s']:
    h = hashlib.new(n, b'hello world')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=16, key=b'key').hexdigest())
print(hashlib.blake2b(b'x'*300).hexdigest())
h = hashlib.sha256(); h.update(b'a'); c = h.copy(); c.update(b'b'); print(h.hexdigest(), c.hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'', b'salt', 2, 50).hex())
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'k'*100, b'm', hashlib.md5).hex())
print(hmac.new(b'key', b'msg', hashlib.sha512).name, hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
try: hashlib.sha256('x')
except TypeError as e: print(e)
try: hashlib.new('nope')
except ValueError as e: print(e)
print(sorted(hashlib.algorithms_guaranteed - {'shake_128', 'shake_256'}))
for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b85encode(s), base64.a85encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'))
print(base64.encodebytes(b'x' * 100))
print(base64.a85encode(b'hello world' * 3, wrapcol=20, adobe=True))
for s in [b'YQ==YQ==', b'YQ=', b'YQ', b'Y', b'YWJj', b'Y!Q==', b'YQ=a=', b'YQ===', b'=YQ==', b'YWJjZ']:
    try: print(s, base64.b64decode(s))
    except binascii.Error as e: print(s, 'Error', e)
for s in [b'YQ!=', b'YQ==x']:
    try: print(base64.b64decode(s, validate=True))
    except Exception as e: print(s, type(e).__name__, e)
print(binascii.hexlify(b'\x01\xab\xff', '-'), binascii.hexlify(b'abcdef', ':', 2), binascii.unhexlify('0aff'))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc_hqx(b'hello', 0))
print(binascii.b2a_uu(b'hello'), binascii.a2b_uu(binascii.b2a_uu(b'hello')))
print(binascii.b2a_qp(b'caf\xe9 = ok'), binascii.a2b_qp(b'caf=E9'))
print(issubclass(binascii.Error, ValueError))
