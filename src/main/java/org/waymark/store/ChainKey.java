package org.waymark.store;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A plan key: 32 random bytes. From a plan's "plan keyed" audit row on, each row's hash is HMAC-SHA256 under this
 * key over the same recipe as the plain chain, so only holders of the key can add rows that verify. The key never
 * goes into the plan; the plan names it by {@link #id()}, which is derived from it and reveals nothing of it.
 */
public final class ChainKey {

    public static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    /** What the key id signs: a fixed text, so the id names the key and cannot sign any audit row. */
    private static final String ID_TEXT = "waymark plan key id";

    private final byte[] key;
    private Mac mac;

    public ChainKey(byte[] key) {
        if (key == null || key.length != BYTES) {
            throw new StoreException(StoreException.Reason.INVALID, "A plan key is " + BYTES + " bytes; this one is "
                    + (key == null ? "missing" : key.length + " bytes") + ". Export the key again from a computer that holds it.", null);
        }
        this.key = key.clone();
    }

    /** A new key from the platform's strong random source. */
    public static ChainKey generate() {
        byte[] k = new byte[BYTES];
        new SecureRandom().nextBytes(k);
        return new ChainKey(k);
    }

    public byte[] bytes() { return key.clone(); }

    /** 16 hex digits naming the key, written in the plan's "plan keyed" row. */
    public String id() { return sign(ID_TEXT).substring(0, 16); }

    /**
     * HMAC-SHA256 of the text under this key, in hex. One Mac is made per key and reused (a check signs every row
     * after the keyed one; looking the algorithm up for each would cost more than the signing).
     */
    synchronized String sign(String text) {
        try {
            if (mac == null) {
                mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(key, ALGORITHM));
            }
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override public boolean equals(Object o) { return o instanceof ChainKey k && Arrays.equals(key, k.key); }
    @Override public int hashCode() { return Arrays.hashCode(key); }
    /** Never the key itself, so a log line or a message cannot leak it. */
    @Override public String toString() { return "plan key " + id(); }
}
