package cn.quanze.store;

import java.util.List;
import java.util.Optional;

/** Every entity type the store knows, in dependency order (parents before children). */
public final class Entities {
    public static final List<EntityType<?>> ALL = List.of(
            CoreRecords.SETTING,
            CoreRecords.DEPARTMENT,
            PowerRecords.POWER_ITEM,
            PowerRecords.POWER_ADJUSTMENT,
            SupervisionRecords.SUPERVISION_ITEM,
            SupervisionRecords.FEEDBACK,
            SupervisionRecords.EVENT,
            SupervisionRecords.ATTACHMENT,
            SupervisionRecords.RECTIFICATION,
            AssignmentRecords.DISPATCH,
            AssignmentRecords.RECEIPT,
            AssignmentRecords.SUBTASK,
            CalendarRecords.ENTRY,
            CalendarRecords.YEAR,
            CaseRecords.CASE_FILE,
            CaseRecords.CASE_EVENT,
            DutyRecords.DUTY,
            DutyRecords.DEPARTMENT_DUTIES,
            DutyRecords.BLOCK_DUTIES,
            DutyRecords.POST,
            DutyRecords.ASSISTANCE,
            UserRecords.USER_ACCOUNT);

    private Entities() {
    }

    private static final java.util.Map<String, EntityType<?>> BY_NAME = ALL.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(EntityType::name, e -> e));

    /** The type with this table name (asked once per revision by sync). */
    public static Optional<EntityType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
