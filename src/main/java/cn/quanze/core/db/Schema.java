package cn.quanze.core.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every entity type one installation's store knows, in dependency order (parents before children), and the
 * write policy over them. Core defines none of them: each feature contributes its records and grants, and the
 * composition root puts them together ({@code cn.quanze.wiring.ProductSchema}).
 */
public final class Schema {
    private final List<EntityType<?>> entities;
    private final Map<String, EntityType<?>> byName;
    private final WritePolicy policy;

    public Schema(List<EntityType<?>> entities, WritePolicy policy) {
        this.entities = List.copyOf(entities);
        this.byName = this.entities.stream().collect(Collectors.toUnmodifiableMap(EntityType::name, Function.identity()));
        this.policy = policy;
    }

    public List<EntityType<?>> entities() {
        return entities;
    }

    /** The type with this table name (asked once per revision by the change log and by sync). */
    public Optional<EntityType<?>> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public WritePolicy policy() {
        return policy;
    }

    public List<String> names() {
        return entities.stream().map(EntityType::name).toList();
    }
}
