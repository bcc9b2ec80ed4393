package dev.roster.cli;

/** Who is acting, for the audit log: the given name, or the operating-system user running roster. */
final class Actor {

    private Actor() {
    }

    static String of(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
