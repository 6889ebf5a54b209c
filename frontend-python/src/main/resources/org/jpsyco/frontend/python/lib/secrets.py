"""Random numbers for secrets (tokens, passwords) from the system's secure generator."""

import base64
import binascii
import random as _random

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

from hmac import compare_digest

import _jpsyco_hash

SystemRandom = _random.SystemRandom

DEFAULT_ENTROPY = 32


def randbits(k):
    """An int of k random bits, from java.security.SecureRandom."""
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    if k == 0:
        return 0
    n = (k + 7) // 8
    return int.from_bytes(_jpsyco_hash.random_bytes(n), 'big') >> (n * 8 - k)


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound), without modulo bias."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    k = exclusive_upper_bound.bit_length()
    while True:
        r = randbits(k)
        if r < exclusive_upper_bound:
            return r


def choice(seq):
    """A random element of a non-empty sequence."""
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _jpsyco_hash.random_bytes(nbytes)


def token_hex(nbytes=None):
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
