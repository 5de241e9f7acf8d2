package cn.quanze.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Record ids made by each office: UUID version 7, unique, and sorting by the time they were made. */
class IdsTest {
    @Test
    void idsAreVersionSevenUuidsCarryingTheirTimeAndAreUnique() {
        long t = 1_795_000_000_000L;
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            UUID u = Ids.uuid7(t);
            assertThat(u.version()).isEqualTo(7);
            assertThat(u.variant()).isEqualTo(2);
            assertThat(u.getMostSignificantBits() >>> 16).isEqualTo(t);
            seen.add(u);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void aLaterIdSortsAfterAnEarlierOne() {
        UUID earlier = Ids.uuid7(1_795_000_000_000L);
        UUID later = Ids.uuid7(1_795_000_000_001L);
        assertThat(later.toString()).isGreaterThan(earlier.toString());
        String id = Ids.newId();
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        assertThat(id).hasSize(36).isNotEqualTo(Ids.newId());
    }
}
