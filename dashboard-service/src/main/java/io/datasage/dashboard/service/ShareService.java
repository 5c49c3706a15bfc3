package io.datasage.dashboard.service;

import io.datasage.dashboard.mapping.ComponentsJson;
import io.datasage.dashboard.mapping.DashboardMapper;
import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.dashboard.repository.ShareEntity;
import io.datasage.dashboard.repository.ShareRepository;
import io.datasage.dashboard.rest.ShareViews;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Read-only links to dashboards. A link's token is 256 random bits; only its hash is stored. A token opens its
 * own dashboard and nothing else, and a revoked or expired one answers 404 like one that never existed.
 */
@ApplicationScoped
public class ShareService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int MAX_DAYS = 365;
    private static final int MAX_SHARES = 50;

    private final ShareRepository shares;
    private final DashboardRepository dashboards;
    private final DashboardService service;
    private final DashboardHydrator hydrator;
    private final ChartService charts;
    private final ComponentsJson json;
    private final Clock clock = Clock.systemUTC();

    public ShareService(
            ShareRepository shares,
            DashboardRepository dashboards,
            DashboardService service,
            DashboardHydrator hydrator,
            ChartService charts,
            ComponentsJson json) {
        this.shares = shares;
        this.dashboards = dashboards;
        this.service = service;
        this.hydrator = hydrator;
        this.charts = charts;
        this.json = json;
    }

    /** A new link to the owner's dashboard. */
    public ShareViews.Created create(String ownerId, String dashboardId, ShareViews.CreateShare request) {
        DashboardEntity dashboard = service.entity(ownerId, dashboardId);
        if (shares.listAllWhereDashboard(dashboardId, ownerId).size() >= MAX_SHARES) {
            throw ProblemException.unprocessable("This dashboard already has " + MAX_SHARES
                    + " links; revoke some (DELETE /api/dashboards/" + dashboardId + "/shares/{id}) first.");
        }
        Instant now = clock.instant();
        String token = newToken();
        ShareEntity e = new ShareEntity();
        e.id = UUID.randomUUID().toString();
        e.tokenHash = hash(token);
        e.dashboardId = dashboard.id;
        e.ownerId = ownerId;
        e.datasetId = dashboard.datasetId;
        e.createdAt = now;
        e.expiresAt = expiry(request, now);
        shares.persist(e);
        return new ShareViews.Created(e.id, e.dashboardId, token, "/api/shared/" + token, e.createdAt, e.expiresAt);
    }

    /** The owner's links to one dashboard. */
    public List<ShareViews.Share> list(String ownerId, String dashboardId) {
        service.entity(ownerId, dashboardId);
        Instant now = clock.instant();
        return shares.listAllWhereDashboard(dashboardId, ownerId).stream()
                .map(s -> new ShareViews.Share(
                        s.id,
                        s.dashboardId,
                        s.createdAt,
                        s.expiresAt,
                        s.expiresAt != null && !now.isBefore(s.expiresAt)))
                .toList();
    }

    /** Revokes a link: from now on it answers 404. */
    public void revoke(String ownerId, String dashboardId, String shareId) {
        if (!shares.deleteByIdAndDashboard(shareId, dashboardId, ownerId)) {
            throw ProblemException.notFound("No link with id " + shareId + " on dashboard " + dashboardId + ".");
        }
    }

    /** The dashboard a live token opens, rendered read-only; 404 for anything else. */
    public ShareViews.SharedDashboard open(String token) {
        Opened opened = resolve(token);
        DashboardEntity d = opened.dashboard();
        return DashboardMapper.toShared(
                DashboardMapper.toView(d, hydrator.hydrate(json.read(d.componentsJson), opened.dataset())));
    }

    /** The stored dashboard and its data behind a live token; 404 otherwise. */
    public Opened resolve(String token) {
        ProblemException gone = ProblemException.notFound(
                "This link does not open anything: it may have been revoked or expired. Ask for a new one.");
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw gone;
        }
        ShareEntity share = shares.findByTokenHash(hash(token)).orElseThrow(() -> gone);
        if (share.expiresAt != null && !clock.instant().isBefore(share.expiresAt)) {
            throw gone;
        }
        DashboardEntity dashboard =
                dashboards.findByIdAndOwner(share.dashboardId, share.ownerId).orElseThrow(() -> gone);
        DatasetInfo dataset = DatasetVersions.of(dashboard.datasetId, dashboard.datasetVersion);
        if (!charts.hasData(dataset)) {
            throw gone;
        }
        return new Opened(dashboard, dataset);
    }

    /**
     * A dashboard opened through a link, with the data it shows.
     *
     * @param dataset the dataset version the dashboard shows (the owner's token is not at hand: the version comes
     *     from the dashboard, kept current by {@code dataset.ready})
     */
    public record Opened(DashboardEntity dashboard, DatasetInfo dataset) {}

    private Instant expiry(ShareViews.CreateShare request, Instant now) {
        if (request == null) {
            return null;
        }
        if (request.expiresInDays() != null && request.expiresAt() != null) {
            throw ProblemException.badRequest("Send either 'expires_in_days' or 'expires_at', not both.");
        }
        if (request.expiresInDays() != null) {
            int days = request.expiresInDays();
            if (days < 1 || days > MAX_DAYS) {
                throw ProblemException.unprocessable(
                        "expires_in_days must be between 1 and " + MAX_DAYS + "; got " + days + ".");
            }
            return now.plus(Duration.ofDays(days));
        }
        if (request.expiresAt() != null) {
            if (!request.expiresAt().isAfter(now)) {
                throw ProblemException.unprocessable("expires_at " + request.expiresAt() + " is not in the future.");
            }
            if (request.expiresAt().isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
                throw ProblemException.unprocessable(
                        "expires_at must be within " + MAX_DAYS + " days; got " + request.expiresAt() + ".");
            }
            return request.expiresAt();
        }
        return null;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
