package cn.quanze.core.db;

import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.domain.OfficeLevel;
import java.util.Optional;

/** Node-local settings, read directly and written through the unit of work as {@link CoreRecords.Setting}s. */
public final class OfficeSettings {
    public static final String OFFICE_CODE = "office.code";
    public static final String OFFICE_NAME = "office.name";
    public static final String OFFICE_LEVEL = "office.level";
    private final Store store;

    public OfficeSettings(Store store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return store.read(c -> Sql.one(c, "SELECT value FROM node_setting WHERE id = ?", key).map(r -> r.str("value")));
    }

    public void set(UnitOfWork uow, String key, String value) {
        uow.put(CoreRecords.SETTING, new CoreRecords.Setting(key, value));
    }

    public Optional<OfficeIdentity> identity() {
        Optional<String> code = get(OFFICE_CODE);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OfficeIdentity(code.get(), get(OFFICE_NAME).orElse(code.get()),
                OfficeLevel.valueOf(get(OFFICE_LEVEL).orElse(OfficeLevel.DISTRICT.name())), store.nodeId()));
    }

    public void saveIdentity(UnitOfWork uow, String code, String name, OfficeLevel level) {
        set(uow, OFFICE_CODE, code);
        set(uow, OFFICE_NAME, name);
        set(uow, OFFICE_LEVEL, level.name());
    }
}
