namespace McnHub.Features.Directory.Services;

/// <summary>Whether a service's details are due a check by its owner (see <see cref="DirectoryOptions.StaleAfterMonths"/>).</summary>
public static class Freshness
{
    /// <summary>Services verified before this date are stale today.</summary>
    public static DateOnly StaleBefore(DateOnly today, DirectoryOptions options) => today.AddMonths(-options.StaleAfterMonths);

    /// <summary>
    /// Never verified, or verified longer ago than the configured period. A defunct service is never stale:
    /// there is nothing left to check.
    /// </summary>
    public static bool IsStale(Service service, DateOnly today, DirectoryOptions options) =>
        IsStale(service.Status, service.LastVerifiedOn, today, options);

    public static bool IsStale(ServiceStatus status, DateOnly? lastVerifiedOn, DateOnly today, DirectoryOptions options) =>
        status != ServiceStatus.Defunct && (lastVerifiedOn is null || lastVerifiedOn < StaleBefore(today, options));
}
