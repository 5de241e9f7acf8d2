package cn.quanze.store;

import cn.quanze.domain.power.PowerItem;
import java.util.List;
import java.util.Optional;

/** Read access to the power list. Writes go through the unit of work with {@link PowerRecords#POWER_ITEM}. */
public interface PowerItemRepository {
    List<PowerItem> all();

    Optional<PowerItem> byCode(String code);

    long count();
}
