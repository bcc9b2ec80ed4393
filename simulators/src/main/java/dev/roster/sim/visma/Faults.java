package dev.roster.sim.visma;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults the simulator injects, changeable while it runs. Thread-safe. Export names are those of
 * {@link VismaExport#exportName()}; an unknown name is an {@link IllegalArgumentException}.
 * A fault applies to jobs and tokens made after it was set.
 */
public final class Faults {

    /** What Visma Connect does with the contact-information scope. */
    public enum ContactScope {
        /** Granted when asked for. */
        GRANTED,
        /** A token request that asks for it is refused with 400 {@code invalid_scope}. */
        REFUSED,
        /** The token is issued without it; its {@code scope} property does not list it. */
        DROPPED
    }

    private final Set<VismaExport> failing = ConcurrentHashMap.newKeySet();
    private final Set<VismaExport> neverCompleting = ConcurrentHashMap.newKeySet();
    private final Map<VismaExport, RateLimit> commandLimits = new ConcurrentHashMap<>();
    private final Map<VismaExport, RateLimit> pollLimits = new ConcurrentHashMap<>();
    private final Map<VismaExport, Integer> inProgressPolls = new ConcurrentHashMap<>();
    private final Map<VismaExport, AtomicInteger> expiredLinks = new ConcurrentHashMap<>();
    private final Set<String> withheldScopes = ConcurrentHashMap.newKeySet();
    private volatile int files = 1;
    private volatile boolean downloadsExpired;
    private volatile ContactScope contactScope = ContactScope.GRANTED;
    private volatile boolean omitContactColumns;
    private volatile boolean tenantNotGranted;
    private volatile int tokenUses = Integer.MAX_VALUE;

    private record RateLimit(AtomicInteger remaining, int retryAfterSeconds) {
    }

    /** Jobs of this export end with status {@code Failed}. */
    public Faults failExport(String exportName) {
        failing.add(VismaExport.byName(exportName));
        return this;
    }

    /** Jobs of this export stay {@code InProgress} forever. */
    public Faults neverComplete(String exportName) {
        neverCompleting.add(VismaExport.byName(exportName));
        return this;
    }

    /** Jobs of this export answer {@code InProgress} to their first {@code polls} polls. */
    public Faults inProgressPolls(String exportName, int polls) {
        if (polls < 0) {
            throw new IllegalArgumentException("polls must not be negative: " + polls);
        }
        inProgressPolls.put(VismaExport.byName(exportName), polls);
        return this;
    }

    /** Every export is delivered as {@code k} files (the last ones may hold only a header). */
    public Faults splitFiles(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("files must be at least 1: " + k);
        }
        files = k;
        return this;
    }

    /**
     * The next {@code times} commands of this export answer 429 Too Many Requests with
     * {@code Retry-After: retryAfterSeconds}.
     */
    public Faults rateLimit(String exportName, int times, int retryAfterSeconds) {
        commandLimits.put(VismaExport.byName(exportName), new RateLimit(new AtomicInteger(times),
                retryAfterSeconds));
        return this;
    }

    /** The next {@code times} polls of this export's jobs answer 429 with Retry-After. */
    public Faults rateLimitPolls(String exportName, int times, int retryAfterSeconds) {
        pollLimits.put(VismaExport.byName(exportName), new RateLimit(new AtomicInteger(times),
                retryAfterSeconds));
        return this;
    }

    /** Download URLs of every job answer 403, as expired pre-signed storage URLs do. */
    public Faults expireDownloads(boolean expired) {
        downloadsExpired = expired;
        return this;
    }

    /**
     * The next {@code jobs} jobs of this export hand out a last download URL that has expired by
     * the time it is used (403), as happens when the earlier files take long to read.
     */
    public Faults expireLinks(String exportName, int jobs) {
        expiredLinks.put(VismaExport.byName(exportName), new AtomicInteger(jobs));
        return this;
    }

    /** How the token endpoint treats the contact-information scope. */
    public Faults contactScope(ContactScope mode) {
        contactScope = mode;
        return this;
    }

    /**
     * Without the contact scope, leave the contact columns out of the employees file (true) or
     * deliver them empty (false, the default; the spec's guess for the real service).
     */
    public Faults omitContactColumns(boolean omit) {
        omitContactColumns = omit;
        return this;
    }

    /**
     * Tokens are issued without {@code scope} even when asked for, as for an application the
     * tenant never granted it; the exports that need it then answer 401.
     */
    public Faults withholdScope(String scope) {
        withheldScopes.add(scope);
        return this;
    }

    /** The token endpoint answers 400 {@code unauthorized_client}: the tenant has not accepted the app. */
    public Faults tenantNotGranted(boolean refused) {
        tenantNotGranted = refused;
        return this;
    }

    /** Every token stops working (401 "token expired") after {@code requests} uses. */
    public Faults tokenUses(int requests) {
        tokenUses = requests;
        return this;
    }

    /** Removes every fault. */
    public Faults clear() {
        failing.clear();
        neverCompleting.clear();
        commandLimits.clear();
        pollLimits.clear();
        inProgressPolls.clear();
        expiredLinks.clear();
        withheldScopes.clear();
        files = 1;
        downloadsExpired = false;
        contactScope = ContactScope.GRANTED;
        omitContactColumns = false;
        tenantNotGranted = false;
        tokenUses = Integer.MAX_VALUE;
        return this;
    }

    boolean fails(VismaExport export) {
        return failing.contains(export);
    }

    boolean neverCompletes(VismaExport export) {
        return neverCompleting.contains(export);
    }

    int inProgressPolls(VismaExport export, int fallback) {
        return inProgressPolls.getOrDefault(export, fallback);
    }

    int files() {
        return files;
    }

    boolean downloadsExpired() {
        return downloadsExpired;
    }

    /** Whether a job started now gets expired links; counts the job. */
    boolean takeExpiredLinks(VismaExport export) {
        AtomicInteger left = expiredLinks.get(export);
        return left != null && left.getAndDecrement() > 0;
    }

    ContactScope contactScope() {
        return contactScope;
    }

    boolean omitContactColumns() {
        return omitContactColumns;
    }

    Set<String> withheldScopes() {
        return withheldScopes;
    }

    boolean tenantNotGranted() {
        return tenantNotGranted;
    }

    int tokenUses() {
        return tokenUses;
    }

    /** Seconds for Retry-After when this command is to be refused now, else -1. */
    int takeRateLimit(VismaExport export) {
        return take(commandLimits.get(export));
    }

    /** Seconds for Retry-After when this poll is to be refused now, else -1. */
    int takePollRateLimit(VismaExport export) {
        return take(pollLimits.get(export));
    }

    private static int take(RateLimit limit) {
        if (limit == null || limit.remaining().getAndDecrement() <= 0) {
            return -1;
        }
        return limit.retryAfterSeconds();
    }
}
