package cn.quanze.sync.data;

import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** This installation's Ed25519 key pair (JDK built-in), made once and kept in the local sync_key table. */
public final class NodeKeys {
    private final Store store;
    private final Clock clock;

    public NodeKeys(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Makes the key pair if there is none yet. */
    public void ensure() {
        if (stored().isPresent()) {
            return;
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String pub = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            String priv = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            store.run("sync.keys", uow -> uow.changeLog().local("INSERT OR IGNORE INTO sync_key (id, public_key, "
                    + "private_key, created_at) VALUES (1, ?, ?, ?)", pub, priv, clock.instant().toString()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Row> stored() {
        return store.read(c -> Sql.one(c, "SELECT public_key, private_key FROM sync_key WHERE id = 1"));
    }

    public String publicKey() {
        ensure();
        return stored().orElseThrow().str("public_key");
    }

    public byte[] sign(byte[] data) {
        ensure();
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored().orElseThrow().str("private_key"))));
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
