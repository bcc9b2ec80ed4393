package dev.roster.target.ad;

import dev.roster.model.Secrets;
import dev.roster.model.Target;
import dev.roster.model.TargetFactory;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The embedded directory as the AD tests use it: TLS material, OUs and target settings. */
final class TestDirectory {
    static final String BASE = "DC=example,DC=test";
    static final String USERS = "OU=Employees," + BASE;
    static final String DISABLED = "OU=Disabled Users," + BASE;
    static final String GROUPS = "OU=Groups," + BASE;
    static final String PASSWORD = "s3cret";
    static final String STORE_PASSWORD = "changeit";

    private TestDirectory() {
    }

    static Path tls(String name) {
        try {
            return Path.of(TestDirectory.class.getResource("/tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a directory with StartTLS and LDAPS (certificate for localhost, 127.0.0.1) */
    static EmbeddedDirectory.Options tlsOptions() {
        return EmbeddedDirectory.Options.withPassword(PASSWORD)
                .withTls(tls("server.p12"), STORE_PASSWORD);
    }

    /** @return settings for an LDAPS target on {@code directory}, trusting the test CA */
    static Map<String, Object> ldapsSettings(EmbeddedDirectory directory) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("type", "active-directory");
        settings.put("url", directory.ldapsUrl());
        settings.put("trustStore", tls("trust.p12").toString());
        settings.put("trustStorePassword", "env:STORE_PASSWORD");
        settings.put("bindDn", directory.bindDn());
        settings.put("bindPassword", "env:AD_PASSWORD");
        settings.put("baseDn", BASE);
        settings.put("usersOu", USERS);
        settings.put("disabledOu", DISABLED);
        settings.put("groupsBaseDn", GROUPS);
        settings.put("poolSize", 4);
        return settings;
    }

    /** Opens a target through the ServiceLoader, as the engine does. */
    static Target open(Map<String, Object> settings) {
        return open(settings, (setting, reference) -> switch (reference) {
            case "env:AD_PASSWORD" -> PASSWORD;
            case "env:STORE_PASSWORD" -> STORE_PASSWORD;
            default -> throw new AssertionError(setting + " asks for " + reference);
        });
    }

    /** Opens a target through the ServiceLoader with these secrets. */
    static Target open(Map<String, Object> settings, Secrets secrets) {
        TargetFactory factory = ServiceLoader.load(TargetFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.type().equals("active-directory"))
                .findFirst().orElseThrow();
        return factory.open("ad", settings, secrets);
    }
}
