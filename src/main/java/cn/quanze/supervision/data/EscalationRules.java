package cn.quanze.supervision.data;

import cn.quanze.core.db.Store;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.supervision.domain.EscalationRule;
import cn.quanze.supervision.domain.TransitionRefused;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The office's escalation table, kept as data: the setting {@value #KEY} (JSON rows) when the office changed it,
 * otherwise the shipped default {@code /supervision/escalation-rules.json}.
 */
public final class EscalationRules {
    public static final String KEY = "supervision.escalation.rules";
    private static final TypeReference<List<EscalationRule>> ROWS = new TypeReference<>() { };
    private final OfficeSettings settings;

    private final Store store;

    public EscalationRules(Store store, OfficeSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public List<EscalationRule> current() {
        return settings.get(KEY).map(EscalationRules::parse).orElseGet(EscalationRules::defaults);
    }

    /** Saves the office's rules (设置 → 督办升级规则) in one transaction. */
    public void save(List<EscalationRule> rules) {
        store.run(KEY, uow -> save(uow, rules));
    }

    public void save(UnitOfWork uow, List<EscalationRule> rules) {
        cn.quanze.supervision.domain.Escalation.checkTable(rules);
        settings.set(uow, KEY, Json.write(rules));
    }

    public static List<EscalationRule> parse(String json) {
        try {
            return Json.MAPPER.readValue(json, ROWS);
        } catch (IOException e) {
            throw new TransitionRefused("supervision.refused.rulesUnreadable", e.getMessage());
        }
    }

    public static List<EscalationRule> defaults() {
        try (InputStream in = EscalationRules.class.getResourceAsStream("/supervision/escalation-rules.json")) {
            return Json.MAPPER.readValue(in, ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
