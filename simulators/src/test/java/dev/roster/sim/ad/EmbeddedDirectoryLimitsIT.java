package dev.roster.sim.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedDirectoryLimitsIT {
    private static final String OU = "OU=Many,DC=example,DC=test";

    private EmbeddedDirectory directory;
    private LDAPConnection ldap;

    @BeforeEach
    void start() throws Exception {
        directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("secret")
                .withTls(resource("tls/server.p12"), "changeit").withAdLimits());
        ldap = directory.connection();
        directory.ensureOrganizationalUnit(OU);
    }

    @AfterEach
    void stop() {
        ldap.close();
        directory.close();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EmbeddedDirectoryLimitsIT.class.getResource(name).toURI());
    }

    private List<String> addUsers(int count) throws LDAPException {
        List<String> dns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DN dn = new DN(new RDN("cn", "User " + i), new DN(OU));
            ldap.add(new Entry(dn, List.of(new Attribute("objectClass", "top", "person",
                    "organizationalPerson", "user"), new Attribute("cn", "User " + i))));
            dns.add(dn.toString());
        }
        return dns;
    }

    @Test
    void aSearchWithoutPagingStopsAtAThousandEntriesButPagingReadsAll() throws Exception {
        addUsers(1_200);
        assertThatThrownBy(() -> ldap.search(OU, SearchScope.ONE, "(objectClass=user)", "1.1"))
                .isInstanceOfSatisfying(LDAPSearchException.class, e -> {
                    assertThat(e.getResultCode()).isEqualTo(ResultCode.SIZE_LIMIT_EXCEEDED);
                    assertThat(e.getEntryCount()).isEqualTo(1_000);
                });
        SearchRequest request = new SearchRequest(OU, SearchScope.ONE, "(objectClass=user)",
                "1.1");
        ASN1OctetString cookie = null;
        int read = 0;
        do {
            request.setControls(new SimplePagedResultsControl(500, cookie));
            SearchResult page = ldap.search(request);
            read += page.getEntryCount();
            cookie = SimplePagedResultsControl.get(page).getCookie();
        } while (cookie != null && cookie.getValueLength() > 0);
        assertThat(read).isEqualTo(1_200);
    }

    @Test
    void aBigGroupIsReadInRangesOfFifteenHundred() throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 3_200; i++) {
            members.add(new DN(new RDN("cn", "Member " + i), new DN(OU)).toString());
        }
        String group = new DN(new RDN("cn", "Big"), new DN(OU)).toString();
        ldap.add(new Entry(group, List.of(new Attribute("objectClass", "top", "group"),
                new Attribute("cn", "Big"), new Attribute("member", members))));

        SearchResultEntry plain = ldap.getEntry(group, "member");
        assertThat(plain.hasAttribute("member")).isFalse();
        assertThat(plain.getAttribute("member;range=0-1499").size()).isEqualTo(1_500);
        SearchResultEntry second = ldap.getEntry(group, "member;range=1500-*");
        assertThat(second.getAttribute("member;range=1500-2999").size()).isEqualTo(1_500);
        SearchResultEntry last = ldap.getEntry(group, "member;range=3000-*");
        assertThat(last.getAttribute("member;range=3000-*").getValues())
                .containsExactlyElementsOf(members.subList(3_000, 3_200));
        SearchResultEntry few = ldap.getEntry(group, "member;range=10-12");
        assertThat(few.getAttribute("member;range=10-12").getValues())
                .containsExactlyElementsOf(members.subList(10, 13));
    }

    @Test
    void answersStartTlsAndLdapsAndStampsWhenCreated() throws Exception {
        SSLUtil ssl = new SSLUtil(new TrustStoreTrustManager(resource("tls/trust.p12").toFile(),
                "changeit".toCharArray(), "PKCS12", true));
        try (LDAPConnection tls = new LDAPConnection("127.0.0.1", directory.port())) {
            ExtendedResult started = tls.processExtendedOperation(
                    new StartTLSExtendedRequest(ssl.createSSLContext()));
            assertThat(started.getResultCode()).isEqualTo(ResultCode.SUCCESS);
            tls.bind(directory.bindDn(), "secret");
            assertThat(tls.getEntry(OU)).isNotNull();
        }
        int port = Integer.parseInt(directory.ldapsUrl().replaceAll(".*:", ""));
        try (LDAPConnection ldaps = new LDAPConnection(ssl.createSSLSocketFactory(), "localhost",
                port, directory.bindDn(), "secret")) {
            ldaps.add(new Entry("CN=Stamped," + OU, List.of(new Attribute("objectClass", "top",
                    "person", "organizationalPerson", "user"), new Attribute("cn", "Stamped"))));
            assertThat(ldaps.getEntry("CN=Stamped," + OU).getAttributeValueAsDate("whenCreated"))
                    .isCloseTo(new java.util.Date(), 60_000);
        }
    }
}
