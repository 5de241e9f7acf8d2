package cn.quanze.sync.data;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.db.Json;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an office hands another once: office code, name, level, node id and Ed25519 public key. */
public record IdentityCard(String officeCode, String officeName, OfficeLevel level, String nodeId, String publicKey) {
    public static final String FORMAT = "quanze-card/1";

    /** 32 hex digits in groups of four: read aloud on the phone and compared on both screens. */
    public String fingerprint() {
        return fingerprint(publicKey);
    }

    public static String fingerprint(String publicKeyBase64) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKeyBase64));
            String hex = HexFormat.of().withUpperCase().formatHex(d, 0, 16);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                sb.append(i == 0 ? "" : " ").append(hex, i, i + 4);
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public PublicKey key() {
        return decodeKey(publicKey);
    }

    static PublicKey decodeKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | IllegalArgumentException e) {
            throw new IllegalArgumentException("bad public key", e);
        }
    }

    public byte[] toBytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("office_code", officeCode);
        m.put("office_name", officeName);
        m.put("level", level.name());
        m.put("node_id", nodeId);
        m.put("public_key", publicKey);
        return Json.write(m).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a card file; throws {@link IllegalArgumentException} when it is not a valid card. */
    public static IdentityCard parse(byte[] bytes) {
        try {
            Map<?, ?> m = Json.MAPPER.readValue(bytes, Map.class);
            if (!FORMAT.equals(m.get("format"))) {
                throw new IllegalArgumentException("format");
            }
            IdentityCard card = new IdentityCard(str(m, "office_code"), str(m, "office_name"),
                    OfficeLevel.valueOf(str(m, "level")), str(m, "node_id"), str(m, "public_key"));
            card.key();
            return card;
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(key);
        }
        return s;
    }
}
