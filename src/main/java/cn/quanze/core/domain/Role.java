package cn.quanze.core.domain;

/**
 * What a local user may change. 办事员 edits cases and feedback of their own unit; 督查员 supervision items,
 * reviews, notices and summaries; 管理员 users, calendar, sync partners and the catalogs (and everything else);
 * 只读 only reads (leader view).
 */
public enum Role {
    CLERK, SUPERVISOR, ADMIN, READ_ONLY;

    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(s.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role: " + s);
    }
}
