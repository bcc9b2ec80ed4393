package dev.roster.target.ad;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of a new account for its n-th creation attempt: attempt 1 uses the names as given,
 * attempt n &gt; 1 appends n to cn, sAMAccountName and the local part of userPrincipalName and
 * mail, cutting each first so that it stays within AD's limits. Pure.
 */
final class UniqueNames {
    static final String CN = "cn";
    static final String SAM = "sAMAccountName";
    static final String UPN = "userPrincipalName";
    static final String MAIL = "mail";
    /** AD's limit for a user's sAMAccountName (pre-Windows 2000 logon name). */
    static final int SAM_MAX = 20;
    /** AD's limit for cn. */
    static final int CN_MAX = 64;

    private UniqueNames() {
    }

    /**
     * @param names   attribute values by AD name, none empty
     * @param attempt 1 for the first try, 2 and up for the suffixed ones
     * @return a new map: {@code names} with cn, sAMAccountName, userPrincipalName and mail made
     *         for this attempt; sAMAccountName is cut to {@value #SAM_MAX} characters always
     */
    static Map<String, String> forAttempt(Map<String, String> names, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt " + attempt);
        }
        String suffix = attempt == 1 ? "" : Integer.toString(attempt);
        Map<String, String> result = new LinkedHashMap<>(names);
        result.computeIfPresent(CN, (k, v) -> attempt == 1 ? v : cut(v, CN_MAX - suffix.length())
                + suffix);
        result.computeIfPresent(SAM, (k, v) -> cut(v, SAM_MAX - suffix.length()) + suffix);
        result.computeIfPresent(UPN, (k, v) -> withLocalSuffix(v, suffix));
        result.computeIfPresent(MAIL, (k, v) -> withLocalSuffix(v, suffix));
        return result;
    }

    private static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isLowSurrogate(value.charAt(end)) && end > 0) {
            end--;
        }
        return value.substring(0, end);
    }

    private static String withLocalSuffix(String address, String suffix) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address + suffix : address.substring(0, at) + suffix + address.substring(at);
    }
}
