package dev.roster.sim.visma;

import io.javalin.http.Context;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The Visma Connect token endpoint (client credentials) and the bearer-token check. Thread-safe. */
final class TokenIssuer {

    /** What a token grants, and how often it was used. */
    record Grant(String tenantId, Set<String> scopes, Instant expires, AtomicInteger uses) {
    }

    private final VismaSimulator.Options options;
    private final Faults faults;
    private final Traffic traffic;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();

    TokenIssuer(VismaSimulator.Options options, Faults faults, Traffic traffic, Clock clock) {
        this.options = options;
        this.faults = faults;
        this.traffic = traffic;
        this.clock = clock;
    }

    /** {@code POST /connect/token}. */
    void token(Context ctx) {
        if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
            error(ctx, "unsupported_grant_type");
        } else if (!options.clientId().equals(ctx.formParam("client_id"))
                || !options.clientSecret().equals(ctx.formParam("client_secret"))) {
            error(ctx, "invalid_client");
        } else if (!options.tenantId().equals(ctx.formParam("tenant_id"))) {
            error(ctx, "invalid_tenant");
        } else if (faults.tenantNotGranted()) {
            error(ctx, "unauthorized_client");
        } else {
            String requested = ctx.formParam("scope");
            Set<String> scopes = requested == null || requested.isBlank() ? Scopes.ALL
                    : new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
            if (!Scopes.ALL.containsAll(scopes) || scopes.contains(Scopes.CONTACT_INFORMATION)
                    && faults.contactScope() == Faults.ContactScope.REFUSED) {
                error(ctx, "invalid_scope");
                return;
            }
            scopes = new LinkedHashSet<>(scopes);
            scopes.removeAll(faults.withheldScopes());
            if (faults.contactScope() == Faults.ContactScope.DROPPED) {
                scopes.remove(Scopes.CONTACT_INFORMATION);
            }
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            int lifetime = options.tokenLifetimeSeconds();
            tokens.put(token, new Grant(options.tenantId(), Set.copyOf(scopes),
                    clock.instant().plusSeconds(lifetime), new AtomicInteger()));
            traffic.tokenIssued();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", token);
            body.put("expires_in", lifetime);
            body.put("token_type", "Bearer");
            body.put("scope", String.join(" ", scopes));
            ctx.header("Cache-Control", "no-store").json(body);
        }
    }

    private static void error(Context ctx, String error) {
        ctx.status(400).json(Map.of("error", error));
    }

    /**
     * The grant of the request's bearer token when it is known, unexpired and has {@code scope};
     * otherwise answers 401 and returns null.
     */
    Grant authorize(Context ctx, String scope) {
        String header = ctx.header("Authorization");
        Grant grant = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            grant = tokens.get(header.substring(7).trim());
        }
        String problem = grant == null ? "missing or unknown bearer token"
                : grant.expires().isBefore(clock.instant())
                        || grant.uses().incrementAndGet() > faults.tokenUses() ? "token expired"
                : !grant.scopes().contains(scope) ? "token lacks scope " + scope : null;
        if (problem != null) {
            ctx.status(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .json(Map.of("message", "Unauthorized: " + problem));
            return null;
        }
        return grant;
    }
}
