package io.datasage.infra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** Creates the RS256 key pair that signs and verifies local JWTs, once, under the data directory. */
public final class KeyPairs {

    /** File name of the PKCS#8 private key (PEM). */
    public static final String PRIVATE_KEY = "jwt-private.pem";
    /** File name of the X.509 public key (PEM). */
    public static final String PUBLIC_KEY = "jwt-public.pem";

    private KeyPairs() {}

    /** Writes a new 2048-bit RSA pair into {@code dir} unless one is already there; returns {@code dir}. */
    public static Path ensure(Path dir) throws Exception {
        Path priv = dir.resolve(PRIVATE_KEY);
        Path pub = dir.resolve(PUBLIC_KEY);
        if (Files.exists(priv) && Files.exists(pub)) {
            return dir;
        }
        Files.createDirectories(dir);
        KeyPair pair = generate();
        Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own permissions are all we have.
        }
        Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return dir;
    }

    /** A fresh RSA 2048 key pair. */
    public static KeyPair generate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** PEM text of DER bytes under the given label. */
    public static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** {@code KeyPairs <dir>}: ensures a key pair exists in the directory. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KeyPairs <dir>");
            System.exit(2);
        }
        System.out.println("JWT keys in " + ensure(Path.of(args[0])));
    }
}
