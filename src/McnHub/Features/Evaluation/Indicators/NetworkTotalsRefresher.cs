using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>
/// Recomputes every pending period of the network's totals in the background, when a reader found too many to do
/// itself (<see cref="NetworkTotals.ReadyAsync"/>). One run at a time; a request during a run is covered by it, as
/// the run goes on until nothing is pending. Stops with the app.
/// </summary>
public sealed class NetworkTotalsRefresher(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<NetworkTotalsRefresher> log)
{
    private readonly Lock _gate = new();
    private Task _running = Task.CompletedTask;

    /// <summary>The current (or last) run: what tests wait for.</summary>
    public Task Running
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    public void Request()
    {
        lock (_gate)
        {
            if (_running.IsCompleted)
            {
                _running = Task.Run(RunAsync);
            }
        }
    }

    private async Task RunAsync()
    {
        var ct = lifetime.ApplicationStopping;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var totals = scope.ServiceProvider.GetRequiredService<NetworkTotals>();
            var periods = await totals.RefreshAllPendingAsync(ct);
            log.LogInformation("Network totals of {Periods} changed periods recomputed in the background", periods);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The periods stay pending: the next reader that needs them asks again.
            log.LogWarning(e, "Recomputing the network totals in the background failed");
        }
    }
}
