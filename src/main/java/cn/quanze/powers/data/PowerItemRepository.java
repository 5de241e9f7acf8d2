package cn.quanze.powers.data;

import cn.quanze.powers.domain.PowerAdjustment;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the power list. Writes go through the unit of work with {@link PowerRecords#POWER_ITEM}. */
public interface PowerItemRepository {
    List<PowerItem> all();

    Optional<PowerItem> byCode(String code);

    Optional<PowerItem> byId(String id);

    long count();

    /**
     * Ids of the items whose name, code, 承办机构, department name or basis contains every whitespace-separated
     * term of the query (FTS5 trigram for terms of 3+ characters, LIKE for shorter ones), in no particular order.
     */
    List<String> searchIds(String query);

    /** Number of items per type (all statuses); types without items are absent. */
    Map<PowerType, Long> countsByType();

    /** The adjustments of one item, oldest first. */
    List<PowerAdjustment> adjustmentsOf(String powerId);
}
