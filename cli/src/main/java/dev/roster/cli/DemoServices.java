package dev.roster.cli;

import dev.roster.engine.RosterConfig;
import dev.roster.sim.ad.EmbeddedDirectory;
import dev.roster.sim.mail.EmbeddedMailServer;
import dev.roster.sim.visma.VismaSimulator;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

/**
 * What the demo configuration talks to, all in this process: the Visma.net HRM simulator with a
 * synthetic organisation, the embedded AD-like directory (kept in {@code directory.ldif} of the
 * data folder) with the OUs and department groups an administrator would have made, and a mail
 * server. Starting it sets the {@code ROSTER_DATA} and {@code ROSTER_DEMO_*} properties that
 * {@code config/demo.yaml} reads; the passwords are generated for this start only.
 */
final class DemoServices implements AutoCloseable {

    static final String GROUPS_OU = "OU=Groups,DC=example,DC=test";
    static final String USERS_OU = "OU=Employees,DC=example,DC=test";

    final EmbeddedMailServer mail;
    final VismaSimulator visma;
    final EmbeddedDirectory directory;
    final String ldapPassword;
    final Path ldif;

    private DemoServices(EmbeddedMailServer mail, VismaSimulator visma, EmbeddedDirectory directory,
            String ldapPassword, Path ldif) {
        this.mail = mail;
        this.visma = visma;
        this.directory = directory;
        this.ldapPassword = ldapPassword;
        this.ldif = ldif;
    }

    /**
     * @param configFile the configuration whose AD target's OU table lists the OUs to make
     * @throws Exception when a service cannot start; those already started are stopped
     */
    static DemoServices start(Path data, int employees, long seed, int ldapPort, int smtpPort, Path configFile)
            throws Exception {
        String vismaSecret = secret();
        String ldapPassword = secret();
        String tenant = "6f1c2c1e-0000-4a4a-9b9b-" + String.format("%012d", seed);
        Path ldif = data.resolve("directory.ldif");
        EmbeddedMailServer mail = EmbeddedMailServer.start(smtpPort);
        VismaSimulator visma = null;
        EmbeddedDirectory directory = null;
        try {
            visma = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(employees).withSeed(seed)
                    .withAsOf(LocalDate.now()).withClient("roster-demo", vismaSecret, tenant));
            directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword(ldapPassword)
                    .withPort(ldapPort).withLdif(ldif));
            directory.ensureOrganizationalUnit(USERS_OU);
            directory.ensureOrganizationalUnit(GROUPS_OU);
            for (var d : visma.organisation().departments()) {
                directory.ensureGroup("dep-" + d.id(), GROUPS_OU);
            }
            System.setProperty("ROSTER_DATA", data.toAbsolutePath().toString());
            System.setProperty("ROSTER_DEMO_VISMA_URL", visma.baseUrl());
            System.setProperty("ROSTER_DEMO_VISMA_TENANT", tenant);
            System.setProperty("ROSTER_DEMO_VISMA_SECRET", vismaSecret);
            System.setProperty("ROSTER_DEMO_LDAP_URL", directory.ldapUrl());
            System.setProperty("ROSTER_DEMO_LDAP_PASSWORD", ldapPassword);
            System.setProperty("ROSTER_DEMO_SMTP_HOST", "127.0.0.1");
            System.setProperty("ROSTER_DEMO_SMTP_PORT", String.valueOf(mail.port()));
            ensureOus(directory, RosterConfig.load(configFile));
            return new DemoServices(mail, visma, directory, ldapPassword, ldif);
        } catch (Exception | Error e) {
            if (directory != null) {
                directory.close();
            }
            if (visma != null) {
                visma.close();
            }
            mail.close();
            throw e;
        }
    }

    /** Adds the OUs of the demo target's {@code ou} table, as an administrator would before the first run. */
    private static void ensureOus(EmbeddedDirectory directory, RosterConfig config) throws Exception {
        RosterConfig.ConnectorSettings ad = config.targets().get("ad");
        if (ad != null && ad.settings().get("ou") instanceof Map<?, ?> ou && ou.get("table") instanceof Map<?, ?> table) {
            for (Object dn : table.values()) {
                directory.ensureOrganizationalUnit(dn.toString());
            }
        }
    }

    /** Saves the directory to the data folder, reporting (not throwing) a failure. */
    void saveQuietly() {
        try {
            directory.exportLdif(ldif);
        } catch (Exception e) {
            System.err.println("could not save the directory to " + ldif + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            directory.close();
        } finally {
            try {
                visma.close();
            } finally {
                mail.close();
            }
        }
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "Rd-" + HexFormat.of().formatHex(bytes);
    }
}
