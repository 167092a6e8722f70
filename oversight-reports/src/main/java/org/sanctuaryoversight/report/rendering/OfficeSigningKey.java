package org.sanctuaryoversight.report.rendering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.sanctuaryoversight.digest.Sha256;

/**
 * The office's Ed25519 signing key. Ed25519 signatures are deterministic (RFC 8032), so the same
 * manifest always gets the same signature and a re-rendered bundle is byte-identical. The private key
 * is a PKCS#8 PEM file; the public key is published as an X.509 SubjectPublicKeyInfo PEM, the form
 * {@code openssl pkeyutl -verify -pubin} reads.
 */
public final class OfficeSigningKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private OfficeSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static OfficeSigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new OfficeSigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot create Ed25519 keys", e);
        }
    }

    /** Reads a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), as written by {@link #writePrivateKey} or openssl. */
    public static OfficeSigningKey read(Path privateKeyPem) throws IOException {
        String pem = Files.readString(privateKeyPem, StandardCharsets.US_ASCII);
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new OfficeSigningKey(privateKey, derivePublic(privateKey));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("The reports signing key in " + privateKeyPem.getFileName()
                    + " is not an Ed25519 PKCS#8 PEM private key", e);
        }
    }

    /** Writes the private key as PKCS#8 PEM, readable only by the owner where the file system allows it. */
    public void writePrivateKey(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        Files.writeString(temporary, pem("PRIVATE KEY", privateKey.getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: rely on the directory's permissions
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /**
     * The SHA-256 of the public key's DER encoding, in hex: what {@code openssl pkey -pubin -in key.pem -outform DER |
     * sha256sum} prints. The office publishes it out of band so readers can check the key the site serves.
     */
    public String fingerprint() {
        return fingerprint(publicKey.getEncoded());
    }

    /** The fingerprint of any public key PEM (e.g. the copy inside a published bundle). */
    public static String fingerprintOfPem(String publicKeyPem) {
        String body = publicKeyPem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return fingerprint(Base64.getDecoder().decode(body));
    }

    private static String fingerprint(byte[] der) {
        return Sha256.hex(der);
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the report manifest", e);
        }
    }

    public boolean verify(byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The JDK has no public API from an Ed25519 private key to its public key, and the PKCS#8 files the
     * JDK and openssl write hold only the 32-byte seed; so the key pair is regenerated from that seed.
     */
    private static PublicKey derivePublic(PrivateKey privateKey) throws GeneralSecurityException {
        byte[] encoded = privateKey.getEncoded();
        // PKCS#8 for Ed25519: the last 32 bytes are the seed (RFC 8410, CurvePrivateKey OCTET STRING)
        byte[] seed = java.util.Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(255, new FixedSeed(seed));
        KeyPair pair = generator.generateKeyPair();
        if (!java.util.Arrays.equals(pair.getPrivate().getEncoded(), encoded)) {
            throw new GeneralSecurityException("Unexpected Ed25519 private key encoding");
        }
        return pair.getPublic();
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    /** A SecureRandom that hands out exactly the given seed bytes, to rebuild a key pair from its seed. */
    private static final class FixedSeed extends java.security.SecureRandom {
        private final byte[] seed;

        private FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(bytes.length, seed.length));
        }
    }
}
