package dev.roster.engine;

import static dev.roster.engine.LifecycleIT.DEPARTMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.apply.ApplyReport;
import dev.roster.model.Contract;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.Progress;
import dev.roster.sim.ad.EmbeddedDirectory;
import dev.roster.vault.OutboxMessage;
import dev.roster.vault.OutboxStatus;
import dev.roster.vault.Snapshot;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A leaver is disabled, staff are notified": the demo configuration's leaver message, through the
 * real planner and executor into the embedded directory, delivered over SMTP to GreenMail, read
 * back as the manager's and the service desk's mailboxes would show it.
 */
class NotificationsIT {

    static final String SERVICE_DESK = "servicedesk@example.test";
    static final String MANAGER_MAIL = "jan.devries@example.test";

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path data;
    EmbeddedDirectory directory;

    final Person manager = person("100001", "Jan", "de", "Vries", MANAGER_MAIL,
            contract("100001-1", "2020-01-01", null, "Teamleider", ""));
    final Person leaver = person("100235", "Piet", "", "Smit", "piet.smit@example.test",
            contract("100235-1", "2022-01-01", "2026-03-15", "Verzorgende", "100001"));
    final Person joiner = person("100500", "Zoë", "van der", "Çelik", "",
            contract("100500-1", "2026-03-20", null, "Verpleegkundige", "100001"));

    @BeforeEach
    void start() throws Exception {
        directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("ldap-test-secret"));
        directory.ensureOrganizationalUnit(DemoWorld.USERS);
        directory.ensureOrganizationalUnit(DemoWorld.GROUPS);
        for (var d : DEPARTMENTS) {
            directory.ensureGroup("dep-" + d.id(), DemoWorld.GROUPS);
        }
        System.setProperty("ROSTER_DATA", data.toString());
        System.setProperty("ROSTER_DEMO_LDAP_URL", directory.ldapUrl());
        System.setProperty("ROSTER_DEMO_LDAP_PASSWORD", "ldap-test-secret");
        mailServerAt(smtp.getSmtp().getPort());
        DemoWorld.ensureOus(directory, config());
    }

    @AfterEach
    void stop() {
        directory.close();
        System.clearProperty("ROSTER_DEMO_SMTP_PORT");
    }

    static void mailServerAt(int port) {
        System.setProperty("ROSTER_DEMO_SMTP_PORT", String.valueOf(port));
    }

    static RosterConfig config() {
        return RosterConfig.load(Path.of("..", "config", "demo.yaml"));
    }

    static Contract contract(String id, String start, String end, String title, String managerId) {
        return new Contract(id, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), "OE-210",
                "Wijkteam Noord", title, managerId, "", "", "Zorggroep", BigDecimal.TEN, Map.of());
    }

    static Person person(String id, String given, String prefix, String family, String email, Contract contract) {
        return new Person(id, new PersonName(given, "", "", prefix, family, "", "", NamingConvention.B), email, null, "",
                Map.of(), List.of(contract));
    }

    record Day(ApplyReport applied, NotificationReport notifications) {
    }

    /** HR as of {@code day} stored, the plan for that day made and applied, then the outbox delivered. */
    Day day(String day, Person... persons) {
        try (Engine engine = Engine.open(config())) {
            engine.vault().storeSnapshot(new Snapshot("hr", Instant.now(), LocalDate.parse(day), List.of(persons),
                    DEPARTMENTS, Map.of(), List.of()));
            ApplyReport applied = engine.apply(engine.plan(LocalDate.parse(day)), Progress.NONE);
            return new Day(applied, engine.deliverNotifications());
        }
    }

    List<OutboxMessage> outbox() {
        try (Engine engine = Engine.open(config())) {
            return engine.vault().outbox().newest(null, 100);
        }
    }

    boolean enabled(String employeeId) throws Exception {
        try (LDAPConnection c = directory.connection()) {
            SearchResultEntry e = c.searchForEntry(directory.baseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("employeeID", employeeId), "userAccountControl");
            return (e.getAttributeValueAsInteger("userAccountControl") & 2) == 0;
        }
    }

    static List<String> to(MimeMessage m) throws Exception {
        return Arrays.stream(m.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    @Test
    void aLeaverPastTheEndDateIsDisabledAndTheManagerAndServiceDeskEachGetOneMail() throws Exception {
        Day before = day("2026-03-15", manager, leaver, joiner);
        assertThat(before.applied().failures()).isEmpty();
        assertThat(before.notifications()).isEqualTo(new NotificationReport(true, 0, 0, 0, 0, List.of()));
        assertThat(smtp.getReceivedMessages()).as("creates and the joiner's account send no leaver mail").isEmpty();

        Day leaving = day("2026-03-16", manager, leaver, joiner);

        assertThat(enabled("100235")).isFalse();
        assertThat(leaving.notifications()).isEqualTo(new NotificationReport(true, 1, 1, 0, 0, List.of()));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("one copy for each of the two recipients").hasSize(2);
        MimeMessage mail = received[0];
        assertThat(to(mail)).containsExactly(MANAGER_MAIL, SERVICE_DESK);
        assertThat(received[1].getMessageID()).as("the same message").isEqualTo(mail.getMessageID());
        assertThat(mail.getSubject()).isEqualTo("Account piet.smit of Piet Smit disabled");
        assertThat(mail.getContent().toString().replaceAll("\\s+", " "))
                .contains("disabled the account piet.smit of Piet Smit (Verzorgende, Wijkteam Noord) in ad on 2026-03-16")
                .contains("Why: staff: contract 100235-1 ended 2026-03-15");
        assertThat(outbox()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(m.message()).isEqualTo("leaver");
            assertThat(m.actionKey()).isEqualTo("disable ad 100235");
        });

        Day again = day("2026-03-16", manager, leaver, joiner);
        Day joinerStarts = day("2026-03-20", manager, leaver, joiner);

        assertThat(again.notifications().queued() + joinerStarts.notifications().queued()).isZero();
        assertThat(enabled("100500")).as("the joiner's account is enabled on the first day").isTrue();
        assertThat(smtp.getReceivedMessages()).as("nothing more").hasSize(2);
        try (Engine engine = Engine.open(config())) {
            assertThat(engine.vault().audit(20)).filteredOn(a -> a.event().equals("notification.sent")).singleElement()
                    .satisfies(a -> {
                        assertThat(a.actor()).isEqualTo("roster");
                        assertThat(a.detail()).contains("leaver (disable ad 100235", MANAGER_MAIL + ", " + SERVICE_DESK,
                                "Account piet.smit of Piet Smit disabled");
                    });
        }
    }

    @Test
    void withTheMailServerDownTheDisableHappensAndTheMailIsSentOnceItIsBack() throws Exception {
        day("2026-03-15", manager, leaver);
        int down;
        try (ServerSocket s = new ServerSocket(0)) {
            down = s.getLocalPort();
        }
        mailServerAt(down);

        Day leaving = day("2026-03-16", manager, leaver);

        assertThat(leaving.applied().failures()).isEmpty();
        assertThat(enabled("100235")).isFalse();
        assertThat(leaving.notifications().queued()).isEqualTo(1);
        assertThat(leaving.notifications().sent()).isZero();
        assertThat(leaving.notifications().pending()).isEqualTo(1);
        assertThat(leaving.notifications().problems()).singleElement().asString().contains(String.valueOf(down));
        assertThat(outbox()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.lastError()).contains("Connection refused");
        });

        mailServerAt(smtp.getSmtp().getPort());
        Day next = day("2026-03-17", manager, leaver);

        assertThat(next.notifications()).isEqualTo(new NotificationReport(true, 0, 1, 0, 0, List.of()));
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationsIT::recipientsUnchecked))
                .containsOnly(List.of(MANAGER_MAIL, SERVICE_DESK));

        day("2026-03-18", manager, leaver);
        assertThat(smtp.getReceivedMessages()).as("no duplicates").hasSize(2);
    }

    @Test
    void aLeaverWithoutAManagersAddressIsReportedByNameAndTheServiceDeskStillGetsTheMail() throws Exception {
        Person withoutMail = person("100001", "Jan", "de", "Vries", "", manager.contracts().get(0));
        day("2026-03-15", withoutMail, leaver);

        Day leaving = day("2026-03-16", withoutMail, leaver);

        assertThat(leaving.notifications().sent()).isEqualTo(1);
        assertThat(leaving.notifications().problems()).containsExactly(
                "leaver for disable ad 100235: to[0] {manager.email} is empty; sent to the others");
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> assertThat(to(m)).containsExactly(SERVICE_DESK));
        assertThat(outbox().get(0).skipped()).containsExactly("to[0] {manager.email} is empty");
    }

    @Test
    void aDisableThatFailsSendsNothing() throws Exception {
        day("2026-03-15", manager, leaver);
        try (LDAPConnection c = directory.connection()) {
            SearchResultEntry e = c.searchForEntry(directory.baseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("employeeID", "100235"));
            c.delete(e.getDN()); // someone removed the account by hand
        }

        Day leaving = day("2026-03-16", manager, leaver);

        assertThat(leaving.applied().failures()).singleElement()
                .satisfies(o -> assertThat(o.action().summary()).isEqualTo("disable ad account of 100235"));
        assertThat(leaving.notifications().queued()).isZero();
        assertThat(outbox()).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static List<String> recipientsUnchecked(MimeMessage m) {
        try {
            return to(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
