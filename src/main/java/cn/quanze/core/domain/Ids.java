package cn.quanze.core.domain;

import java.security.SecureRandom;
import java.util.UUID;

/** Client-made record ids: UUID version 7 (time-ordered), so ids sort by creation time across offices. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        return uuid7(System.currentTimeMillis()).toString();
    }

    static UUID uuid7(long epochMillis) {
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (epochMillis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
