package org.jpsyco.frontend.python.modules.binary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;

/**
 * {@code _jpsyco_hash}: message digests from {@code java.security.MessageDigest} (and the
 * BLAKE2 digests of {@link Blake2}, which the JDK lacks) behind opaque handles; {@code hashlib}
 * wraps them in its hash objects. Also PBKDF2 over {@code javax.crypto.Mac} and a
 * constant-time comparison for {@code hmac.compare_digest}.
 */
public final class HashNative {
    private HashNative() {
    }

    /** The source of {@code secrets}' randomness. */
    private static final java.security.SecureRandom SECURE = new java.security.SecureRandom();

    /** A running digest: either the JDK's or one of ours. */
    interface Digest {
        void update(byte[] b);

        byte[] digest();

        Digest copy();
    }

    private record Jdk(MessageDigest md) implements Digest {
        @Override
        public void update(byte[] b) {
            md.update(b);
        }

        @Override
        public byte[] digest() {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Digest copy() {
            try {
                return new Jdk((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The JDK's algorithm name for a hashlib name, or null. */
    static String jdkName(String name) {
        return switch (name) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            case "sha512_224" -> "SHA-512/224";
            case "sha512_256" -> "SHA-512/256";
            case "sha3_224" -> "SHA3-224";
            case "sha3_256" -> "SHA3-256";
            case "sha3_384" -> "SHA3-384";
            case "sha3_512" -> "SHA3-512";
            default -> null;
        };
    }

    static Digest open(String name, PyObject[] a) {
        String jdk = jdkName(name);
        if (jdk != null) {
            try {
                return new Jdk(MessageDigest.getInstance(jdk));
            } catch (NoSuchAlgorithmException e) {
                throw Errors.valueError("unsupported hash type " + name);
            }
        }
        if (name.equals("shake_128") || name.equals("shake_256")) {
            return new Keccak(name.equals("shake_128") ? 168 : 136);
        }
        if (name.equals("blake2b") || name.equals("blake2s")) {
            boolean big = name.equals("blake2b");
            int size = Buffers.intArg(a[1]);
            byte[] key = Buffers.bytes(a[2]);
            byte[] salt = Buffers.bytes(a[3]);
            byte[] person = Buffers.bytes(a[4]);
            return new Blake2(big, size, key, salt, person);
        }
        throw Errors.valueError("unsupported hash type " + name);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_jpsyco_hash");
        // open(name[, digest_size, key, salt, person]) -> handle
        m.def("open", (a, k) -> new Buffers.Handle<>(open(((PyStr) a[0]).value(), a)));
        m.def("update", (a, k) -> {
            Buffers.unwrap(a[0], Digest.class).update(Buffers.bytes(a[1]));
            return PySingleton.NONE;
        });
        // digest(handle[, length]): the length for SHAKE's extendable output
        m.def("digest", (a, k) -> {
            Digest d = Buffers.unwrap(a[0], Digest.class);
            return new PyBytes(a.length > 1 ? ((Keccak) d).digest(Buffers.intArg(a[1])) : d.digest());
        });
        m.def("copy", (a, k) -> new Buffers.Handle<>(Buffers.unwrap(a[0], Digest.class).copy()));
        m.def("pbkdf2", (a, k) -> {
            String name = ((PyStr) a[0]).value();
            return new PyBytes(pbkdf2(name, Buffers.bytes(a[1]), Buffers.bytes(a[2]), Buffers.intArg(a[3]),
                    Buffers.intArg(a[4])));
        });
        // scrypt_check(n, r, p, maxmem) -> 0 acceptable, 1 invalid, 2 over the memory bound
        m.def("scrypt_check", (a, k) -> PyInt.of(Scrypt.check(Buffers.longArg(a[0]), Buffers.longArg(a[1]),
                Buffers.longArg(a[2]), Buffers.longArg(a[3]))));
        // scrypt(password, salt, n, r, p, dklen), the parameters already checked
        m.def("scrypt", (a, k) -> new PyBytes(Scrypt.derive(Buffers.bytes(a[0]), Buffers.bytes(a[1]),
                Buffers.intArg(a[2]), Buffers.intArg(a[3]), Buffers.intArg(a[4]), Buffers.intArg(a[5]))));
        m.def("random_bytes", (a, k) -> {
            byte[] b = new byte[Buffers.intArg(a[0])];
            SECURE.nextBytes(b);
            return new PyBytes(b);
        });
        m.def("compare", (a, k) -> PyBool.of(MessageDigest.isEqual(Buffers.bytes(a[0]), Buffers.bytes(a[1]))));
        return m;
    }

    /** PBKDF2 (RFC 8018) with the JDK's HMAC; the key is the password, as hashlib's. */
    static byte[] pbkdf2(String name, byte[] password, byte[] salt, int iterations, int dklen) {
        String jdk = jdkName(name);
        Mac mac;
        try {
            mac = Mac.getInstance("Hmac" + jdk.replace("-", "").replace("SHA3", "SHA3-"));
            // An empty password is legal for PBKDF2 but not for SecretKeySpec: key it with a
            // zero block, which HMAC pads to the same inner and outer keys.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "RAW"));
        } catch (java.security.GeneralSecurityException e) {
            throw Errors.valueError("unsupported hash type " + name);
        }
        int hlen = mac.getMacLength();
        byte[] out = new byte[dklen];
        int blocks = (dklen + hlen - 1) / hlen;
        for (int i = 1; i <= blocks; i++) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i});
            byte[] u = mac.doFinal();
            byte[] t = u.clone();
            for (int j = 1; j < iterations; j++) {
                u = mac.doFinal(u);
                for (int x = 0; x < t.length; x++) {
                    t[x] ^= u[x];
                }
            }
            int off = (i - 1) * hlen;
            System.arraycopy(t, 0, out, off, Math.min(hlen, dklen - off));
        }
        return out;
    }
}
