package cn.quanze.core.db;

import cn.quanze.core.domain.Role;

/**
 * Who is writing: a signed-in user (id, login, role, unit) checked against the {@link WritePolicy}. A store
 * without a signed-in principal runs as the system (first-run setup, the CLI without {@code --user}, tests);
 * its writes are attributed to the store's actor name in the audit log.
 */
public record Principal(String userId, String login, Role role, String unitId) {
}
