package dev.roster.target.ad;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.util.function.Consumer;

/**
 * Runs a search with the Simple Paged Results control (RFC 2696, AD's
 * 1.2.840.113556.1.4.319) in pages of {@value #PAGE_SIZE}, AD's default MaxPageSize, looping on
 * the cookie, so that the server's page size never truncates it (a server with a smaller
 * MaxPageSize answers smaller pages, and the loop goes on). A cookie is valid on its connection only: from a pool,
 * one connection is held for the whole search.
 */
final class PagedSearch {
    static final int PAGE_SIZE = 1000;

    private PagedSearch() {
    }

    /**
     * From a pool, a search whose connection turns out broken before any entry was handed over
     * (one the server closed while it was idle, as AD does after its MaxConnIdleTime) runs once
     * more on a new connection, as the pool does for single operations.
     *
     * @param each called for every entry, in the order the server sends them
     * @return how many entries were read
     * @throws LDAPException when a page fails, or the server answers without the paging control
     */
    static int run(LDAPInterface ldap, SearchRequest request, Consumer<SearchResultEntry> each)
            throws LDAPException {
        if (!(ldap instanceof LDAPConnectionPool pool)) {
            return pages(ldap, request, each);
        }
        LDAPConnection connection = pool.getConnection();
        int[] handed = {0};
        for (boolean first = true; ; first = false) {
            try {
                int read = pages(connection, request, entry -> {
                    handed[0]++;
                    each.accept(entry);
                });
                pool.releaseConnection(connection);
                return read;
            } catch (LDAPException e) {
                if (!first || handed[0] > 0 || e.getResultCode().isConnectionUsable()) {
                    pool.releaseConnectionAfterException(connection, e);
                    throw e;
                }
                connection = pool.replaceDefunctConnection(connection);
            }
        }
    }

    private static int pages(LDAPInterface ldap, SearchRequest template,
            Consumer<SearchResultEntry> each) throws LDAPException {
        SearchRequest request = template.duplicate();
        ASN1OctetString cookie = null;
        int read = 0;
        do {
            request.setControls(new SimplePagedResultsControl(PAGE_SIZE, cookie, true));
            SearchResult page = ldap.search(request);
            for (SearchResultEntry entry : page.getSearchEntries()) {
                each.accept(entry);
                read++;
            }
            SimplePagedResultsControl answer = SimplePagedResultsControl.get(page);
            if (answer == null) {
                throw new LDAPException(ResultCode.UNAVAILABLE_CRITICAL_EXTENSION,
                        "the server answered a paged search without the paging control");
            }
            cookie = answer.getCookie();
        } while (cookie != null && cookie.getValueLength() > 0);
        return read;
    }
}
