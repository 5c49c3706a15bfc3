package io.datasage.platform.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the development key pair once published in the repository (its history still holds it; the test
 * fixture {@code published-dev-keys} of libs/platform is its only copy now): anyone can sign tokens with it, so a
 * production service must never trust it. Keys are compared by their RSA modulus, so the public
 * and the private half are both recognised.
 */
public final class DevelopmentKeys {

    /** SHA-256 of the development modulus as lower-case hex without leading zeros. */
    static final String DEVELOPMENT_MODULUS_SHA256 = "6996fa2a66243af52c57e6b13b43ec2ddc01837d37e31898ee84bce769ea1d06";

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private DevelopmentKeys() {}

    /** True when {@code pem} holds the public or private half of the development pair. */
    public static boolean isDevelopmentKey(String pem) {
        return modulus(pem)
                .map(DevelopmentKeys::fingerprint)
                .filter(DEVELOPMENT_MODULUS_SHA256::equals)
                .isPresent();
    }

    /** The RSA modulus of a PEM public key (X.509) or private key (PKCS#8); empty for anything else. */
    static Optional<BigInteger> modulus(String pem) {
        Matcher matcher = PEM.matcher(pem == null ? "" : pem);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            switch (matcher.group(1)) {
                case "PUBLIC KEY":
                    return Optional.of(((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der))).getModulus());
                case "PRIVATE KEY":
                    return Optional.of(
                            ((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der))).getModulus());
                default:
                    return Optional.empty();
            }
        } catch (Exception e) {
            // Not an RSA key we can read: smallrye-jwt will say what is wrong with it when it is used.
            return Optional.empty();
        }
    }

    static String fingerprint(BigInteger modulus) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(modulus.toString(16).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
