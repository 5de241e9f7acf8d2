package cn.quanze.core.domain;

import java.util.regex.Pattern;

/** Who this installation is: the office it belongs to and its node id for sync. */
public record OfficeIdentity(String code, String name, OfficeLevel level, String nodeId) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,12}");

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
