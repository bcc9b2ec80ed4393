package dev.roster.model;

/**
 * Resolves secret references from configuration: {@code env:NAME} reads an environment variable
 * (or a system property of that name), {@code file:PATH} reads a file's content without trailing
 * newline. Secrets never appear in the configuration file itself.
 */
public interface Secrets {

    /**
     * @param setting   the configuration setting holding the reference, for messages
     * @param reference the reference
     * @return the secret, never null or empty
     * @throws ConfigException naming the setting when the reference is malformed or unresolvable
     */
    String resolve(String setting, String reference);
}
