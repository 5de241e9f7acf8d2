package cn.quanze.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Columns a later migration added: older rows may lack them (and read as null), no other column may be missing. */
class EntityTypeTest {
    record Thing(String id, String name, String note) {
    }

    final EntityType<Thing> type = new EntityType<Thing>("thing", List.of("id", "name", "note"),
            t -> new Row().put("id", t.id()).put("name", t.name()).put("note", t.note()),
            r -> new Thing(r.str("id"), r.str("name"), r.str("note"))).addedLater("note");

    @Test
    void anOlderRowFitsWithoutTheAddedColumnsButNotWithoutOthers() {
        assertThat(type.fits(Set.of("id", "name", "note"))).isTrue();
        assertThat(type.fits(Set.of("id", "name"))).isTrue();
        assertThat(type.fits(Set.of("id", "note"))).isFalse();
        assertThat(type.fits(Set.of("id", "name", "note", "extra"))).isFalse();
        assertThat(new EntityType<Thing>("plain", List.of("id", "name"), t -> new Row(), r -> null)
                .fits(Set.of("id"))).isFalse();
    }

    @Test
    void completingAnOlderRowAddsTheLaterColumnsAsNull() {
        Row old = new Row().put("id", "1").put("name", "甲");
        Row full = type.complete(old);
        assertThat(full.values()).containsEntry("note", null).hasSize(3);
        assertThat(Json.canonical(full)).isEqualTo(Json.canonical(type.toRow(new Thing("1", "甲", null))));
        Row current = type.toRow(new Thing("1", "甲", "备注"));
        assertThat(type.complete(current)).isSameAs(current);
    }

    @Test
    void onlyExistingColumnsOtherThanTheIdCanBeAddedLater() {
        assertThatThrownBy(() -> type.addedLater("missing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> type.addedLater("id")).isInstanceOf(IllegalArgumentException.class);
    }
}
